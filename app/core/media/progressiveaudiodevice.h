#pragma once

#include "audioarrival.h"

#include <atomic>
#include <QFile>
#include <QIODevice>

namespace recdesk {

// Reads a recording's file while it is still being fetched, for QMediaPlayer::setSourceDevice:
// playback starts with the first bytes instead of the last.
//
// Two ways to read, because the media backends ask in two ways:
// - RandomAccess (FFmpeg, Qt 6.5 and later): the backend reads on its own threads, so a read past
//   what has arrived waits there for the bytes; seeking works anywhere, and beyond the arrived
//   part it waits. On the owner's (GUI) thread a read never waits.
// - Sequential (GStreamer's appsrc, Qt 6.4): the backend reads on the GUI thread and takes a short
//   random-access read as the end of the stream, so the device is a stream: reads never wait,
//   readyRead() says more has come, and the player cannot seek until the file is whole.
class ProgressiveAudioDevice : public QIODevice
{
    Q_OBJECT
public:
    enum class Mode { RandomAccess, Sequential };

    ProgressiveAudioDevice(const QString &path, AudioArrivalPtr arrival, Mode mode,
                           QObject *parent = nullptr);
    ~ProgressiveAudioDevice() override;

    // The mode this build's default media backend needs.
    static Mode modeForThisQt();

    bool open(OpenMode mode) override;
    void close() override;
    bool isSequential() const override { return m_mode == Mode::Sequential; }
    qint64 size() const override;
    bool seek(qint64 pos) override;
    bool atEnd() const override;
    qint64 bytesAvailable() const override;

    // A stream that begins at byte fileOffset of the file, behind `header` (a WAV header for
    // what follows): how a stream seeks within what has arrived. Call before open().
    void startAt(qint64 fileOffset, const QByteArray &header);

    // Tells the device that more bytes (or the end) arrived: emits readyRead().
    void notifyArrival();
    // Ends every wait at once: a reader gets what there is (the player is being torn down).
    void stopWaiting();

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QFile m_file;
    AudioArrivalPtr m_arrival;
    Mode m_mode;
    quint64 m_generation = 0;
    std::atomic_bool m_stopWaiting{false};
    std::atomic<qint64> m_offset{0}; // the next byte to read (QIODevice keeps no pos() for a stream)
    QByteArray m_prefix;             // served before the file's bytes (startAt)
    qint64 m_fileStart = 0;          // the file's byte served right after the prefix

    // The file's byte for a position of the device, or -1 while in the prefix.
    qint64 fileByteAt(qint64 offset) const
    {
        return offset < m_prefix.size() ? -1 : m_fileStart + offset - m_prefix.size();
    }
};

} // namespace recdesk
