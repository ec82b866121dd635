#include "adminroutes.h"

#include "sandboxcontext.h"
#include "timeformat.h"

#include <optional>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

namespace recdesk::sandbox {

namespace {

Reply adminError(const QString &message)
{
    return Reply::json(400, QJsonDocument(QJsonObject{{QStringLiteral("error"), message}}));
}

QJsonObject clockJson(const SandboxClock &clock)
{
    const qint64 usec = clock.nowUsec();
    return QJsonObject{{QStringLiteral("now"), rfc3339Timestamp(usec)},
                       {QStringLiteral("nowUnix"), double(usec / 1000000)},
                       {QStringLiteral("offsetSeconds"), double(clock.offsetSecs())}};
}

// Reads an optional whole number of seconds in [-limit, limit]; false (and *error) otherwise.
bool readSeconds(const QJsonObject &o, const QString &key, qint64 limit, std::optional<qint64> *out,
                 QString *error)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined())
        return true;
    const double d = v.toDouble();
    if (!v.isDouble() || d != double(qint64(d)) || d < double(-limit) || d > double(limit)) {
        *error = QStringLiteral("%1 must be a whole number of seconds in [%2, %3]")
                     .arg(key)
                     .arg(-limit)
                     .arg(limit);
        return false;
    }
    *out = qint64(d);
    return true;
}

// POST /_sandbox/clock: {"offsetSeconds": N} sets the offset from real time, {"advanceSeconds": N}
// moves the clock by N (after offsetSeconds when both are given).
Reply moveClock(SandboxClock &clock, const QByteArray &body)
{
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return adminError(QStringLiteral("Body must be a JSON object"));
    const QJsonObject o = doc.object();
    // Ten years either way: far beyond any lifetime, well inside what the timestamps can show.
    const qint64 limit = 10LL * 365 * 24 * 3600;
    std::optional<qint64> offset;
    std::optional<qint64> advance;
    QString error;
    if (!readSeconds(o, QStringLiteral("offsetSeconds"), limit, &offset, &error) ||
        !readSeconds(o, QStringLiteral("advanceSeconds"), limit, &advance, &error))
        return adminError(error);
    if (!offset && !advance)
        return adminError(QStringLiteral("Body must hold advanceSeconds or offsetSeconds"));
    const qint64 next = offset.value_or(clock.offsetSecs()) + advance.value_or(0);
    if (next < -limit || next > limit)
        return adminError(QStringLiteral("The clock's offset would be %1 seconds, outside [%2, %3]")
                              .arg(next)
                              .arg(-limit)
                              .arg(limit));
    clock.setOffsetSecs(next);
    return Reply::json(200, QJsonDocument(clockJson(clock)));
}

// POST /_sandbox/recordings: {"tmCreate": [µs since the epoch, …]} adds one ended call recording
// per value with exactly that tm_create, duplicates allowed (paging tests need equal values where
// a listing's pages or slices meet). Answers {"ids": […]} in the same order.
Reply seedRecordings(Store &store, const QByteArray &body)
{
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    const QJsonArray times = doc.object().value(QStringLiteral("tmCreate")).toArray();
    if (parseError.error != QJsonParseError::NoError || !doc.isObject() || times.isEmpty())
        return adminError(QStringLiteral("Body must be {\"tmCreate\": [microseconds, …]}"));
    // µs since the epoch are below 2^53, so a JSON number holds them exactly.
    for (const QJsonValue &t : times) {
        if (!t.isDouble() || t.toDouble() < 0 || t.toDouble() != double(qint64(t.toDouble())))
            return adminError(QStringLiteral("tmCreate holds whole, non-negative microseconds"));
    }
    if (!store.transaction())
        return adminError(QStringLiteral("Cannot start a database transaction"));
    QJsonArray ids;
    for (const QJsonValue &t : times) {
        RecordingRow r;
        r.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        r.customerId = DemoIdentity::customerId();
        r.ownerId = unsetUuid();
        r.activeflowId = unsetUuid();
        r.onEndFlowId = unsetUuid();
        r.referenceType = QStringLiteral("call");
        r.referenceId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        r.status = QStringLiteral("ended");
        r.tmCreate = qint64(t.toDouble());
        r.tmStart = r.tmCreate + 500000;
        r.tmEnd = r.tmStart + 60 * 1000000LL;
        r.tmUpdate = r.tmEnd;
        if (!store.insertRecording(r, Store::CreateTime::AsGiven)) {
            store.rollback();
            return Reply::json(409, QJsonDocument(QJsonObject{{QStringLiteral("error"), store.lastError()}}));
        }
        ids.append(r.id);
    }
    if (!store.commit())
        return adminError(QStringLiteral("Cannot commit the recordings"));
    return Reply::json(200, QJsonDocument(QJsonObject{{QStringLiteral("ids"), ids}}));
}

} // namespace

AdminRoutes::AdminRoutes(SandboxContext &context, const SandboxOptions &startOptions)
    : m_context(context)
    , m_startOptions(startOptions)
{}

Reply AdminRoutes::handle(const Request &request)
{
    auto json = [](const QJsonObject &o) { return Reply::json(200, QJsonDocument(o)); };
    const QString &path = request.path;
    if (path == QLatin1String("/_sandbox/faults")) {
        if (request.method == "GET")
            return json(m_context.faults().toJson());
        if (request.method == "POST") {
            QJsonParseError parseError{};
            const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
            if (parseError.error != QJsonParseError::NoError || !doc.isObject())
                return adminError(QStringLiteral("Body must be a JSON object"));
            QJsonObject changes = doc.object();
            if (changes.value(QStringLiteral("reset")).toBool()) {
                m_context.faults() = Faults::fromOptions(m_startOptions);
                changes.remove(QStringLiteral("reset"));
            }
            QString error;
            if (!m_context.faults().apply(changes, &error))
                return adminError(error);
            return json(m_context.faults().toJson());
        }
    } else if (path == QLatin1String("/_sandbox/clock")) {
        if (request.method == "GET")
            return json(clockJson(m_context.clock()));
        if (request.method == "POST")
            return moveClock(m_context.clock(), request.body);
    } else if (path == QLatin1String("/_sandbox/signed-requests") && request.method == "GET") {
        return Reply::json(200, QJsonDocument(m_context.signedRequestLog()));
    } else if (path == QLatin1String("/_sandbox/reset-log") && request.method == "POST") {
        m_context.resetSignedRequestLog();
        return json(QJsonObject{{QStringLiteral("ok"), true}});
    } else if (path == QLatin1String("/_sandbox/analytics-metadata") && request.method == "GET") {
        // What an analytics upload was sent with (tests of pre-filled metadata): ?fileName=NAME.
        const QString metadata =
            m_context.store().analyticsUploadMetadata(request.queryValue(QStringLiteral("fileName")));
        if (metadata.isEmpty())
            return Reply::json(404,
                               QJsonDocument(QJsonObject{{QStringLiteral("error"),
                                                          QStringLiteral("No upload with that file name")}}));
        return Reply::json(200, QJsonDocument::fromJson(metadata.toUtf8()));
    } else if (path == QLatin1String("/_sandbox/recordings") && request.method == "POST") {
        return seedRecordings(m_context.store(), request.body);
    } else if (path == QLatin1String("/_sandbox/stats") && request.method == "GET") {
        Store &s = m_context.store();
        return json(QJsonObject{{QStringLiteral("recordings"), s.countRecordings()},
                                {QStringLiteral("recordingsListed"), s.countListedRecordings()},
                                {QStringLiteral("files"), s.countFiles()},
                                {QStringLiteral("filesListed"), s.countListedFiles()},
                                {QStringLiteral("calls"), s.countCalls()},
                                {QStringLiteral("conferences"), s.countConferences()},
                                {QStringLiteral("agentsListed"), s.countListedAgents()}});
    }
    return Reply::json(
        404, QJsonDocument(QJsonObject{{QStringLiteral("error"), QStringLiteral("No such admin endpoint")}}));
}

} // namespace recdesk::sandbox
