#pragma once

#include "workspace/demolauncher.h"

#include <memory>
#include <QString>
#include <QThreadPool>

namespace recdesk::sandbox {
class SandboxHost;
}

namespace recdesk {

// Demo mode: Recdesk's own sandbox server in this process on 127.0.0.1, with generated recordings
// and files, and sessions configured with its demo credentials. The one door through which the
// application and recdeskctl reach the sandbox (their sources include no sandbox header).
class DemoHost : public DemoLauncher
{
    Q_OBJECT
public:
    explicit DemoHost(QObject *parent = nullptr);
    ~DemoHost() override;

    // The demo data folder when nobody names one; the sandbox program's default too.
    static QString defaultDataDir();

    // Blocks until the server listens (recdeskctl); the first start in a folder seeds its data.
    // live: the live platform's variant (see API.md). dataDir empty: defaultDataDir().
    bool start(const QString &dataDir, bool live, QString *error);

    void startAsync(const QString &dataDir) override;
    void stop() override;
    bool isRunning() const override;
    bool isStarting() const override;
    SessionConfig sessionConfig() const override;
    // The data folder of the last start (empty before the first).
    QString dataDir() const { return m_dataDir; }
    // The same with the assistant's user named (recdeskctl calls itself so).
    SessionConfig sessionConfig(const QString &assistantUser) const;

private:
    std::unique_ptr<sandbox::SandboxHost> m_host;
    QString m_dataDir; // of the last start; the demo's audio cache lives in it
    bool m_starting = false;
    bool m_stopWhenStarted = false;
    // Declared last, so destroyed first: its thread is waited for while everything it touches
    // (m_host) still exists.
    QThreadPool m_starter;
};

} // namespace recdesk
