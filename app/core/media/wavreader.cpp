#include "wavreader.h"

#include <cstring>
#include <QFile>
#include <QtEndian>

namespace recdesk {
namespace {

constexpr qint64 kChunkHeaderSize = 8;

quint16 le16(const char *p)
{
    return qFromLittleEndian<quint16>(p);
}
quint32 le32(const char *p)
{
    return qFromLittleEndian<quint32>(p);
}

bool readExactly(QIODevice *device, qint64 pos, char *buffer, qint64 size)
{
    return device->seek(pos) && device->read(buffer, size) == size;
}

} // namespace

bool WavReader::readFile(const QString &path, WavInfo *info, QString *error)
{
    QFile file(path);
    return openFile(&file, path, info, error);
}

bool WavReader::openFile(QFile *file, const QString &path, WavInfo *info, QString *error)
{
    file->setFileName(path);
    if (!file->open(QIODevice::ReadOnly)) {
        *error = tr("Cannot open %1: %2").arg(path, file->errorString());
        return false;
    }
    return read(file, info, error);
}

bool WavReader::read(QIODevice *device, WavInfo *info, QString *error)
{
    if (!device || !device->isOpen() || device->isSequential()) {
        *error = tr("The audio cannot be read (not an open, seekable file).");
        return false;
    }
    const qint64 size = device->size();
    char head[12];
    if (size < 12 || !readExactly(device, 0, head, 12)) {
        *error = tr("The file is too short to be a WAV file.");
        return false;
    }
    if (std::memcmp(head, "RIFF", 4) != 0 || std::memcmp(head + 8, "WAVE", 4) != 0) {
        *error = tr("The file is not a WAV file (no RIFF/WAVE header).");
        return false;
    }

    WavInfo result;
    bool haveFormat = false;
    bool haveData = false;
    qint64 pos = 12;
    // Every step moves forward by at least a chunk header, so this ends on any input.
    while (pos + kChunkHeaderSize <= size && !(haveFormat && haveData)) {
        char chunk[kChunkHeaderSize];
        if (!readExactly(device, pos, chunk, kChunkHeaderSize))
            break;
        const qint64 chunkSize = le32(chunk + 4);
        const qint64 body = pos + kChunkHeaderSize;
        const qint64 available = size - body;

        if (std::memcmp(chunk, "fmt ", 4) == 0) {
            if (chunkSize < 16) {
                *error = tr("The WAV format chunk is too short (%1 bytes).").arg(chunkSize);
                return false;
            }
            char fmt[40] = {};
            const qint64 wanted = qMin<qint64>(chunkSize, sizeof fmt);
            if (available < wanted || !readExactly(device, body, fmt, wanted)) {
                *error = tr("The WAV file is cut off inside its format chunk.");
                return false;
            }
            WavFormat &f = result.format;
            f.formatTag = le16(fmt);
            f.channels = le16(fmt + 2);
            f.sampleRate = le32(fmt + 4);
            f.byteRate = le32(fmt + 8);
            f.blockAlign = le16(fmt + 12);
            f.bitsPerSample = le16(fmt + 14);
            // WAVE_FORMAT_EXTENSIBLE: the real format is the first two bytes of the sub-format GUID.
            if (f.formatTag == WavFormat::kExtensible && wanted >= 26 && le16(fmt + 16) >= 22)
                f.formatTag = le16(fmt + 24);
            haveFormat = true;
        } else if (std::memcmp(chunk, "data", 4) == 0) {
            result.dataOffset = body;
            if (chunkSize > available) {
                result.truncated = true;
                result.dataLength = qMax<qint64>(available, 0);
            } else {
                result.dataLength = chunkSize;
            }
            haveData = true;
        }
        // Chunks are padded to an even size.
        pos = body + chunkSize + (chunkSize & 1);
    }

    if (!haveFormat) {
        *error = tr("The WAV file has no format chunk.");
        return false;
    }
    if (!haveData) {
        *error = tr("The WAV file has no audio data chunk.");
        return false;
    }
    const WavFormat &f = result.format;
    if (f.formatTag != WavFormat::kPcm && f.formatTag != WavFormat::kIeeeFloat) {
        *error = tr("The WAV file uses an encoding that is not supported (format %1).").arg(f.formatTag);
        return false;
    }
    const bool bitsOk = f.formatTag == WavFormat::kPcm ? (f.bitsPerSample == 8 || f.bitsPerSample == 16 ||
                                                          f.bitsPerSample == 24 || f.bitsPerSample == 32)
                                                       : (f.bitsPerSample == 32 || f.bitsPerSample == 64);
    if (f.channels == 0 || f.channels > 32 || f.sampleRate == 0 || f.sampleRate > 1'000'000 || !bitsOk) {
        *error = tr("The WAV format is not valid (%1 channels, %2 Hz, %3 bits).")
                     .arg(f.channels)
                     .arg(f.sampleRate)
                     .arg(f.bitsPerSample);
        return false;
    }
    if (f.blockAlign != f.channels * (f.bitsPerSample / 8)) {
        *error = tr("The WAV format is inconsistent (block size %1 for %2 channels of %3 bits).")
                     .arg(f.blockAlign)
                     .arg(f.channels)
                     .arg(f.bitsPerSample);
        return false;
    }
    if (!device->seek(result.dataOffset)) {
        *error = tr("The audio data cannot be reached.");
        return false;
    }
    *info = result;
    return true;
}

} // namespace recdesk
