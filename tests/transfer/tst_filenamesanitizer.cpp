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
        QTest::newRow("emoji kept") << QStringLiteral("a\U0001F600.wav") << QStringLiteral("a\U0001F600.wav");
        QTest::newRow("right-to-left override")
            << QStringLiteral("invoice\u202Evaw.exe") << QStringLiteral("invoice_vaw.exe");
        QTest::newRow("bidi isolates, zero width, BOM")
            << QStringLiteral("\u2066a\u2069\u200Bb\uFEFF.wav") << QStringLiteral("_a__b_.wav");
        QTest::newRow("C1, DEL, line and paragraph separators")
            << QStringLiteral("a\u0085b\x7f\u2028c\u2029.wav") << QStringLiteral("a_b__c_.wav");
        QTest::newRow("joiner kept") << QStringLiteral("a\u200Cb.wav") << QStringLiteral("a\u200Cb.wav");
        QTest::newRow("astral format character")
            << QStringLiteral("a\U000E0041.wav") << QStringLiteral("a_.wav");
        QTest::newRow("lone surrogate")
            << (QStringLiteral("a") + QChar(0xD800) + QStringLiteral(".wav")) << QStringLiteral("a_.wav");
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

    void longNamesAreCutByCodePoint()
    {
        // 4-byte UTF-8 characters (surrogate pairs in QString): a cut must never split one.
        for (int pad = 0; pad < 4; ++pad) {
            const QString name =
                QString(pad, QLatin1Char('x')) +
                QString(80, QChar(0xD83D)).replace(QChar(0xD83D), QStringLiteral("\U0001F600")) +
                QStringLiteral(".wav");
            const QString clean = FileNameSanitizer::sanitize(name);
            QVERIFY(clean.toUtf8().size() <= 200);
            QVERIFY(clean.endsWith(QStringLiteral(".wav")));
            for (qsizetype i = 0; i < clean.size(); ++i) {
                if (clean.at(i).isHighSurrogate())
                    QVERIFY(i + 1 < clean.size() && clean.at(++i).isLowSurrogate());
                else
                    QVERIFY(!clean.at(i).isLowSurrogate());
            }
            QCOMPARE(QString::fromUtf8(clean.toUtf8()), clean); // valid UTF-16 round-trips
        }
    }

    void longNamesKeepTheLongestStartThatFits()
    {
        // Characters of 1, 2, 3 and 4 UTF-8 bytes, many thousands of them (a hostile server's
        // name): the base kept is the longest run of whole characters from its start that fits
        // in 200 bytes with the extension.
        const QStringList pieces = {QStringLiteral("a"), QStringLiteral("\u00e9"), QStringLiteral("\u20ac"),
                                    QStringLiteral("\U0001F600")};
        for (int shift = 0; shift < 4; ++shift) {
            QString base;
            for (int i = 0; i < 20000; ++i)
                base += pieces.at((i + shift) % 4);
            const QString clean = FileNameSanitizer::sanitize(base + QStringLiteral(".wav"));
            QVERIFY(clean.endsWith(QStringLiteral(".wav")));
            const QString kept = clean.chopped(4);
            QVERIFY(base.startsWith(kept));
            QVERIFY(clean.toUtf8().size() <= 200);
            // One more character would not have fitted.
            const qsizetype next = kept.size();
            const qsizetype width = base.at(next).isHighSurrogate() ? 2 : 1;
            QVERIFY((kept + base.mid(next, width) + QStringLiteral(".wav")).toUtf8().size() > 200);
        }
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
