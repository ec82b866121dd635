#include "recdesk/version.h"

#include <QApplication>
#include <QLabel>
#include <QMainWindow>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Recdesk"));
    QApplication::setApplicationVersion(QStringLiteral(RECDESK_VERSION));
    QMainWindow window;
    window.setWindowTitle(QStringLiteral("Recdesk"));
    window.setCentralWidget(new QLabel(QStringLiteral("Recdesk")));
    window.show();
    return app.exec();
}
