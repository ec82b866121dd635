#include "demohost.h"

#include "demosession.h"
#include "sandboxhost.h"

#include <QCoreApplication>
#include <QDir>
#include <QPointer>
#include <utility>

namespace recdesk {

DemoHost::DemoHost(QObject *parent)
    : DemoLauncher(parent)
    , m_host(std::make_unique<sandbox::SandboxHost>())
{
    m_starter.setMaxThreadCount(1);
}

DemoHost::~DemoHost()
{
    m_starter.waitForDone(); // a start under way ends before the host goes
    if (m_host->isRunning())
        m_host->stop();
}

QString DemoHost::defaultDataDir()
{
    return sandbox::SandboxOptions::defaultDataDir();
}

bool DemoHost::start(const QString &dataDir, bool live, QString *error)
{
    sandbox::SandboxOptions options;
    options.dataDir = dataDir.isEmpty() ? defaultDataDir() : dataDir;
    options.liveVariant = live;
    options.quiet = true;
    m_dataDir = options.dataDir;
    return m_host->start(options, error);
}

void DemoHost::startAsync(const QString &dataDir)
{
    // SandboxHost::start waits for its own server thread; that wait happens on a thread of
    // m_starter instead of the GUI thread, and the answer comes back here.
    m_stopWhenStarted = false; // wanted again
    if (m_starting)
        return; // started() will answer for the start under way
    m_starting = true;
    sandbox::SandboxOptions options;
    options.dataDir = dataDir.isEmpty() ? defaultDataDir() : dataDir;
    options.quiet = true;
    m_dataDir = options.dataDir; // written here, on the GUI thread, before the start
    QPointer<DemoHost> self(this);
    sandbox::SandboxHost *host = m_host.get(); // alive until m_starter is done (the destructor waits)
    m_starter.start([self, host, options] {
        QString error;
        const bool ok = host->start(options, &error);
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, ok, error] {
                if (!self)
                    return;
                self->m_starting = false;
                if (std::exchange(self->m_stopWhenStarted, false)) {
                    // Nobody wants this demo any more (a profile was chosen meanwhile).
                    self->stop();
                    emit self->started(false, QString());
                    return;
                }
                emit self->started(ok, error);
            },
            Qt::QueuedConnection);
    });
}

void DemoHost::stop()
{
    if (m_starting) {
        // A start under way cannot be interrupted: it stops as soon as it is done.
        m_stopWhenStarted = true;
        return;
    }
    if (m_host->isRunning())
        m_host->stop();
}

bool DemoHost::isRunning() const
{
    return !m_starting && m_host->isRunning();
}

bool DemoHost::isStarting() const
{
    return m_starting;
}

SessionConfig DemoHost::sessionConfig() const
{
    return sessionConfig(QStringLiteral("recdesk-demo"));
}

SessionConfig DemoHost::sessionConfig(const QString &assistantUser) const
{
    SessionConfig config = demoSessionConfig(*m_host, assistantUser);
    // The demo's recordings are cached beside its data: they come and go together.
    if (!m_dataDir.isEmpty())
        config.audioCacheDir = QDir(m_dataDir).filePath(QStringLiteral("audio-cache"));
    return config;
}

} // namespace recdesk
