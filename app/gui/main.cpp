#include "gui/appicons.h"
#include "gui/mainwindow.h"
#include "recdesk/version.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Recdesk"));
    QApplication::setApplicationName(QStringLiteral("Recdesk"));
    QApplication::setApplicationDisplayName(QStringLiteral("Recdesk"));
    QApplication::setApplicationVersion(QStringLiteral(RECDESK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("recdesk"));
    recdesk::gui::AppIcons::initResources();
    QApplication::setWindowIcon(recdesk::gui::AppIcons::application());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Browse, play, download and upload contact-center recordings."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        QCoreApplication::translate("main", "Run on the built-in sandbox with sample data."));
    parser.addOption(demo);
    parser.process(app);

    recdesk::gui::MainWindow window;
    window.show();
    // Connect once the window is on screen, so that it appears at once.
    const bool forceDemo = parser.isSet(demo);
    QTimer::singleShot(0, &window, [&window, forceDemo] { window.startWithStoredProfile(forceDemo); });
    return app.exec();
}
