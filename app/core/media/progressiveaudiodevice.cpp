#include "progressiveaudiodevice.h"

#include <QThread>

namespace recdesk {

namespace {
constexpr int kWaitSliceMs = 100; // a waiting read looks again this often (to notice stopWaiting)
}

ProgressiveAudioDevice::ProgressiveAudioDevice(const QString &path, AudioArrivalPtr arrival, Mode mode,
                                               QObject *parent)
    : QIODevice(parent)
    , m_file(path)
    , m_arrival(std::move(arrival))
    , m_mode(mode)
{}

ProgressiveAudioDevice::~ProgressiveAudioDevice()
{
    stopWaiting();
}

ProgressiveAudioDevice::Mode ProgressiveAudioDevice::modeForThisQt()
{
#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)
    return Mode::Sequential;
#else
    return Mode::RandomAccess;
#endif
}

void ProgressiveAudioDevice::startAt(qint64 fileOffset, const QByteArray &header)
{
    m_fileStart = std::max<qint64>(0, fileOffset);
    m_prefix = header;
}

bool ProgressiveAudioDevice::open(OpenMode mode)
{
    if ((mode & QIODevice::WriteOnly) || !m_file.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        setErrorString(m_file.errorString());
        return false;
    }
    m_generation = m_arrival->snapshot().generation;
    m_stopWaiting = false;
    m_offset = 0;
    // Unbuffered: QIODevice's own buffer would read ahead of what arrived and hide pos().
    return QIODevice::open(QIODevice::ReadOnly | QIODevice::Unbuffered);
}

void ProgressiveAudioDevice::close()
{
    stopWaiting();
    QIODevice::close();
    m_file.close();
}

qint64 ProgressiveAudioDevice::size() const
{
    if (m_mode == Mode::Sequential)
        return QIODevice::size();
    const AudioArrival::Snapshot now = m_arrival->snapshot();
    return now.total >= 0 ? now.total : now.available;
}

bool ProgressiveAudioDevice::seek(qint64 pos)
{
    if (m_mode == Mode::Sequential || pos < 0)
        return QIODevice::seek(pos);
    // Past what has arrived is allowed: the next read waits there.
    if (!QIODevice::seek(pos) || !m_file.seek(pos))
        return false;
    m_offset = pos;
    return true;
}

bool ProgressiveAudioDevice::atEnd() const
{
    const AudioArrival::Snapshot now = m_arrival->snapshot();
    if (now.state == AudioArrival::State::Failed)
        return true;
    const qint64 at = std::max<qint64>(fileByteAt(m_offset), m_fileStart);
    if (now.state == AudioArrival::State::Complete)
        return fileByteAt(m_offset) >= now.available;
    return m_mode == Mode::RandomAccess && now.total >= 0 && at >= now.total;
}

qint64 ProgressiveAudioDevice::bytesAvailable() const
{
    const qint64 prefixLeft = std::max<qint64>(0, m_prefix.size() - m_offset);
    const qint64 fileAt = std::max<qint64>(fileByteAt(m_offset), m_fileStart);
    return prefixLeft + std::max<qint64>(0, m_arrival->snapshot().available - fileAt) +
           QIODevice::bytesAvailable();
}

void ProgressiveAudioDevice::notifyArrival()
{
    if (isOpen())
        emit readyRead();
}

void ProgressiveAudioDevice::stopWaiting()
{
    m_stopWaiting = true;
    m_arrival->wakeAll();
}

qint64 ProgressiveAudioDevice::readData(char *data, qint64 maxSize)
{
    const bool mayWait = m_mode == Mode::RandomAccess && QThread::currentThread() != thread();
    for (;;) {
        const AudioArrival::Snapshot now = m_arrival->snapshot();
        if (now.generation != m_generation) {
            setErrorString(tr("The recording changed on the server while it was playing."));
            return -1;
        }
        if (m_offset < m_prefix.size()) {
            const qint64 n = std::min<qint64>(maxSize, m_prefix.size() - m_offset);
            memcpy(data, m_prefix.constData() + m_offset, size_t(n));
            m_offset += n;
            return n;
        }
        const qint64 at = fileByteAt(m_offset);
        if (now.available > at) {
            if (m_file.pos() != at && !m_file.seek(at))
                return -1;
            const qint64 got = m_file.read(data, std::min(maxSize, now.available - at));
            if (got > 0)
                m_offset += got;
            return got;
        }
        if (now.state == AudioArrival::State::Failed) {
            setErrorString(tr("The recording could not be fetched."));
            return -1;
        }
        if (now.state == AudioArrival::State::Complete || !mayWait || m_stopWaiting)
            return 0;
        m_arrival->waitBeyond(at, kWaitSliceMs);
    }
}

} // namespace recdesk
