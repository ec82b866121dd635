#pragma once

#include "net/session.h"

#include <memory>
#include <QObject>
#include <QString>

namespace recdesk::sandbox {
class SandboxHost;
}

namespace recdesk::gui {

// Demo mode: Recdesk's own sandbox server, in this process on 127.0.0.1, with generated
// recordings and files, and a session configured with the credentials it prints.
class DemoMode : public QObject
{
    Q_OBJECT
public:
    explicit DemoMode(QObject *parent = nullptr);
    ~DemoMode() override;

    // Whether this build has the sandbox at all.
    static bool isAvailable();
    // dataDir: where the demo data lives (kept between runs so the first start pays once).
    bool start(const QString &dataDir, QString *error);
    void stop();
    bool isRunning() const;
    SessionConfig sessionConfig() const;
    sandbox::SandboxHost *host() const { return m_host.get(); }

private:
    std::unique_ptr<sandbox::SandboxHost> m_host;
};

} // namespace recdesk::gui
