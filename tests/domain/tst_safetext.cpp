// safeText: server text shown to people carries no control, format or separator character.

#include "domain/safetext.h"

#include <QtTest>

using namespace recdesk;

class TestSafeText : public QObject
{
    Q_OBJECT

private slots:
    void replacesWhatATerminalOrALayoutWouldObey_data()
    {
        QTest::addColumn<QString>("in");
        QTest::addColumn<QString>("out");
        QTest::newRow("plain") << QStringLiteral("call-2026.wav") << QStringLiteral("call-2026.wav");
        QTest::newRow("accents and scripts")
            << QStringLiteral("Grabación Ñandú 録音 запись") << QStringLiteral("Grabación Ñandú 録音 запись");
        QTest::newRow("emoji (surrogate pair)")
            << QStringLiteral("ok \U0001F600") << QStringLiteral("ok \U0001F600");
        QTest::newRow("joiners kept (Persian, emoji sequences)")
            << QStringLiteral("\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645 \U0001F469\u200D\U0001F4BB")
            << QStringLiteral("\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645 \U0001F469\u200D\U0001F4BB");
        QTest::newRow("clear screen") << QStringLiteral("\x1b[2Ja") << QStringLiteral("?[2Ja");
        QTest::newRow("window title") << QStringLiteral("\x1b]0;t\x07") << QStringLiteral("?]0;t?");
        QTest::newRow("NUL") << (QStringLiteral("a") + QChar(0) + QStringLiteral("b"))
                             << QStringLiteral("a?b");
        QTest::newRow("line breaks") << QStringLiteral("a\nb\rc") << QStringLiteral("a?b?c");
        QTest::newRow("DEL and C1") << QStringLiteral("a\x7f\u009bb") << QStringLiteral("a??b");
        QTest::newRow("right-to-left override")
            << QStringLiteral("report\u202Evaw.exe") << QStringLiteral("report?vaw.exe");
        QTest::newRow("other bidi and zero-width")
            << QStringLiteral("\u2066a\u2069\u200Bb\uFEFF") << QStringLiteral("?a??b?");
        QTest::newRow("line and paragraph separators")
            << QStringLiteral("a\u2028b\u2029c") << QStringLiteral("a?b?c");
        QTest::newRow("tag character (astral format)")
            << QStringLiteral("a\U000E0041") << QStringLiteral("a?");
        QTest::newRow("lone surrogates")
            << (QStringLiteral("a") + QChar(0xD800) + QStringLiteral("b") + QChar(0xDC00))
            << QStringLiteral("a?b?");
    }
    void replacesWhatATerminalOrALayoutWouldObey()
    {
        QFETCH(QString, in);
        QFETCH(QString, out);
        QCOMPARE(safeText(in), out);
    }

    void keepsNewlinesWhenAsked()
    {
        QCOMPARE(safeText(QStringLiteral("one\ntwo\x1b"), true), QStringLiteral("one\ntwo?"));
        QCOMPARE(safeText(QStringLiteral("one\r\ntwo"), true), QStringLiteral("one?\ntwo"));
    }
};

QTEST_GUILESS_MAIN(TestSafeText)
#include "tst_safetext.moc"
