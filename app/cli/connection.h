#pragma once

#include "commandline.h"
#include "exitcodes.h"
#include "net/session.h"

#include <memory>

namespace recdesk::sandbox {
class SandboxHost;
}

namespace recdesk::cli {

// Turns --profile P (settings + keychain, or RECDESK_* environment variables for the secrets)
// or --demo (an in-process sandbox) into a Session.
class Connection
{
    Q_DECLARE_TR_FUNCTIONS(Connection)
public:
    Connection();
    ~Connection();

    bool open(const CliOptions &options, QString *error, ExitCode *code);
    Session *session() const { return m_session.get(); }
    QString defaultDownloadFolder() const { return m_downloadFolder; }

private:
    std::unique_ptr<sandbox::SandboxHost> m_sandbox;
    std::unique_ptr<Session> m_session;
    QString m_downloadFolder;
};

} // namespace recdesk::cli
