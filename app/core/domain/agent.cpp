#include "agent.h"

namespace recdesk {

QString Agent::firstName() const
{
    const QString simple = name.simplified();
    const qsizetype space = simple.indexOf(QLatin1Char(' '));
    return space < 0 ? simple : simple.left(space);
}

QString Agent::lastName() const
{
    const QString simple = name.simplified();
    const qsizetype space = simple.indexOf(QLatin1Char(' '));
    return space < 0 ? QString() : simple.mid(space + 1);
}

Agent Agent::fromJson(const QJsonObject &object, DecodeProblems *problems)
{
    JsonReader r(object, QStringLiteral("agent"), problems);
    Agent a;
    a.id = r.uuid(QLatin1String("id"));
    if (a.id.isNull())
        r.report(QLatin1String("id"), QStringLiteral("is missing"));
    a.username = r.string(QLatin1String("username"));
    a.name = r.string(QLatin1String("name"));
    a.detail = r.string(QLatin1String("detail"));
    a.status = r.string(QLatin1String("status"));
    a.created = r.timestamp(QLatin1String("tm_create"));
    return a;
}

} // namespace recdesk
