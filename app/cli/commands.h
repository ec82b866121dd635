#pragma once

#include "commandline.h"
#include "connection.h"
#include "domain/pagecursor.h"
#include "domain/recording.h"
#include "exitcodes.h"
#include "models/listingrange.h"
#include "output.h"
#include "transfer/uploadbatch.h"

#include <functional>
#include <memory>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QUuid>

namespace recdesk {
class ApiReply;
class RecordingContextSource;
class TransferQueue;
struct AnalyticsMetadata;
struct RecordingFacts;
} // namespace recdesk

namespace recdesk::cli {

// Runs one recdeskctl command on the event loop and emits finished(exit code) once.
class CommandRunner : public QObject
{
    Q_OBJECT
public:
    CommandRunner(const CliOptions &options, QObject *parent = nullptr);
    ~CommandRunner() override;

    void start();
    // Ctrl-C: cancels what runs (downloads drop their .part) and finishes with ExitCancelled.
    void cancel();

signals:
    void finished(int exitCode);

private:
    void done(int code);
    void fail(const ApiError &error, const QUuid &id = QUuid());
    // The error's sentence; a platform 404 about the id asked for names it (the GUI's sentence,
    // "refresh the list", is for a list that can be refreshed).
    QString errorText(const ApiError &error, const QUuid &id) const;
    // "No recording with id X on the platform (request id R).", or empty when the error is not that.
    QString notFoundText(const ApiError &error, const QUuid &id) const;
    bool parseIds(QList<QUuid> *ids);
    void runProfile();
    void runReviewsExport();
    void runList();
    void fetchNextPage(const QString &token);
    void finishList();
    int listedCount() const { return int(m_listed.size() + m_recordings.size()); }
    void runShow();
    void showItem(const QJsonObject &item);
    // Who and what: the session's look-ups, or none with --no-lookup.
    RecordingContextSource *context() const;
    RecordingFacts factsOf(const Recording &recording) const;
    QJsonObject recordingJson(const Recording &recording) const;
    // Looks up the calls and agents of these recordings, then calls then (at once if all known).
    void lookUp(const QList<Recording> &recordings, const std::function<void()> &then);
    void showNotice(const QString &text);
    void runDelete();
    void runDownload();
    void runUpload();
    void runSendToAnalytics();
    void sendToAnalytics();
    void runUploads(const UploadBatch &batch);
    void runTransfers();
    bool buildMetadata(const QString &localFile, const QString &defaultFileName, AnalyticsMetadata *metadata,
                       const RecordingFacts *facts = nullptr);

    CliOptions m_options;
    Output m_output;
    Connection m_connection;
    TransferQueue *m_queue = nullptr; // the workspace's
    QList<QUuid> m_ids;
    QList<QJsonObject> m_listed;       // files
    QList<Recording> m_recordings;     // recordings listed
    QHash<QUuid, Recording> m_fetched; // send-to-analytics: the recordings, for pre-filling
    int m_waiting = 0;
    PageCursor m_cursor;  // refuses a next_page_token that would never end the listing
    ListingRange m_range; // list --from/--to-day
    int m_dropped = 0;    // rows the server sent that could not be read
    QString m_droppedWhy; // the first reason
    QHash<QUuid, ApiError> m_failures;
    bool m_files = false;
    int m_exitCode = ExitOk;
    bool m_finished = false;
};

} // namespace recdesk::cli
