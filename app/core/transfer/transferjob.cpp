#include "transferjob.h"

#include "net/session.h"

namespace recdesk {

TransferJob::TransferJob(Session *session, const TransferItem &item, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_item(item)
{}

} // namespace recdesk
