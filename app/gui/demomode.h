#pragma once

#include "net/session.h"

#include <memory>
#include <QObject>
#include <QString>
#include <QThreadPool>

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

    // dataDir: where the demo data lives (kept between runs so the first start pays once).
    bool start(const QString &dataDir, QString *error);
    // The same off the GUI thread (the first start seeds the demo data); answers with started().
    void startAsync(const QString &dataDir);
    // Stops the sandbox; a start under way is stopped when it ends (started() then says
    // ok = false with no error).
    void stop();
    bool isRunning() const;
    bool isStarting() const;
    SessionConfig sessionConfig() const;
    sandbox::SandboxHost *host() const { return m_host.get(); }

signals:
    void started(bool ok, const QString &error);

private:
    std::unique_ptr<sandbox::SandboxHost> m_host;
    QThreadPool m_starter; // one thread; waited for before the host goes away
    bool m_starting = false;
    bool m_stopWhenStarted = false;
    QString m_dataDir; // set by start(); the audio cache lives in it
};

} // namespace recdesk::gui
