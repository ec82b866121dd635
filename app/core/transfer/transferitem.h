#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QUrl>
#include <QUuid>

namespace recdesk {

// One entry of the transfer queue. What is persisted (toJson) is enough to resume after a crash
// or restart; speed and time left are only kept while running. No secrets, no signed URLs.
struct TransferItem
{
    Q_DECLARE_TR_FUNCTIONS(TransferItem)
public:
    enum class Direction { Download, Upload };
    enum class State { Queued, Running, Completed, Failed, Cancelled };
    // What a download fetches.
    enum class Source { PlatformFile, Recording, Url };
    // Where an upload goes.
    enum class Destination { Platform, Analytics, Assistant };

    QUuid id;
    Direction direction = Direction::Download;
    State state = State::Queued;
    QString name; // for people: file name or recording id
    QDateTime added;

    // Downloads
    Source source = Source::PlatformFile;
    QUuid remoteId;     // file or recording id
    QUrl url;           // Source::Url only (a plain URL; never a signed one of the platform)
    QString folder;     // where it goes
    QString targetPath; // chosen once (never overwriting), kept across restarts
    QByteArray etag;    // of the .part's content, for If-Range

    // Uploads
    Destination destination = Destination::Platform;
    QString localPath;
    QUuid recordingId;                       // analytics: send this recording's signed URL instead of a file
    QJsonObject metadata;                    // analytics metadata, or {"name","detail"} for the platform
    bool uploadMayHaveReachedServer = false; // set while an upload's body is on the wire

    qint64 bytesDone = 0;
    qint64 bytesTotal = -1; // -1: unknown
    QString error;          // a sentence for people
    QString errorDetails;
    QJsonObject result; // the server's answer (File, upload result) or {"path": ...}

    // Runtime only
    double bytesPerSecond = 0;
    qint64 secondsLeft = -1;

    bool isFinished() const
    {
        return state == State::Completed || state == State::Failed || state == State::Cancelled;
    }
    int progressPercent() const;

    QJsonObject toJson() const;
    static TransferItem fromJson(const QJsonObject &object);

    static QString stateName(State state);         // translated
    static QString directionName(Direction d);     // translated
    static QString destinationName(Destination d); // translated
    static QString toWire(State state);
};

} // namespace recdesk
