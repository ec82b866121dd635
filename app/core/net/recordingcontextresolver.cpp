#include "recordingcontextresolver.h"

#include "apireply.h"
#include "domain/page.h"
#include "netlogging.h"
#include "platformclient.h"

namespace recdesk {
namespace {
constexpr int kAgentPageSize = 100;

template<typename T> T decodeItem(const ApiReply *reply, const QString &what, bool *ok)
{
    DecodeProblems problems;
    const QJsonObject object = parseJsonObject(reply->body(), what, &problems);
    T item = T::fromJson(object, &problems);
    *ok = !item.id.isNull();
    return item;
}
} // namespace

RecordingContextResolver::RecordingContextResolver(PlatformClient *client, QObject *parent)
    : RecordingContextSource(parent)
    , m_client(client)
{
    m_clock.start();
    m_updateTimer.setSingleShot(true);
    m_updateTimer.setInterval(150);
    connect(&m_updateTimer, &QTimer::timeout, this, &RecordingContextResolver::updated);
}

RecordingContextResolver::~RecordingContextResolver()
{
    for (const QPointer<ApiReply> &reply : std::as_const(m_inFlight)) {
        if (reply) {
            reply->disconnect(this);
            reply->abort();
        }
    }
}

const Agent *RecordingContextResolver::agent(const QUuid &id) const
{
    const auto it = m_agents.constFind(id);
    return it == m_agents.cend() || !it->value ? nullptr : &*it->value;
}

const Call *RecordingContextResolver::call(const QUuid &id) const
{
    const auto it = m_calls.constFind(id);
    return it == m_calls.cend() || !it->value ? nullptr : &*it->value;
}

const Conference *RecordingContextResolver::conference(const QUuid &id) const
{
    const auto it = m_conferences.constFind(id);
    return it == m_conferences.cend() || !it->value ? nullptr : &*it->value;
}

bool RecordingContextResolver::isIdle() const
{
    return m_queue.isEmpty() && m_inFlight.isEmpty() && m_agentList != AgentList::Loading;
}

template<typename T>
bool RecordingContextResolver::isFresh(const QHash<QUuid, Entry<T>> &cache, const QUuid &id, qint64 now)
{
    const auto it = cache.constFind(id);
    return it != cache.cend() && it->freshUntilMs > now;
}

void RecordingContextResolver::want(const QList<Recording> &recordings)
{
    const qint64 t = now();
    for (const Recording &r : recordings) {
        if (!r.referenceId.isNull()) {
            if (r.referenceType == RecordingReferenceType::Call)
                wantOne(Kind::Call, r.referenceId, t);
            else if (r.referenceType == RecordingReferenceType::Confbridge)
                wantOne(Kind::Conference, r.referenceId, t);
        }
        if (r.ownerType == OwnerType::Agent && !r.ownerId.isNull())
            wantOne(Kind::Agent, r.ownerId, t);
    }
    pump();
}

void RecordingContextResolver::wantOne(Kind kind, const QUuid &id, qint64 now)
{
    if (m_pending.contains(id))
        return;
    switch (kind) {
    case Kind::Call:
        if (m_callsDenied || isFresh(m_calls, id, now))
            return;
        break;
    case Kind::Conference:
        if (m_callsDenied || isFresh(m_conferences, id, now))
            return;
        break;
    case Kind::Agent:
        if (m_agentsDenied || isFresh(m_agents, id, now))
            return;
        if (m_agentList != AgentList::Loaded) {
            // The list first: it answers most owners in a few requests.
            m_pending.insert(id);
            m_agentsWaiting.append(id);
            loadAgentList();
            return;
        }
        break;
    }
    m_pending.insert(id);
    m_queue.append({kind, id});
}

void RecordingContextResolver::pump()
{
    while (!m_queue.isEmpty() && m_inFlight.size() < kMaxInFlight && m_client)
        send(m_queue.takeFirst());
    checkIdle();
}

void RecordingContextResolver::send(const Lookup &lookup)
{
    ApiReply *reply = lookup.kind == Kind::Call         ? m_client->getCall(lookup.id)
                      : lookup.kind == Kind::Conference ? m_client->getConference(lookup.id)
                                                        : m_client->getAgent(lookup.id);
    ++m_requestsSent;
    m_inFlight.append(reply);
    m_peakInFlight = qMax(m_peakInFlight, int(m_inFlight.size()));
    connect(reply, &ApiReply::finished, this, [this, lookup, reply] { onItem(lookup, reply); });
}

void RecordingContextResolver::onItem(const Lookup &lookup, ApiReply *reply)
{
    m_inFlight.removeAll(reply);
    m_pending.remove(lookup.id);
    const qint64 t = now();
    const int status = reply->httpStatus();
    if (status == 403) {
        deny(lookup.kind);
    } else if (reply->isOk() || status == 404) {
        bool ok = false;
        switch (lookup.kind) {
        case Kind::Call: {
            Entry<Call> &e = m_calls[lookup.id];
            if (reply->isOk()) {
                const Call c = decodeItem<Call>(reply, QStringLiteral("call"), &ok);
                e.value = ok ? std::optional<Call>(c) : std::nullopt;
            }
            const bool finished = e.value && e.value->hangup.hasHappened();
            e.freshUntilMs = t + (!e.value   ? m_lifetimes.missingMs
                                  : finished ? m_lifetimes.finishedMs
                                             : m_lifetimes.liveMs);
            break;
        }
        case Kind::Conference: {
            Entry<Conference> &e = m_conferences[lookup.id];
            if (reply->isOk()) {
                const Conference c = decodeItem<Conference>(reply, QStringLiteral("conference"), &ok);
                e.value = ok ? std::optional<Conference>(c) : std::nullopt;
            }
            e.freshUntilMs = t + (e.value ? m_lifetimes.finishedMs : m_lifetimes.missingMs);
            break;
        }
        case Kind::Agent: {
            Entry<Agent> &e = m_agents[lookup.id];
            if (reply->isOk()) {
                const Agent a = decodeItem<Agent>(reply, QStringLiteral("agent"), &ok);
                e.value = ok ? std::optional<Agent>(a) : std::nullopt;
            } else {
                e.value.reset(); // deleted
            }
            e.freshUntilMs = t + (e.value ? m_lifetimes.agentMs : m_lifetimes.missingMs);
            break;
        }
        }
        scheduleUpdate();
    } else if (reply->error().kind != ApiError::Kind::Cancelled) {
        // Known so far stays shown; asked again once failedMs has passed.
        qCInfo(lcNetPlatform, "look-up %s failed: %s", qPrintable(reply->request().operation),
               qPrintable(reply->error().message));
        auto stale = [&](auto &cache) { cache[lookup.id].freshUntilMs = t + m_lifetimes.failedMs; };
        if (lookup.kind == Kind::Call)
            stale(m_calls);
        else if (lookup.kind == Kind::Conference)
            stale(m_conferences);
        else
            stale(m_agents);
    }
    pump();
}

void RecordingContextResolver::loadAgentList()
{
    if (m_agentList != AgentList::NotLoaded || !m_client)
        return;
    m_agentList = AgentList::Loading;
    m_agentCursor.reset();
    requestAgentPage();
}

void RecordingContextResolver::requestAgentPage()
{
    ApiReply *reply =
        m_client->listPage(PlatformClient::ListKind::Agents, m_agentCursor.token(), kAgentPageSize);
    ++m_requestsSent;
    m_inFlight.append(reply);
    connect(reply, &ApiReply::finished, this, [this, reply] { onAgentPage(reply); });
}

void RecordingContextResolver::onAgentPage(ApiReply *reply)
{
    m_inFlight.removeAll(reply);
    if (reply->httpStatus() == 403) {
        finishAgentList(true);
        return;
    }
    if (!reply->isOk()) {
        // Without the list, single look-ups still work (a server without GET /agents).
        if (reply->error().kind != ApiError::Kind::Cancelled)
            qCInfo(lcNetPlatform, "agent list failed: %s", qPrintable(reply->error().message));
        finishAgentList(false);
        return;
    }
    DecodeProblems problems;
    const Page<Agent> page = decodePage<Agent>(reply->body(), QStringLiteral("agents page"), &problems);
    const qint64 freshUntil = now() + m_lifetimes.agentMs;
    for (const Agent &a : page.items)
        m_agents.insert(a.id, Entry<Agent>{a, freshUntil});
    scheduleUpdate();
    if (page.isLast(kAgentPageSize) || !m_agentCursor.advance(page.nextPageToken).isEmpty()) {
        finishAgentList(false);
        return;
    }
    requestAgentPage();
}

void RecordingContextResolver::finishAgentList(bool denied)
{
    m_agentList = AgentList::Loaded;
    const QList<QUuid> waiting = std::exchange(m_agentsWaiting, {});
    for (const QUuid &id : waiting)
        m_pending.remove(id);
    if (denied) {
        deny(Kind::Agent);
    } else {
        // Owners the list did not have (deleted, or beyond a list that failed): one by one.
        const qint64 t = now();
        for (const QUuid &id : waiting)
            wantOne(Kind::Agent, id, t);
    }
    pump();
}

void RecordingContextResolver::deny(Kind kind)
{
    bool &denied = kind == Kind::Agent ? m_agentsDenied : m_callsDenied;
    if (denied)
        return;
    denied = true;
    // Drop what is queued of that kind: every one of them would get the same 403.
    const auto sameFamily = [kind](const Lookup &l) {
        return kind == Kind::Agent ? l.kind == Kind::Agent : l.kind != Kind::Agent;
    };
    for (const Lookup &l : std::as_const(m_queue)) {
        if (sameFamily(l))
            m_pending.remove(l.id);
    }
    m_queue.erase(std::remove_if(m_queue.begin(), m_queue.end(), sameFamily), m_queue.end());
    if (!m_noticeGiven) {
        m_noticeGiven = true;
        emit notice(tr("This account may not look up calls or agents, so recordings show ids instead of "
                       "names, numbers and outcomes."));
    }
}

void RecordingContextResolver::scheduleUpdate()
{
    if (!m_updateTimer.isActive())
        m_updateTimer.start();
}

void RecordingContextResolver::checkIdle()
{
    const bool idleNow = isIdle();
    const bool wasBusy = std::exchange(m_busy, !idleNow);
    if (idleNow && wasBusy) {
        if (m_updateTimer.isActive()) {
            m_updateTimer.stop();
            emit updated();
        }
        emit idle();
    }
}

} // namespace recdesk
