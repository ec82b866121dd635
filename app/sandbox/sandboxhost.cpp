#include "sandboxhost.h"

#include "sandboxserver.h"

#include <atomic>
#include <QDir>
#include <QMetaObject>
#include <QStandardPaths>
#include <QThread>

namespace recdesk::sandbox {

struct SandboxHost::Private
{
    QThread thread;
    QObject *worker = nullptr; // lives on the thread; the server is created and destroyed there
    SandboxServer *server = nullptr;
    std::atomic<quint16> port{0}; // written on the server's thread, read on any
    DemoCredentials credentials;
};

namespace {

DemoCredentials demoCredentials()
{
    DemoCredentials c;
    c.username = QStringLiteral("demo");
    c.password = QStringLiteral("demo-password");
    c.agentUsername = QStringLiteral("agent");
    c.agentPassword = QStringLiteral("agent-password");
    c.accessKey = QStringLiteral("demo-access-key-7f3a9c2e51b84d06");
    c.analyticsClientId = QStringLiteral("recdesk-demo-client");
    c.analyticsClientSecret = QStringLiteral("demo-client-secret");
    c.assistantApiKey = QStringLiteral("app-demo-recdesk-sandbox-key");
    return c;
}

} // namespace

QString SandboxOptions::defaultDataDir()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
        .filePath(QStringLiteral("recdesk/sandbox"));
}

SandboxHost::SandboxHost(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    d->credentials = demoCredentials();
}

SandboxHost::~SandboxHost()
{
    stop();
}

bool SandboxHost::start(const SandboxOptions &options, QString *error)
{
    if (isRunning()) {
        if (error)
            *error = tr("The sandbox is already running.");
        return false;
    }
    SandboxOptions opts = options;
    if (opts.dataDir.isEmpty())
        opts.dataDir = SandboxOptions::defaultDataDir();
    d->thread.setObjectName(QStringLiteral("recdesk-sandbox"));
    d->thread.start();
    d->worker = new QObject;
    d->worker->moveToThread(&d->thread);
    bool ok = false;
    QString message;
    const DemoCredentials credentials = d->credentials;
    Private *p = d.get();
    QMetaObject::invokeMethod(
        d->worker,
        [p, opts, credentials, &ok, &message]() {
            p->server = new SandboxServer(opts, credentials);
            ok = p->server->start(&message);
            if (ok) {
                p->port = p->server->port();
            } else {
                delete p->server;
                p->server = nullptr;
            }
        },
        Qt::BlockingQueuedConnection);
    if (!ok) {
        stop();
        if (error)
            *error = message;
        return false;
    }
    return true;
}

void SandboxHost::stop()
{
    if (!d->thread.isRunning())
        return;
    Private *p = d.get();
    QMetaObject::invokeMethod(
        d->worker,
        [p]() {
            delete p->server;
            p->server = nullptr;
        },
        Qt::BlockingQueuedConnection);
    d->thread.quit();
    d->thread.wait();
    delete d->worker;
    d->worker = nullptr;
    d->port = 0;
}

bool SandboxHost::isRunning() const
{
    return d->thread.isRunning() && d->port != 0;
}

quint16 SandboxHost::port() const
{
    return d->port;
}

QUrl SandboxHost::rootUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(d->port));
}

QUrl SandboxHost::platformBaseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/v1.0").arg(d->port));
}

QUrl SandboxHost::analyticsBaseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/analytics").arg(d->port));
}

QUrl SandboxHost::assistantBaseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/assistant/v1").arg(d->port));
}

DemoCredentials SandboxHost::credentials() const
{
    return d->credentials;
}

} // namespace recdesk::sandbox
