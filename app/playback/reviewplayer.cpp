#include "reviewplayer.h"

#include "media/reviewaudiosource.h"

#include <algorithm>
#include <QAudioDevice>
#include <QAudioFormat>
#include <QAudioSink>
#include <QMediaDevices>

namespace recdesk {

namespace {

constexpr int kPositionIntervalMs = 50;
// What the device may hold ahead of the listener: a seek or a gain change is heard this late
// at most. Short, but long enough not to run dry on a busy machine.
constexpr int kSinkBufferMs = 200;

} // namespace

ReviewPlayer::ReviewPlayer(QObject *parent)
    : QObject(parent)
    , m_source(new ReviewAudioSource(this))
{
    m_positionTimer.setInterval(kPositionIntervalMs);
    connect(&m_positionTimer, &QTimer::timeout, this, &ReviewPlayer::tick);
}

ReviewPlayer::~ReviewPlayer()
{
    releaseSink();
}

bool ReviewPlayer::load(const QString &path)
{
    stop();
    if (!m_source->openFile(path)) {
        emit errorOccurred(m_source->errorString());
        return false;
    }
    m_lastPosition = -1;
    m_seekFloor = -1;
    emit positionChanged(0);
    return true;
}

void ReviewPlayer::unload()
{
    stop();
    m_source->close();
}

bool ReviewPlayer::isLoaded() const
{
    return m_source->isOpen();
}

qint64 ReviewPlayer::durationMs() const
{
    return m_source->durationMs();
}

qint64 ReviewPlayer::positionMs() const
{
    qint64 position = m_source->positionMs();
    if (m_sink && m_source->sampleRate() > 0) {
        const qint64 heldBytes = std::max<qint64>(0, m_sink->bufferSize() - m_sink->bytesFree());
        const double heldMs =
            double(heldBytes) / ReviewAudioSource::kBytesPerOutputFrame * 1000.0 / m_source->sampleRate();
        const qint64 handedOut = position;
        position -= qint64(heldMs * m_source->tempo());
        // Just after a wrap the device still plays the end of the loop, not what lies before A;
        // but playing towards A from before it, what is heard is before A indeed.
        const qint64 loopStart = m_source->loopStartMs();
        if (loopStart >= 0 && handedOut >= loopStart && position < loopStart && m_lastPosition >= loopStart)
            position += m_source->loopEndMs() - loopStart;
        // After a seek, until the new sink has played past the target, what is heard is the target
        // (its first bytes are on their way), never a moment before it.
        if (m_seekFloor >= 0) {
            if (position >= m_seekFloor)
                m_seekFloor = -1;
            else if (handedOut >= m_seekFloor)
                position = m_seekFloor;
        }
    }
    return std::clamp<qint64>(position, 0, durationMs());
}

int ReviewPlayer::legCount() const
{
    return isLoaded() ? m_source->sourceChannels() : 0;
}

void ReviewPlayer::play()
{
    if (!isLoaded() || m_state == State::Playing)
        return;
    if (m_state == State::Paused && m_sink) {
        m_sink->resume();
        setState(State::Playing);
        m_positionTimer.start();
        return;
    }
    const QAudioDevice device = QMediaDevices::defaultAudioOutput();
    if (device.isNull()) {
        failNoDevice();
        return;
    }
    QAudioFormat format;
    format.setSampleRate(m_source->sampleRate());
    format.setChannelCount(ReviewAudioSource::kOutputChannels);
    format.setSampleFormat(QAudioFormat::Int16);
    if (m_source->atEnd())
        m_source->seekToMs(0);
    m_sink = new QAudioSink(device, format, this);
    m_sink->setBufferSize(qsizetype(m_source->sampleRate()) * ReviewAudioSource::kBytesPerOutputFrame *
                          kSinkBufferMs / 1000);
    connect(m_sink, &QAudioSink::stateChanged, this, &ReviewPlayer::onSinkStateChanged);
    m_sink->start(m_source);
    if (m_sink->error() == QAudio::OpenError || m_sink->error() == QAudio::FatalError) {
        failNoDevice();
        return;
    }
    setState(State::Playing);
    m_positionTimer.start();
}

void ReviewPlayer::pause()
{
    if (m_state != State::Playing)
        return;
    m_sink->suspend();
    m_positionTimer.stop();
    setState(State::Paused);
    emit positionChanged(positionMs());
}

void ReviewPlayer::stop()
{
    releaseSink();
    if (isLoaded())
        m_source->seekToMs(0);
    m_positionTimer.stop();
    setState(State::Stopped);
    if (m_lastPosition != 0) {
        m_lastPosition = 0;
        emit positionChanged(0);
    }
}

void ReviewPlayer::seek(qint64 ms)
{
    if (!isLoaded())
        return;
    m_source->seekToMs(ms);
    m_seekFloor = m_source->positionMs();
    // The sink still holds what was read before the seek (up to kSinkBufferMs), and one that ran
    // dry at the end may not ask for more: a new sink starts from the new place, now if playing,
    // on play() if paused. The position is then the new place at once.
    if (m_sink) {
        const bool playing = m_state == State::Playing;
        releaseSink();
        if (playing) {
            m_state = State::Paused; // play() makes a sink again and says Playing
            play();
        }
    }
    m_lastPosition = m_source->positionMs();
    emit positionChanged(m_lastPosition);
}

void ReviewPlayer::setTempo(double tempo)
{
    m_source->setTempo(tempo);
}

double ReviewPlayer::tempo() const
{
    return m_source->tempo();
}

void ReviewPlayer::setLegGain(int leg, float gain)
{
    m_source->mix().setLegGain(leg, gain);
}

void ReviewPlayer::setLegMuted(int leg, bool muted)
{
    m_source->mix().setLegMuted(leg, muted);
}

void ReviewPlayer::setBalance(float balance)
{
    m_source->mix().setBalance(balance);
}

void ReviewPlayer::setVolume(float volume)
{
    m_source->mix().setMasterVolume(volume);
}

void ReviewPlayer::setLoop(qint64 startMs, qint64 endMs)
{
    m_source->setLoop(startMs, endMs);
}

void ReviewPlayer::clearLoop()
{
    m_source->clearLoop();
}

void ReviewPlayer::setSkipRanges(const QList<TimeRange> &ranges)
{
    m_source->setSkipRanges(ranges);
}

void ReviewPlayer::setSkipEnabled(bool enabled)
{
    m_source->setSkipEnabled(enabled);
}

void ReviewPlayer::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void ReviewPlayer::releaseSink()
{
    if (!m_sink)
        return;
    // Its signals must not reach us while it goes: reset() itself changes its state. Not stop():
    // on Qt 6.8 it drains the PulseAudio stream first, which blocks the GUI thread for the buffer's
    // length, and for about 30 s when the sink is suspended (paused). reset() drops what it holds
    // and closes (on Qt 6.4 the two are the same).
    m_sink->disconnect(this);
    m_sink->reset();
    m_sink->deleteLater();
    m_sink = nullptr;
}

void ReviewPlayer::failNoDevice()
{
    releaseSink();
    m_positionTimer.stop();
    setState(State::Stopped);
    emit errorOccurred(tr("No audio output device is available."));
}

void ReviewPlayer::onSinkStateChanged()
{
    if (!m_sink)
        return;
    const QAudio::Error error = m_sink->error();
    if (error == QAudio::OpenError || error == QAudio::FatalError) {
        failNoDevice();
        return;
    }
    if (m_sink->state() == QAudio::IdleState && m_source->atEnd())
        finish();
}

void ReviewPlayer::tick()
{
    if (m_sink && m_source->atEnd() && m_sink->state() == QAudio::IdleState) {
        finish();
        return;
    }
    const qint64 position = positionMs();
    if (position != m_lastPosition) {
        m_lastPosition = position;
        emit positionChanged(position);
    }
}

void ReviewPlayer::finish()
{
    releaseSink();
    m_positionTimer.stop();
    setState(State::Stopped);
    m_lastPosition = durationMs();
    emit positionChanged(m_lastPosition);
    emit finished();
}

} // namespace recdesk
