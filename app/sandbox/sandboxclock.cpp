#include "sandboxclock.h"

#include <QDateTime>

namespace recdesk::sandbox {

qint64 SandboxClock::nowUsec() const
{
    return (QDateTime::currentMSecsSinceEpoch() + m_offsetSecs * 1000) * 1000;
}

qint64 SandboxClock::nowSecs() const
{
    return QDateTime::currentSecsSinceEpoch() + m_offsetSecs;
}

} // namespace recdesk::sandbox
