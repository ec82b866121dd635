#include "silencedetector.h"

#include "wavreader.h"

#include <cmath>
#include <QFile>
#include <QtEndian>
#include <vector>

namespace recdesk {

SilenceDetector::Result SilenceDetector::detectFile(const QString &path, const Settings &settings,
                                                    SilenceMap *out, QString *error,
                                                    const std::atomic<bool> *cancel)
{
    QFile file;
    WavInfo info;
    if (!WavReader::openFile(&file, path, &info, error))
        return Result::Failed;
    return detect(&file, info, settings, out, error, cancel);
}

SilenceDetector::Result SilenceDetector::detect(QIODevice *device, const WavInfo &info,
                                                const Settings &settings, SilenceMap *out, QString *error,
                                                const std::atomic<bool> *cancel)
{
    if (!info.isPcm16() || info.format.channels == 0 || info.format.sampleRate == 0) {
        *error = tr("Silence can only be found in 16-bit PCM audio.");
        return Result::Failed;
    }
    if (settings.windowMs < 5 || settings.windowMs > 1000 || settings.minimumMs < settings.windowMs ||
        !std::isfinite(settings.thresholdDb)) {
        *error = tr("The silence settings are out of range.");
        return Result::Failed;
    }
    if (!device->seek(info.dataOffset)) {
        *error = tr("The audio data cannot be reached.");
        return Result::Failed;
    }
    const int channels = info.format.channels;
    const qint64 rate = info.format.sampleRate;
    const qint64 frames = info.frameCount();
    const qint64 windowFrames = std::max<qint64>(1, rate * settings.windowMs / 1000);
    // Compared as sums of squares over a window, so no square root per window.
    const double level = 32768.0 * std::pow(10.0, settings.thresholdDb / 20.0);
    const double limit = level * level * double(windowFrames);

    QList<SilenceMap::Range> silences;
    qint64 runStart = -1; // first frame of the current run of silent windows
    auto closeRun = [&](qint64 endFrame) {
        if (runStart >= 0 && (endFrame - runStart) * 1000 / rate >= settings.minimumMs)
            silences.append({runStart * 1000 / rate, endFrame * 1000 / rate});
        runStart = -1;
    };

    const int frameBytes = info.format.blockAlign;
    const qint64 chunkFrames = windowFrames * std::max<qint64>(1, (64 * 1024) / (windowFrames * frameBytes));
    QByteArray buffer(qsizetype(chunkFrames * frameBytes), Qt::Uninitialized);
    std::vector<double> energy(size_t(channels), 0.0);
    qint64 windowStart = 0, inWindow = 0, frame = 0;
    auto closeWindow = [&](qint64 windowFramesSeen) {
        bool silent = true;
        for (double &e : energy) {
            // A short last window is judged by its average, as if it were whole.
            if (e * double(windowFrames) / double(windowFramesSeen) >= limit)
                silent = false;
            e = 0.0;
        }
        if (silent && runStart < 0)
            runStart = windowStart;
        else if (!silent)
            closeRun(windowStart);
    };

    while (frame < frames) {
        if (cancel && cancel->load(std::memory_order_relaxed))
            return Result::Cancelled;
        const qint64 want = std::min(chunkFrames, frames - frame) * frameBytes;
        const qint64 got = device->read(buffer.data(), want);
        if (got <= 0)
            break; // cut off: judge what was read
        const qint64 gotFrames = got / frameBytes;
        const char *p = buffer.constData();
        for (qint64 i = 0; i < gotFrames; ++i, ++frame) {
            for (int c = 0; c < channels; ++c, p += 2) {
                const double s = qFromLittleEndian<qint16>(p);
                energy[size_t(c)] += s * s;
            }
            if (++inWindow == windowFrames) {
                closeWindow(inWindow);
                windowStart = frame + 1;
                inWindow = 0;
            }
        }
        if (got < want)
            break;
    }
    if (inWindow > 0)
        closeWindow(inWindow);
    closeRun(frame);
    *out = SilenceMap(silences, frame * 1000 / rate);
    return Result::Ok;
}

} // namespace recdesk
