// PageCursor: a listing follows next_page_token only while it moves strictly back in time.

#include "domain/pagecursor.h"

#include <QtTest>

using namespace recdesk;

class TestPageCursor : public QObject
{
    Q_OBJECT

private slots:
    void followsStrictlyOlderTokens()
    {
        PageCursor cursor;
        QCOMPARE(cursor.token(), QString());
        QCOMPARE(cursor.advance(QStringLiteral("2026-11-30 10:00:00.000000")), QString());
        QCOMPARE(cursor.token(), QStringLiteral("2026-11-30 10:00:00.000000"));
        // The live form (RFC 3339) compares by time too.
        QCOMPARE(cursor.advance(QStringLiteral("2026-11-30T09:59:59.999999Z")), QString());
        QCOMPARE(cursor.advance(QStringLiteral("2020-01-01 00:00:00.000000")), QString());
        QCOMPARE(cursor.token(), QStringLiteral("2020-01-01 00:00:00.000000"));
    }

    void refusesARepeatedToken()
    {
        PageCursor cursor;
        QVERIFY(cursor.advance(QStringLiteral("2026-11-30 10:00:00.000000")).isEmpty());
        const QString problem = cursor.advance(QStringLiteral("2026-11-30 10:00:00.000000"));
        QVERIFY(problem.contains(QStringLiteral("never end")));
        // The cursor stays where it was.
        QCOMPARE(cursor.token(), QStringLiteral("2026-11-30 10:00:00.000000"));
    }

    void refusesATokenThatIsNotOlder_data()
    {
        QTest::addColumn<QString>("next");
        QTest::newRow("same time, other form") << QStringLiteral("2026-11-30T10:00:00Z");
        QTest::newRow("one microsecond newer") << QStringLiteral("2026-11-30 10:00:00.000001");
        QTest::newRow("a year newer") << QStringLiteral("2027-11-30 10:00:00.000000");
    }
    void refusesATokenThatIsNotOlder()
    {
        QFETCH(QString, next);
        PageCursor cursor;
        QVERIFY(cursor.advance(QStringLiteral("2026-11-30 10:00:00.000000")).isEmpty());
        QVERIFY(!cursor.advance(next).isEmpty());
    }

    void refusesAnOlderTokenSeenBefore()
    {
        // Opaque tokens cannot be ordered, but a cycle through them is still caught.
        PageCursor cursor;
        QVERIFY(cursor.advance(QStringLiteral("a")).isEmpty());
        QVERIFY(cursor.advance(QStringLiteral("b")).isEmpty());
        QVERIFY(cursor.advance(QStringLiteral("c")).isEmpty());
        QVERIFY(!cursor.advance(QStringLiteral("a")).isEmpty());
    }

    void anEmptyTokenEndsAndResetStartsOver()
    {
        PageCursor cursor;
        QVERIFY(cursor.advance(QStringLiteral("x")).isEmpty());
        QVERIFY(cursor.advance(QString()).isEmpty());
        QCOMPARE(cursor.token(), QString());
        QVERIFY(!cursor.advance(QStringLiteral("x")).isEmpty()); // same listing: still seen
        cursor.reset();
        QVERIFY(cursor.advance(QStringLiteral("x")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPageCursor)
#include "tst_pagecursor.moc"
