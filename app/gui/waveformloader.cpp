#include "waveformloader.h"

#include "media/recordinglegs.h"
#include "media/waveformjob.h"
#include "media/waveformpeaks.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QThreadPool>

namespace recdesk::gui {

WaveformLoader::WaveformLoader(QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
{
    m_job = new WaveformJob(this);
    connect(m_job, &WaveformJob::finished, this,
            [this](const WaveformPeaks &peaks) { emit peaksReady(m_recordingId, channelsFrom(peaks)); });
    connect(m_job, &WaveformJob::failed, this, [this](const QString &message) {
        emit failed(m_recordingId, tr("The waveform could not be drawn."), message);
    });
}

WaveformLoader::~WaveformLoader()
{
    cancel();
}

QList<WaveformChannel> WaveformLoader::channelsFrom(const WaveformPeaks &peaks)
{
    QList<WaveformChannel> out(peaks.channelCount());
    const QVector<float> values = peaks.normalised();
    const int channels = peaks.channelCount();
    for (int c = 0; c < channels; ++c) {
        out[c].mins.resize(peaks.bucketCount());
        out[c].maxs.resize(peaks.bucketCount());
    }
    for (int b = 0; b < peaks.bucketCount(); ++b) {
        for (int c = 0; c < channels; ++c) {
            const qsizetype at = (qsizetype(b) * channels + c) * 2;
            out[c].mins[b] = values.at(at);
            out[c].maxs[b] = values.at(at + 1);
        }
    }
    return out;
}

void WaveformLoader::cancel()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
    m_job->cancel();
}

void WaveformLoader::load(const QUuid &recordingId, const QUrl &signedUrl, int buckets)
{
    cancel();
    m_recordingId = recordingId;
    m_buckets = buckets;
    m_localFile.clear();
    // A signed URL carries its own authorisation: no headers, no cookies, no credentials.
    QNetworkRequest request(signedUrl);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setTransferTimeout(30000);
    m_reply = m_nam->get(request);
    connect(m_reply, &QNetworkReply::finished, this, &WaveformLoader::onDownloaded);
}

void WaveformLoader::onDownloaded()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    reply->deleteLater();
    m_reply.clear();
    if (reply->error() != QNetworkReply::NoError) {
        emit failed(m_recordingId, tr("The audio could not be downloaded for the waveform."),
                    tr("%1 (HTTP %2)")
                        .arg(reply->errorString())
                        .arg(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt()));
        return;
    }
    const QByteArray body = reply->readAll();
    const bool isZip = body.startsWith("PK");
    const QString path = m_dir.filePath(m_recordingId.toString(QUuid::WithoutBraces) +
                                        (isZip ? QStringLiteral(".zip") : QStringLiteral(".wav")));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(body) != body.size()) {
        emit failed(m_recordingId, tr("The audio could not be saved to a temporary file."),
                    file.errorString());
        return;
    }
    file.close();
    if (isZip) {
        // Live platform: two legs in a ZIP. Join them into one stereo WAV (in = left, out = right)
        // off the GUI thread, then play and draw that.
        const QUuid id = m_recordingId;
        const QString dir = m_dir.path();
        QPointer<WaveformLoader> self(this);
        QThreadPool::globalInstance()->start([self, id, path, dir] {
            RecordingLegs::Paths legs;
            QString error;
            const QString stereo =
                QDir(dir).filePath(id.toString(QUuid::WithoutBraces) + QStringLiteral("-stereo.wav"));
            const bool ok = RecordingLegs::extract(path, dir, &legs, &error) &&
                            RecordingLegs::mergeToStereo(legs.in, legs.out, stereo, &error);
            QMetaObject::invokeMethod(
                qApp,
                [self, id, ok, stereo, error] {
                    if (self)
                        self->onLegsMerged(id, ok, stereo, error);
                },
                Qt::QueuedConnection);
        });
        return;
    }
    m_localFile = path;
    emit audioReady(m_recordingId, path, false);
    m_job->start(path, m_buckets);
}

void WaveformLoader::onLegsMerged(const QUuid &id, bool ok, const QString &stereoPath, const QString &error)
{
    if (id != m_recordingId)
        return; // the user moved on
    if (!ok) {
        emit failed(id, tr("The two legs of this recording could not be joined."), error);
        return;
    }
    m_localFile = stereoPath;
    emit audioReady(id, stereoPath, true);
    m_job->start(stereoPath, m_buckets);
}

} // namespace recdesk::gui
