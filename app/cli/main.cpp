// recdeskctl: the command-line twin of the Recdesk GUI, on the same core (docs/CLI.md).

#include "commandline.h"
#include "commands.h"
#include "exitcodes.h"
#include "i18n/translations.h"
#include "recdesk/version.h"

#include <csignal>
#include <cstdio>
#include <QCoreApplication>

#ifdef Q_OS_UNIX
#include <QSocketNotifier>
#include <sys/socket.h>
#include <unistd.h>

namespace {
// Ctrl-C: the handler only writes a byte; the event loop then cancels the transfers (their .part
// files are removed) and exits with 130.
int g_signalPipe[2] = {-1, -1};
void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_signalPipe[1], &byte, 1);
}
} // namespace
#endif
#include <QLoggingCategory>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Recdesk"));
    QCoreApplication::setApplicationName(QStringLiteral("recdeskctl"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RECDESK_VERSION));
    {
        // The language setting is the GUI's (same organisation and application name).
        QCoreApplication::setApplicationName(QStringLiteral("Recdesk"));
        recdesk::i18n::installTranslations(recdesk::i18n::languageOverride());
        QCoreApplication::setApplicationName(QStringLiteral("recdeskctl"));
    }

    // Notes for people go through Output; the categories' info lines only when asked for.
    if (!qEnvironmentVariableIsSet("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("recdesk.*.info=false"));

    using namespace recdesk::cli;
    CliOptions options;
    QString text;
    switch (CommandLine::parse(QCoreApplication::arguments(), &options, &text)) {
    case CommandLine::Result::Help:
    case CommandLine::Result::Version:
        std::fputs(qPrintable(text + QLatin1Char('\n')), stdout);
        return ExitOk;
    case CommandLine::Result::Error:
        std::fputs(qPrintable(text + QLatin1Char('\n')), stderr);
        return ExitUsage;
    case CommandLine::Result::Run:
        break;
    }
    // Profiles are shared with the GUI: same organisation, the GUI's application name.
    QCoreApplication::setApplicationName(QStringLiteral("Recdesk"));
    CommandRunner runner(options);
    QObject::connect(&runner, &CommandRunner::finished, &app, [](int code) { QCoreApplication::exit(code); });
#ifdef Q_OS_UNIX
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) == 0) {
        auto *notifier = new QSocketNotifier(g_signalPipe[0], QSocketNotifier::Read, &app);
        QObject::connect(notifier, &QSocketNotifier::activated, &runner, [&runner, notifier] {
            char byte = 0;
            [[maybe_unused]] const auto got = ::read(g_signalPipe[0], &byte, 1);
            notifier->setEnabled(false);
            runner.cancel();
        });
        std::signal(SIGINT, onSignal);
        std::signal(SIGTERM, onSignal);
    }
#endif
    QMetaObject::invokeMethod(&runner, &CommandRunner::start, Qt::QueuedConnection);
    return app.exec();
}
