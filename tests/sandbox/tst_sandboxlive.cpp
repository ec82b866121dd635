// The live platform variant (API.md "Live variant" notes): /storage_files and
// /service_agents/files, RFC 3339 timestamps with null or missing keys, ZIP recordings with
// _in/_out WAVs, 403 for agent accounts, the `type` upload field and the 30 MB limit.
#include "sandboxtestutil.h"
#include "wavgenerator.h"

#include <QRegularExpression>
#include <QSet>
#include <QtEndian>
#include <QTimeZone>

using namespace sandboxtest;

namespace {

qint64 parseRfc3339Usec(const QString &text)
{
    static const QRegularExpression re(
        QStringLiteral("^(\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2})(?:\\.(\\d{1,9}))?Z$"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return -1;
    const QDateTime dt = QDateTime::fromString(m.captured(1), QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
    const QDateTime utc(dt.date(), dt.time(), QTimeZone::utc());
    return utc.toSecsSinceEpoch() * 1000000 +
           m.captured(2).left(6).leftJustified(6, QLatin1Char('0')).toLongLong();
}

// Reads a stored ZIP by its central directory: name -> bytes.
QMap<QString, QByteArray> readStoredZip(const QByteArray &zip)
{
    QMap<QString, QByteArray> out;
    const qsizetype eocd = zip.lastIndexOf(QByteArray("PK\x05\x06", 4));
    if (eocd < 0)
        return out;
    const int count = qFromLittleEndian<quint16>(zip.constData() + eocd + 10);
    qsizetype p = qFromLittleEndian<quint32>(zip.constData() + eocd + 16);
    for (int i = 0; i < count; ++i) {
        if (zip.mid(p, 4) != QByteArray("PK\x01\x02", 4))
            return {};
        const quint16 method = qFromLittleEndian<quint16>(zip.constData() + p + 10);
        const quint32 size = qFromLittleEndian<quint32>(zip.constData() + p + 20);
        const quint16 nameLen = qFromLittleEndian<quint16>(zip.constData() + p + 28);
        const quint16 extraLen = qFromLittleEndian<quint16>(zip.constData() + p + 30);
        const quint16 commentLen = qFromLittleEndian<quint16>(zip.constData() + p + 32);
        const quint32 local = qFromLittleEndian<quint32>(zip.constData() + p + 42);
        const QString name = QString::fromUtf8(zip.mid(p + 46, nameLen));
        const quint16 localName = qFromLittleEndian<quint16>(zip.constData() + local + 26);
        const quint16 localExtra = qFromLittleEndian<quint16>(zip.constData() + local + 28);
        if (method != 0)
            return {};
        out.insert(name, zip.mid(local + 30 + localName + localExtra, size));
        p += 46 + nameLen + extraLen + commentLen;
    }
    return out;
}

} // namespace

class TestSandboxLive : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_sandbox = std::make_unique<Sandbox>(60, 40);
        m_sandbox->options.liveVariant = true;
        QVERIFY(m_sandbox->start());
        const auto c = m_sandbox->host()->credentials();
        m_agentToken = m_sandbox->login(m_nam, c.agentUsername, c.agentPassword).toLatin1();
        QVERIFY(!m_agentToken.isEmpty());
    }
    void cleanupTestCase() { m_sandbox.reset(); }

    void filesPathIsGone();
    void storageFilesForm();
    void pagingWithRfc3339Tokens();
    void agentSeesOwnFilesOnly();
    void agentGets403OnRecordings();
    void recordingsOmitEmptyKeys();
    void recordingIsZipOfTwoLegs();
    void uploadsNeedType();
    void uploadOver30MbIs400();
    void switchAtRunTime();

private:
    Headers agent() const { return {{"Authorization", "Bearer " + m_agentToken}}; }

    QNetworkAccessManager m_nam;
    std::unique_ptr<Sandbox> m_sandbox;
    QByteArray m_agentToken;
};

void TestSandboxLive::filesPathIsGone()
{
    QCOMPARE(send(m_nam, "GET", m_sandbox->platform(QStringLiteral("/files"))).status, 404);
}

void TestSandboxLive::storageFilesForm()
{
    const HttpResult r = send(m_nam, "GET", m_sandbox->platform(QStringLiteral("/storage_files")));
    QCOMPARE(r.status, 200);
    const QJsonArray items = r.object().value(QStringLiteral("result")).toArray();
    QVERIFY(!items.isEmpty());
    QSet<QString> referenceTypes, types;
    for (const QJsonValue &v : items) {
        const QJsonObject f = v.toObject();
        QVERIFY(f.contains(QStringLiteral("owner_type")) && f.contains(QStringLiteral("type")));
        referenceTypes.insert(f.value(QStringLiteral("reference_type")).toString());
        types.insert(f.value(QStringLiteral("type")).toString());
        QVERIFY(parseRfc3339Usec(f.value(QStringLiteral("tm_create")).toString()) > 0);
        QVERIFY(f.value(QStringLiteral("tm_delete")).isNull());
        const QJsonValue update = f.value(QStringLiteral("tm_update"));
        QVERIFY(update.isNull() || parseRfc3339Usec(update.toString()) > 0);
    }
    QVERIFY(referenceTypes.contains(QString()) && referenceTypes.contains(QStringLiteral("recording")));
    QVERIFY(!referenceTypes.contains(QStringLiteral("none")));
    QVERIFY(types.contains(QStringLiteral("recording")));
}

void TestSandboxLive::pagingWithRfc3339Tokens()
{
    QStringList ids;
    QString token;
    for (int guard = 0; guard < 100; ++guard) {
        QString query = QStringLiteral("page_size=9");
        if (!token.isEmpty())
            query += QStringLiteral("&page_token=") + QString::fromLatin1(QUrl::toPercentEncoding(token));
        const QJsonObject page =
            send(m_nam, "GET", m_sandbox->platform(QStringLiteral("/recordings"), query)).object();
        const QJsonArray items = page.value(QStringLiteral("result")).toArray();
        for (const QJsonValue &v : items)
            ids.append(v[QStringLiteral("id")].toString());
        if (items.size() < 9)
            break;
        token = page.value(QStringLiteral("next_page_token")).toString();
        QVERIFY(parseRfc3339Usec(token) > 0);
    }
    const QSet<QString> unique(ids.cbegin(), ids.cend());
    QCOMPARE(unique.size(), ids.size());
    const int listed = send(m_nam, "GET", m_sandbox->url(QStringLiteral("/_sandbox/stats")))
                           .object()
                           .value(QStringLiteral("recordingsListed"))
                           .toInt();
    QCOMPARE(int(ids.size()), listed);
}

void TestSandboxLive::agentSeesOwnFilesOnly()
{
    const HttpResult mine =
        send(m_nam, "GET", m_sandbox->url(QStringLiteral("/v1.0/service_agents/files")), agent());
    QCOMPARE(mine.status, 200);
    const QJsonArray items = mine.object().value(QStringLiteral("result")).toArray();
    QVERIFY(!items.isEmpty());
    QSet<QString> owners;
    for (const QJsonValue &v : items)
        owners.insert(v[QStringLiteral("owner_id")].toString());
    QCOMPARE(owners.size(), 1);
    // Someone else's file is not found through the agent's path.
    const QJsonArray all = send(m_nam, "GET", m_sandbox->platform(QStringLiteral("/storage_files")))
                               .object()
                               .value(QStringLiteral("result"))
                               .toArray();
    QString foreign;
    for (const QJsonValue &v : all) {
        if (!owners.contains(v[QStringLiteral("owner_id")].toString())) {
            foreign = v[QStringLiteral("id")].toString();
            break;
        }
    }
    QVERIFY(!foreign.isEmpty());
    QCOMPARE(
        send(m_nam, "GET", m_sandbox->url(QStringLiteral("/v1.0/service_agents/files/") + foreign), agent())
            .status,
        404);
    const QString own = items.at(0)[QStringLiteral("id")].toString();
    QCOMPARE(send(m_nam, "GET", m_sandbox->url(QStringLiteral("/v1.0/service_agents/files/") + own), agent())
                 .status,
             200);
    QCOMPARE(send(m_nam, "GET", m_sandbox->url(QStringLiteral("/v1.0/service_agents/files/%1/file").arg(own)),
                  agent())
                 .status,
             307);
    const HttpResult storage =
        send(m_nam, "GET", m_sandbox->url(QStringLiteral("/v1.0/storage_files")), agent());
    QCOMPARE(storage.status, 403);
    QCOMPARE(envelopeReason(storage, "PERMISSION_DENIED"), QStringLiteral("PERMISSION_DENIED"));
}

void TestSandboxLive::agentGets403OnRecordings()
{
    const QString id =
        send(m_nam, "GET", m_sandbox->platform(QStringLiteral("/recordings"), QStringLiteral("page_size=1")))
            .object()
            .value(QStringLiteral("result"))
            .toArray()
            .at(0)[QStringLiteral("id")]
            .toString();
    for (const QString &path : {QStringLiteral("/v1.0/recordings"), QStringLiteral("/v1.0/recordings/") + id,
                                QStringLiteral("/v1.0/recordingfiles/") + id}) {
        const HttpResult r = send(m_nam, "GET", m_sandbox->url(path), agent());
        QCOMPARE(r.status, 403);
        QCOMPARE(envelopeReason(r, "PERMISSION_DENIED"), QStringLiteral("PERMISSION_DENIED"));
    }
    QCOMPARE(send(m_nam, "DELETE", m_sandbox->url(QStringLiteral("/v1.0/recordings/") + id), agent()).status,
             403);
}

void TestSandboxLive::recordingsOmitEmptyKeys()
{
    const QJsonArray items = send(m_nam, "GET", m_sandbox->platform(QStringLiteral("/recordings")))
                                 .object()
                                 .value(QStringLiteral("result"))
                                 .toArray();
    bool sawMissingEnd = false, sawMissingFlow = false;
    for (const QJsonValue &v : items) {
        const QJsonObject r = v.toObject();
        QVERIFY(!r.contains(QStringLiteral("tm_delete")));
        QVERIFY(r.contains(QStringLiteral("owner_id")));
        for (auto it = r.begin(); it != r.end(); ++it) {
            QVERIFY2(!it.value().isNull(), qPrintable(it.key()));
            if (it.key() != QLatin1String("owner_type"))
                QVERIFY2(!it.value().toString().isEmpty() || it.value().isDouble(), qPrintable(it.key()));
        }
        sawMissingEnd = sawMissingEnd || !r.contains(QStringLiteral("tm_end"));
        sawMissingFlow = sawMissingFlow || !r.contains(QStringLiteral("on_end_flow_id"));
    }
    QVERIFY(sawMissingEnd && sawMissingFlow);
}

void TestSandboxLive::recordingIsZipOfTwoLegs()
{
    const QJsonArray items = send(m_nam, "GET", m_sandbox->platform(QStringLiteral("/recordings")))
                                 .object()
                                 .value(QStringLiteral("result"))
                                 .toArray();
    QJsonObject rec;
    for (const QJsonValue &v : items) {
        const qint64 d = parseRfc3339Usec(v[QStringLiteral("tm_end")].toString()) -
                         parseRfc3339Usec(v[QStringLiteral("tm_start")].toString());
        if (v[QStringLiteral("status")].toString() == QLatin1String("ended") && d < 5LL * 60 * 1000000) {
            rec = v.toObject();
            break;
        }
    }
    QVERIFY(!rec.isEmpty());
    const QString id = rec.value(QStringLiteral("id")).toString();
    const HttpResult redirect =
        send(m_nam, "GET", m_sandbox->platform(QStringLiteral("/recordingfiles/") + id));
    QCOMPARE(redirect.status, 307);
    const HttpResult zip = send(m_nam, "GET", QUrl(QString::fromUtf8(redirect.header("Location"))));
    QCOMPARE(zip.status, 200);
    QVERIFY(zip.body.startsWith("PK"));
    QCOMPARE(zip.header("Content-Type"), QByteArray("application/zip"));
    const QMap<QString, QByteArray> entries = readStoredZip(zip.body);
    QCOMPARE(entries.keys(), (QStringList{id + QStringLiteral("_in.wav"), id + QStringLiteral("_out.wav")}));
    const qint64 samples = recdesk::sandbox::wavSamplesForDuration(
        parseRfc3339Usec(rec.value(QStringLiteral("tm_end")).toString()) -
        parseRfc3339Usec(rec.value(QStringLiteral("tm_start")).toString()));
    QVERIFY(entries.value(id + QStringLiteral("_in.wav")) ==
            recdesk::sandbox::generateWav(id + QStringLiteral("_in"), samples));
    QVERIFY(entries.value(id + QStringLiteral("_out.wav")) ==
            recdesk::sandbox::generateWav(id + QStringLiteral("_out"), samples));
    QVERIFY(entries.first() != entries.last()); // two different legs
    // Range works on the ZIP as on any signed object.
    const HttpResult tail =
        send(m_nam, "GET", QUrl(QString::fromUtf8(redirect.header("Location"))), {{"Range", "bytes=10-"}});
    QCOMPARE(tail.status, 206);
    QCOMPARE(tail.body, zip.body.mid(10));
}

void TestSandboxLive::uploadsNeedType()
{
    const QByteArray data = "live upload";
    HttpResult r = postMultipart(m_nam, m_sandbox->platform(QStringLiteral("/storage_files")),
                                 {filePart("file", "a.txt", data)});
    QCOMPARE(r.status, 400);
    QCOMPARE(envelopeReason(r, "INVALID_ARGUMENT"), QStringLiteral("INVALID_FILE_UPLOAD"));
    r = postMultipart(m_nam, m_sandbox->platform(QStringLiteral("/storage_files")),
                      {filePart("file", "a.txt", data), field("type", "talk")});
    QCOMPARE(r.status, 400);
    r = postMultipart(m_nam, m_sandbox->platform(QStringLiteral("/storage_files")),
                      {filePart("file", "a.txt", data), field("type", "rag"), field("name", "ignored"),
                       field("detail", "ignored")});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object().value(QStringLiteral("type")).toString(), QStringLiteral("rag"));
    QCOMPARE(r.object().value(QStringLiteral("name")).toString(), QString());
    QCOMPARE(r.object().value(QStringLiteral("detail")).toString(), QString());
    r = postMultipart(m_nam, m_sandbox->url(QStringLiteral("/v1.0/service_agents/files")),
                      {filePart("file", "b.txt", data), field("type", "talk")}, agent());
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object().value(QStringLiteral("type")).toString(), QStringLiteral("talk"));
    QCOMPARE(r.object().value(QStringLiteral("owner_type")).toString(), QStringLiteral("agent"));
}

void TestSandboxLive::uploadOver30MbIs400()
{
    const HttpResult r = postMultipart(
        m_nam, m_sandbox->platform(QStringLiteral("/storage_files")),
        {filePart("file", "big.bin", QByteArray(30 * 1024 * 1024 + 1, 'z')), field("type", "rag")});
    QCOMPARE(r.status, 400);
    QCOMPARE(envelopeReason(r, "INVALID_ARGUMENT"), QStringLiteral("INVALID_FILE_UPLOAD"));
}

void TestSandboxLive::switchAtRunTime()
{
    QCOMPARE(m_sandbox->setFaults(m_nam, {{QStringLiteral("liveVariant"), false}}).status, 200);
    const HttpResult documented =
        send(m_nam, "GET", m_sandbox->platform(QStringLiteral("/files"), QStringLiteral("page_size=1")));
    QCOMPARE(documented.status, 200);
    QVERIFY(documented.object()
                .value(QStringLiteral("result"))
                .toArray()
                .at(0)[QStringLiteral("tm_create")]
                .toString()
                .contains(QLatin1Char(' ')));
    QCOMPARE(send(m_nam, "GET", m_sandbox->url(QStringLiteral("/v1.0/recordings")), agent()).status, 200);
    QCOMPARE(m_sandbox->setFaults(m_nam, {{QStringLiteral("liveVariant"), true}}).status, 200);
    QCOMPARE(send(m_nam, "GET", m_sandbox->platform(QStringLiteral("/files"))).status, 404);
}

QTEST_GUILESS_MAIN(TestSandboxLive)
#include "tst_sandboxlive.moc"
