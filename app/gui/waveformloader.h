#pragma once

#include "waveformwidget.h"

#include <QObject>
#include <QPointer>
#include <QTemporaryDir>
#include <QUrl>
#include <QUuid>

class QNetworkAccessManager;
class QNetworkReply;

namespace recdesk {
class WaveformJob;
class WaveformPeaks;
} // namespace recdesk

namespace recdesk::gui {

// Fetches a recording's audio from its signed URL (no credentials) into a temporary file and
// computes its waveform on a worker thread (WaveformJob). A ZIP of two legs (live platform) is
// reported as such so that the caller can play the legs together. One recording at a time:
// load() drops the previous one.
class WaveformLoader : public QObject
{
    Q_OBJECT
public:
    explicit WaveformLoader(QNetworkAccessManager *nam, QObject *parent = nullptr);
    ~WaveformLoader() override;

    void load(const QUuid &recordingId, const QUrl &signedUrl, int buckets = 2000);
    void cancel();
    QUuid recordingId() const { return m_recordingId; }
    // The last fully downloaded WAV (e.g. for a drag out), empty when none.
    QString localFile() const { return m_localFile; }

    // Peaks (for each bucket, for each channel, min then max) as one lane per channel.
    static QList<WaveformChannel> channelsFrom(const WaveformPeaks &peaks);

signals:
    // The audio is on disk: localPath is a WAV the player can use (for legs: both as stereo).
    void audioReady(const QUuid &recordingId, const QString &localPath, bool isLegs);
    void peaksReady(const QUuid &recordingId, const QList<recdesk::gui::WaveformChannel> &channels);
    void failed(const QUuid &recordingId, const QString &message, const QString &details);

private:
    void onDownloaded();
    void onLegsMerged(const QUuid &id, bool ok, const QString &stereoPath, const QString &error);

    QNetworkAccessManager *m_nam;
    QTemporaryDir m_dir;
    QPointer<QNetworkReply> m_reply;
    recdesk::WaveformJob *m_job = nullptr;
    QUuid m_recordingId;
    QString m_localFile;
    int m_buckets = 2000;
};

} // namespace recdesk::gui
