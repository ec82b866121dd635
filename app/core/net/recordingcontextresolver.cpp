#include "recordingcontextresolver.h"

#include "apireply.h"
#include "domain/page.h"
#include "domain/pagecursor.h"
#include "netlogging.h"
#include "platformclient.h"

namespace recdesk {
namespace {
constexpr int kAgentPageSize = 100;
constexpr int kCallWindowSize = 100;
// A window starts this much after the newest wanted recording: a call is created before its
// recording, and the two clocks may differ a little.
constexpr qint64 kCallWindowLeadUsec = 1'000'000;

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
            if (r.referenceType == RecordingReferenceType::Call) {
                if (wantOne(Kind::Call, r.referenceId, t) || m_callTimes.contains(r.referenceId)) {
                    qint64 &time = m_callTimes[r.referenceId];
                    time = qMax(time, qint64(r.created.microseconds()));
                }
            } else if (r.referenceType == RecordingReferenceType::Confbridge)
                wantOne(Kind::Conference, r.referenceId, t);
        }
        if (r.ownerType == OwnerType::Agent && !r.ownerId.isNull())
            wantOne(Kind::Agent, r.ownerId, t);
    }
    pump();
}

bool RecordingContextResolver::wantOne(Kind kind, const QUuid &id, qint64 now)
{
    if (m_pending.contains(id))
        return false;
    switch (kind) {
    case Kind::Call:
        if (m_callsDenied || isFresh(m_calls, id, now))
            return false;
        // A new batch of calls: its windows start afresh.
        m_lastWindowEnd = -1;
        break;
    case Kind::Conference:
        if (m_callsDenied || isFresh(m_conferences, id, now))
            return false;
        break;
    case Kind::Agent:
        if (isFresh(m_agents, id, now))
            return false;
        if (m_agentList != AgentList::Loaded) {
            // The list first: it answers most owners in a few requests.
            m_pending.insert(id);
            m_agentsWaiting.append(id);
            loadAgentList();
            return true;
        }
        break;
    }
    m_pending.insert(id);
    m_queue.append({kind, id});
    return true;
}

void RecordingContextResolver::pump()
{
    while (m_inFlight.size() < kMaxInFlight && m_client) {
        if (sendCallWindow())
            continue;
        // The next lookup that may go now: calls wait for their window first.
        const auto next = std::find_if(m_queue.begin(), m_queue.end(),
                                       [](const Lookup &l) { return l.kind != Kind::Call || l.windowed; });
        if (next == m_queue.end())
            break;
        const Lookup lookup = *next;
        m_queue.erase(next);
        send(lookup);
    }
    checkIdle();
}

bool RecordingContextResolver::sendCallWindow()
{
    if (m_windowInFlight || m_callsDenied)
        return false;
    qint64 newest = -1;
    for (const Lookup &l : std::as_const(m_queue)) {
        if (l.kind == Kind::Call && !l.windowed)
            newest = qMax(newest, m_callTimes.value(l.id, -1));
    }
    if (newest < 0)
        return false;
    const qint64 end = newest + kCallWindowLeadUsec;
    if (end == m_lastWindowEnd) {
        // The last window at this moment held only calls newer than these: one by one instead.
        windowFailed();
        return false;
    }
    m_lastWindowEnd = end;
    m_windowInFlight = true;
    ApiReply *reply =
        m_client->listPage(PlatformClient::ListKind::Calls,
                           pageTokenAt(Timestamp::fromMicroseconds(end), m_callToken), kCallWindowSize);
    ++m_requestsSent;
    m_inFlight.append(reply);
    m_peakInFlight = qMax(m_peakInFlight, int(m_inFlight.size()));
    connect(reply, &ApiReply::finished, this, [this, reply, end] { onCallWindow(reply, end); });
    return true;
}

void RecordingContextResolver::windowFailed()
{
    for (Lookup &l : m_queue) {
        if (l.kind == Kind::Call)
            l.windowed = true;
    }
}

void RecordingContextResolver::onCallWindow(ApiReply *reply, qint64 windowEnd)
{
    m_inFlight.removeAll(reply);
    m_windowInFlight = false;
    if (reply->httpStatus() == 403) {
        denyCalls();
        pump();
        return;
    }
    DecodeProblems problems;
    const Page<Call> page = reply->isOk()
                                ? decodePage<Call>(reply->body(), QStringLiteral("calls page"), &problems)
                                : Page<Call>();
    if (!reply->isOk() || (page.received() == 0 && !problems.isEmpty())) {
        // Without windows, one by one (a server without GET /calls, a failure).
        if (!reply->isOk() && reply->error().kind != ApiError::Kind::Cancelled)
            qCInfo(lcNetPlatform, "call window failed: %s", qPrintable(reply->error().message));
        windowFailed();
        pump();
        return;
    }
    if (!page.nextPageToken.isEmpty())
        m_callToken = page.nextPageToken;
    const qint64 t = now();
    QSet<QUuid> held;
    qint64 oldest = windowEnd;
    for (const Call &c : page.items) {
        held.insert(c.id);
        oldest = qMin(oldest, qint64(c.created.microseconds()));
        const bool finished = c.hangup.hasHappened();
        m_calls.insert(c.id, Entry<Call>{c, t + (finished ? m_lifetimes.finishedMs : m_lifetimes.liveMs)});
    }
    const bool last = page.isLast(kCallWindowSize);
    for (Lookup &l : m_queue) {
        if (l.kind != Kind::Call || l.windowed || held.contains(l.id))
            continue;
        // Its recording lies inside what the window covered (or nothing is older), yet the call
        // was not there (created long before its recording, or gone): one by one. Calls wanted
        // after the window was sent, newer than its end, wait for a window of their own.
        const qint64 time = m_callTimes.value(l.id);
        if (time + kCallWindowLeadUsec <= windowEnd && (last || time >= oldest))
            l.windowed = true;
    }
    // What the window held is answered, queued one by one or not: one pass over the queue.
    const auto answered = [&held](const Lookup &l) { return l.kind == Kind::Call && held.contains(l.id); };
    for (const Lookup &l : std::as_const(m_queue)) {
        if (answered(l)) {
            m_pending.remove(l.id);
            m_callTimes.remove(l.id);
        }
    }
    m_queue.erase(std::remove_if(m_queue.begin(), m_queue.end(), answered), m_queue.end());
    scheduleUpdate();
    pump();
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
    if (lookup.kind == Kind::Call)
        m_callTimes.remove(lookup.id);
    const qint64 t = now();
    const int status = reply->httpStatus();
    if (status == 403 && lookup.kind == Kind::Agent) {
        // An agent account may read only itself: this one stays an id for a while.
        m_agents[lookup.id] = Entry<Agent>{std::nullopt, t + m_lifetimes.missingMs};
        noteDenied();
    } else if (status == 403) {
        denyCalls();
    } else if (reply->isOk() || status == 404) {
        bool ok = false;
        switch (lookup.kind) {
        case Kind::Call: {
            Entry<Call> &e = m_calls[lookup.id];
            if (reply->isOk()) {
                const Call c = decodeItem<Call>(reply, QStringLiteral("call"), &ok);
                e.value = ok ? std::optional<Call>(c) : std::nullopt;
            } else {
                e.value.reset(); // gone
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
            } else {
                e.value.reset(); // gone
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
    if (!m_client) {
        finishAgentList(false);
        return;
    }
    ApiReply *reply =
        m_client->listPage(PlatformClient::ListKind::Agents, m_agentCursor.token(), kAgentPageSize);
    ++m_requestsSent;
    m_inFlight.append(reply);
    m_peakInFlight = qMax(m_peakInFlight, int(m_inFlight.size()));
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
    if (denied)
        noteDenied(); // an agent account: the list is refused, its own agent is not
    // Owners the list did not have (deleted, refused, or beyond a list that failed): one by one.
    const qint64 t = now();
    for (const QUuid &id : waiting)
        wantOne(Kind::Agent, id, t);
    pump();
}

void RecordingContextResolver::denyCalls()
{
    if (m_callsDenied)
        return;
    m_callsDenied = true;
    // Drop the queued calls and conferences: every one of them would get the same 403.
    const auto callOrConference = [](const Lookup &l) { return l.kind != Kind::Agent; };
    for (const Lookup &l : std::as_const(m_queue)) {
        if (callOrConference(l)) {
            m_pending.remove(l.id);
            m_callTimes.remove(l.id);
        }
    }
    m_queue.erase(std::remove_if(m_queue.begin(), m_queue.end(), callOrConference), m_queue.end());
    noteDenied();
}

void RecordingContextResolver::noteDenied()
{
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
