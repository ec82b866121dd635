#include "faults.h"

#include <limits>
#include <QJsonValue>

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
    if (c.contains(QStringLiteral("pageTokens"))) {
        const QString mode = c.value(QStringLiteral("pageTokens")).toString(QStringLiteral("?"));
        if (mode != QLatin1String("") && mode != QLatin1String("repeat") &&
            mode != QLatin1String("forward")) {
            *error = QStringLiteral("pageTokens must be \"\", \"repeat\" or \"forward\"");
            return false;
        }
        next.pageTokens = mode;
    }
    if (c.contains(QStringLiteral("signedUrlMode"))) {
        const QString mode = c.value(QStringLiteral("signedUrlMode")).toString(QStringLiteral("?"));
        static const QStringList modes = {QString(), QStringLiteral("redirectLoop"),
                                          QStringLiteral("redirectFile"), QStringLiteral("ignoreRange"),
                                          QStringLiteral("newEtag")};
        if (!modes.contains(mode)) {
            *error = QStringLiteral("signedUrlMode must be one of \"\", redirectLoop, redirectFile, "
                                    "ignoreRange, newEtag");
            return false;
        }
        next.signedUrlMode = mode;
    }
    if (c.contains(QStringLiteral("answerMode"))) {
        const QString mode = c.value(QStringLiteral("answerMode")).toString(QStringLiteral("?"));
        if (mode != QLatin1String("") && mode != QLatin1String("trickleHeaders") &&
            mode != QLatin1String("endlessBody")) {
            *error = QStringLiteral("answerMode must be \"\", \"trickleHeaders\" or \"endlessBody\"");
            return false;
        }
        next.answerMode = mode;
    }
    if (c.contains(QStringLiteral("answerPaths"))) {
        if (!c.value(QStringLiteral("answerPaths")).isString()) {
            *error = QStringLiteral("answerPaths must be a path prefix string");
            return false;
        }
        next.answerPaths = c.value(QStringLiteral("answerPaths")).toString();
    }
    if (c.contains(QStringLiteral("listShape"))) {
        const QString shape = c.value(QStringLiteral("listShape")).toString(QStringLiteral("?"));
        if (shape != QLatin1String("") && shape != QLatin1String("truncated") &&
            shape != QLatin1String("resultObject") && shape != QLatin1String("badRows") &&
            shape != QLatin1String("escapes")) {
            *error = QStringLiteral(
                "listShape must be \"\", \"truncated\", \"resultObject\", \"badRows\" or \"escapes\"");
            return false;
        }
        next.listShape = shape;
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
