#include "models/recordingpagescanner.h"
#include "testdata.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace recdesk;

// The scanner must decode exactly what decodePage<Recording> decodes, or decline.
class TestRecordingPageScanner : public QObject
{
    Q_OBJECT

private:
    static QByteArray envelope(const QJsonArray &items, const QString &token)
    {
        QJsonObject body;
        body.insert(QLatin1String("result"), items);
        body.insert(QLatin1String("next_page_token"), token);
        return QJsonDocument(body).toJson(QJsonDocument::Indented);
    }

    static void compareWithGeneral(const QByteArray &json)
    {
        Page<Recording> fast;
        QVERIFY2(scanRecordingPage(json, &fast), json.left(200).constData());
        DecodeProblems problems;
        const Page<Recording> general = decodePage<Recording>(json, QStringLiteral("page"), &problems);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.summary()));
        QCOMPARE(fast.nextPageToken, general.nextPageToken);
        QCOMPARE(fast.items.size(), general.items.size());
        for (qsizetype i = 0; i < fast.items.size(); ++i)
            QCOMPARE(fast.items.at(i).toJson(), general.items.at(i).toJson());
    }

private slots:
    void documentedForm()
    {
        QRandomGenerator rng(11);
        QJsonArray items;
        for (int i = 0; i < 100; ++i)
            items.append(testdata::recording(quint32(i), &rng).toJson());
        compareWithGeneral(envelope(items, QStringLiteral("2024-05-27 07:55:16.515315")));
        compareWithGeneral(envelope({}, QString()));
    }

    void liveForm()
    {
        // RFC 3339 times, null and missing keys, empty owner type, unknown extra keys and numbers.
        QRandomGenerator rng(12);
        QJsonArray items;
        for (int i = 0; i < 30; ++i) {
            QJsonObject o = testdata::recording(quint32(i), &rng).toJson();
            o.insert(QLatin1String("tm_create"),
                     QStringLiteral("2026-01-15T09:30:%1.1234567Z").arg(i % 60, 2, 10, QChar(u'0')));
            o.insert(QLatin1String("tm_end"), QJsonValue::Null);
            o.remove(QLatin1String("tm_delete"));
            o.remove(QLatin1String("format"));
            o.insert(QLatin1String("owner_type"), QString());
            o.insert(QLatin1String("extra"), 42.5);
            o.insert(QLatin1String("flag"), true);
            if (i % 2)
                o.insert(QLatin1String("on_end_flow_id"), QString());
            items.append(o);
        }
        compareWithGeneral(envelope(items, QStringLiteral("2026-01-15T09:30:00Z")));
    }

    void declinesWhatItDoesNotHandle_data()
    {
        QTest::addColumn<QByteArray>("json");
        const QByteArray id = "\"id\":\"aaaa0000-0000-0001-0102-030405060708\"";
        QTest::newRow("not json") << QByteArray("{\"result\": [");
        QTest::newRow("no result") << QByteArray("{\"next_page_token\":\"\"}");
        QTest::newRow("result null") << QByteArray("{\"result\":null}");
        QTest::newRow("escape") << QByteArray("{\"result\":[{" + id + ",\"status\":\"end\\u0065d\"}]}");
        QTest::newRow("nested") << QByteArray("{\"result\":[{" + id + ",\"x\":{\"a\":1}}]}");
        QTest::newRow("bad uuid") << QByteArray("{\"result\":[{\"id\":\"nope\"}]}");
        QTest::newRow("no id") << QByteArray("{\"result\":[{\"status\":\"ended\"}]}");
        QTest::newRow("bad time") << QByteArray("{\"result\":[{" + id + ",\"tm_create\":\"yesterday\"}]}");
        QTest::newRow("number for string") << QByteArray("{\"result\":[{" + id + ",\"status\":3}]}");
        QTest::newRow("repeated key") << QByteArray("{\"result\":[{" + id + "," + id + "}]}");
        QTest::newRow("non-ascii") << QByteArray("{\"result\":[{" + id + ",\"status\":\"\xc3\xa9\"}]}");
        QTest::newRow("trailing garbage") << QByteArray("{\"result\":[]} x");
        QTest::newRow("item not object") << QByteArray("{\"result\":[1]}");
    }

    void declinesWhatItDoesNotHandle()
    {
        QFETCH(QByteArray, json);
        Page<Recording> page;
        QVERIFY(!scanRecordingPage(json, &page));
        // Every prefix of a valid page is declined too, never a crash.
        QRandomGenerator rng(13);
        const QByteArray good =
            envelope({testdata::recording(1, &rng).toJson()}, QStringLiteral("t")).trimmed();
        for (int n = 0; n < good.size(); ++n)
            QVERIFY(!scanRecordingPage(good.left(n), &page));
    }
};

QTEST_GUILESS_MAIN(TestRecordingPageScanner)
#include "tst_recordingpagescanner.moc"
