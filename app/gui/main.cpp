#include "appicons.h"
#include "i18n/translations.h"
#include "mainwindow.h"
#include "recdesk/version.h"

#include <cstdio>
#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>

int main(int argc, char *argv[])
{
    // --help and --version answer before any window system is needed (e.g. over ssh, in CI).
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args.append(QString::fromLocal8Bit(argv[i]));
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Browse, play, download and upload contact-center recordings."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        QCoreApplication::translate("main", "Run on the built-in sandbox with sample data."));
    parser.addOption(demo);
    // Qt's own options (-platform, -style, ...) are left for QApplication.
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    const bool parsed = parser.parse(args);
    if (parser.isSet(version)) {
        std::printf("recdesk %s\n", RECDESK_VERSION);
        return 0;
    }
    if (parser.isSet(help)) {
        // Without an application object Qt cannot know the program's name.
        std::printf("%s", qPrintable(parser.helpText().replace(QStringLiteral("<executable_name>"),
                                                               QStringLiteral("recdesk"))));
        return 0;
    }
    Q_UNUSED(parsed) // unknown options may be Qt's; QApplication takes those

    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Recdesk"));
    QApplication::setApplicationName(QStringLiteral("Recdesk"));
    QApplication::setApplicationDisplayName(QStringLiteral("Recdesk"));
    QApplication::setApplicationVersion(QStringLiteral(RECDESK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.recdesk.Recdesk"));
    recdesk::i18n::installTranslations(recdesk::i18n::languageOverride());
    recdesk::gui::AppIcons::initResources();
    QApplication::setWindowIcon(recdesk::gui::AppIcons::application());

    recdesk::gui::MainWindow window;
    window.show();
    // Connect once the window is on screen, so that it appears at once.
    const bool forceDemo = parser.isSet(demo);
    QTimer::singleShot(0, &window, [&window, forceDemo] { window.startWithStoredProfile(forceDemo); });
    return app.exec();
}
