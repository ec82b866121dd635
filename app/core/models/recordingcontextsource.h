#pragma once

#include "domain/agent.h"
#include "domain/call.h"
#include "domain/conference.h"
#include "domain/recording.h"

#include <QList>
#include <QObject>
#include <QUuid>

namespace recdesk {

// Who and what is behind recordings: the call or conference a recording captured and the agent
// who owns it, as far as they are known. The network implementation lives in net/
// (RecordingContextResolver); the recordings model only reads what is known, never waits, and
// says which rows have loaded (want()). Reads are cheap lookups, fit for every repaint and sort.
class RecordingContextSource : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~RecordingContextSource() override = default;

    // nullptr while unknown (not asked yet, on its way, refused with 403, or gone).
    virtual const Agent *agent(const QUuid &id) const = 0;
    virtual const Call *call(const QUuid &id) const = 0;
    virtual const Conference *conference(const QUuid &id) const = 0;
    // These rows have loaded: look up what is not known yet, or has grown stale. Asynchronous;
    // updated() follows once some of it has arrived.
    virtual void want(const QList<Recording> &recordings) = 0;
    // Nothing more is on its way for what was wanted so far.
    virtual bool isIdle() const = 0;

signals:
    // Some look-ups arrived (coalesced: at most a few times a second).
    void updated();
    // A calm note for people, said once per session, e.g. that the account may not see agents.
    void notice(const QString &message);
    // isIdle() became true.
    void idle();
};

} // namespace recdesk
