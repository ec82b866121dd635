#pragma once

#include "net/apireply.h"
#include "net/retrypolicy.h"
#include "transferjob.h"

#include <QElapsedTimer>
#include <QFile>
#include <QPointer>
#include <QTimer>
#include <QUrl>

class QNetworkReply;

namespace recdesk {

// Downloads a platform file, a recording or a plain URL into <target>.part, resuming with
// Range/If-Range after a dropped connection, fetching a fresh signed URL when the old one has
// expired, and renaming to the target only when the size is verified. The signed URL is fetched
// without any of the platform's credentials.
class DownloadJob : public TransferJob
{
    Q_OBJECT
public:
    DownloadJob(Session *session, const TransferItem &item, QObject *parent = nullptr);
    ~DownloadJob() override;

    void start() override;
    void stop(bool discardPartial) override;

    void setRetryPolicy(const RetryPolicy &policy) { m_policy = policy; }
    // Writes straight into item().targetPath (it must be set), with no .part and no rename, and
    // keeps a ZIP as it came: for a cache whose file is read while it grows (a rename under an
    // open reader fails on Windows). The cache keeps its own record of what is complete.
    void setWriteInPlace(bool inPlace) { m_inPlace = inPlace; }
    // Gives up when this long passes without a byte beyond the most ever on disk, whatever the
    // retries (the time side of the budget; kMaxTotalAttempts is the other).
    void setStallBudgetMs(qint64 ms) { m_stallBudgetMs = ms; }
    // The file being written, while it is written (the .part, or the target in place).
    QString writingPath() const;
    static constexpr qint64 kReadBufferBytes = 1024 * 1024;
    static constexpr int kWriteChunkBytes = 256 * 1024;
    static constexpr int kMaxUrlRefreshes = 5;
    static constexpr int kMaxRedirects = 5;        // hops in a row before an answer with the file
    static constexpr int kMaxTotalAttempts = 1000; // requests to the download server, whatever happens
    static constexpr qint64 kDefaultStallBudgetMs = 10 * 60 * 1000;

private:
    bool startFromCache();
    void resolve();
    void resolveFromLocation(ApiReply *reply);
    void beginTransfer();
    bool checkResponse();
    void followRedirect(QNetworkReply *reply, int status);
    bool isAllowedDownloadUrl(const QUrl &url) const;
    void failNow(const ApiError &error); // aborts the running reply too
    void abortReply();
    void onReadyRead();
    void onFinished();
    void retryLater(const ApiError &error);
    void refreshUrl(const ApiError &error);
    void restartFromZero();
    void complete();
    void finishComplete();
    void fail(const ApiError &error);
    bool writeAvailable();
    ApiError signedUrlError(QNetworkReply *reply, const QByteArray &body) const;

    RetryPolicy m_policy;
    QPointer<ApiReply> m_apiReply;
    QPointer<QNetworkReply> m_reply;
    QFile m_part;
    QByteArray m_chunk; // reused read buffer
    QTimer m_retryTimer;
    QUrl m_signedUrl;
    qint64 m_expectedTotal = -1;
    int m_failures = 0;          // in a row without progress
    int m_redirects = 0;         // hops followed since the last signed URL
    int m_attempts = 0;          // requests to the download server in all
    qint64 m_highWater = 0;      // the most bytes ever on disk: only going past it is progress
    qint64 m_apiSize = -1;       // the file's size as the platform lists it, when known
    bool m_rangeIgnored = false; // the server answered a resume with the whole file
    bool m_partIsOurs = false;   // the .part was opened by this job (created, or resumed as a plain file)
    ApiError m_refusal;          // set by checkResponse: an answer that must not be saved
    int m_refreshes = 0;         // in a row without progress
    bool m_responseChecked = false;
    bool m_responseUsable = false;
    bool m_stopped = false;
    bool m_done = false;
    bool m_inPlace = false;
    qint64 m_stallBudgetMs = kDefaultStallBudgetMs;
    QElapsedTimer m_sinceProgress; // restarted whenever the high-water mark moves
};

} // namespace recdesk
