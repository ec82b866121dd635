#pragma once

#include <atomic>
#include <QCoreApplication>
#include <QString>

namespace recdesk {

// The live platform delivers a recording as a ZIP holding one WAV per leg ("..._in.wav" and
// "..._out.wav") instead of one WAV. These helpers tell the two apart by content, take the legs
// out of the ZIP, and join two mono legs into one stereo WAV (in = left, out = right) so that a
// player plays both together. Everything streams file to file.
class RecordingLegs
{
    Q_DECLARE_TR_FUNCTIONS(RecordingLegs)

public:
    struct Paths
    {
        QString in;
        QString out;
    };

    // A ZIP starts with "PK" (local file header, or an empty archive's end record).
    static bool looksLikeZip(const QByteArray &head);
    static bool isZipFile(const QString &path);

    // Writes the two legs into directory (under their own file names made safe, without any
    // folders from the archive, never over an existing file). Fails unless both an "_in.wav" and
    // an "_out.wav" entry exist. A leg larger than its archive allows (the size it declares, and
    // 1032 times the bytes it takes compressed: deflate's limit), or than maxLegBytes, is refused:
    // a hostile archive must not fill the disk.
    static bool extract(const QString &zipPath, const QString &directory, Paths *legs, QString *error,
                        qint64 maxLegBytes = qint64(2) * 1024 * 1024 * 1024);

    // Interleaves two mono 16-bit PCM WAVs of the same sample rate into one stereo WAV; the
    // shorter leg is padded with silence.
    static bool mergeToStereo(const QString &leftWav, const QString &rightWav, const QString &stereoWav,
                              QString *error, const std::atomic<bool> *cancel = nullptr);
};

} // namespace recdesk
