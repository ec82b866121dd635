#pragma once

#include "models/recordingcontextsource.h"

#include <QHash>
#include <QTimer>

// Who and what from tables filled by the test, for model and proxy tests (the network resolver,
// RecordingContextResolver, is tested against the sandbox). Rows that want something are
// recorded; publish() makes what has been filled visible, as an answer arriving would.
class FixedContextSource : public recdesk::RecordingContextSource
{
public:
    using recdesk::RecordingContextSource::RecordingContextSource;

    QHash<QUuid, recdesk::Agent> agents;
    QHash<QUuid, recdesk::Call> calls;
    QHash<QUuid, recdesk::Conference> conferences;
    QList<QUuid> wanted; // recording ids, in the order they were handed over

    const recdesk::Agent *agent(const QUuid &id) const override { return find(m_agents, id); }
    const recdesk::Call *call(const QUuid &id) const override { return find(m_calls, id); }
    const recdesk::Conference *conference(const QUuid &id) const override { return find(m_conferences, id); }
    void want(const QList<recdesk::Recording> &recordings) override
    {
        for (const recdesk::Recording &r : recordings)
            wanted.append(r.id);
    }
    bool isIdle() const override { return true; }

    void publish()
    {
        m_agents = agents;
        m_calls = calls;
        m_conferences = conferences;
        emit updated();
    }

private:
    template<typename T> static const T *find(const QHash<QUuid, T> &hash, const QUuid &id)
    {
        const auto it = hash.constFind(id);
        return it == hash.cend() ? nullptr : &*it;
    }

    QHash<QUuid, recdesk::Agent> m_agents;
    QHash<QUuid, recdesk::Call> m_calls;
    QHash<QUuid, recdesk::Conference> m_conferences;
};
