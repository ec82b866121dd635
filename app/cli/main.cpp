#include "recdesk/version.h"

#include <QCommandLineParser>
#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("recdeskctl"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RECDESK_VERSION));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Recdesk on the command line"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);
    return 0;
}
