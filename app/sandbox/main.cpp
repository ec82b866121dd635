// recdesk-sandbox: the three services of the API contract on one loopback port, for demos and
// manual testing. See docs/SANDBOX.md.
#include "sandboxhost.h"

#include <atomic>
#include <csignal>
#include <cstdio>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QLoggingCategory>
#include <QTimer>

namespace {

std::atomic<bool> g_stop{false};

void onSignal(int)
{
    g_stop = true;
}

} // namespace

int main(int argc, char *argv[])
{
    using namespace recdesk::sandbox;
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("recdesk-sandbox"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Recdesk sandbox: the platform, analytics and assistant APIs of Recdesk's contract on one loopback\n"
        "port, with seeded demo data, for demo mode and tests. Prints its base URLs and the demo "
        "credentials,\n"
        "then runs until Ctrl-C. State (SQLite + file bodies) lives in --data-dir and survives restarts.\n"
        "Qt HttpServer 6.4 holds each request body in memory: --max-body-mb bounds it.\n"
        "Faults can also be changed at run time: POST /_sandbox/faults (see docs/SANDBOX.md)."));
    parser.addHelpOption();
    const QCommandLineOption port(
        QStringLiteral("port"), QStringLiteral("TCP port on 127.0.0.1; 0 picks a free one (default 18080)."),
        QStringLiteral("port"), QStringLiteral("18080"));
    const QCommandLineOption dataDir(
        QStringLiteral("data-dir"),
        QStringLiteral("Folder for the SQLite database and file bodies (created if missing)."),
        QStringLiteral("path"), SandboxOptions::defaultDataDir());
    const QCommandLineOption live(
        QStringLiteral("live"),
        QStringLiteral("Serve the live platform variant (/storage_files, RFC 3339, ZIP recordings)."));
    const QCommandLineOption latency(QStringLiteral("latency-ms"),
                                     QStringLiteral("Delay added before every answer (default 0)."),
                                     QStringLiteral("ms"), QStringLiteral("0"));
    const QCommandLineOption drop(
        QStringLiteral("drop-after-bytes"),
        QStringLiteral("Close signed-URL downloads after N body bytes (-1: never)."), QStringLiteral("bytes"),
        QStringLiteral("-1"));
    const QCommandLineOption signedLifetime(
        QStringLiteral("signed-url-lifetime"),
        QStringLiteral("Lifetime of signed URLs in seconds (default 86400)."), QStringLiteral("sec"),
        QStringLiteral("86400"));
    const QCommandLineOption tokenLifetime(
        QStringLiteral("token-lifetime"),
        QStringLiteral("Lifetime of platform and analytics tokens in seconds "
                       "(default: 7 days and 1 hour)."),
        QStringLiteral("sec"));
    const QCommandLineOption recordings(
        QStringLiteral("recordings"),
        QStringLiteral("Recordings seeded into an empty data folder (default 300)."), QStringLiteral("n"),
        QStringLiteral("300"));
    const QCommandLineOption files(QStringLiteral("files"),
                                   QStringLiteral("Files seeded into an empty data folder (default 120)."),
                                   QStringLiteral("n"), QStringLiteral("120"));
    const QCommandLineOption maxBody(QStringLiteral("max-body-mb"),
                                     QStringLiteral("Largest accepted request body in MiB (default 512)."),
                                     QStringLiteral("mib"), QStringLiteral("512"));
    const QCommandLineOption quiet(QStringLiteral("quiet"), QStringLiteral("Do not log each request."));
    parser.addOptions({port, dataDir, live, latency, drop, signedLifetime, tokenLifetime, recordings, files,
                       maxBody, quiet});
    parser.process(app);

    auto number = [&](const QCommandLineOption &option, qint64 min, qint64 max) {
        bool ok = false;
        const qint64 v = parser.value(option).toLongLong(&ok);
        if (!ok || v < min || v > max) {
            std::fprintf(stderr, "recdesk-sandbox: --%s must be a number in [%lld, %lld]\n",
                         qPrintable(option.names().constFirst()), static_cast<long long>(min),
                         static_cast<long long>(max));
            std::exit(2);
        }
        return v;
    };

    SandboxOptions options;
    options.port = quint16(number(port, 0, 65535));
    options.dataDir = parser.value(dataDir);
    options.liveVariant = parser.isSet(live);
    options.latencyMs = int(number(latency, 0, 60000));
    options.dropAfterBytes = number(drop, -1, std::numeric_limits<qint32>::max());
    options.signedUrlLifetimeSec = int(number(signedLifetime, 1, 10LL * 365 * 86400));
    if (parser.isSet(tokenLifetime)) {
        options.platformTokenLifetimeSec = int(number(tokenLifetime, 1, 10LL * 365 * 86400));
        options.analyticsTokenLifetimeSec = options.platformTokenLifetimeSec;
    }
    options.recordingCount = int(number(recordings, 0, 1000000));
    options.fileCount = int(number(files, 0, 1000000));
    options.maxBodyBytes = number(maxBody, 1, 1LL << 20) * 1024 * 1024;
    options.quiet = parser.isSet(quiet);
    if (!options.quiet)
        QLoggingCategory::setFilterRules(QStringLiteral("recdesk.sandbox.info=true"));

    SandboxHost host;
    QString error;
    if (!host.start(options, &error)) {
        std::fprintf(stderr, "recdesk-sandbox: %s\n", qPrintable(error));
        return 1;
    }
    const DemoCredentials c = host.credentials();
    // Demo credentials are meant to be seen: they only open this local sandbox.
    std::printf("Recdesk sandbox listening on %s (data: %s)%s\n", qPrintable(host.rootUrl().toString()),
                qPrintable(QDir::toNativeSeparators(options.dataDir)),
                options.liveVariant ? " [live variant]" : "");
    std::printf("  Platform   %s   (login: POST %s/auth/login)\n",
                qPrintable(host.platformBaseUrl().toString()), qPrintable(host.rootUrl().toString()));
    std::printf("             admin  %s / %s\n", qPrintable(c.username), qPrintable(c.password));
    std::printf("             agent  %s / %s\n", qPrintable(c.agentUsername), qPrintable(c.agentPassword));
    std::printf("             access key  %s\n", qPrintable(c.accessKey));
    std::printf("  Analytics  %s   client id %s, secret %s\n", qPrintable(host.analyticsBaseUrl().toString()),
                qPrintable(c.analyticsClientId), qPrintable(c.analyticsClientSecret));
    std::printf("  Assistant  %s   API key %s\n", qPrintable(host.assistantBaseUrl().toString()),
                qPrintable(c.assistantApiKey));
    std::printf("  Admin      %s/_sandbox/faults\nPress Ctrl-C to stop.\n",
                qPrintable(host.rootUrl().toString()));
    std::fflush(stdout);

    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &app, [&]() {
        if (g_stop)
            app.quit();
    });
    poll.start(200);
    const int rc = app.exec();
    host.stop();
    return rc;
}
