#include "conference.h"

namespace recdesk {

Conference Conference::fromJson(const QJsonObject &object, DecodeProblems *problems)
{
    JsonReader r(object, QStringLiteral("conference"), problems);
    Conference c;
    c.id = r.uuid(QLatin1String("id"));
    if (c.id.isNull())
        r.report(QLatin1String("id"), QStringLiteral("is missing"));
    c.type = r.string(QLatin1String("type"));
    c.status = r.string(QLatin1String("status"));
    c.name = r.string(QLatin1String("name"));
    c.detail = r.string(QLatin1String("detail"));
    c.ended = r.timestamp(QLatin1String("tm_end"));
    c.created = r.timestamp(QLatin1String("tm_create"));
    return c;
}

} // namespace recdesk
