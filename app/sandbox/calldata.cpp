#include "calldata.h"

#include "demoagents.h"
#include "httputil.h"
#include "seedrandom.h"
#include "store.h"

#include <optional>
#include <QHash>

namespace recdesk::sandbox {

namespace {

constexpr qint64 kMilli = 1000;
constexpr qint64 kSecond = 1000000;
constexpr qint64 kMinute = 60 * kSecond;
constexpr qint64 kDay = 24 * 60 * kMinute;

const char *const kFirstNames[] = {"Maria", "James",  "Aisha",  "Chen",  "Olga",    "Diego", "Grace",
                                   "Ahmed", "Lucía",  "Noah",   "Yuki",  "Emma",    "Ravi",  "Zoë",
                                   "Mateo", "Ingrid", "Samuel", "Leila", "Patrick", "Hana"};
const char *const kLastNames[] = {"Lopez",  "Smith",   "Khan",    "Wang",   "Petrova", "Fernández", "Kim",
                                  "Hassan", "García",  "Johnson", "Tanaka", "Brown",   "Patel",     "Martin",
                                  "Rossi",  "Nilsson", "Okoye",   "Haddad", "Murphy",  "Novák"};
const char *const kSipDomains[] = {"voip.contoso.example", "sip.fabrikam.example",
                                   "pbx.adventure-works.example"};
const char *const kDepartments[] = {"Front desk", "Warehouse", "Reception", "Accounts payable",
                                    "Field service"};
const char *const kConferenceNames[] = {"Escalation – billing",
                                        "Escalation – technical",
                                        "Escalation – cancellations",
                                        "Supervisor coaching",
                                        "Three-way transfer – claims",
                                        "Team huddle",
                                        "Customer callback with supervisor",
                                        "Weekly QA review"};
const char *const kQueues[] = {"Billing", "Technical support", "Retention"};

template<typename T, std::size_t N> const T &pick(QRandomGenerator &rng, const T (&items)[N])
{
    return items[rng.bounded(quint32(N))];
}

bool percent(QRandomGenerator &rng, int chance)
{
    return int(rng.bounded(100)) < chance;
}

// The ASCII letters of a name, lower case: "Lucía" -> "lucia" (for SIP user parts).
QString asciiLetters(const QString &name)
{
    QString out;
    for (const QChar c : name.normalized(QString::NormalizationForm_KD)) {
        if (c.unicode() < 0x80 && c.isLetter())
            out.append(c.toLower());
    }
    return out;
}

// A phone number in E.164 from ranges reserved for fiction: NANP 555-01xx, Ofcom's 020 7946 0xxx,
// ACMA's 02 5550 xxxx.
QString phoneNumber(QRandomGenerator &rng)
{
    const int country = int(rng.bounded(100));
    if (country < 70) {
        static const int areas[] = {212, 312, 415, 503, 617, 702, 808, 919};
        return QStringLiteral("+1") + QString::number(pick(rng, areas)) + QStringLiteral("55501") +
               QStringLiteral("%1").arg(int(rng.bounded(100)), 2, 10, QLatin1Char('0'));
    }
    if (country < 90)
        return QStringLiteral("+442079460%1").arg(int(rng.bounded(1000)), 3, 10, QLatin1Char('0'));
    return QStringLiteral("+6125550%1").arg(int(rng.bounded(10000)), 4, 10, QLatin1Char('0'));
}

// The customer's end of a call: mostly a phone number with a name, some SIP parties and some
// internal extensions (a colleague of another department calling in).
Address customerAddress(QRandomGenerator &rng)
{
    const QString first = QString::fromUtf8(pick(rng, kFirstNames));
    const QString last = QString::fromUtf8(pick(rng, kLastNames));
    const QString name = first + QLatin1Char(' ') + last;
    const int kind = int(rng.bounded(100));
    if (kind < 80) {
        static const char *const labels[] = {"", "", "Mobile", "Home", "Work"};
        return Address{QStringLiteral("tel"), phoneNumber(rng), percent(rng, 85) ? name : QString(),
                       QString::fromLatin1(pick(rng, labels)), QString()};
    }
    if (kind < 92)
        return Address{
            QStringLiteral("sip"),
            QStringLiteral("sip:%1.%2@%3")
                .arg(asciiLetters(first), asciiLetters(last), QLatin1String(pick(rng, kSipDomains))),
            name, QString(), QString()};
    const int extension = 3100 + int(rng.bounded(100));
    return Address{QStringLiteral("extension"), uuidFromName(QStringLiteral("extension:%1").arg(extension)),
                   QString::fromLatin1(pick(rng, kDepartments)), QStringLiteral("ext. %1").arg(extension),
                   QString()};
}

// Our end of a call: the owning agent, or the company's number when no agent owns the recording.
Address ourAddress(const RecordingRow &rec, const QHash<QString, QString> &agentNames)
{
    if (rec.ownerType == QLatin1String("agent"))
        return Address{QStringLiteral("agent"), rec.ownerId, agentNames.value(rec.ownerId), QString(),
                       QString()};
    return Address{QStringLiteral("tel"), QStringLiteral("+14155550100"), QStringLiteral("Northwind support"),
                   QStringLiteral("Main number"), QString()};
}

void setParties(CallRow &call, const Address &customer, const Address &ours)
{
    const bool incoming = call.direction == QLatin1String("incoming");
    call.source = incoming ? customer : ours;
    call.destination = incoming ? ours : customer;
}

// How an ended call ended: mostly a normal hang-up by either side.
void setHangup(CallRow &call, QRandomGenerator &rng)
{
    const int r = int(rng.bounded(100));
    const bool remote = percent(rng, 55);
    QString reason = QStringLiteral("normal");
    QString by = remote ? QStringLiteral("remote") : QStringLiteral("local");
    if (r >= 80 && r < 85) {
        reason = QStringLiteral("timeout");
        by = QStringLiteral("local");
    } else if (r >= 85 && r < 89) {
        reason = QStringLiteral("failed");
    } else if (r >= 89 && r < 92) {
        reason = QStringLiteral("busy");
    } else if (r >= 92 && r < 95) {
        reason = QStringLiteral("noanswer");
    } else if (r >= 95 && r < 98) {
        reason = QStringLiteral("cancel");
    } else if (r >= 98) {
        const bool outgoing = call.direction == QLatin1String("outgoing");
        reason = outgoing ? QStringLiteral("amd") : QStringLiteral("dialout");
        by = QStringLiteral("local");
    }
    call.status = QStringLiteral("hangup");
    call.hangupBy = by;
    call.hangupReason = reason;
}

// The call a recording was made of. Its times lead up to the recording's: created, ringing,
// answered (progressing) shortly before the recording was created, hung up just after it ended.
// A call whose recording has not started yet still rings (or dials, or is being cancelled).
CallRow callFor(const RecordingRow &rec, QRandomGenerator &rng, const QHash<QString, QString> &agentNames,
                Address *customer)
{
    CallRow c;
    c.id = rec.referenceId;
    c.customerId = rec.customerId;
    c.ownerType = rec.ownerType;
    c.ownerId = rec.ownerType.isEmpty() ? unsetUuid() : rec.ownerId;
    c.flowId = percent(rng, 85) ? uuidFromName(percent(rng, 70) ? QStringLiteral("flow:inbound-main")
                                                                : QStringLiteral("flow:outbound-campaign"))
                                : unsetUuid();
    c.activeflowId = rec.activeflowId.isEmpty() ? unsetUuid() : rec.activeflowId;
    c.type = QStringLiteral("flow");
    c.masterCallId = unsetUuid();
    c.recordingId = rec.id;
    c.recordingIds = {rec.id};
    c.direction = percent(rng, 65) ? QStringLiteral("incoming") : QStringLiteral("outgoing");
    const bool outgoing = c.direction == QLatin1String("outgoing");
    *customer = customerAddress(rng);
    setParties(c, *customer, ourAddress(rec, agentNames));

    if (rec.status == QLatin1String("initiating")) {
        c.status = !outgoing ? QStringLiteral("ringing")
                             : (percent(rng, 70) ? QStringLiteral("dialing") : QStringLiteral("canceling"));
        const qint64 ringing = rec.tmCreate - between(rng, kSecond, 10 * kSecond);
        c.tmCreate =
            ringing - between(rng, outgoing ? kSecond : 100 * kMilli, outgoing ? 4 * kSecond : kSecond);
        if (c.status != QLatin1String("dialing"))
            c.tmRinging = ringing;
        c.tmUpdate = c.tmRinging == kNotHappened ? c.tmCreate : c.tmRinging;
        return c;
    }
    c.tmProgressing = rec.tmCreate - between(rng, 50 * kMilli, 900 * kMilli);
    c.tmRinging = c.tmProgressing - between(rng, 2 * kSecond, 25 * kSecond);
    c.tmCreate =
        c.tmRinging - between(rng, outgoing ? kSecond : 100 * kMilli, outgoing ? 4 * kSecond : kSecond);
    c.tmUpdate = c.tmProgressing;
    if (rec.status == QLatin1String("recording")) {
        c.status = QStringLiteral("progressing");
    } else if (rec.status == QLatin1String("stopping")) {
        c.status = QStringLiteral("terminating");
        c.tmUpdate = rec.tmEnd == kNotHappened ? c.tmProgressing : rec.tmEnd;
    } else {
        setHangup(c, rng);
        const qint64 end = rec.tmEnd != kNotHappened ? rec.tmEnd : rec.tmCreate;
        c.tmHangup = end + between(rng, 50 * kMilli, 1500 * kMilli);
        c.tmUpdate = c.tmHangup;
    }
    return c;
}

// Now and then the customer of an incoming call had called earlier and nobody answered: a
// missed call with no recording (tm_progressing never happened).
std::optional<CallRow> missedCallBefore(const CallRow &call, const Address &customer, QRandomGenerator &rng)
{
    if (call.direction != QLatin1String("incoming") || customer.type != QLatin1String("tel") ||
        !percent(rng, 10))
        return std::nullopt;
    CallRow m = call;
    m.id = seededUuid(rng);
    m.recordingId = unsetUuid();
    m.recordingIds.clear();
    m.status = QStringLiteral("hangup");
    const int r = int(rng.bounded(100));
    m.hangupReason =
        r < 55 ? QStringLiteral("noanswer") : (r < 85 ? QStringLiteral("cancel") : QStringLiteral("busy"));
    m.hangupBy = m.hangupReason == QLatin1String("busy") ? QStringLiteral("local") : QStringLiteral("remote");
    m.tmCreate = call.tmCreate - between(rng, 10 * kMinute, 2 * kDay);
    m.tmRinging = m.tmCreate + between(rng, 200 * kMilli, 1500 * kMilli);
    m.tmProgressing = kNotHappened;
    m.tmHangup = m.tmRinging + between(rng, 5 * kSecond, 45 * kSecond);
    m.tmUpdate = m.tmHangup;
    return m;
}

// The conference a "confbridge" recording was made of; it ends just after its recording.
ConferenceRow conferenceFor(const RecordingRow &rec, QRandomGenerator &rng,
                            const QHash<QString, QString> &agentNames)
{
    ConferenceRow c;
    c.id = rec.referenceId;
    c.customerId = rec.customerId;
    const int kind = int(rng.bounded(100));
    if (kind < 60) {
        c.type = QStringLiteral("conference");
        c.name = QString::fromUtf8(pick(rng, kConferenceNames));
        c.timeout = percent(rng, 50) ? 3600 : 0;
        if (percent(rng, 50))
            c.directHash = QStringLiteral("direct.") + seededUuid(rng).remove(QLatin1Char('-')).left(12);
    } else if (kind < 85) {
        c.type = QStringLiteral("connect"); // made by the platform to join two calls: no name
    } else {
        c.type = QStringLiteral("queue");
        c.name = QStringLiteral("Queue – %1").arg(QLatin1String(pick(rng, kQueues)));
    }
    const QString owner = agentNames.value(rec.ownerId);
    if (rec.ownerType == QLatin1String("agent") && !owner.isEmpty() && percent(rng, 70))
        c.detail = QStringLiteral("Opened by %1").arg(owner);
    c.preFlowId = unsetUuid();
    c.postFlowId = unsetUuid();
    const int participants = 2 + int(rng.bounded(3));
    for (int i = 0; i < participants; ++i)
        c.conferencecallIds.append(seededUuid(rng));
    c.recordingId = rec.id;
    c.recordingIds = {rec.id};
    c.tmCreate = rec.tmCreate - between(rng, 5 * kSecond, 10 * kMinute);
    c.tmUpdate = rec.tmCreate;
    if (rec.status == QLatin1String("ended")) {
        c.status = QStringLiteral("terminated");
        c.tmEnd =
            (rec.tmEnd != kNotHappened ? rec.tmEnd : rec.tmCreate) + between(rng, kSecond, 90 * kSecond);
        c.tmUpdate = c.tmEnd;
    } else if (rec.status == QLatin1String("stopping")) {
        c.status = QStringLiteral("terminating");
    } else if (rec.status == QLatin1String("recording")) {
        c.status = QStringLiteral("progressing");
    } else {
        c.status = QStringLiteral("starting");
        c.tmUpdate = kNotHappened;
    }
    return c;
}

} // namespace

bool addCallData(Store &store, qint64 nowUsec, QString *error)
{
    auto fail = [&]() {
        if (error)
            *error = store.lastError();
        return false;
    };
    QHash<QString, QString> agentNames;
    for (AgentRow &agent : demoAgents(nowUsec)) {
        agentNames.insert(agent.id, agent.name);
        if (!store.agent(agent.id) && !store.insertAgent(agent))
            return fail();
    }
    const bool ok = store.forEachRecordingWithoutReference([&](const RecordingRow &rec) {
        QRandomGenerator rng = generatorFor(rec.id);
        if (rec.referenceType == QLatin1String("confbridge"))
            return store.insertConference(conferenceFor(rec, rng, agentNames));
        Address customer;
        CallRow call = callFor(rec, rng, agentNames, &customer);
        std::optional<CallRow> missed = missedCallBefore(call, customer, rng);
        return store.insertCall(call) && (!missed || store.insertCall(*missed));
    });
    return ok || fail();
}

} // namespace recdesk::sandbox
