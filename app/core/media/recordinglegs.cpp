#include "recordinglegs.h"

#include "domain/safetext.h"
#include "transfer/filenamesanitizer.h"
#include "wavheader.h"
#include "wavreader.h"

#include <algorithm>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QtEndian>
#include <quazip.h>
#include <quazipfile.h>
#include <quazipfileinfo.h>

namespace recdesk {
namespace {

constexpr qint64 kChunkFrames = 16 * 1024;

enum class Leg { None, In, Out };

Leg legOf(const QString &entryName)
{
    const QString name = QFileInfo(entryName).fileName();
    if (name.endsWith(QLatin1String("_in.wav"), Qt::CaseInsensitive))
        return Leg::In;
    if (name.endsWith(QLatin1String("_out.wav"), Qt::CaseInsensitive))
        return Leg::Out;
    return Leg::None;
}

// Reads up to `frames` mono frames; fills the rest with silence once the leg has ended.
qint64 readFrames(QFile *file, qint64 *remainingBytes, char *buffer, qint64 frames)
{
    const qint64 want = qMin(*remainingBytes, frames * 2);
    qint64 got = want > 0 ? file->read(buffer, want) : 0;
    if (got < 0)
        got = 0;
    got &= ~qint64(1);
    *remainingBytes -= got;
    if (got < want)
        *remainingBytes = 0; // cut off: the rest is silence
    std::fill(buffer + got, buffer + frames * 2, '\0');
    return got / 2;
}

} // namespace

bool RecordingLegs::looksLikeZip(const QByteArray &head)
{
    return head.startsWith("PK");
}

bool RecordingLegs::isZipFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && looksLikeZip(file.read(4));
}

bool RecordingLegs::extract(const QString &zipPath, const QString &directory, Paths *legs, QString *error,
                            qint64 maxLegBytes)
{
    QuaZip zip(zipPath);
    if (!zip.open(QuaZip::mdUnzip)) {
        *error = tr("The recording archive cannot be opened (error %1).").arg(zip.getZipError());
        return false;
    }
    QString entries[2]; // in, out
    for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
        const QString name = zip.getCurrentFileName();
        const Leg leg = legOf(name);
        if (leg != Leg::None && entries[leg == Leg::In ? 0 : 1].isEmpty())
            entries[leg == Leg::In ? 0 : 1] = name;
    }
    if (entries[0].isEmpty() || entries[1].isEmpty()) {
        *error = tr("The recording archive does not hold both legs (an \"_in.wav\" and an \"_out.wav\").");
        return false;
    }

    // No leg can be bigger than deflate allows from the bytes it takes in the archive (at most
    // 1032 to 1), nor than the size the archive declares for it: a leg past either is not a
    // recording but an attempt to fill the disk.
    constexpr qint64 kDeflateMaxRatio = 1032;
    Paths result;
    QString *targets[2] = {&result.in, &result.out};
    QByteArray buffer(64 * 1024, Qt::Uninitialized);
    for (int i = 0; i < 2; ++i) {
        if (!zip.setCurrentFile(entries[i])) {
            *error = tr("The recording archive is damaged.");
            return false;
        }
        QuaZipFileInfo64 info;
        if (!zip.getCurrentFileInfo(&info)) {
            *error = tr("The recording archive is damaged.");
            return false;
        }
        const qint64 bound = std::min<qint64>({maxLegBytes, qint64(info.uncompressedSize),
                                               qint64(info.compressedSize) * kDeflateMaxRatio + 64 * 1024});
        if (qint64(info.uncompressedSize) > bound) {
            *error = tr("The leg %1 says it is larger than its archive can hold; it was not unpacked.")
                         .arg(safeText(entries[i]));
            return false;
        }
        QuaZipFile entry(&zip);
        if (!entry.open(QIODevice::ReadOnly)) {
            *error = tr("The leg %1 cannot be read from the archive (error %2).")
                         .arg(safeText(entries[i]))
                         .arg(entry.getZipError());
            return false;
        }
        // Only the file name, made safe: an entry called "../../x_in.wav" must not escape the
        // directory, and one with control or bidi characters must not reach a file name.
        const QString fallback = i == 0 ? QStringLiteral("leg_in.wav") : QStringLiteral("leg_out.wav");
        const QString target = FileNameSanitizer::uniquePath(
            directory, FileNameSanitizer::sanitize(QFileInfo(entries[i]).fileName(), fallback));
        QSaveFile out(target);
        if (!out.open(QIODevice::WriteOnly)) {
            *error = tr("Cannot write %1: %2").arg(target, out.errorString());
            return false;
        }
        qint64 total = 0;
        for (;;) {
            const qint64 got = entry.read(buffer.data(), buffer.size());
            if (got < 0 || entry.getZipError() != UNZ_OK) {
                *error = tr("The leg %1 is damaged in the archive.").arg(safeText(entries[i]));
                return false;
            }
            if (got == 0)
                break;
            total += got;
            if (total > bound) {
                *error = tr("The leg %1 is larger than allowed.").arg(safeText(entries[i]));
                return false;
            }
            if (out.write(buffer.constData(), got) != got) {
                *error = tr("Cannot write %1: %2").arg(target, out.errorString());
                return false;
            }
        }
        entry.close();
        if (entry.getZipError() != UNZ_OK) {
            *error = tr("The leg %1 is damaged in the archive (checksum).").arg(safeText(entries[i]));
            return false;
        }
        if (!out.commit()) {
            *error = tr("Cannot write %1: %2").arg(target, out.errorString());
            return false;
        }
        *targets[i] = target;
    }
    *legs = result;
    return true;
}

bool RecordingLegs::mergeToStereo(const QString &leftWav, const QString &rightWav, const QString &stereoWav,
                                  QString *error, const std::atomic<bool> *cancel)
{
    QFile left(leftWav);
    QFile right(rightWav);
    WavInfo leftInfo;
    WavInfo rightInfo;
    if (!left.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot open %1: %2").arg(leftWav, left.errorString());
        return false;
    }
    if (!right.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot open %1: %2").arg(rightWav, right.errorString());
        return false;
    }
    if (!WavReader::read(&left, &leftInfo, error) || !WavReader::read(&right, &rightInfo, error))
        return false;
    if (!leftInfo.isPcm16() || !rightInfo.isPcm16() || leftInfo.format.channels != 1 ||
        rightInfo.format.channels != 1) {
        *error = tr("Both legs must be mono 16-bit PCM WAV files.");
        return false;
    }
    if (leftInfo.format.sampleRate != rightInfo.format.sampleRate) {
        *error = tr("The legs have different sample rates (%1 Hz and %2 Hz).")
                     .arg(leftInfo.format.sampleRate)
                     .arg(rightInfo.format.sampleRate);
        return false;
    }
    const qint64 frames = qMax(leftInfo.frameCount(), rightInfo.frameCount());
    const qint64 dataBytes = frames * 4;
    if (dataBytes > qint64(0xFFFFFFFF) - 36) {
        *error = tr("The recording is too long for one WAV file.");
        return false;
    }

    QSaveFile out(stereoWav);
    if (!out.open(QIODevice::WriteOnly)) {
        *error = tr("Cannot write %1: %2").arg(stereoWav, out.errorString());
        return false;
    }
    const QByteArray header =
        makeWavHeader(pcmFormat(2, leftInfo.format.sampleRate, 16), static_cast<quint32>(dataBytes));
    bool ok = out.write(header) == header.size();

    qint64 leftRemaining = leftInfo.frameCount() * 2;
    qint64 rightRemaining = rightInfo.frameCount() * 2;
    QByteArray leftBuffer(kChunkFrames * 2, Qt::Uninitialized);
    QByteArray rightBuffer(kChunkFrames * 2, Qt::Uninitialized);
    QByteArray stereo(kChunkFrames * 4, Qt::Uninitialized);
    for (qint64 done = 0; ok && done < frames;) {
        if (cancel && cancel->load(std::memory_order_relaxed)) {
            out.cancelWriting();
            *error = tr("Cancelled.");
            return false;
        }
        const qint64 n = qMin(kChunkFrames, frames - done);
        readFrames(&left, &leftRemaining, leftBuffer.data(), n);
        readFrames(&right, &rightRemaining, rightBuffer.data(), n);
        // Both are little-endian 16-bit: interleaving is a byte copy, no conversion.
        const char *l = leftBuffer.constData();
        const char *r = rightBuffer.constData();
        char *dst = stereo.data();
        for (qint64 i = 0; i < n; ++i) {
            dst[i * 4] = l[i * 2];
            dst[i * 4 + 1] = l[i * 2 + 1];
            dst[i * 4 + 2] = r[i * 2];
            dst[i * 4 + 3] = r[i * 2 + 1];
        }
        ok = out.write(stereo.constData(), n * 4) == n * 4;
        done += n;
    }
    if (!ok || !out.commit()) {
        *error = tr("Cannot write %1: %2").arg(stereoWav, out.errorString());
        return false;
    }
    return true;
}

} // namespace recdesk
