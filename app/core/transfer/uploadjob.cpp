#include "uploadjob.h"

#include "domain/analyticsmetadata.h"
#include "net/session.h"
#include "transferlogging.h"

#include <QFileInfo>
#include <QJsonDocument>

namespace recdesk {

void UploadJob::start()
{
    if (!m_session) {
        emit finished(
            ApiError::local(ApiError::Service::Local, ApiError::Kind::Invalid, tr("Not connected")));
        return;
    }
    if (m_item.bytesTotal < 0 && !m_item.localPath.isEmpty())
        m_item.bytesTotal = QFileInfo(m_item.localPath).size();
    switch (m_item.destination) {
    case TransferItem::Destination::Platform:
        send(m_session->platform()->uploadFile(m_item.localPath,
                                               m_item.metadata.value(QLatin1String("name")).toString(),
                                               m_item.metadata.value(QLatin1String("detail")).toString()));
        return;
    case TransferItem::Destination::Assistant:
        send(m_session->assistant()->uploadFile(m_item.localPath));
        return;
    case TransferItem::Destination::Analytics:
        if (!m_item.recordingId.isNull()) {
            // Nothing is re-uploaded: the service fetches the recording from its signed URL.
            ApiReply *location = m_session->platform()->recordingDownloadLocation(m_item.recordingId);
            m_reply = location;
            connect(location, &ApiReply::finished, this, [this, location] { sendSignedUrl(location); });
            return;
        }
        DecodeProblems problems;
        send(m_session->analytics()->uploadFile(m_item.localPath,
                                                AnalyticsMetadata::fromJson(m_item.metadata, &problems)));
        return;
    }
}

void UploadJob::sendSignedUrl(ApiReply *locationReply)
{
    if (m_stopped)
        return;
    if (!locationReply->isOk()) {
        onFinished(locationReply);
        return;
    }
    DecodeProblems problems;
    send(m_session->analytics()->uploadSignedUrl(locationReply->redirectUrl(),
                                                 AnalyticsMetadata::fromJson(m_item.metadata, &problems)));
}

void UploadJob::send(ApiReply *reply)
{
    m_reply = reply;
    connect(reply, &ApiReply::uploadProgress, this, [this](qint64 sent, qint64 total) {
        if (sent > 0 && !m_item.uploadMayHaveReachedServer) {
            m_item.uploadMayHaveReachedServer = true;
            emit changed();
        }
        // The multipart envelope adds a few hundred bytes: report the file's share.
        const qint64 fileSize = m_item.bytesTotal > 0 ? m_item.bytesTotal : total;
        m_item.bytesDone = total > 0 ? sent * fileSize / total : sent;
        emit progress(m_item.bytesDone, fileSize);
    });
    connect(reply, &ApiReply::finished, this, [this, reply] { onFinished(reply); });
}

void UploadJob::onFinished(ApiReply *reply)
{
    if (m_stopped)
        return;
    m_reply = nullptr;
    if (!reply->isOk()) {
        emit finished(reply->error());
        return;
    }
    const QJsonDocument doc = QJsonDocument::fromJson(reply->body());
    m_item.result = doc.isObject() ? doc.object() : QJsonObject();
    if (m_item.bytesTotal > 0)
        m_item.bytesDone = m_item.bytesTotal;
    qCInfo(lcTransfer) << "uploaded" << m_item.name << "to"
                       << TransferItem::destinationName(m_item.destination);
    emit finished(ApiError());
}

void UploadJob::stop(bool discardPartial)
{
    Q_UNUSED(discardPartial)
    m_stopped = true;
    if (m_reply)
        m_reply->abort();
}

} // namespace recdesk
