#include "demomode.h"

#include <QCoreApplication>
#include <QPointer>
#include <QThreadPool>

#ifdef RECDESK_HAVE_SANDBOX
#include "sandbox/sandboxhost.h"
#endif

namespace recdesk::gui {

#ifdef RECDESK_HAVE_SANDBOX
DemoMode::DemoMode(QObject *parent)
    : QObject(parent)
    , m_host(std::make_unique<sandbox::SandboxHost>())
{}
#else
DemoMode::DemoMode(QObject *parent)
    : QObject(parent)
{}
#endif

DemoMode::~DemoMode()
{
    stop();
}

bool DemoMode::isAvailable()
{
#ifdef RECDESK_HAVE_SANDBOX
    return true;
#else
    return false;
#endif
}

bool DemoMode::start(const QString &dataDir, QString *error)
{
#ifdef RECDESK_HAVE_SANDBOX
    sandbox::SandboxOptions options;
    options.dataDir = dataDir;
    options.quiet = true;
    return m_host->start(options, error);
#else
    Q_UNUSED(dataDir)
    if (error)
        *error = tr("This build of Recdesk has no demo sandbox.");
    return false;
#endif
}

void DemoMode::startAsync(const QString &dataDir)
{
    // SandboxHost::start waits for its own server thread; wait for it on a pool thread instead
    // of the GUI thread, and answer back here.
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
                emit self->started(ok, error);
            },
            Qt::QueuedConnection);
    });
}

void DemoMode::stop()
{
#ifdef RECDESK_HAVE_SANDBOX
    if (m_host && m_host->isRunning())
        m_host->stop();
#endif
}

bool DemoMode::isRunning() const
{
#ifdef RECDESK_HAVE_SANDBOX
    return m_host && m_host->isRunning();
#else
    return false;
#endif
}

SessionConfig DemoMode::sessionConfig() const
{
    SessionConfig config;
#ifdef RECDESK_HAVE_SANDBOX
    const sandbox::DemoCredentials c = m_host->credentials();
    config.platform.baseUrl = m_host->platformBaseUrl();
    config.analytics.baseUrl = m_host->analyticsBaseUrl();
    config.assistant.baseUrl = m_host->assistantBaseUrl();
    config.platformCredentials.username = c.username;
    config.platformCredentials.password = c.password;
    config.analyticsCredentials.clientId = c.analyticsClientId;
    config.analyticsCredentials.clientSecret = c.analyticsClientSecret;
    config.assistantCredentials.apiKey = c.assistantApiKey;
    config.assistantCredentials.user = QStringLiteral("recdesk-demo");
    config.useSystemProxy = false; // loopback: never through a proxy
#endif
    return config;
}

} // namespace recdesk::gui
