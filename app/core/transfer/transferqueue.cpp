#include "transferqueue.h"

#include "domain/analyticsmetadata.h"
#include "domain/jsonreader.h"
#include "downloadjob.h"
#include "net/session.h"
#include "transferlogging.h"
#include "uploadjob.h"

#include <QFileInfo>

namespace recdesk {

TransferQueue::TransferQueue(Session *session, const QString &storePath, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_store(storePath)
{
    m_downloadPolicy.maxAttempts = 8;
    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(1000);
    connect(&m_saveTimer, &QTimer::timeout, this, &TransferQueue::persistNow);
    QString error;
    m_items = m_store.load(&error);
    if (!error.isEmpty())
        qCWarning(lcTransfer) << "could not read the transfer queue" << m_store.path() << ":" << error;
    restoreAfterRestart();
    QMetaObject::invokeMethod(this, &TransferQueue::schedule, Qt::QueuedConnection);
}

TransferQueue::~TransferQueue()
{
    // Closing is not cancelling: downloads keep their .part and resume next time.
    const QList<QUuid> running = m_jobs.keys();
    for (const QUuid &id : running)
        stopJob(id, false);
    persistNow();
}

void TransferQueue::restoreAfterRestart()
{
    bool changed = false;
    for (TransferItem &item : m_items) {
        if (item.state != TransferItem::State::Running)
            continue;
        changed = true;
        const bool safeToRepeat =
            item.direction == TransferItem::Direction::Download ||
            item.destination == TransferItem::Destination::Analytics // refuses a second copy by FileName
            || !item.uploadMayHaveReachedServer;
        if (safeToRepeat) {
            item.state = TransferItem::State::Queued;
        } else {
            item.state = TransferItem::State::Failed;
            item.error = tr("Interrupted while uploading: it may or may not have reached %1. Check there, "
                            "then retry if it did not.")
                             .arg(TransferItem::destinationName(item.destination));
        }
    }
    if (changed)
        persistNow();
}

void TransferQueue::setSession(Session *session)
{
    const QList<QUuid> running = m_jobs.keys();
    for (const QUuid &id : running) {
        stopJob(id, false);
        const int row = indexOf(id);
        if (row >= 0) {
            m_items[row].state = TransferItem::State::Queued;
            emit itemChanged(row);
        }
    }
    m_session = session;
    persistNow();
    schedule();
}

void TransferQueue::setConcurrency(int limit)
{
    m_concurrency = std::max(1, limit);
    schedule();
}

int TransferQueue::indexOf(const QUuid &id) const
{
    for (int i = 0; i < m_items.size(); ++i)
        if (m_items.at(i).id == id)
            return i;
    return -1;
}

bool TransferQueue::isIdle() const
{
    for (const TransferItem &item : m_items)
        if (item.state == TransferItem::State::Queued || item.state == TransferItem::State::Running)
            return false;
    return true;
}

QUuid TransferQueue::add(TransferItem item)
{
    if (item.direction == TransferItem::Direction::Download) {
        for (const TransferItem &other : std::as_const(m_items)) {
            if (!other.isFinished() && other.direction == item.direction && other.source == item.source &&
                other.remoteId == item.remoteId && other.url == item.url && other.folder == item.folder)
                return other.id;
        }
    }
    item.id = QUuid::createUuid();
    item.added = QDateTime::currentDateTimeUtc();
    item.state = TransferItem::State::Queued;
    emit itemAboutToBeAdded(int(m_items.size()));
    m_items.append(item);
    emit itemAdded(int(m_items.size()) - 1);
    persistNow();
    QMetaObject::invokeMethod(this, &TransferQueue::schedule, Qt::QueuedConnection);
    return item.id;
}

QUuid TransferQueue::enqueueFileDownload(const QUuid &fileId, const QString &folder, const QString &name)
{
    TransferItem item;
    item.direction = TransferItem::Direction::Download;
    item.source = TransferItem::Source::PlatformFile;
    item.remoteId = fileId;
    item.folder = folder;
    item.name = name.isEmpty() ? uuidToWire(fileId) : name;
    return add(item);
}

QUuid TransferQueue::enqueueRecordingDownload(const QUuid &recordingId, const QString &folder)
{
    TransferItem item;
    item.direction = TransferItem::Direction::Download;
    item.source = TransferItem::Source::Recording;
    item.remoteId = recordingId;
    item.folder = folder;
    item.name = uuidToWire(recordingId) + QStringLiteral(".wav");
    return add(item);
}

QUuid TransferQueue::enqueueUrlDownload(const QUrl &url, const QString &folder, const QString &name)
{
    TransferItem item;
    item.direction = TransferItem::Direction::Download;
    item.source = TransferItem::Source::Url;
    item.url = url;
    item.folder = folder;
    item.name = name.isEmpty() ? url.fileName() : name;
    return add(item);
}

QUuid TransferQueue::enqueueUpload(const QString &localPath, TransferItem::Destination destination,
                                   const QJsonObject &metadata)
{
    TransferItem item;
    item.direction = TransferItem::Direction::Upload;
    item.destination = destination;
    item.localPath = QFileInfo(localPath).absoluteFilePath();
    item.name = QFileInfo(localPath).fileName();
    item.metadata = metadata;
    item.bytesTotal = QFileInfo(localPath).size();
    return add(item);
}

QUuid TransferQueue::enqueueRecordingToAnalytics(const QUuid &recordingId, const AnalyticsMetadata &metadata)
{
    TransferItem item;
    item.direction = TransferItem::Direction::Upload;
    item.destination = TransferItem::Destination::Analytics;
    item.recordingId = recordingId;
    item.name = metadata.fileName.isEmpty() ? uuidToWire(recordingId) : metadata.fileName;
    item.metadata = metadata.toJson();
    return add(item);
}

void TransferQueue::schedule()
{
    if (m_scheduling || !m_session)
        return;
    m_scheduling = true;
    for (int row = 0; row < m_items.size() && m_jobs.size() < m_concurrency; ++row)
        if (m_items.at(row).state == TransferItem::State::Queued)
            startJob(row);
    m_scheduling = false;
    if (m_jobs.isEmpty() && isIdle())
        emit idle();
}

void TransferQueue::startJob(int row)
{
    TransferItem &item = m_items[row];
    item.state = TransferItem::State::Running;
    item.error.clear();
    item.errorDetails.clear();
    item.bytesPerSecond = 0;
    item.secondsLeft = -1;
    TransferJob *job = nullptr;
    if (item.direction == TransferItem::Direction::Download) {
        auto *download = new DownloadJob(m_session, item, this);
        download->setRetryPolicy(m_downloadPolicy);
        job = download;
    } else {
        job = new UploadJob(m_session, item, this);
    }
    const QUuid id = item.id;
    m_jobs.insert(id, job);
    SpeedSample &sample = m_speed[id];
    sample.clock.start();
    sample.lastBytes = item.bytesDone;
    sample.lastMs = 0;
    connect(job, &TransferJob::progress, this,
            [this, id](qint64 done, qint64 total) { onJobProgress(id, done, total); });
    connect(job, &TransferJob::changed, this, [this, id] { onJobChanged(id); });
    connect(job, &TransferJob::finished, this,
            [this, id](const ApiError &error) { onJobFinished(id, error); });
    emit itemChanged(row);
    persistNow();
    job->start();
}

void TransferQueue::onJobProgress(const QUuid &id, qint64 done, qint64 total)
{
    const int row = indexOf(id);
    if (row < 0)
        return;
    TransferItem &item = m_items[row];
    item.bytesDone = done;
    if (total >= 0)
        item.bytesTotal = total;
    SpeedSample &sample = m_speed[id];
    const qint64 now = sample.clock.elapsed();
    if (now - sample.lastMs >= 500) {
        const double instant = double(done - sample.lastBytes) * 1000.0 / double(now - sample.lastMs);
        // A smoothed speed: steady enough to read, quick enough to follow a change.
        item.bytesPerSecond = item.bytesPerSecond <= 0 ? instant : 0.7 * item.bytesPerSecond + 0.3 * instant;
        sample.lastBytes = done;
        sample.lastMs = now;
        item.secondsLeft = (item.bytesTotal > 0 && item.bytesPerSecond > 1)
                               ? qint64((item.bytesTotal - done) / item.bytesPerSecond)
                               : -1;
        emit itemChanged(row);
        persistSoon();
    }
}

void TransferQueue::onJobChanged(const QUuid &id)
{
    const int row = indexOf(id);
    TransferJob *job = m_jobs.value(id);
    if (row < 0 || !job)
        return;
    TransferItem &item = m_items[row];
    const TransferItem &fromJob = job->item();
    item.name = fromJob.name;
    item.targetPath = fromJob.targetPath;
    item.etag = fromJob.etag;
    item.bytesTotal = fromJob.bytesTotal;
    item.uploadMayHaveReachedServer = fromJob.uploadMayHaveReachedServer;
    emit itemChanged(row);
    persistNow();
}

void TransferQueue::onJobFinished(const QUuid &id, const ApiError &error)
{
    TransferJob *job = m_jobs.take(id);
    m_speed.remove(id);
    const int row = indexOf(id);
    if (job) {
        if (row >= 0) {
            TransferItem &item = m_items[row];
            const TransferItem &fromJob = job->item();
            item.name = fromJob.name;
            item.targetPath = fromJob.targetPath;
            item.etag = fromJob.etag;
            item.bytesDone = fromJob.bytesDone;
            item.bytesTotal = fromJob.bytesTotal;
            item.result = fromJob.result;
            item.bytesPerSecond = 0;
            item.secondsLeft = -1;
            if (error.isError()) {
                item.state =
                    error.isCancelled() ? TransferItem::State::Cancelled : TransferItem::State::Failed;
                item.error = error.isCancelled() ? QString() : error.toDisplayString();
                item.errorDetails = error.details();
                qCInfo(lcTransfer) << item.name << "failed:"
                                   << error.details().replace(QLatin1Char('\n'), QLatin1String("; "));
            } else {
                item.state = TransferItem::State::Completed;
                item.uploadMayHaveReachedServer = false;
            }
            emit itemChanged(row);
        }
        job->deleteLater();
    }
    persistNow();
    if (error.isError() && !error.isCancelled())
        emit itemFailed(id, error);
    emit itemFinished(id);
    schedule();
}

void TransferQueue::stopJob(const QUuid &id, bool discardPartial)
{
    if (TransferJob *job = m_jobs.take(id)) {
        m_speed.remove(id);
        job->disconnect(this);
        // Keep what the job learnt (target path, ETag) so that a resume finds its .part.
        const int row = indexOf(id);
        if (row >= 0) {
            m_items[row].targetPath = job->item().targetPath;
            m_items[row].etag = job->item().etag;
            m_items[row].bytesDone = job->item().bytesDone;
        }
        job->stop(discardPartial);
        job->deleteLater();
    }
}

void TransferQueue::cancel(const QUuid &id)
{
    const int row = indexOf(id);
    if (row < 0 || m_items.at(row).isFinished())
        return;
    stopJob(id, true);
    TransferItem &item = m_items[row];
    item.state = TransferItem::State::Cancelled;
    item.bytesPerSecond = 0;
    item.secondsLeft = -1;
    emit itemChanged(row);
    persistNow();
    emit itemFinished(id);
    QMetaObject::invokeMethod(this, &TransferQueue::schedule, Qt::QueuedConnection);
}

void TransferQueue::retry(const QUuid &id)
{
    const int row = indexOf(id);
    if (row < 0)
        return;
    TransferItem &item = m_items[row];
    if (item.state != TransferItem::State::Failed && item.state != TransferItem::State::Cancelled)
        return;
    item.state = TransferItem::State::Queued;
    item.error.clear();
    item.errorDetails.clear();
    emit itemChanged(row);
    persistNow();
    QMetaObject::invokeMethod(this, &TransferQueue::schedule, Qt::QueuedConnection);
}

void TransferQueue::remove(const QUuid &id)
{
    const int row = indexOf(id);
    if (row < 0)
        return;
    stopJob(id, true);
    emit itemAboutToBeRemoved(row);
    m_items.removeAt(row);
    emit itemRemoved(row);
    persistNow();
    QMetaObject::invokeMethod(this, &TransferQueue::schedule, Qt::QueuedConnection);
}

void TransferQueue::clearFinished()
{
    for (int row = int(m_items.size()) - 1; row >= 0; --row) {
        if (!m_items.at(row).isFinished())
            continue;
        emit itemAboutToBeRemoved(row);
        m_items.removeAt(row);
        emit itemRemoved(row);
    }
    persistNow();
}

void TransferQueue::persistSoon()
{
    if (!m_saveTimer.isActive())
        m_saveTimer.start();
}

void TransferQueue::persistNow()
{
    m_saveTimer.stop();
    QString error;
    if (!m_store.save(m_items, &error))
        qCWarning(lcTransfer) << "could not save the transfer queue" << m_store.path() << ":" << error;
}

} // namespace recdesk
