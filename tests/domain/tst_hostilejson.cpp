// Malformed and hostile input: decoders must report problems, never crash or hang.
#include "domain/analyticsresponses.h"
#include "domain/assistantresponses.h"
#include "domain/page.h"
#include "domain/platformerror.h"
#include "domain/platformfile.h"
#include "domain/recording.h"

#include <QJsonDocument>
#include <QTest>

using namespace recdesk;

class TestHostileJson : public QObject
{
    Q_OBJECT
private slots:
    void truncatedAtEveryByte();
    void hugeStrings();
    void deepNesting();
    void wrongRootTypes_data();
    void wrongRootTypes();
    void binaryGarbage();
};

static const QByteArray kValidPage =
    R"({"result":[{"id":"0c0c305c-7a55-4395-85a8-ae4860f01393","customer_id":"5e4a0680-804e-11ec-8477-2fea5968d85b","filename":"a.wav","filesize":110881,"tm_create":"2024-05-27 07:55:16.515315","tm_delete":"9999-01-01 00:00:00.000000"}],"next_page_token":"2024-05-27 07:55:16.515315"})";

void TestHostileJson::truncatedAtEveryByte()
{
    for (int n = 0; n < kValidPage.size(); ++n) {
        DecodeProblems problems;
        const auto page = decodePage<PlatformFile>(kValidPage.left(n), QStringLiteral("files"), &problems);
        QVERIFY2(!problems.isEmpty(), qPrintable(QStringLiteral("truncated at %1 not reported").arg(n)));
        QVERIFY(page.items.isEmpty());
    }
    DecodeProblems whole;
    QCOMPARE(decodePage<PlatformFile>(kValidPage, QStringLiteral("files"), &whole).items.size(), 1);
    QVERIFY(whole.isEmpty());
}

void TestHostileJson::hugeStrings()
{
    const QByteArray big(10 * 1024 * 1024, 'a');
    // A 10 MB file name is kept as data (it is a string), but problems quote at most a short prefix.
    QByteArray json = R"({"result":[{"id":"0c0c305c-7a55-4395-85a8-ae4860f01393","filename":")" + big +
                      R"(","owner_id":")" + big + R"(","tm_create":")" + big +
                      R"("}],"next_page_token":"x"})";
    DecodeProblems problems;
    const auto page = decodePage<PlatformFile>(json, QStringLiteral("files"), &problems);
    QCOMPARE(page.items.size(), 1);
    QCOMPARE(page.items.first().filename.size(), big.size());
    QCOMPARE(problems.messages.size(), 2); // owner_id and tm_create
    for (const QString &m : problems.messages)
        QVERIFY2(m.size() < 200, "problem messages quote a short prefix only");
}

void TestHostileJson::deepNesting()
{
    // Nesting beyond the parser's depth limit is a parse error; below it, unknown nested fields
    // are ignored.
    const int depths[] = {100, 5000, 200000};
    for (int depth : depths) {
        QByteArray nested = QByteArray(depth, '[') + QByteArray(depth, ']');
        QByteArray json = R"({"result":[{"id":"0c0c305c-7a55-4395-85a8-ae4860f01393","extra":)" + nested +
                          R"(}],"next_page_token":"x"})";
        DecodeProblems problems;
        const auto page = decodePage<Recording>(json, QStringLiteral("recordings"), &problems);
        QVERIFY(page.items.size() == 1 || !problems.isEmpty());
        DecodeProblems p2;
        PlatformError::fromBody(QByteArray(depth, '{'), QString());
        AssistantFile::fromJson(QByteArray(depth, '['), &p2);
        QVERIFY(!p2.isEmpty());
    }
}

void TestHostileJson::wrongRootTypes_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("array") << QByteArray("[]");
    QTest::newRow("number") << QByteArray("12");
    QTest::newRow("string") << QByteArray("\"x\"");
    QTest::newRow("null") << QByteArray("null");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("html") << QByteArray("<html><body>Bad gateway</body></html>");
    QTest::newRow("nul bytes") << QByteArray("{\"x\":\"\0\0\"}", 10);
}

void TestHostileJson::wrongRootTypes()
{
    QFETCH(QByteArray, body);
    DecodeProblems a, b, c, d;
    decodePage<Recording>(body, QStringLiteral("recordings"), &a);
    AnalyticsToken::fromJson(body, &b);
    AnalyticsUploadResult::fromJson(body, &c);
    AssistantFile::fromJson(body, &d);
    QVERIFY(!a.isEmpty());
    QVERIFY(!b.isEmpty());
    QVERIFY(!c.isEmpty());
    QVERIFY(!d.isEmpty());
    QVERIFY(PlatformError::fromBody(body).isEmpty());
}

void TestHostileJson::binaryGarbage()
{
    // A fixed pseudo-random sequence, so a failure reproduces.
    quint32 state = 12345;
    for (int round = 0; round < 200; ++round) {
        QByteArray junk(1 + round * 7, Qt::Uninitialized);
        for (char &ch : junk) {
            state = state * 1664525u + 1013904223u;
            ch = char(state >> 24);
        }
        DecodeProblems problems;
        const auto page = decodePage<PlatformFile>(junk, QStringLiteral("files"), &problems);
        QVERIFY(page.items.isEmpty());
        QVERIFY(!problems.isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestHostileJson)
#include "tst_hostilejson.moc"
