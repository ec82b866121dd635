// Calls, conferences and agents (API.md "Calls, conferences and agents"): the routes in the
// documented and the live form, their paging, who may read them, 404 and 400, and that they are
// consistent with the recordings — every recording's reference_id is its call or conference, every
// agent owner an agent (or the one deleted agent) — also in a data folder seeded before they existed.
#include "sandboxtestutil.h"

#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTimeZone>

using namespace sandboxtest;

namespace {

const QString kUnsetUuid = QStringLiteral("00000000-0000-0000-0000-000000000000");
const QString kNotHappened = QStringLiteral("9999-01-01 00:00:00.000000");
// The two accounts' agents (DemoIdentity) and the awkward ones (demoagents.cpp).
const QString kAdminAgent = QStringLiteral("62005165-7592-4ff7-9076-55bf491023f2");
const QString kAgentAgent = QStringLiteral("a7c3e9d1-2b4f-4e6a-8c0d-9f1e2d3c4b5a");
const QString kNamelessAgent = QStringLiteral("5a2f8d1c-6e49-4b07-a3c5-8d1b7f4e9c26");
const QString kDeletedAgent = QStringLiteral("f47c1e93-3b58-4d2a-9e6f-0a8b5c7d3e14");

bool isDocumentedTime(const QJsonValue &v)
{
    static const QRegularExpression re(
        QStringLiteral("^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}\\.\\d{6}$"));
    return v.isString() && re.match(v.toString()).hasMatch();
}

bool isRfc3339(const QJsonValue &v)
{
    static const QRegularExpression re(
        QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?Z$"));
    return v.isString() && re.match(v.toString()).hasMatch();
}

// Microseconds since the epoch of either timestamp form (-1 when it is neither).
qint64 usecOf(const QString &text)
{
    static const QRegularExpression re(
        QStringLiteral("^(\\d{4}-\\d{2}-\\d{2})[ T](\\d{2}:\\d{2}:\\d{2})(?:\\.(\\d{1,9}))?Z?$"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return -1;
    const QDateTime t(QDate::fromString(m.captured(1), Qt::ISODate),
                      QTime::fromString(m.captured(2), Qt::ISODate), QTimeZone::utc());
    return t.toSecsSinceEpoch() * 1000000 +
           m.captured(3).left(6).leftJustified(6, QLatin1Char('0')).toLongLong();
}

QString pageQuery(int pageSize, const QString &token)
{
    QString query = QStringLiteral("page_size=%1").arg(pageSize);
    if (!token.isEmpty())
        query += QStringLiteral("&page_token=") + QString::fromLatin1(QUrl::toPercentEncoding(token));
    return query;
}

} // namespace

class TestSandboxCalls : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // The demo's size: enough recordings that every awkward case occurs.
        m_sandbox = std::make_unique<Sandbox>(300, 10);
        QVERIFY(m_sandbox->start());
        const auto c = m_sandbox->host()->credentials();
        m_agentToken = m_sandbox->login(m_nam, c.agentUsername, c.agentPassword).toLatin1();
        m_adminToken = m_sandbox->login(m_nam, c.username, c.password).toLatin1();
        QVERIFY(!m_agentToken.isEmpty() && !m_adminToken.isEmpty());
    }
    void init() { m_sandbox->setFaults(m_nam, QJsonObject{{QStringLiteral("reset"), true}}); }
    void cleanupTestCase() { m_sandbox.reset(); }

    void documentedForm();
    void liveForm();
    void paging_data();
    void paging();
    void agentAccountReadsOnlyItself_data();
    void agentAccountReadsOnlyItself();
    void unknownDeletedAndMalformed_data();
    void unknownDeletedAndMalformed();
    void recordingsResolve_data();
    void recordingsResolve();
    void awkwardCasesAreThere();
    void olderDataFolderGetsCallData();

private:
    void setLive(bool live)
    {
        QCOMPARE(m_sandbox->setFaults(m_nam, {{QStringLiteral("liveVariant"), live}}).status, 200);
    }
    HttpResult get(const QString &path, const QString &query = QString())
    {
        return send(m_nam, "GET", m_sandbox->platform(path, query));
    }
    // Every item of a list, walking its pages; checks the paging rules on the way.
    QJsonArray walk(const QString &path, int pageSize);
    QJsonArray listedRecordings() { return walk(QStringLiteral("/recordings"), 100); }

    QNetworkAccessManager m_nam;
    std::unique_ptr<Sandbox> m_sandbox;
    QByteArray m_agentToken;
    QByteArray m_adminToken;
};

QJsonArray TestSandboxCalls::walk(const QString &path, int pageSize)
{
    QJsonArray all;
    QSet<QString> ids;
    QString token;
    qint64 previousCreate = -1;
    for (int guard = 0; guard < 1000; ++guard) {
        const HttpResult r = get(path, pageQuery(pageSize, token));
        if (r.status != 200) {
            qWarning("%s: status %d", qPrintable(path), r.status);
            return {};
        }
        const QJsonObject page = r.object();
        const QJsonArray items = page.value(QStringLiteral("result")).toArray();
        if (!page.value(QStringLiteral("result")).isArray() || items.size() > pageSize) {
            qWarning("%s: result is not an array of at most %d", qPrintable(path), pageSize);
            return {};
        }
        for (const QJsonValue &v : items) {
            const qint64 create = usecOf(v[QStringLiteral("tm_create")].toString());
            if (create < 0 || (previousCreate >= 0 && create >= previousCreate)) {
                qWarning("%s: not strictly newest first at %s", qPrintable(path),
                         qPrintable(v[QStringLiteral("tm_create")].toString()));
                return {};
            }
            previousCreate = create;
            const QString id = v[QStringLiteral("id")].toString();
            if (ids.contains(id)) {
                qWarning("%s: %s listed twice", qPrintable(path), qPrintable(id));
                return {};
            }
            ids.insert(id);
            all.append(v);
        }
        const QString next = page.value(QStringLiteral("next_page_token")).toString();
        if (items.isEmpty())
            return all;
        if (next != items.last()[QStringLiteral("tm_create")].toString()) {
            qWarning("%s: next_page_token is not the last item's tm_create", qPrintable(path));
            return {};
        }
        if (items.size() < pageSize)
            return all;
        token = next;
    }
    qWarning("%s: no end", qPrintable(path));
    return {};
}

void TestSandboxCalls::documentedForm()
{
    const QJsonArray calls = get(QStringLiteral("/calls")).object().value(QStringLiteral("result")).toArray();
    QCOMPARE(calls.size(), 100);
    const QStringList callKeys = {QStringLiteral("id"),           QStringLiteral("customer_id"),
                                  QStringLiteral("owner_type"),   QStringLiteral("owner_id"),
                                  QStringLiteral("source"),       QStringLiteral("destination"),
                                  QStringLiteral("direction"),    QStringLiteral("status"),
                                  QStringLiteral("hangup_by"),    QStringLiteral("hangup_reason"),
                                  QStringLiteral("recording_id"), QStringLiteral("recording_ids"),
                                  QStringLiteral("tm_ringing"),   QStringLiteral("tm_progressing"),
                                  QStringLiteral("tm_hangup"),    QStringLiteral("tm_create"),
                                  QStringLiteral("tm_update"),    QStringLiteral("tm_delete")};
    bool sawUnsetTime = false;
    for (const QJsonValue &v : calls) {
        const QJsonObject c = v.toObject();
        for (const QString &key : callKeys)
            QVERIFY2(c.contains(key), qPrintable(key));
        for (const QString &key : {QStringLiteral("source"), QStringLiteral("destination")}) {
            const QJsonObject a = c.value(key).toObject();
            QCOMPARE(a.keys(),
                     (QStringList{QStringLiteral("detail"), QStringLiteral("name"), QStringLiteral("target"),
                                  QStringLiteral("target_name"), QStringLiteral("type")}));
        }
        for (const QString &key : c.keys()) {
            if (key.startsWith(QLatin1String("tm_"))) {
                QVERIFY2(isDocumentedTime(c.value(key)), qPrintable(key));
                sawUnsetTime = sawUnsetTime || c.value(key).toString() == kNotHappened;
            }
        }
        QCOMPARE(c.value(QStringLiteral("tm_delete")).toString(), kNotHappened);
        const bool hungUp = c.value(QStringLiteral("status")).toString() == QLatin1String("hangup");
        QCOMPARE(c.value(QStringLiteral("tm_hangup")).toString() != kNotHappened, hungUp);
        QCOMPARE(c.value(QStringLiteral("hangup_reason")).toString().isEmpty(), !hungUp);
        // The customer is the source of an incoming call, the destination of an outgoing one.
        const bool incoming = c.value(QStringLiteral("direction")).toString() == QLatin1String("incoming");
        QVERIFY(incoming || c.value(QStringLiteral("direction")).toString() == QLatin1String("outgoing"));
    }
    QVERIFY(sawUnsetTime);

    const QJsonObject agent = get(QStringLiteral("/agents/") + kAdminAgent).object();
    QCOMPARE(agent.value(QStringLiteral("id")).toString(), kAdminAgent);
    QCOMPARE(agent.value(QStringLiteral("username")).toString(), m_sandbox->credentials().username);
    QVERIFY(!agent.value(QStringLiteral("name")).toString().isEmpty());
    QVERIFY(agent.value(QStringLiteral("permission")).isDouble());
    QVERIFY(!agent.value(QStringLiteral("addresses")).toArray().isEmpty());
    QCOMPARE(agent.value(QStringLiteral("tm_delete")).toString(), kNotHappened);
    QVERIFY(isDocumentedTime(agent.value(QStringLiteral("tm_create"))));
    const QJsonObject nameless = get(QStringLiteral("/agents/") + kNamelessAgent).object();
    QVERIFY(nameless.contains(QStringLiteral("name")));
    QCOMPARE(nameless.value(QStringLiteral("name")).toString(), QString());
}

void TestSandboxCalls::liveForm()
{
    setLive(true);
    const QJsonArray calls = get(QStringLiteral("/calls")).object().value(QStringLiteral("result")).toArray();
    QCOMPARE(calls.size(), 100);
    bool sawRunningCall = false;
    for (const QJsonValue &v : calls) {
        const QJsonObject c = v.toObject();
        QVERIFY(isRfc3339(c.value(QStringLiteral("tm_create"))));
        QVERIFY(!c.contains(QStringLiteral("tm_delete")));        // unset: the key is missing
        QVERIFY(!c.contains(QStringLiteral("chained_call_ids"))); // empty: missing
        QVERIFY(!c.contains(QStringLiteral("metadata")));
        for (const QString &key : c.keys()) {
            const QJsonValue value = c.value(key);
            QVERIFY2(!value.isNull(), qPrintable(key));
            QVERIFY2(!(value.isString() && (value.toString().isEmpty() || value.toString() == kUnsetUuid)),
                     qPrintable(key));
            if (key.startsWith(QLatin1String("tm_")))
                QVERIFY2(isRfc3339(value), qPrintable(key));
        }
        if (c.value(QStringLiteral("status")).toString() != QLatin1String("hangup")) {
            sawRunningCall = true;
            QVERIFY(!c.contains(QStringLiteral("tm_hangup")));
            QVERIFY(!c.contains(QStringLiteral("hangup_reason")));
        }
    }
    QVERIFY(sawRunningCall);
    // An agent with no name has no name key; an agent's unset times are null.
    const QJsonObject nameless = get(QStringLiteral("/agents/") + kNamelessAgent).object();
    QCOMPARE(nameless.value(QStringLiteral("id")).toString(), kNamelessAgent);
    QVERIFY(!nameless.contains(QStringLiteral("name")));
    QVERIFY(nameless.value(QStringLiteral("tm_delete")).isNull() &&
            nameless.contains(QStringLiteral("tm_delete")));
    QVERIFY(isRfc3339(nameless.value(QStringLiteral("tm_create"))));
    // A running conference has no tm_end.
    bool sawConference = false;
    for (const QJsonValue &v : listedRecordings()) {
        if (v[QStringLiteral("reference_type")].toString() != QLatin1String("confbridge") ||
            v[QStringLiteral("status")].toString() == QLatin1String("ended"))
            continue;
        const HttpResult r =
            get(QStringLiteral("/conferences/") + v[QStringLiteral("reference_id")].toString());
        QCOMPARE(r.status, 200);
        QVERIFY(!r.object().contains(QStringLiteral("tm_end")));
        QVERIFY(isRfc3339(r.object().value(QStringLiteral("tm_create"))));
        sawConference = true;
    }
    QVERIFY(sawConference);
    setLive(false);
}

void TestSandboxCalls::paging_data()
{
    QTest::addColumn<bool>("live");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("pageSize");
    QTest::addColumn<QString>("statsKey");
    for (const bool live : {false, true}) {
        const char *form = live ? "live" : "documented";
        QTest::addRow("%s calls by 7", form)
            << live << QStringLiteral("/calls") << 7 << QStringLiteral("calls");
        QTest::addRow("%s calls by 100", form)
            << live << QStringLiteral("/calls") << 100 << QStringLiteral("calls");
        QTest::addRow("%s agents by 1", form)
            << live << QStringLiteral("/agents") << 1 << QStringLiteral("agentsListed");
        QTest::addRow("%s agents by 5", form)
            << live << QStringLiteral("/agents") << 5 << QStringLiteral("agentsListed");
    }
}

void TestSandboxCalls::paging()
{
    QFETCH(bool, live);
    QFETCH(QString, path);
    QFETCH(int, pageSize);
    QFETCH(QString, statsKey);
    setLive(live);
    const QJsonObject stats = send(m_nam, "GET", m_sandbox->url(QStringLiteral("/_sandbox/stats"))).object();
    const int expected = stats.value(statsKey).toInt();
    QVERIFY(expected > 0);
    const QJsonArray all = walk(path, pageSize);
    QCOMPARE(all.size(), expected); // no gaps, no duplicates (walk checks those)
    // Out-of-range page sizes are 100.
    QCOMPARE(
        get(path, QStringLiteral("page_size=0")).object().value(QStringLiteral("result")).toArray().size(),
        qMin(100, expected));
    QCOMPARE(get(path, QStringLiteral("page_token=yesterday")).status, 400);
    setLive(false);
}

void TestSandboxCalls::agentAccountReadsOnlyItself_data()
{
    QTest::addColumn<bool>("live");
    QTest::newRow("documented") << false;
    QTest::newRow("live") << true;
}

void TestSandboxCalls::agentAccountReadsOnlyItself()
{
    QFETCH(bool, live);
    setLive(live);
    const QString callId = walk(QStringLiteral("/calls"), 100).at(0)[QStringLiteral("id")].toString();
    QString conferenceId;
    for (const QJsonValue &v : listedRecordings()) {
        if (v[QStringLiteral("reference_type")].toString() == QLatin1String("confbridge"))
            conferenceId = v[QStringLiteral("reference_id")].toString();
    }
    QVERIFY(!callId.isEmpty() && !conferenceId.isEmpty());
    const Headers agent = {{"Authorization", "Bearer " + m_agentToken}};
    const Headers admin = {{"Authorization", "Bearer " + m_adminToken}};
    auto status = [&](const QString &path, const Headers &who) {
        return send(m_nam, "GET", m_sandbox->url(QStringLiteral("/v1.0") + path), who);
    };
    const QStringList forbidden = {QStringLiteral("/calls"),
                                   QStringLiteral("/calls/") + callId,
                                   QStringLiteral("/conferences/") + conferenceId,
                                   QStringLiteral("/agents"),
                                   QStringLiteral("/agents/") + kAdminAgent,
                                   QStringLiteral("/agents/") + kDeletedAgent};
    for (const QString &path : forbidden) {
        const HttpResult r = status(path, agent);
        QVERIFY2(r.status == 403, qPrintable(path));
        QCOMPARE(envelopeReason(r, "PERMISSION_DENIED"), QStringLiteral("PERMISSION_DENIED"));
        QVERIFY2(status(path, admin).status == (path.endsWith(kDeletedAgent) ? 404 : 200), qPrintable(path));
    }
    const HttpResult self = status(QStringLiteral("/agents/") + kAgentAgent, agent);
    QCOMPARE(self.status, 200);
    QCOMPARE(self.object().value(QStringLiteral("id")).toString(), kAgentAgent);
    QCOMPARE(self.object().value(QStringLiteral("username")).toString(),
             m_sandbox->credentials().agentUsername);
    // The id's case does not matter.
    QCOMPARE(status(QStringLiteral("/agents/") + kAgentAgent.toUpper(), agent).status, 200);
    // The admin account reads its own agent too.
    QCOMPARE(status(QStringLiteral("/agents/") + kAdminAgent, admin).status, 200);
    setLive(false);
}

void TestSandboxCalls::unknownDeletedAndMalformed_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("reason");
    const QString unknown = QStringLiteral("0b6c1f3e-2a4d-4e5f-8a9b-0c1d2e3f4a5b");
    QTest::newRow("unknown call") << QStringLiteral("/calls/") + unknown << 404
                                  << QStringLiteral("CALL_NOT_FOUND");
    QTest::newRow("unknown conference")
        << QStringLiteral("/conferences/") + unknown << 404 << QStringLiteral("CONFERENCE_NOT_FOUND");
    QTest::newRow("unknown agent") << QStringLiteral("/agents/") + unknown << 404
                                   << QStringLiteral("AGENT_NOT_FOUND");
    QTest::newRow("deleted agent") << QStringLiteral("/agents/") + kDeletedAgent << 404
                                   << QStringLiteral("AGENT_NOT_FOUND");
    QTest::newRow("malformed call") << QStringLiteral("/calls/not-a-uuid") << 400
                                    << QStringLiteral("INVALID_ID");
    QTest::newRow("malformed conference")
        << QStringLiteral("/conferences/1234") << 400 << QStringLiteral("INVALID_ID");
    QTest::newRow("malformed agent") << QStringLiteral("/agents/") + unknown.left(30) << 400
                                     << QStringLiteral("INVALID_ID");
}

void TestSandboxCalls::unknownDeletedAndMalformed()
{
    QFETCH(QString, path);
    QFETCH(int, status);
    QFETCH(QString, reason);
    for (const bool live : {false, true}) {
        setLive(live);
        const HttpResult r = get(path);
        QCOMPARE(r.status, status);
        QCOMPARE(envelopeReason(r, status == 404 ? "NOT_FOUND" : "INVALID_ARGUMENT"), reason);
        // No credentials: 401 before anything else.
        const HttpResult anonymous = send(m_nam, "GET", m_sandbox->url(QStringLiteral("/v1.0") + path));
        QCOMPARE(anonymous.status, 401);
        QCOMPARE(envelopeReason(anonymous, "UNAUTHENTICATED"), QStringLiteral("AUTHENTICATION_REQUIRED"));
    }
    setLive(false);
    // Only GET, and no list of conferences.
    QCOMPARE(send(m_nam, "DELETE", m_sandbox->platform(QStringLiteral("/agents/") + kAgentAgent)).status,
             404);
    QCOMPARE(get(QStringLiteral("/conferences")).status, 404);
    for (const QJsonValue &v : walk(QStringLiteral("/agents"), 100))
        QVERIFY(v[QStringLiteral("id")].toString() != kDeletedAgent);
}

void TestSandboxCalls::recordingsResolve_data()
{
    QTest::addColumn<bool>("live");
    QTest::newRow("documented") << false;
    QTest::newRow("live") << true;
}

void TestSandboxCalls::recordingsResolve()
{
    QFETCH(bool, live);
    setLive(live);
    const QJsonArray recordings = listedRecordings();
    QVERIFY(recordings.size() > 250);
    int calls = 0, conferences = 0, ownedByDeleted = 0;
    for (const QJsonValue &v : recordings) {
        const QJsonObject rec = v.toObject();
        const QString id = rec.value(QStringLiteral("id")).toString();
        const QString status = rec.value(QStringLiteral("status")).toString();
        const QString referenceId = rec.value(QStringLiteral("reference_id")).toString();
        const QString ownerId = rec.value(QStringLiteral("owner_id")).toString();
        const bool agentOwned = rec.value(QStringLiteral("owner_type")).toString() == QLatin1String("agent");
        if (rec.value(QStringLiteral("reference_type")).toString() == QLatin1String("call")) {
            const HttpResult r = get(QStringLiteral("/calls/") + referenceId);
            QVERIFY2(r.status == 200, qPrintable(id));
            const QJsonObject call = r.object();
            QCOMPARE(call.value(QStringLiteral("id")).toString(), referenceId);
            QCOMPARE(call.value(QStringLiteral("recording_id")).toString(), id);
            QVERIFY(call.value(QStringLiteral("recording_ids")).toArray().contains(QJsonValue(id)));
            QCOMPARE(call.value(QStringLiteral("owner_type")).toString(),
                     rec.value(QStringLiteral("owner_type")).toString());
            if (agentOwned) {
                QCOMPARE(call.value(QStringLiteral("owner_id")).toString(), ownerId);
                // The agent's end of the call is that agent.
                const QString ours =
                    call.value(QStringLiteral("direction")).toString() == QLatin1String("incoming")
                        ? QStringLiteral("destination")
                        : QStringLiteral("source");
                QCOMPARE(call.value(ours)[QStringLiteral("type")].toString(), QStringLiteral("agent"));
                QCOMPARE(call.value(ours)[QStringLiteral("target")].toString(), ownerId);
            }
            QCOMPARE(call.value(QStringLiteral("status")).toString() == QLatin1String("hangup"),
                     status == QLatin1String("ended"));
            if (!live) {
                // Documented timestamps compare as strings: the call leads up to its recording.
                QVERIFY(call.value(QStringLiteral("tm_create")).toString() <
                        rec.value(QStringLiteral("tm_create")).toString());
                if (status == QLatin1String("ended"))
                    QVERIFY(call.value(QStringLiteral("tm_hangup")).toString() >=
                            rec.value(QStringLiteral("tm_end")).toString());
            }
            ++calls;
        } else {
            QCOMPARE(rec.value(QStringLiteral("reference_type")).toString(), QStringLiteral("confbridge"));
            const HttpResult r = get(QStringLiteral("/conferences/") + referenceId);
            QVERIFY2(r.status == 200, qPrintable(id));
            const QJsonObject conference = r.object();
            QCOMPARE(conference.value(QStringLiteral("recording_id")).toString(), id);
            QCOMPARE(conference.value(QStringLiteral("status")).toString() == QLatin1String("terminated"),
                     status == QLatin1String("ended"));
            ++conferences;
        }
        if (agentOwned) {
            const HttpResult owner = get(QStringLiteral("/agents/") + ownerId);
            if (ownerId == kDeletedAgent) {
                QCOMPARE(owner.status, 404);
                QCOMPARE(envelopeReason(owner, "NOT_FOUND"), QStringLiteral("AGENT_NOT_FOUND"));
                ++ownedByDeleted;
            } else {
                QVERIFY2(owner.status == 200, qPrintable(ownerId));
                QCOMPARE(owner.object().value(QStringLiteral("id")).toString(), ownerId);
            }
        }
    }
    QVERIFY(calls > 0 && conferences > 0);
    QVERIFY(ownedByDeleted > 0);
    setLive(false);
}

void TestSandboxCalls::awkwardCasesAreThere()
{
    QSet<QString> addressTypes, hangupReasons, statuses;
    int missedCalls = 0;
    for (const QJsonValue &v : walk(QStringLiteral("/calls"), 100)) {
        const QJsonObject c = v.toObject();
        addressTypes.insert(c.value(QStringLiteral("source"))[QStringLiteral("type")].toString());
        addressTypes.insert(c.value(QStringLiteral("destination"))[QStringLiteral("type")].toString());
        hangupReasons.insert(c.value(QStringLiteral("hangup_reason")).toString());
        statuses.insert(c.value(QStringLiteral("status")).toString());
        if (c.value(QStringLiteral("recording_ids")).toArray().isEmpty()) {
            // A missed call: no recording, never answered.
            QCOMPARE(c.value(QStringLiteral("recording_id")).toString(), kUnsetUuid);
            QCOMPARE(c.value(QStringLiteral("tm_progressing")).toString(), kNotHappened);
            ++missedCalls;
        }
    }
    for (const char *type : {"tel", "sip", "extension", "agent"})
        QVERIFY2(addressTypes.contains(QLatin1String(type)), type);
    for (const char *reason : {"normal", "busy", "noanswer", "failed", "cancel", "timeout", ""})
        QVERIFY2(hangupReasons.contains(QLatin1String(reason)), reason);
    for (const char *status : {"hangup", "progressing", "terminating"})
        QVERIFY2(statuses.contains(QLatin1String(status)), status);
    QVERIFY(missedCalls > 0);

    const QJsonArray agents = walk(QStringLiteral("/agents"), 100);
    QCOMPARE(agents.size(), 11); // twelve, one of them deleted
    QSet<QString> ids;
    for (const QJsonValue &v : agents)
        ids.insert(v[QStringLiteral("id")].toString());
    QVERIFY(ids.contains(kAdminAgent) && ids.contains(kAgentAgent) && ids.contains(kNamelessAgent));
}

void TestSandboxCalls::olderDataFolderGetsCallData()
{
    Sandbox sandbox(80, 4);
    QVERIFY(sandbox.start());
    const QJsonArray before = [&] {
        return send(m_nam, "GET", sandbox.platform(QStringLiteral("/calls")))
            .object()[QStringLiteral("result")]
            .toArray();
    }();
    QVERIFY(!before.isEmpty());
    sandbox.stop();
    // What a folder seeded before calls, conferences and agents looks like.
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("older-folder"));
        db.setDatabaseName(QDir(sandbox.dataDir()).filePath(QStringLiteral("sandbox.sqlite")));
        QVERIFY(db.open());
        QSqlQuery q(db);
        for (const char *sql : {"DROP TABLE calls", "DROP TABLE conferences", "DROP TABLE agents",
                                "DELETE FROM meta WHERE key = 'call_data'"})
            QVERIFY2(q.exec(QLatin1String(sql)), sql);
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("older-folder"));
    QVERIFY(sandbox.start());
    // The same calls again: each is derived from its recording alone.
    const QJsonArray after = send(m_nam, "GET", sandbox.platform(QStringLiteral("/calls")))
                                 .object()[QStringLiteral("result")]
                                 .toArray();
    QCOMPARE(after, before);
    const QJsonArray recordings = send(m_nam, "GET", sandbox.platform(QStringLiteral("/recordings")))
                                      .object()[QStringLiteral("result")]
                                      .toArray();
    for (const QJsonValue &v : recordings) {
        const QString path = v[QStringLiteral("reference_type")].toString() == QLatin1String("call")
                                 ? QStringLiteral("/calls/")
                                 : QStringLiteral("/conferences/");
        QCOMPARE(
            send(m_nam, "GET", sandbox.platform(path + v[QStringLiteral("reference_id")].toString())).status,
            200);
    }
    QCOMPARE(send(m_nam, "GET", sandbox.platform(QStringLiteral("/agents/") + kAgentAgent)).status, 200);
}

QTEST_GUILESS_MAIN(TestSandboxCalls)
#include "tst_sandboxcalls.moc"
