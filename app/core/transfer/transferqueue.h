#pragma once

#include "net/retrypolicy.h"
#include "net/session.h"
#include "transferitem.h"
#include "transferstore.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace recdesk {

struct AnalyticsMetadata;
class TransferJob;

// Downloads and uploads, run a few at a time (default 3), persisted so that a crash or restart
// loses and duplicates nothing: unfinished downloads resume from their .part, uploads that may
// have reached the server are not sent again without the user's say.
class TransferQueue : public QObject
{
    Q_OBJECT
public:
    static constexpr int kDefaultConcurrency = 3;

    // storePath: where the queue is persisted (empty: not persisted).
    explicit TransferQueue(Session *session, const QString &storePath = TransferStore::defaultPath(),
                           QObject *parent = nullptr);
    ~TransferQueue() override;

    // Another profile: running transfers stop (keeping their .part) and wait for the new session.
    void setSession(Session *session);
    Session *session() const { return m_session; }
    int concurrency() const { return m_concurrency; }
    void setConcurrency(int limit);
    void setDownloadRetryPolicy(const RetryPolicy &policy) { m_downloadPolicy = policy; }

    // Each returns the item's id. Asking again for a download that is already waiting or
    // running into the same folder returns the existing item instead of a duplicate.
    QUuid enqueueFileDownload(const QUuid &fileId, const QString &folder, const QString &name = QString());
    QUuid enqueueRecordingDownload(const QUuid &recordingId, const QString &folder);
    QUuid enqueueUrlDownload(const QUrl &url, const QString &folder, const QString &name = QString());
    // metadata: AnalyticsMetadata::toJson() for analytics; {"name","detail"} (optional) for the platform.
    QUuid enqueueUpload(const QString &localPath, TransferItem::Destination destination,
                        const QJsonObject &metadata = QJsonObject());
    // The service fetches the recording itself from its signed URL.
    QUuid enqueueRecordingToAnalytics(const QUuid &recordingId, const AnalyticsMetadata &metadata);

    void cancel(const QUuid &id);
    // Queues a failed or cancelled item again (a download resumes its .part).
    void retry(const QUuid &id);
    void remove(const QUuid &id);
    void clearFinished();

    int count() const { return int(m_items.size()); }
    const TransferItem &at(int row) const { return m_items.at(row); }
    int indexOf(const QUuid &id) const;
    const QList<TransferItem> &items() const { return m_items; }
    // Nothing queued or running.
    bool isIdle() const;
    int runningCount() const { return int(m_jobs.size()); }

signals:
    // Around each append, so that a model can begin/end its row insertion.
    void itemAboutToBeAdded(int row);
    void itemAdded(int row);
    void itemChanged(int row);
    void itemAboutToBeRemoved(int row);
    void itemRemoved(int row);
    void itemFinished(const QUuid &id);
    // The typed error behind a failed item (the item keeps its sentence and details).
    void itemFailed(const QUuid &id, const recdesk::ApiError &error);
    void idle();

private:
    QUuid add(TransferItem item);
    void schedule();
    void startJob(int row);
    void onJobProgress(const QUuid &id, qint64 done, qint64 total);
    void onJobChanged(const QUuid &id);
    void onJobFinished(const QUuid &id, const ApiError &error);
    void stopJob(const QUuid &id, bool discardPartial);
    void persistSoon();
    void persistNow();
    void restoreAfterRestart();

    struct SpeedSample
    {
        QElapsedTimer clock;
        qint64 lastBytes = 0;
        qint64 lastMs = 0;
    };

    QPointer<Session> m_session;
    TransferStore m_store;
    QList<TransferItem> m_items;
    QHash<QUuid, TransferJob *> m_jobs;
    QHash<QUuid, SpeedSample> m_speed;
    RetryPolicy m_downloadPolicy;
    QTimer m_saveTimer;
    int m_concurrency = kDefaultConcurrency;
    bool m_scheduling = false;
};

} // namespace recdesk
