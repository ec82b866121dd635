#pragma once

#include <QtGlobal>

namespace recdesk::sandbox {

// The sandbox's one clock: real time plus an offset that tests move (POST /_sandbox/clock), so
// that token and signed-URL expiry can be tested without waiting. Everything in the sandbox that
// depends on the time of day reads it from here, never from QDateTime directly.
class SandboxClock
{
public:
    qint64 nowUsec() const; // microseconds since the Unix epoch
    qint64 nowSecs() const; // seconds since the Unix epoch
    qint64 offsetSecs() const { return m_offsetSecs; }
    void setOffsetSecs(qint64 seconds) { m_offsetSecs = seconds; }

private:
    qint64 m_offsetSecs = 0;
};

} // namespace recdesk::sandbox
