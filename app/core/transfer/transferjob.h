#pragma once

#include "net/apierror.h"
#include "net/session.h"
#include "transferitem.h"

#include <QObject>
#include <QPointer>

namespace recdesk {

// One running transfer. The queue starts it, hears progress, and reads item() for what must be
// persisted (target path, ETag, result). finished() is emitted once, unless stop() came first.
class TransferJob : public QObject
{
    Q_OBJECT
public:
    TransferJob(Session *session, const TransferItem &item, QObject *parent = nullptr);

    const TransferItem &item() const { return m_item; }
    virtual void start() = 0;
    // Stops for good. discardPartial: also remove what was written (.part) — a user's cancel;
    // false when the application closes and the transfer should resume next time.
    virtual void stop(bool discardPartial) = 0;

signals:
    void progress(qint64 done, qint64 total);
    void changed(); // a persisted field changed
    void finished(const recdesk::ApiError &error);

protected:
    QPointer<Session> m_session;
    TransferItem m_item;
};

} // namespace recdesk
