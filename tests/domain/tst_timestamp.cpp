#include "domain/timestamp.h"

#include <QTest>
#include <QTimeZone>

using recdesk::Timestamp;

class TestTimestamp : public QObject
{
    Q_OBJECT
private slots:
    void parse_data();
    void parse();
    void notHappenedSortsLastAndShowsEmpty();
    void roundTripsPlatformForm();
    void rfc3339Form();
};

void TestTimestamp::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("result");     // Timestamp::ParseResult
    QTest::addColumn<QString>("utcIso"); // expected UTC time with microseconds, for Ok

    const int ok = int(Timestamp::ParseResult::Ok);
    const int never = int(Timestamp::ParseResult::NotHappened);
    const int bad = int(Timestamp::ParseResult::Invalid);
    QTest::newRow("documented") << "2024-05-27 07:55:16.515315" << ok << "2024-05-27T07:55:16.515315Z";
    QTest::newRow("documented expiry") << "2034-05-25 07:55:16.115684" << ok << "2034-05-25T07:55:16.115684Z";
    QTest::newRow("sentinel") << "9999-01-01 00:00:00.000000" << never << "";
    QTest::newRow("sentinel rfc3339") << "9999-01-01T00:00:00Z" << never << "";
    QTest::newRow("empty") << "" << never << "";
    QTest::newRow("blank") << "   " << never << "";
    QTest::newRow("rfc3339 micro Z") << "2026-01-15T09:30:00.123456Z" << ok << "2026-01-15T09:30:00.123456Z";
    QTest::newRow("rfc3339 no fraction") << "2026-01-15T09:30:00Z" << ok << "2026-01-15T09:30:00.000000Z";
    QTest::newRow("rfc3339 1 digit") << "2026-01-15T09:30:00.1Z" << ok << "2026-01-15T09:30:00.100000Z";
    QTest::newRow("rfc3339 9 digits")
        << "2026-01-15T09:30:00.123456789Z" << ok << "2026-01-15T09:30:00.123456Z";
    QTest::newRow("rfc3339 offset") << "2022-03-18T17:56:09.868311-04:00" << ok
                                    << "2022-03-18T21:56:09.868311Z";
    QTest::newRow("rfc3339 plus offset")
        << "2022-03-19T01:00:00+05:30" << ok << "2022-03-18T19:30:00.000000Z";
    QTest::newRow("lower-case t and z") << "2026-01-15t09:30:00z" << ok << "2026-01-15T09:30:00.000000Z";
    QTest::newRow("date only") << "2022-03-19" << ok << "2022-03-19T00:00:00.000000Z";
    QTest::newRow("leap day") << "2024-02-29 00:00:00.000000" << ok << "2024-02-29T00:00:00.000000Z";
    QTest::newRow("before epoch") << "1969-12-31 23:59:59.500000" << ok << "1969-12-31T23:59:59.500000Z";
    QTest::newRow("no leap day") << "2023-02-29 00:00:00.000000" << bad << "";
    QTest::newRow("month 13") << "2024-13-01 00:00:00" << bad << "";
    QTest::newRow("hour 24") << "2024-01-01 24:00:00" << bad << "";
    QTest::newRow("10 fraction digits") << "2026-01-15T09:30:00.1234567890Z" << bad << "";
    QTest::newRow("empty fraction") << "2026-01-15T09:30:00.Z" << bad << "";
    QTest::newRow("trailing junk") << "2026-01-15T09:30:00Zjunk" << bad << "";
    QTest::newRow("words") << "yesterday" << bad << "";
    QTest::newRow("short year") << "24-05-27 07:55:16" << bad << "";
    QTest::newRow("missing seconds") << "2024-05-27 07:55" << bad << "";
    QTest::newRow("bad offset") << "2024-05-27T07:55:16+0500" << bad << "";
    QTest::newRow("unix seconds") << "1716796516" << bad << "";
}

void TestTimestamp::parse()
{
    QFETCH(QString, text);
    QFETCH(int, result);
    QFETCH(QString, utcIso);
    Timestamp t = Timestamp::fromMicroseconds(42);
    QCOMPARE(int(Timestamp::parse(text, &t)), result);
    if (result == int(Timestamp::ParseResult::Ok)) {
        QVERIFY(t.hasHappened());
        QCOMPARE(t.toRfc3339(), utcIso);
    } else if (result == int(Timestamp::ParseResult::NotHappened)) {
        QVERIFY(!t.hasHappened());
    }
}

void TestTimestamp::notHappenedSortsLastAndShowsEmpty()
{
    Timestamp early, late, never;
    QCOMPARE(Timestamp::parse(u"2020-01-01 00:00:00.000000", &early), Timestamp::ParseResult::Ok);
    QCOMPARE(Timestamp::parse(u"9000-12-31 23:59:59.999999", &late), Timestamp::ParseResult::Ok);
    QCOMPARE(Timestamp::parse(u"9999-01-01 00:00:00.000000", &never), Timestamp::ParseResult::NotHappened);
    QVERIFY(early < late);
    QVERIFY(late < never);
    QVERIFY(!(never < late));
    QVERIFY(never == Timestamp());
    QCOMPARE(never.toDisplayString(), QString());
    QVERIFY(!never.toDateTime().isValid());
    QVERIFY(!early.toDisplayString().isEmpty());
    QVERIFY(!early.toDisplayString().contains(QLatin1String("9999")));
}

void TestTimestamp::roundTripsPlatformForm()
{
    const QString text = QStringLiteral("2024-05-27 07:55:16.515315");
    Timestamp t;
    QCOMPARE(Timestamp::parse(text, &t), Timestamp::ParseResult::Ok);
    QCOMPARE(t.toPlatformString(), text);
    QCOMPARE(Timestamp().toPlatformString(), QStringLiteral("9999-01-01 00:00:00.000000"));
    // Microsecond precision survives, and matches QDateTime at millisecond precision.
    QCOMPARE(t.microseconds() % 1000000, 515315);
    QCOMPARE(t.toDateTime(), QDateTime(QDate(2024, 5, 27), QTime(7, 55, 16, 515), QTimeZone::utc()));
}

void TestTimestamp::rfc3339Form()
{
    QCOMPARE(Timestamp().toRfc3339(), QString());
    const QDateTime dt(QDate(2026, 1, 15), QTime(9, 30, 0, 123), QTimeZone::utc());
    QCOMPARE(Timestamp::fromDateTime(dt).toRfc3339(), QStringLiteral("2026-01-15T09:30:00.123000Z"));
}

QTEST_GUILESS_MAIN(TestTimestamp)
#include "tst_timestamp.moc"
