#include "faults.h"

#include <limits>
#include <QJsonValue>
#include <QStringList>

namespace recdesk::sandbox {

Faults Faults::fromOptions(const SandboxOptions &o)
{
    Faults f;
    f.latencyMs = o.latencyMs;
    f.dropAfterBytes = o.dropAfterBytes;
    f.signedUrlLifetimeSec = o.signedUrlLifetimeSec;
    f.platformTokenLifetimeSec = o.platformTokenLifetimeSec;
    f.analyticsTokenLifetimeSec = o.analyticsTokenLifetimeSec;
    f.liveVariant = o.liveVariant;
    return f;
}

QJsonObject Faults::toJson() const
{
    QJsonObject fail;
    fail.insert(QStringLiteral("status"), failStatus);
    fail.insert(QStringLiteral("count"), failCount);
    fail.insert(QStringLiteral("retryAfter"), failRetryAfter);
    fail.insert(QStringLiteral("paths"), failPaths);
    return QJsonObject{
        {QStringLiteral("latencyMs"), latencyMs},
        {QStringLiteral("dropAfterBytes"), double(dropAfterBytes)},
        {QStringLiteral("failNext"), fail},
        {QStringLiteral("signedUrlLifetimeSec"), signedUrlLifetimeSec},
        {QStringLiteral("platformTokenLifetimeSec"), platformTokenLifetimeSec},
        {QStringLiteral("analyticsTokenLifetimeSec"), analyticsTokenLifetimeSec},
        {QStringLiteral("liveVariant"), liveVariant},
        {QStringLiteral("signingDisabled"), signingDisabled},
        {QStringLiteral("assistantMinimal"), assistantMinimal},
        {QStringLiteral("pageTokens"), pageTokens},
        {QStringLiteral("listShape"), listShape},
        {QStringLiteral("answerMode"), answerMode},
        {QStringLiteral("answerPaths"), answerPaths},
        {QStringLiteral("signedUrlMode"), signedUrlMode},
    };
}

namespace {

bool readInt(const QJsonObject &o, const char *key, qint64 min, qint64 max, qint64 *out, QString *error)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined())
        return true;
    const double d = v.toDouble(-1e300);
    if (!v.isDouble() || d != double(qint64(d)) || d < double(min) || d > double(max)) {
        *error =
            QStringLiteral("%1 must be an integer in [%2, %3]").arg(QLatin1String(key)).arg(min).arg(max);
        return false;
    }
    *out = qint64(d);
    return true;
}

// A knob that is "" (off) or one of choices; untouched when absent.
bool readChoice(const QJsonObject &o, const char *key, const QStringList &choices, QString *out,
                QString *error)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined())
        return true;
    const QString choice = v.toString(QStringLiteral("?"));
    if (!choice.isEmpty() && !choices.contains(choice)) {
        *error = QStringLiteral("%1 must be \"\" or one of: %2")
                     .arg(QLatin1String(key), choices.join(QStringLiteral(", ")));
        return false;
    }
    *out = choice;
    return true;
}

} // namespace

bool Faults::apply(const QJsonObject &c, QString *error)
{
    Faults next = *this;
    qint64 v;
    const qint64 maxLifetime = 10LL * 365 * 24 * 3600;
    v = next.latencyMs;
    if (!readInt(c, "latencyMs", 0, 60000, &v, error))
        return false;
    next.latencyMs = int(v);
    v = next.dropAfterBytes;
    if (!readInt(c, "dropAfterBytes", -1, std::numeric_limits<qint32>::max(), &v, error))
        return false;
    next.dropAfterBytes = v;
    v = next.signedUrlLifetimeSec;
    if (!readInt(c, "signedUrlLifetimeSec", 1, maxLifetime, &v, error))
        return false;
    next.signedUrlLifetimeSec = int(v);
    v = next.platformTokenLifetimeSec;
    if (!readInt(c, "platformTokenLifetimeSec", 1, maxLifetime, &v, error))
        return false;
    next.platformTokenLifetimeSec = int(v);
    v = next.analyticsTokenLifetimeSec;
    if (!readInt(c, "analyticsTokenLifetimeSec", 1, maxLifetime, &v, error))
        return false;
    next.analyticsTokenLifetimeSec = int(v);
    for (const auto &flag : {qMakePair(QStringLiteral("liveVariant"), &next.liveVariant),
                             qMakePair(QStringLiteral("signingDisabled"), &next.signingDisabled),
                             qMakePair(QStringLiteral("assistantMinimal"), &next.assistantMinimal)}) {
        if (!c.contains(flag.first))
            continue;
        if (!c.value(flag.first).isBool()) {
            *error = QStringLiteral("%1 must be true or false").arg(flag.first);
            return false;
        }
        *flag.second = c.value(flag.first).toBool();
    }
    if (!readChoice(c, "pageTokens", {QStringLiteral("repeat"), QStringLiteral("forward")}, &next.pageTokens,
                    error) ||
        !readChoice(c, "signedUrlMode",
                    {QStringLiteral("redirectLoop"), QStringLiteral("redirectFile"),
                     QStringLiteral("ignoreRange"), QStringLiteral("newEtag")},
                    &next.signedUrlMode, error) ||
        !readChoice(c, "answerMode", {QStringLiteral("trickleHeaders"), QStringLiteral("endlessBody")},
                    &next.answerMode, error) ||
        !readChoice(c, "listShape",
                    {QStringLiteral("truncated"), QStringLiteral("resultObject"), QStringLiteral("badRows"),
                     QStringLiteral("escapes")},
                    &next.listShape, error))
        return false;
    if (c.contains(QStringLiteral("answerPaths"))) {
        if (!c.value(QStringLiteral("answerPaths")).isString()) {
            *error = QStringLiteral("answerPaths must be a path prefix string");
            return false;
        }
        next.answerPaths = c.value(QStringLiteral("answerPaths")).toString();
    }
    if (c.contains(QStringLiteral("failNext"))) {
        const QJsonValue fv = c.value(QStringLiteral("failNext"));
        if (fv.isNull()) {
            next.failStatus = 0;
            next.failCount = 0;
        } else if (!fv.isObject()) {
            *error = QStringLiteral("failNext must be an object");
            return false;
        } else {
            const QJsonObject f = fv.toObject();
            qint64 status = 0, count = 1, retryAfter = 1;
            if (!readInt(f, "status", 0, 599, &status, error) ||
                !readInt(f, "count", 0, 1000000, &count, error) ||
                !readInt(f, "retryAfter", 0, 86400, &retryAfter, error))
                return false;
            if (status != 500 && status != 503 && status != 429) {
                *error = QStringLiteral("failNext.status must be 500, 503 or 429");
                return false;
            }
            const QJsonValue paths = f.value(QStringLiteral("paths"));
            if (!paths.isUndefined() && !paths.isNull() && !paths.isString()) {
                *error = QStringLiteral("failNext.paths must be a path prefix string");
                return false;
            }
            next.failStatus = int(status);
            next.failCount = int(count);
            next.failRetryAfter = int(retryAfter);
            next.failPaths = paths.toString();
        }
    }
    *this = next;
    return true;
}

int Faults::takeFailure(const QString &path)
{
    if (failCount <= 0 || failStatus == 0)
        return 0;
    if (!failPaths.isEmpty() && !path.startsWith(failPaths))
        return 0;
    --failCount;
    return failStatus;
}

} // namespace recdesk::sandbox
