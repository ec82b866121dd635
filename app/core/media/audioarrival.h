#pragma once

#include <memory>
#include <QMutex>
#include <QWaitCondition>

namespace recdesk {

// How much of a recording's file is on disk, shared between the fetch (which writes it, on the
// GUI thread) and the readers of the growing file (a media backend may read on its own threads).
class AudioArrival
{
public:
    enum class State { Arriving, Complete, Failed };

    struct Snapshot
    {
        qint64 available = 0; // bytes on disk, from the start of the file
        qint64 total = -1;    // the whole file's size, when the server said
        State state = State::Arriving;
        quint64 generation = 0; // grows when the file restarted from zero (it changed on the server)
    };

    Snapshot snapshot() const
    {
        QMutexLocker lock(&m_mutex);
        return m_now;
    }

    void setProgress(qint64 available, qint64 total)
    {
        QMutexLocker lock(&m_mutex);
        if (available < m_now.available)
            ++m_now.generation;
        m_now.available = available;
        m_now.total = total;
        m_changed.wakeAll();
    }

    void finish(State state)
    {
        QMutexLocker lock(&m_mutex);
        m_now.state = state;
        if (state == State::Complete)
            m_now.total = m_now.available;
        m_changed.wakeAll();
    }

    // Blocks until more than `have` bytes are on disk, the fetch ends, or timeoutMs passes.
    Snapshot waitBeyond(qint64 have, int timeoutMs) const
    {
        QMutexLocker lock(&m_mutex);
        if (m_now.available <= have && m_now.state == State::Arriving)
            m_changed.wait(&m_mutex, QDeadlineTimer(timeoutMs));
        return m_now;
    }

    // Wakes every waiting reader (a reader is closing).
    void wakeAll() const
    {
        QMutexLocker lock(&m_mutex);
        m_changed.wakeAll();
    }

private:
    mutable QMutex m_mutex;
    mutable QWaitCondition m_changed;
    Snapshot m_now;
};

using AudioArrivalPtr = std::shared_ptr<AudioArrival>;

} // namespace recdesk
