#include "transfer/filenamesanitizer.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace recdesk;

class TestFileNameSanitizer : public QObject
{
    Q_OBJECT

private slots:
    void sanitize_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << "call.wav"
                               << "call.wav";
        QTest::newRow("unix path") << "../../etc/passwd"
                                   << "passwd";
        QTest::newRow("windows path") << "C:\\Users\\x\\evil.wav"
                                      << "evil.wav";
        QTest::newRow("dot dot") << ".."
                                 << "download";
        QTest::newRow("dot") << "."
                             << "download";
        QTest::newRow("empty") << ""
                               << "download";
        QTest::newRow("trailing dots and spaces") << "name. . "
                                                  << "name";
        QTest::newRow("reserved") << "CON"
                                  << "_CON";
        QTest::newRow("reserved with extension") << "nul.txt"
                                                 << "_nul.txt";
        QTest::newRow("reserved com") << "com1.wav"
                                      << "_com1.wav";
        QTest::newRow("not reserved") << "console.wav"
                                      << "console.wav";
        QTest::newRow("reserved characters") << "a<b>c:d\"e|f?g*h.wav"
                                             << "a_b_c_d_e_f_g_h.wav";
        QTest::newRow("control characters") << QStringLiteral("a\nb\tc.wav") << "a_b_c.wav";
        QTest::newRow("unicode kept")
            << QStringLiteral("llamada-Peña.wav") << QStringLiteral("llamada-Peña.wav");
    }
    void sanitize()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(FileNameSanitizer::sanitize(input), expected);
    }

    void longNamesKeepTheirExtension()
    {
        const QString name = QString(500, QLatin1Char('x')) + QStringLiteral(".wav");
        const QString clean = FileNameSanitizer::sanitize(name);
        QVERIFY(clean.toUtf8().size() <= 200);
        QVERIFY(clean.endsWith(QStringLiteral(".wav")));
    }

    void uniquePathNeverReusesAName()
    {
        QTemporaryDir dir;
        const QString first = FileNameSanitizer::uniquePath(dir.path(), QStringLiteral("a.wav"));
        QCOMPARE(first, dir.filePath(QStringLiteral("a.wav")));
        QFile(first).open(QIODevice::WriteOnly);
        const QString second = FileNameSanitizer::uniquePath(dir.path(), QStringLiteral("a.wav"));
        QCOMPARE(second, dir.filePath(QStringLiteral("a (2).wav")));
        // A download in progress (.part) holds its name too.
        QFile(FileNameSanitizer::partPathFor(second)).open(QIODevice::WriteOnly);
        QCOMPARE(FileNameSanitizer::uniquePath(dir.path(), QStringLiteral("a.wav")),
                 dir.filePath(QStringLiteral("a (3).wav")));
    }
};

QTEST_GUILESS_MAIN(TestFileNameSanitizer)
#include "tst_filenamesanitizer.moc"
