#include "demomode.h"

#include "demo/demosession.h"
#include "sandbox/sandboxhost.h"

#include <QCoreApplication>
#include <QDir>
#include <QPointer>
#include <QThreadPool>
#include <utility>

namespace recdesk::gui {

DemoMode::DemoMode(QObject *parent)
    : QObject(parent)
    , m_host(std::make_unique<sandbox::SandboxHost>())
{}

DemoMode::~DemoMode()
{
    stop();
}

bool DemoMode::start(const QString &dataDir, QString *error)
{
    sandbox::SandboxOptions options;
    options.dataDir = dataDir;
    options.quiet = true;
    m_dataDir = dataDir;
    return m_host->start(options, error);
}

void DemoMode::startAsync(const QString &dataDir)
{
    // SandboxHost::start waits for its own server thread; wait for it on a pool thread instead
    // of the GUI thread, and answer back here.
    m_stopWhenStarted = false; // wanted again
    if (m_starting)
        return; // started() will answer for the start under way
    m_starting = true;
    m_starter.setMaxThreadCount(1);
    QPointer<DemoMode> self(this);
    DemoMode *raw = this; // alive until m_starter is done (the destructor waits)
    m_starter.start([self, raw, dataDir] {
        QString error;
        const bool ok = raw->start(dataDir, &error);
        QMetaObject::invokeMethod(
            qApp,
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

void DemoMode::stop()
{
    if (m_starting) {
        // A start under way cannot be interrupted: it stops as soon as it is done.
        m_stopWhenStarted = true;
        return;
    }
    if (m_host && m_host->isRunning())
        m_host->stop();
}

bool DemoMode::isStarting() const
{
    return m_starting;
}

bool DemoMode::isRunning() const
{
    return m_host && m_host->isRunning();
}

SessionConfig DemoMode::sessionConfig() const
{
    SessionConfig config = demoSessionConfig(*m_host, QStringLiteral("recdesk-demo"));
    // The demo's recordings are cached beside its data: they come and go together.
    if (!m_dataDir.isEmpty())
        config.audioCacheDir = QDir(m_dataDir).filePath(QStringLiteral("audio-cache"));
    return config;
}

} // namespace recdesk::gui
