#include "reviewaudiosource.h"

#include "timestretcher.h"
#include "wavreader.h"

#include <algorithm>
#include <cmath>
#include <QMutexLocker>
#include <QtEndian>

namespace recdesk {

static_assert(std::atomic<double>::is_always_lock_free && std::atomic<qint64>::is_always_lock_free &&
                  std::atomic<quint64>::is_always_lock_free,
              "the audio thread must never wait on a lock");

ReviewAudioSource::ReviewAudioSource(QObject *parent)
    : QIODevice(parent)
{}

ReviewAudioSource::~ReviewAudioSource() = default;

bool ReviewAudioSource::openFile(const QString &path)
{
    close();
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::ReadOnly)) {
        setErrorString(tr("Cannot read %1: %2").arg(path, m_file.errorString()));
        return false;
    }
    WavInfo info;
    QString error;
    if (!WavReader::read(&m_file, &info, &error)) {
        m_file.close();
        setErrorString(tr("%1 is not a playable WAV file: %2").arg(path, error));
        return false;
    }
    if (!info.isPcm16() || (info.format.channels != 1 && info.format.channels != 2) ||
        info.format.sampleRate == 0) {
        m_file.close();
        setErrorString(tr("%1 cannot be played for review: only 16-bit PCM WAV with one or two channels "
                          "can be (this one has %2 bits, %3 channels, format %4).")
                           .arg(path)
                           .arg(info.format.bitsPerSample)
                           .arg(info.format.channels)
                           .arg(info.format.formatTag));
        return false;
    }
    m_info = info;
    const int channels = sourceChannels();
    m_stretcher = std::make_unique<TimeStretcher>(sampleRate(), channels);
    m_pcm.assign(size_t(kBlockFrames) * size_t(channels), 0);
    m_input.assign(size_t(kBlockFrames) * size_t(channels), 0.0f);
    m_stretched.assign(size_t(kBlockFrames) * size_t(channels), 0.0f);
    m_mixed.assign(size_t(kBlockFrames) * kOutputChannels, 0.0f);
    m_seekRequest.store(0);
    m_positionFrame.store(0);
    m_finished.store(false);
    m_fileFrame = -1;
    // Unbuffered: QIODevice keeps no read-ahead of its own, so a seek or a gain change is heard
    // at the next read.
    return QIODevice::open(QIODevice::ReadOnly | QIODevice::Unbuffered);
}

void ReviewAudioSource::close()
{
    if (!isOpen())
        return;
    QIODevice::close();
    m_file.close();
    m_stretcher.reset();
    m_info = WavInfo();
}

qint64 ReviewAudioSource::durationMs() const
{
    return m_info.durationMs();
}

qint64 ReviewAudioSource::framesForMs(qint64 ms) const
{
    return std::clamp<qint64>(ms * sampleRate() / 1000, 0, m_info.frameCount());
}

qint64 ReviewAudioSource::positionMs() const
{
    return sampleRate() ? m_positionFrame.load() * 1000 / sampleRate() : 0;
}

void ReviewAudioSource::seekToMs(qint64 ms)
{
    const qint64 frame = framesForMs(ms);
    m_seekRequest.store(frame);
    m_positionFrame.store(frame);
    m_finished.store(false);
}

void ReviewAudioSource::setTempo(double tempo)
{
    m_tempo.store(std::clamp(tempo, TimeStretcher::kMinTempo, TimeStretcher::kMaxTempo));
}

double ReviewAudioSource::tempo() const
{
    return m_tempo.load();
}

void ReviewAudioSource::setLoop(qint64 startMs, qint64 endMs)
{
    // Frames fit 32 bits each (149 hours at 8 kHz, 24 at 48 kHz), so the pair is one atomic.
    const qint64 limit = std::min<qint64>(m_info.frameCount(), 0xFFFFFFFE);
    const qint64 start = std::min(framesForMs(startMs), limit);
    const qint64 end = std::min(framesForMs(endMs), limit);
    if (end <= start) {
        clearLoop();
        return;
    }
    m_loop.store(quint64(start) << 32 | quint64(end));
}

void ReviewAudioSource::clearLoop()
{
    m_loop.store(kNoLoop);
}

bool ReviewAudioSource::hasLoop() const
{
    return m_loop.load() != kNoLoop;
}

qint64 ReviewAudioSource::loopStartMs() const
{
    const quint64 loop = m_loop.load();
    return loop == kNoLoop ? -1 : qint64(loop >> 32) * 1000 / sampleRate();
}

qint64 ReviewAudioSource::loopEndMs() const
{
    const quint64 loop = m_loop.load();
    return loop == kNoLoop ? -1 : qint64(loop & 0xFFFFFFFF) * 1000 / sampleRate();
}

void ReviewAudioSource::setSkipRanges(const QList<TimeRange> &ranges)
{
    QList<FrameRange> frames;
    frames.reserve(ranges.size());
    for (const TimeRange &range : ranges) {
        const FrameRange r{framesForMs(range.startMs), framesForMs(range.endMs)};
        if (r.end > r.start)
            frames.append(r);
    }
    std::sort(frames.begin(), frames.end(),
              [](const FrameRange &a, const FrameRange &b) { return a.start < b.start; });
    // Merged, so that one jump always lands outside every range.
    QList<FrameRange> merged;
    for (const FrameRange &r : std::as_const(frames)) {
        if (!merged.isEmpty() && r.start <= merged.last().end)
            merged.last().end = std::max(merged.last().end, r.end);
        else
            merged.append(r);
    }
    QMutexLocker locker(&m_sharedSkipRangesMutex);
    m_sharedSkipRanges = merged;
    m_sharedSkipRangesGeneration.fetch_add(1);
}

void ReviewAudioSource::setSkipEnabled(bool enabled)
{
    m_skipEnabled.store(enabled);
}

bool ReviewAudioSource::isSkipEnabled() const
{
    return m_skipEnabled.load();
}

bool ReviewAudioSource::atEnd() const
{
    return !isOpen() || m_finished.load();
}

qint64 ReviewAudioSource::bytesAvailable() const
{
    // Sound is made on demand: there is always more until the end.
    return atEnd() ? 0 : kBlockFrames * kBytesPerOutputFrame + QIODevice::bytesAvailable();
}

qint64 ReviewAudioSource::writeData(const char *, qint64)
{
    return -1;
}

qint64 ReviewAudioSource::readData(char *data, qint64 maxSize)
{
    if (!m_stretcher)
        return -1;
    applyRequests();
    const qint64 wanted = maxSize / kBytesPerOutputFrame;
    qint64 written = 0;
    while (written < wanted) {
        const int frames =
            m_stretcher->receive(m_stretched.data(), int(std::min<qint64>(wanted - written, kBlockFrames)));
        if (frames > 0) {
            writeOutput(data + written * kBytesPerOutputFrame, frames);
            written += frames;
            continue;
        }
        if (!m_inputEnded) {
            if (feedInput() > 0)
                continue;
            m_inputEnded = true;
        }
        if (!m_flushed) {
            m_stretcher->flush();
            m_flushed = true;
            continue;
        }
        break;
    }
    if (m_flushed && m_stretcher->readyFrames() == 0)
        m_finished.store(true);
    publishPosition();
    return written * kBytesPerOutputFrame;
}

void ReviewAudioSource::applyRequests()
{
    const qint64 seek = m_seekRequest.exchange(-1);
    if (seek >= 0) {
        m_stretcher->clear();
        m_fedFrames = 0;
        m_anchorsAdded = 0;
        jumpTo(seek);
        m_inputEnded = false;
        m_flushed = false;
        m_finished.store(false);
    }
    m_stretcher->setTempo(m_tempo.load());
    const quint64 generation = m_sharedSkipRangesGeneration.load();
    if (generation != m_skipRangesGeneration && m_sharedSkipRangesMutex.tryLock()) {
        // A shared copy: no allocation here (the previous list may be freed, once).
        m_skipRanges = m_sharedSkipRanges;
        m_skipRangesGeneration = m_sharedSkipRangesGeneration.load();
        m_sharedSkipRangesMutex.unlock();
    }
}

int ReviewAudioSource::feedInput()
{
    const quint64 loop = m_loop.load();
    const bool looping = loop != kNoLoop;
    const qint64 loopStart = looping ? qint64(loop >> 32) : 0;
    const qint64 loopEnd = looping ? qint64(loop & 0xFFFFFFFF) : 0;
    // Reading before B: wrap there (a loop the reading is already past does not pull it back).
    const bool inLoop = looping && m_inputFrame <= loopEnd;
    const bool skipping = m_skipEnabled.load();

    // Wrap at B, then pass over a skip range; a few rounds, since a jump may land in another.
    for (int round = 0; round < 4; ++round) {
        if (inLoop && m_inputFrame == loopEnd) {
            jumpTo(loopStart);
            continue;
        }
        if (!skipping)
            break;
        const auto range =
            std::find_if(m_skipRanges.cbegin(), m_skipRanges.cend(), [this](const FrameRange &r) {
                return r.start <= m_inputFrame && m_inputFrame < r.end;
            });
        if (range == m_skipRanges.cend())
            break;
        jumpTo(inLoop && range->end >= loopEnd ? loopStart : range->end);
    }

    qint64 end = m_info.frameCount();
    if (inLoop && m_inputFrame < loopEnd)
        end = loopEnd;
    if (skipping) {
        for (const FrameRange &r : std::as_const(m_skipRanges)) {
            if (r.start > m_inputFrame) {
                end = std::min(end, r.start);
                break;
            }
        }
    }
    const int channels = sourceChannels();
    const int frames = int(std::clamp<qint64>(end - m_inputFrame, 0, kBlockFrames));
    if (frames == 0)
        return 0;
    if (m_fileFrame != m_inputFrame) {
        if (!m_file.seek(m_info.dataOffset + m_inputFrame * m_info.format.blockAlign))
            return 0;
        m_fileFrame = m_inputFrame;
    }
    const qint64 bytes = m_file.read(reinterpret_cast<char *>(m_pcm.data()), qint64(frames) * channels * 2);
    const int got = bytes > 0 ? int(bytes / (qint64(channels) * 2)) : 0;
    if (got == 0)
        return 0;
    for (int i = 0; i < got * channels; ++i)
        m_input[size_t(i)] = float(qFromLittleEndian(m_pcm[size_t(i)])) / 32768.0f;
    m_stretcher->put(m_input.data(), got);
    m_fedFrames += got;
    m_inputFrame += got;
    // A part-frame read leaves the file between frames: seek again next time.
    m_fileFrame = bytes % (qint64(channels) * 2) ? -1 : m_inputFrame;
    return got;
}

void ReviewAudioSource::jumpTo(qint64 frame)
{
    m_inputFrame = frame;
    m_anchors[size_t(m_anchorsAdded % kAnchorCount)] = Anchor{m_fedFrames, frame};
    ++m_anchorsAdded;
}

qint64 ReviewAudioSource::recordingFrameFor(double fedFrames) const
{
    const qint64 kept = std::min<qint64>(m_anchorsAdded, kAnchorCount);
    const Anchor *anchor = nullptr;
    for (qint64 i = m_anchorsAdded - 1; i >= m_anchorsAdded - kept; --i) {
        anchor = &m_anchors[size_t(i % kAnchorCount)];
        if (double(anchor->fedFrames) <= fedFrames)
            break;
    }
    if (!anchor)
        return 0;
    return anchor->recordingFrame + std::max<qint64>(0, std::llround(fedFrames) - anchor->fedFrames);
}

void ReviewAudioSource::publishPosition()
{
    if (m_seekRequest.load() >= 0)
        return; // the GUI asked for a new place since this read began: that is the position now
    const qint64 frame =
        m_finished.load()
            ? m_info.frameCount()
            : recordingFrameFor(std::max(0.0, double(m_fedFrames) - m_stretcher->heldInputFrames()));
    m_positionFrame.store(std::clamp<qint64>(frame, 0, m_info.frameCount()));
}

void ReviewAudioSource::writeOutput(char *data, int frames)
{
    ReviewMix::apply(m_mix.matrix(sourceChannels()), m_stretched.data(), sourceChannels(), m_mixed.data(),
                     frames);
    for (int i = 0; i < frames * kOutputChannels; ++i) {
        const long value = std::lround(m_mixed[size_t(i)] * 32768.0f);
        qToLittleEndian(qint16(std::clamp<long>(value, -32768, 32767)), data + 2 * i);
    }
}

} // namespace recdesk
