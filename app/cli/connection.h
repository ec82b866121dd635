#pragma once

#include "commandline.h"
#include "exitcodes.h"
#include "net/session.h"

#include <memory>

namespace recdesk {
class DemoHost;
class Workspace;
} // namespace recdesk

namespace recdesk::cli {

// Turns --profile P (settings + keychain, or RECDESK_* environment variables for the secrets)
// or --demo (the in-process sandbox, through DemoHost) into the Workspace's session.
class Connection
{
    Q_DECLARE_TR_FUNCTIONS(Connection)
public:
    Connection();
    ~Connection();

    bool open(const CliOptions &options, QString *error, ExitCode *code);
    Workspace *workspace() const { return m_workspace.get(); }
    Session *session() const;
    QString defaultDownloadFolder() const { return m_downloadFolder; }

private:
    std::unique_ptr<DemoHost> m_demo;
    std::unique_ptr<Workspace> m_workspace; // declared after m_demo: goes first
    QString m_downloadFolder;
};

} // namespace recdesk::cli
