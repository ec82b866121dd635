#include "demoagents.h"

#include "httputil.h"
#include "sandboxcontext.h"

namespace recdesk::sandbox {

namespace {

constexpr qint64 kDay = 24LL * 3600 * 1000000;

// What differs from agent to agent; the rest is derived from it.
struct AgentSeed
{
    const char *id;
    const char *username;
    const char *name;
    const char *detail;
    int permission; // 16 agent, 32 admin, 64 manager
    const char *status;
    const char *ringMethod;
    const char *phone;     // tel address (fictional ranges), or nullptr
    const char *sipUser;   // sip:<user>@pbx.northwind.example, or nullptr
    const char *extension; // extension number, or nullptr
    const char *tags;      // comma-separated tag names
    int createdDaysAgo;
    int updatedDaysAgo; // -1: never updated
    int deletedDaysAgo; // -1: not deleted
};

// The sign-in names of the two accounts (demoCredentials() in sandboxhost.cpp) are their agents'
// usernames.
const AgentSeed kAgents[] = {
    {"62005165-7592-4ff7-9076-55bf491023f2", "demo", "Dana Whitfield", "Contact-center administrator", 32,
     "available", "ringall", "+14155550101", "dana.whitfield", nullptr, "supervisors", 720, 12, -1},
    {"a7c3e9d1-2b4f-4e6a-8c0d-9f1e2d3c4b5a", "agent", "Alex Moreno", "Tier 1 support", 16, "available",
     "ringall", "+14155550102", "alex.moreno", "2102", "support,spanish", 540, 40, -1},
    // Owners in data folders seeded before agents existed (the first two ids the seeding drew).
    {"d2bc1fd0-992f-4c06-b124-a5364b8b1515", "priya.raman@northwind.example", "Priya Raman",
     "Billing specialist", 16, "busy", "linear", "+14155550103", "priya.raman", nullptr, "billing", 610, -1,
     -1},
    {"067a1cd5-569b-45e4-a69a-a9488b22b72c", "tomas.herrera@northwind.example", "Tomás Herrera",
     "Team lead, retention", 64, "away", "ringall", "+442079460104", "tomas.herrera", "2104",
     "retention,spanish,supervisors", 600, 3, -1},
    {"3f9b2c71-58d4-4e0a-9b6e-1c7d2a8e5f30", "mei.chen@northwind.example", "Mei Chen", "Quality manager", 64,
     "available", "ringall", nullptr, "mei.chen", "2105", "supervisors,quality", 480, 21, -1},
    {"8e1d4a62-0c3b-4f7e-a5d9-6b2f8c1e7a43", "jonas.becker@northwind.example", "Jonas Becker",
     "Technical support, second line", 16, "offline", "linear", "+14155550106", nullptr, nullptr, "technical",
     420, -1, -1},
    {"b5c8e2f9-7a16-4d3b-8e4c-2f9a1d6b0c57", "fatima.benali@northwind.example", "Fatima Zahra Benali",
     "Billing and collections", 16, "busy", "ringall", "+61255500107", "fatima.benali", nullptr, "billing",
     360, 90, -1},
    {"c0a7f3e8-2d95-4b61-9f3a-7e8c4b2d1a69", "liam.oconnor@northwind.example", "Liam O'Connor", "", 16,
     "ringing", "ringall", "+442079460108", "liam.oconnor", nullptr, "", 300, -1, -1},
    {"e6d2b9a4-4f18-4c7d-b3e2-9a5f0c8d6e12", "sofia.lindqvist@northwind.example", "Sofia Lindqvist",
     "Onboarding and escalations", 16, "available", "linear", "+14155550109", "sofia.lindqvist", "2109",
     "technical,onboarding", 240, 5, -1},
    {"1b4e7c2a-9d63-4a85-8f0b-5c3e6a9d2f71", "kwame.mensah@northwind.example", "Kwame Mensah", "Night shift",
     16, "offline", "ringall", "+14155550110", nullptr, "2110", "support", 200, -1, -1},
    // Made through the provisioning API without a display name.
    {"5a2f8d1c-6e49-4b07-a3c5-8d1b7f4e9c26", "overflow-7@northwind.example", "", "Overflow line", 16, "",
     "ringall", nullptr, nullptr, "2199", "", 150, -1, -1},
    // Left the company: deleted, but its recordings stay.
    {"f47c1e93-3b58-4d2a-9e6f-0a8b5c7d3e14", "rachel.stone@northwind.example", "Rachel Stone",
     "Retention (left)", 16, "offline", "ringall", "+14155550112", "rachel.stone", nullptr, "retention", 650,
     45, 45},
};

QStringList tagIds(const char *tags)
{
    QStringList out;
    for (const QString &tag : QString::fromUtf8(tags).split(QLatin1Char(','), Qt::SkipEmptyParts))
        out.append(uuidFromName(QStringLiteral("tag:") + tag));
    return out;
}

} // namespace

QString namelessDemoAgentId()
{
    return QStringLiteral("5a2f8d1c-6e49-4b07-a3c5-8d1b7f4e9c26");
}

QString deletedDemoAgentId()
{
    return QStringLiteral("f47c1e93-3b58-4d2a-9e6f-0a8b5c7d3e14");
}

QList<AgentRow> demoAgents(qint64 nowUsec)
{
    QList<AgentRow> out;
    for (const AgentSeed &s : kAgents) {
        AgentRow a;
        a.id = QString::fromLatin1(s.id);
        a.customerId = DemoIdentity::customerId();
        a.username = QString::fromUtf8(s.username);
        a.name = QString::fromUtf8(s.name);
        a.detail = QString::fromUtf8(s.detail);
        a.ringMethod = QString::fromLatin1(s.ringMethod);
        a.status = QString::fromLatin1(s.status);
        a.permission = s.permission;
        a.tagIds = tagIds(s.tags);
        if (s.phone)
            a.addresses.append(Address{QStringLiteral("tel"), QString::fromLatin1(s.phone), a.name,
                                       QStringLiteral("Desk phone"), QString()});
        if (s.sipUser)
            a.addresses.append(
                Address{QStringLiteral("sip"),
                        QStringLiteral("sip:%1@pbx.northwind.example").arg(QLatin1String(s.sipUser)), a.name,
                        QStringLiteral("Softphone"), QString()});
        if (s.extension)
            a.addresses.append(
                Address{QStringLiteral("extension"),
                        uuidFromName(QStringLiteral("extension:") + QLatin1String(s.extension)), a.name,
                        QStringLiteral("ext. %1").arg(QLatin1String(s.extension)), QString()});
        a.directHash = QStringLiteral("direct.") + uuidFromName(a.id).remove(QLatin1Char('-')).left(12);
        // Whole days apart plus the index in microseconds: tm_create stays unique for paging.
        a.tmCreate = nowUsec - s.createdDaysAgo * kDay + out.size();
        if (s.updatedDaysAgo >= 0)
            a.tmUpdate = nowUsec - s.updatedDaysAgo * kDay;
        if (s.deletedDaysAgo >= 0)
            a.tmDelete = nowUsec - s.deletedDaysAgo * kDay;
        out.append(a);
    }
    return out;
}

} // namespace recdesk::sandbox
