// Paging exactly as API.md: page_size 1-100 (default and out-of-range 100), page_token = tm_create
// of the last item, newest first, strictly older on the next page; over 1,000 recordings.
#include "sandboxtestutil.h"

#include <QSet>

using namespace sandboxtest;

class TestSandboxPaging : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_sandbox = std::make_unique<Sandbox>(1000, 230);
        QVERIFY(m_sandbox->start());
        const QJsonObject stats =
            send(m_nam, "GET", m_sandbox->url(QStringLiteral("/_sandbox/stats"))).object();
        m_listedRecordings = stats.value(QStringLiteral("recordingsListed")).toInt();
        m_listedFiles = stats.value(QStringLiteral("filesListed")).toInt();
        QCOMPARE(stats.value(QStringLiteral("recordings")).toInt(), 1000);
        QVERIFY(m_listedRecordings > 900 && m_listedRecordings < 1000); // a few seeded ones are deleted
    }
    void cleanupTestCase() { m_sandbox.reset(); }

    void walkAll_data();
    void walkAll();
    void pageSizeOutOfRangeIs100_data();
    void pageSizeOutOfRangeIs100();
    void badPageTokenIs400();
    void emptyPageAfterTheEnd();
    void plusForSpaceInToken();
    void everyStatusAndReferenceType();

private:
    // Walks the whole list; returns ids in order and checks the paging rules on the way.
    QStringList walk(const QString &path, int pageSize, bool *ok);

    QNetworkAccessManager m_nam;
    std::unique_ptr<Sandbox> m_sandbox;
    int m_listedRecordings = 0;
    int m_listedFiles = 0;
};

QStringList TestSandboxPaging::walk(const QString &path, int pageSize, bool *ok)
{
    *ok = false;
    QStringList ids;
    QString token;
    QString previousCreate;
    for (int guard = 0; guard < 2000; ++guard) {
        QString query;
        if (pageSize > 0)
            query = QStringLiteral("page_size=%1").arg(pageSize);
        if (!token.isEmpty())
            query += (query.isEmpty() ? QString() : QStringLiteral("&")) + QStringLiteral("page_token=") +
                     QString::fromLatin1(QUrl::toPercentEncoding(token));
        const HttpResult r = send(m_nam, "GET", m_sandbox->platform(path, query));
        if (r.status != 200) {
            qWarning("status %d", r.status);
            return ids;
        }
        const QJsonObject page = r.object();
        if (!page.value(QStringLiteral("result")).isArray()) {
            qWarning("result is not an array");
            return ids;
        }
        const QJsonArray items = page.value(QStringLiteral("result")).toArray();
        const int expectedSize = pageSize > 0 ? pageSize : 100;
        if (items.size() > expectedSize) {
            qWarning("page too long");
            return ids;
        }
        for (const QJsonValue &v : items) {
            const QString create = v[QStringLiteral("tm_create")].toString();
            // Documented timestamps compare as strings; strictly descending.
            if (!previousCreate.isEmpty() && !(create < previousCreate)) {
                qWarning("not strictly newest first: %s then %s", qPrintable(previousCreate),
                         qPrintable(create));
                return ids;
            }
            previousCreate = create;
            ids.append(v[QStringLiteral("id")].toString());
        }
        const QString next = page.value(QStringLiteral("next_page_token")).toString();
        if (!items.isEmpty() && next != items.last()[QStringLiteral("tm_create")].toString()) {
            qWarning("next_page_token is not the last item's tm_create");
            return ids;
        }
        if (items.isEmpty() || items.size() < expectedSize) {
            *ok = true;
            return ids;
        }
        token = next;
    }
    return ids;
}

void TestSandboxPaging::walkAll_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("pageSize");
    QTest::newRow("recordings default") << QStringLiteral("/recordings") << 0;
    QTest::newRow("recordings 100") << QStringLiteral("/recordings") << 100;
    QTest::newRow("recordings 37") << QStringLiteral("/recordings") << 37;
    QTest::newRow("recordings 1") << QStringLiteral("/recordings") << 1;
    QTest::newRow("files 100") << QStringLiteral("/files") << 100;
    QTest::newRow("files 7") << QStringLiteral("/files") << 7;
}

void TestSandboxPaging::walkAll()
{
    QFETCH(QString, path);
    QFETCH(int, pageSize);
    bool ok = false;
    const QStringList ids = walk(path, pageSize, &ok);
    QVERIFY(ok);
    const QSet<QString> unique(ids.cbegin(), ids.cend());
    QCOMPARE(unique.size(), ids.size()); // nothing repeated
    QCOMPARE(int(ids.size()),
             path == QLatin1String("/recordings") ? m_listedRecordings : m_listedFiles); // nothing lost
}

void TestSandboxPaging::pageSizeOutOfRangeIs100_data()
{
    QTest::addColumn<QString>("value");
    for (const char *v : {"0", "101", "-5", "1000", "abc", ""})
        QTest::newRow(v) << QString::fromLatin1(v);
}

void TestSandboxPaging::pageSizeOutOfRangeIs100()
{
    QFETCH(QString, value);
    const HttpResult r =
        send(m_nam, "GET",
             m_sandbox->platform(QStringLiteral("/recordings"), QStringLiteral("page_size=") + value));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object().value(QStringLiteral("result")).toArray().size(), 100);
}

void TestSandboxPaging::badPageTokenIs400()
{
    const HttpResult r =
        send(m_nam, "GET",
             m_sandbox->platform(QStringLiteral("/recordings"), QStringLiteral("page_token=yesterday")));
    QCOMPARE(r.status, 400);
    QCOMPARE(envelopeReason(r, "INVALID_ARGUMENT"), QStringLiteral("INVALID_PAGE_TOKEN"));
}

void TestSandboxPaging::emptyPageAfterTheEnd()
{
    const HttpResult r = send(m_nam, "GET",
                              m_sandbox->platform(QStringLiteral("/recordings"),
                                                  QStringLiteral("page_token=2000-01-01%2000:00:00.000000")));
    QCOMPARE(r.status, 200);
    QVERIFY(r.object().value(QStringLiteral("result")).isArray()); // never null
    QCOMPARE(r.object().value(QStringLiteral("result")).toArray().size(), 0);
}

void TestSandboxPaging::everyStatusAndReferenceType()
{
    QSet<QString> statuses, references, ownerTypes;
    bool sawLegacyEmptyDelete = false;
    QString token;
    for (int page = 0; page < 10; ++page) {
        QString query = QStringLiteral("page_size=100");
        if (!token.isEmpty())
            query += QStringLiteral("&page_token=") + QString::fromLatin1(QUrl::toPercentEncoding(token));
        const QJsonObject body =
            send(m_nam, "GET", m_sandbox->platform(QStringLiteral("/recordings"), query)).object();
        for (const QJsonValue &v : body.value(QStringLiteral("result")).toArray()) {
            statuses.insert(v[QStringLiteral("status")].toString());
            references.insert(v[QStringLiteral("reference_type")].toString());
            ownerTypes.insert(v[QStringLiteral("owner_type")].toString());
            sawLegacyEmptyDelete =
                sawLegacyEmptyDelete || v[QStringLiteral("tm_delete")].toString().isEmpty();
        }
        token = body.value(QStringLiteral("next_page_token")).toString();
    }
    QCOMPARE(statuses, (QSet<QString>{QStringLiteral("initiating"), QStringLiteral("recording"),
                                      QStringLiteral("stopping"), QStringLiteral("ended")}));
    QCOMPARE(references, (QSet<QString>{QStringLiteral("call"), QStringLiteral("confbridge")}));
    QCOMPARE(ownerTypes, (QSet<QString>{QStringLiteral("agent"), QString()}));
    QVERIFY(sawLegacyEmptyDelete); // older recordings with tm_delete ""
}

void TestSandboxPaging::plusForSpaceInToken()
{
    const QJsonObject first =
        send(m_nam, "GET", m_sandbox->platform(QStringLiteral("/recordings"), QStringLiteral("page_size=5")))
            .object();
    const QString token = first.value(QStringLiteral("next_page_token")).toString();
    QVERIFY(token.contains(QLatin1Char(' ')));
    QString plus = token;
    plus.replace(QLatin1Char(' '), QLatin1Char('+'));
    const HttpResult a = send(
        m_nam, "GET",
        m_sandbox->platform(QStringLiteral("/recordings"), QStringLiteral("page_size=5&page_token=") + plus));
    const HttpResult b = send(m_nam, "GET",
                              m_sandbox->platform(QStringLiteral("/recordings"),
                                                  QStringLiteral("page_size=5&page_token=") +
                                                      QString::fromLatin1(QUrl::toPercentEncoding(token))));
    QCOMPARE(a.status, 200);
    QCOMPARE(a.object(), b.object());
}

QTEST_GUILESS_MAIN(TestSandboxPaging)
#include "tst_sandboxpaging.moc"
