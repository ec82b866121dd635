#pragma once

#include "domain/pagecursor.h"
#include "models/recordingcontextsource.h"

#include <optional>
#include <QElapsedTimer>
#include <QHash>
#include <QPointer>
#include <QSet>
#include <QTimer>

namespace recdesk {

class ApiReply;
class PlatformClient;

// Looks up the calls, conferences and agents behind recordings through the session's platform
// client and keeps them for the session (so per profile), each for a lifetime (Lifetimes).
//
// What is wanted is queued and asked for in the background, at most kMaxInFlight requests at a
// time: agents all at once through the paged GET /agents (a few requests for any number of rows),
// then one GET /agents/{id} for an owner the list did not have (a deleted agent: 404); calls in
// windows of GET /calls (a call is created just before its recording, so a page of the calls
// created before the newest wanted recording answers most of a page of rows in one request),
// then one GET /calls/{id} for a call its window did not hold; conferences one GET per id.
// Nothing is asked for twice while it is fresh or on its way. A 403 on calls (an agent account)
// stops call and conference look-ups for the session; on agents it leaves that agent an id (an
// agent may read only itself); either gives one notice. Other failures leave the item unknown
// until failedMs has passed.
class RecordingContextResolver : public RecordingContextSource
{
    Q_OBJECT
public:
    struct Lifetimes
    {
        qint64 finishedMs = 60 * 60 * 1000; // a hung-up call, a conference
        qint64 liveMs = 60 * 1000;          // a call still going on: its outcome will change
        qint64 agentMs = 10 * 60 * 1000;    // names and usernames change rarely
        qint64 missingMs = 10 * 60 * 1000;  // a 404
        qint64 failedMs = 60 * 1000;        // a network or server failure: try again after this
    };
    static constexpr int kMaxInFlight = 4;

    explicit RecordingContextResolver(PlatformClient *client, QObject *parent = nullptr);
    ~RecordingContextResolver() override;

    void setLifetimes(const Lifetimes &lifetimes) { m_lifetimes = lifetimes; }

    const Agent *agent(const QUuid &id) const override;
    const Call *call(const QUuid &id) const override;
    const Conference *conference(const QUuid &id) const override;
    void want(const QList<Recording> &recordings) override;
    bool isIdle() const override;

    // Requests sent so far, and the most ever in flight at once (tests check the batching).
    int requestsSent() const { return m_requestsSent; }
    int peakInFlight() const { return m_peakInFlight; }

private:
    enum class Kind { Call, Conference, Agent };
    template<typename T> struct Entry
    {
        std::optional<T> value;
        qint64 freshUntilMs = 0;
    };
    struct Lookup
    {
        Kind kind;
        QUuid id;
        bool windowed = false; // calls: a window of GET /calls has been tried for it
    };

    template<typename T>
    static bool isFresh(const QHash<QUuid, Entry<T>> &cache, const QUuid &id, qint64 now);
    // True when the id was queued (or waits for the agent list).
    bool wantOne(Kind kind, const QUuid &id, qint64 now);
    void pump();
    void send(const Lookup &lookup);
    void onItem(const Lookup &lookup, ApiReply *reply);
    bool sendCallWindow();
    void onCallWindow(ApiReply *reply, qint64 windowEnd);
    void windowFailed();
    void loadAgentList();
    void requestAgentPage();
    void onAgentPage(ApiReply *reply);
    void finishAgentList(bool denied);
    void denyCalls();
    void noteDenied();
    void scheduleUpdate();
    void checkIdle();
    qint64 now() const { return m_clock.elapsed(); }

    QPointer<PlatformClient> m_client;
    Lifetimes m_lifetimes;
    QElapsedTimer m_clock;
    QHash<QUuid, Entry<Call>> m_calls;
    QHash<QUuid, Entry<Conference>> m_conferences;
    QHash<QUuid, Entry<Agent>> m_agents;
    QList<Lookup> m_queue;
    QHash<QUuid, qint64> m_callTimes; // call id → the newest wanted recording's tm_create (µs)
    bool m_windowInFlight = false;
    qint64 m_lastWindowEnd = -1;
    QString m_callToken;   // a next_page_token of GET /calls: our own tokens take its form
    QSet<QUuid> m_pending; // queued or in flight
    QList<QPointer<ApiReply>> m_inFlight;
    int m_requestsSent = 0;
    int m_peakInFlight = 0;
    bool m_callsDenied = false;
    bool m_noticeGiven = false;
    bool m_busy = false; // for idle(): emitted when the last look-up ends
    // GET /agents, read once per session before single agents are asked for.
    enum class AgentList { NotLoaded, Loading, Loaded } m_agentList = AgentList::NotLoaded;
    PageCursor m_agentCursor;
    QList<QUuid> m_agentsWaiting; // wanted while the list was loading
    QTimer m_updateTimer;
};

} // namespace recdesk
