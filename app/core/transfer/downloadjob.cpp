#include "downloadjob.h"

#include "domain/jsonreader.h"
#include "domain/platformfile.h"
#include "filenamesanitizer.h"
#include "media/recordingaudioservice.h"
#include "media/recordinglegs.h"
#include "net/replyguard.h"
#include "net/serviceclient.h"
#include "net/session.h"
#include "transferlogging.h"
#include "util/backgroundtask.h"

#include <QDir>
#include <QFileInfo>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>

namespace recdesk {

namespace {

// "bytes 100-999/1000" -> start 100, total 1000 (total -1 when "*").
bool parseContentRange(const QByteArray &value, qint64 *start, qint64 *total)
{
    static const QRegularExpression re(QStringLiteral("^bytes\\s+(\\d+)-(\\d+)/(\\d+|\\*)$"));
    const QRegularExpressionMatch m = re.match(QString::fromLatin1(value.trimmed()));
    if (!m.hasMatch())
        return false;
    *start = m.captured(1).toLongLong();
    *total = m.captured(3) == QLatin1String("*") ? -1 : m.captured(3).toLongLong();
    return true;
}

bool isOnLoopback(const QUrl &url)
{
    const QHostAddress host(url.host());
    return url.host() == QLatin1String("localhost") || (!host.isNull() && host.isLoopback());
}

// "https:", "file:", ... for a sentence about an address (never the address itself: it is signed).
QString schemeLabel(const QUrl &url)
{
    return url.scheme().isEmpty() ? DownloadJob::tr("scheme-less") : url.scheme().left(20) + QLatin1Char(':');
}

// "bytes */1000" on a 416.
qint64 totalFromUnsatisfiedRange(const QByteArray &value)
{
    const int slash = value.lastIndexOf('/');
    bool ok = false;
    const qint64 total = slash >= 0 ? value.mid(slash + 1).trimmed().toLongLong(&ok) : -1;
    return ok ? total : -1;
}

} // namespace

DownloadJob::DownloadJob(Session *session, const TransferItem &item, QObject *parent)
    : TransferJob(session, item, parent)
{
    m_policy.maxAttempts = 8;
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &DownloadJob::beginTransfer);
}

DownloadJob::~DownloadJob()
{
    if (!m_done && !m_stopped)
        stop(false);
}

QString DownloadJob::writingPath() const
{
    return m_inPlace ? m_item.targetPath : FileNameSanitizer::partPathFor(m_item.targetPath);
}

void DownloadJob::start()
{
    m_failures = 0;
    m_refreshes = 0;
    m_sinceProgress.start();
    if (!m_session) {
        fail(ApiError::local(ApiError::Service::Platform, ApiError::Kind::Invalid, tr("Not connected")));
        return;
    }
    if (!startFromCache())
        resolve();
}

bool DownloadJob::startFromCache()
{
    RecordingAudioService *audio = m_session->recordingAudioIfStarted();
    if (m_inPlace || m_item.source != TransferItem::Source::Recording || !audio ||
        !audio->cache().isComplete(m_item.remoteId))
        return false;
    // The player already fetched this recording: copy it from the profile's cache, file to file
    // on a pool thread, instead of fetching it again. complete() then treats it like any download.
    if (m_item.name.isEmpty())
        m_item.name = uuidToWire(m_item.remoteId) + QStringLiteral(".wav");
    if (m_item.targetPath.isEmpty()) {
        QDir().mkpath(m_item.folder);
        m_item.targetPath = FileNameSanitizer::uniquePath(
            m_item.folder, FileNameSanitizer::sanitize(m_item.name, uuidToWire(m_item.remoteId)));
        emit changed();
    }
    const QString source = audio->cache().audioPath(m_item.remoteId);
    const QString part = writingPath();
    if (QFileInfo::exists(part))
        return false; // an earlier attempt's .part: resume it the usual way
    qCInfo(lcTransfer) << m_item.name << "comes from the audio cache";
    runInBackground(
        this, [source, part] { return QFile::copy(source, part); },
        [this, part](bool ok) {
            if (m_stopped)
                return;
            if (!ok) {
                QFile::remove(part);
                resolve(); // the cache let us down: fetch it after all
                return;
            }
            m_part.setFileName(part);
            m_partIsOurs = true;
            complete();
        });
    return true;
}

void DownloadJob::resolve()
{
    m_redirects = 0; // a fresh signed URL starts a fresh chain of redirects
    PlatformClient *platform = m_session->platform();
    switch (m_item.source) {
    case TransferItem::Source::Url:
        m_signedUrl = m_item.url;
        if (m_item.name.isEmpty())
            m_item.name = m_item.url.fileName();
        QMetaObject::invokeMethod(this, &DownloadJob::beginTransfer, Qt::QueuedConnection);
        return;
    case TransferItem::Source::Recording:
        m_apiReply = platform->recordingDownloadLocation(m_item.remoteId);
        connect(m_apiReply, &ApiReply::finished, this,
                [this, reply = m_apiReply.data()] { resolveFromLocation(reply); });
        return;
    case TransferItem::Source::PlatformFile: {
        ApiReply *reply = platform->getFile(m_item.remoteId);
        m_apiReply = reply;
        connect(reply, &ApiReply::finished, this, [this, reply] {
            if (!reply->isOk()) {
                fail(reply->error());
                return;
            }
            DecodeProblems problems;
            const PlatformFile file = PlatformFile::fromJson(
                parseJsonObject(reply->body(), QStringLiteral("file"), &problems), &problems);
            if (m_item.name.isEmpty() || m_item.name == uuidToWire(m_item.remoteId))
                m_item.name = !file.filename.isEmpty() ? file.filename : file.name;
            if (file.filesize > 0) {
                m_item.bytesTotal = file.filesize;
                m_apiSize = file.filesize;
            }
            if (file.downloadUrlIsFresh(Timestamp::now())) {
                m_signedUrl = QUrl(file.downloadUrl);
                beginTransfer();
                return;
            }
            // No usable uri_download: ask for a fresh signed URL (307).
            m_apiReply = m_session->platform()->fileDownloadLocation(m_item.remoteId);
            connect(m_apiReply, &ApiReply::finished, this,
                    [this, r = m_apiReply.data()] { resolveFromLocation(r); });
        });
        return;
    }
    }
}

void DownloadJob::resolveFromLocation(ApiReply *reply)
{
    if (!reply->isOk()) {
        fail(reply->error());
        return;
    }
    m_signedUrl = reply->redirectUrl();
    if (m_item.name.isEmpty())
        m_item.name = uuidToWire(m_item.remoteId) + QStringLiteral(".wav");
    beginTransfer();
}

void DownloadJob::beginTransfer()
{
    if (m_stopped)
        return;
    if (m_item.targetPath.isEmpty()) {
        const QString fallback =
            m_item.remoteId.isNull() ? QStringLiteral("download") : uuidToWire(m_item.remoteId);
        QDir().mkpath(m_item.folder);
        m_item.targetPath =
            FileNameSanitizer::uniquePath(m_item.folder, FileNameSanitizer::sanitize(m_item.name, fallback));
        emit changed();
    }
    if (!isAllowedDownloadUrl(m_signedUrl)) {
        fail(ApiError::local(ApiError::Service::SignedUrl, ApiError::Kind::Invalid,
                             tr("The download address is not https (%1); Recdesk fetches files only over "
                                "https, or over http from a service on this computer.")
                                 .arg(schemeLabel(m_signedUrl))));
        return;
    }
    if (++m_attempts > kMaxTotalAttempts) {
        fail(ApiError::local(ApiError::Service::SignedUrl, ApiError::Kind::Network,
                             tr("The download server was asked %1 times without sending the whole file; "
                                "Recdesk gave up. Try again later.")
                                 .arg(kMaxTotalAttempts)));
        return;
    }
    if (m_sinceProgress.isValid() && m_sinceProgress.elapsed() > m_stallBudgetMs) {
        fail(ApiError::local(ApiError::Service::SignedUrl, ApiError::Kind::Network,
                             tr("The download server sent nothing new for %n minute(s), over several tries; "
                                "Recdesk gave up. Try again later.",
                                nullptr, int(std::max<qint64>(1, m_stallBudgetMs / 60000)))));
        return;
    }
    if (!m_part.isOpen()) {
        const QString partPath = writingPath();
        m_part.setFileName(partPath);
        // A .part from an earlier attempt (or run) is resumed, not overwritten, but only if it is a
        // plain file of ours: never through a symbolic link, never a device or a folder. A new one
        // is created exclusively (NewOnly), so nothing that appeared meanwhile is written through.
        const QFileInfo existing(partPath);
        if (existing.isSymLink() || (existing.exists() && !existing.isFile())) {
            fail(ApiError::local(ApiError::Service::Local, ApiError::Kind::Io,
                                 tr("%1 is not a plain file (a link, a folder or a device); it was left "
                                    "alone. Move it away and try again.")
                                     .arg(QDir::toNativeSeparators(partPath))));
            return;
        }
        const QIODevice::OpenMode mode = existing.exists() ? QIODevice::Append : QIODevice::NewOnly;
        m_partIsOurs = m_part.open(QIODevice::WriteOnly | mode | QIODevice::Unbuffered);
        if (!m_partIsOurs) {
            fail(ApiError::local(ApiError::Service::Local, ApiError::Kind::Io,
                                 tr("Cannot write %1: %2").arg(m_part.fileName(), m_part.errorString())));
            return;
        }
    }
    const qint64 offset = m_part.size();
    m_highWater = std::max(m_highWater, offset);
    if (offset == 0)
        m_item.etag.clear();
    QNetworkRequest request = m_session->platform()->plainRequest(m_signedUrl);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false); // one big body: HTTP/1.1 is fastest
    // The bytes as stored: a compressed body would be neither the file nor resumable by byte ranges.
    request.setRawHeader("Accept-Encoding", "identity");
    if (offset > 0) {
        request.setRawHeader("Range", "bytes=" + QByteArray::number(offset) + '-');
        if (!m_item.etag.isEmpty())
            request.setRawHeader("If-Range", m_item.etag);
    }
    m_item.bytesDone = offset;
    m_responseChecked = false;
    m_responseUsable = false;
    qCDebug(lcTransfer) << "GET" << redactedUrl(m_signedUrl) << "from byte" << offset;
    QNetworkReply *reply = m_session->networkAccessManager()->get(request);
    reply->setReadBufferSize(kReadBufferBytes);
    // The headers within the profile's timeout (QNAM's own timeout fires only on silence; a server
    // that trickles its headers would never trip it). The body has no cap: it goes to disk.
    new ReplyGuard(reply, -1, m_session->platform()->config().transferTimeoutMs);
    m_reply = reply;
    connect(reply, &QNetworkReply::readyRead, this, &DownloadJob::onReadyRead);
    connect(reply, &QNetworkReply::finished, this, &DownloadJob::onFinished);
}

bool DownloadJob::checkResponse()
{
    m_responseChecked = true;
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const qint64 offset = m_part.size();
    // The version's validator, sent back in If-Range on a resume: its ETag, or where the server
    // gives none, its Last-Modified date (If-Range takes either). Kept in TransferItem::etag.
    const QByteArray etag =
        m_reply->hasRawHeader("ETag") ? m_reply->rawHeader("ETag") : m_reply->rawHeader("Last-Modified");
    if (status == 200 || status == 206) {
        const QByteArray content = m_reply->rawHeader("Content-Encoding").trimmed().toLower();
        const QByteArray transfer = m_reply->rawHeader("Transfer-Encoding").trimmed().toLower();
        if ((!content.isEmpty() && content != "identity") || (!transfer.isEmpty() && transfer != "chunked")) {
            m_refusal = ApiError::local(
                ApiError::Service::SignedUrl, ApiError::Kind::Invalid,
                tr("The download server sent the file encoded (%1) although Recdesk asked for the bytes "
                   "as stored; nothing was saved as the file.")
                    .arg(QString::fromLatin1(content.isEmpty() ? transfer : content).left(40)));
            return false;
        }
    }
    if (status == 200) {
        if (offset > 0) {
            // The server sent the whole entity (no range support, or If-Range did not match).
            qCInfo(lcTransfer) << m_item.name << "restarts from zero: server sent the whole file";
            m_part.resize(0);
            m_part.seek(0);
        }
        bool ok = false;
        const qint64 length = m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&ok);
        m_expectedTotal = ok ? length : m_item.bytesTotal;
        if (offset > 0)
            m_rangeIgnored = true;
    } else if (status == 206) {
        // If-Range asked for the rest of *this* version: a 206 of another (or of an unnamed) one
        // would splice two versions into one file.
        if (offset > 0 && !m_item.etag.isEmpty() && etag != m_item.etag) {
            qCWarning(lcTransfer) << m_item.name << "changed on the server (validator" << etag
                                  << "); restarting from zero";
            m_part.resize(0);
            m_part.seek(0);
            m_item.etag.clear();
            return false;
        }
        qint64 start = -1;
        qint64 total = -1;
        if (!parseContentRange(m_reply->rawHeader("Content-Range"), &start, &total) || start != offset) {
            qCWarning(lcTransfer) << m_item.name << "got a range it did not ask for; restarting";
            m_part.resize(0);
            m_part.seek(0);
            m_item.etag.clear();
            return false;
        }
        m_expectedTotal = total >= 0 ? total : m_item.bytesTotal;
    } else {
        return false;
    }
    if (!etag.isEmpty() && etag != m_item.etag) {
        m_item.etag = etag;
        emit changed();
    }
    if (m_expectedTotal >= 0 && m_expectedTotal != m_item.bytesTotal) {
        m_item.bytesTotal = m_expectedTotal;
        emit changed();
    }
    m_responseUsable = true;
    m_redirects = 0; // the chain of redirects ended at the file
    if (status == 206)
        m_rangeIgnored = false; // it resumes after all
    return true;
}

bool DownloadJob::writeAvailable()
{
    // One reused buffer and an unbuffered .part: no allocation and no extra copy per chunk.
    if (m_chunk.size() != kWriteChunkBytes)
        m_chunk.resize(kWriteChunkBytes);
    while (m_reply && m_reply->bytesAvailable() > 0) {
        const qint64 got = m_reply->read(m_chunk.data(), m_chunk.size());
        if (got <= 0)
            break;
        if (m_part.write(m_chunk.constData(), got) != got) {
            fail(ApiError::local(ApiError::Service::Local, ApiError::Kind::Io,
                                 tr("Cannot write %1: %2").arg(m_part.fileName(), m_part.errorString())));
            return false;
        }
    }
    m_item.bytesDone = m_part.pos();
    emit progress(m_item.bytesDone, m_item.bytesTotal);
    return true;
}

void DownloadJob::onReadyRead()
{
    if (!m_reply || m_stopped)
        return;
    if (!m_responseChecked && !checkResponse()) {
        if (m_refusal.isError()) {
            failNow(m_refusal);
            return;
        }
        const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status == 206) {
            // A wrong range: drop this reply and start again from zero.
            abortReply();
            restartFromZero();
        }
        return; // error statuses: the body is read in onFinished
    }
    if (m_responseUsable)
        writeAvailable();
}

void DownloadJob::onFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply || m_stopped)
        return;
    m_reply = nullptr;
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (!m_responseChecked && (status == 200 || status == 206)) {
        m_reply = reply;
        const bool usable = checkResponse();
        m_reply = nullptr;
        if (m_refusal.isError()) {
            fail(m_refusal);
            return;
        }
        if (!usable) {
            restartFromZero();
            return;
        }
    }
    if (status >= 300 && status < 400) {
        followRedirect(reply, status);
        return;
    }
    if (m_responseUsable) {
        m_reply = reply;
        const bool written = writeAvailable();
        m_reply = nullptr;
        if (!written)
            return;
    }
    m_part.flush();
    const qint64 have = m_part.size();
    if (have > m_highWater) {
        // Progress resets the counters: only failures in a row give up. Progress means more of
        // the file than ever before: a server that restarts every resume from zero makes none.
        m_highWater = have;
        m_failures = 0;
        m_refreshes = 0;
        m_sinceProgress.start();
    }

    if (status == 403 || status == 400) {
        refreshUrl(signedUrlError(reply, reply->readAll()));
        return;
    }
    if (status == 416) {
        const qint64 total = totalFromUnsatisfiedRange(reply->rawHeader("Content-Range"));
        if (total >= 0 && have == total) {
            m_expectedTotal = total;
            complete();
        } else {
            restartFromZero();
        }
        return;
    }
    if (const ReplyGuard::Breach breach = ReplyGuard::breachOf(reply); breach != ReplyGuard::Breach::None) {
        ApiError late = ApiError::local(
            ApiError::Service::SignedUrl, ApiError::Kind::Timeout,
            ReplyGuard::describe(breach, -1, m_session->platform()->config().transferTimeoutMs));
        retryLater(late); // a download resumes: what arrived is kept, and attempts are bounded
        return;
    }
    ApiError error = signedUrlError(reply, status >= 400 ? reply->readAll() : QByteArray());
    if (!error.isError() && status != 200 && status != 206) {
        // 201, 202, 203, 204, 1xx...: no file in it, whatever a proxy meant by it.
        error = ApiError::local(
            ApiError::Service::SignedUrl, ApiError::Kind::Invalid,
            tr("The download server answered %1 instead of the file; nothing was saved.").arg(status));
    }
    if (status == 200 || status == 206) {
        if (reply->error() == QNetworkReply::NoError && (m_expectedTotal < 0 || have == m_expectedTotal)) {
            complete();
            return;
        }
        if (m_expectedTotal >= 0 && have > m_expectedTotal) {
            qCWarning(lcTransfer) << m_item.name << "has more bytes than announced; restarting";
            restartFromZero();
            return;
        }
        // Fewer bytes than announced: the connection dropped. Resume.
        ApiError dropped = error;
        if (!dropped.isError()) {
            dropped = ApiError::local(ApiError::Service::SignedUrl, ApiError::Kind::Network,
                                      tr("The connection closed before the whole file arrived"));
            dropped.networkError = QNetworkReply::RemoteHostClosedError;
        }
        retryLater(dropped);
        return;
    }
    if (ApiError::isTransient(error.kind, error.httpStatus, error.networkError)) {
        retryLater(error);
        return;
    }
    fail(error);
}

ApiError DownloadJob::signedUrlError(QNetworkReply *reply, const QByteArray &body) const
{
    ApiError error = m_session->platform()->errorFor(reply, body, QStringLiteral("GET signed URL"));
    error.service = ApiError::Service::SignedUrl;
    if (error.kind == ApiError::Kind::Http) {
        // The signed-URL host speaks plain HTTP errors (maybe XML): keep a short message only.
        error.status.clear();
        error.reason.clear();
    }
    return error;
}

void DownloadJob::retryLater(const ApiError &error)
{
    ++m_failures;
    const int delay = m_policy.delayBeforeAttempt(m_failures + 1, error);
    if (delay < 0) {
        if (m_rangeIgnored && m_highWater > 0) {
            // Say what the server did, not only how the last attempt ended.
            fail(ApiError::local(ApiError::Service::SignedUrl, ApiError::Kind::Network,
                                 tr("The download server cut the connection %n time(s) and would not resume: "
                                    "it sent the file from the start again instead of the missing part.",
                                    nullptr, m_failures)));
            return;
        }
        fail(error);
        return;
    }
    qCInfo(lcTransfer) << m_item.name << "interrupted at" << m_part.size() << "bytes (" << error.httpStatus
                       << error.networkError << "); resuming in" << delay << "ms";
    emit changed();
    m_retryTimer.start(delay);
}

void DownloadJob::refreshUrl(const ApiError &error)
{
    if (m_item.source == TransferItem::Source::Url || ++m_refreshes > kMaxUrlRefreshes) {
        fail(error);
        return;
    }
    qCInfo(lcTransfer) << m_item.name << "signed URL refused (" << error.httpStatus
                       << "); fetching a fresh one";
    emit changed();
    resolve();
}

void DownloadJob::restartFromZero()
{
    m_part.resize(0);
    m_part.seek(0);
    m_item.etag.clear();
    retryLater(ApiError::local(ApiError::Service::SignedUrl, ApiError::Kind::Network,
                               tr("The download restarts from the beginning")));
}

bool DownloadJob::isAllowedDownloadUrl(const QUrl &url) const
{
    // https always; plain http only on loopback, and only when the platform itself is plain http
    // on loopback (the sandbox): a signed URL's signature must never cross a network in clear.
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return true;
    const QUrl platform = m_session->platform()->config().baseUrl;
    return scheme == QLatin1String("http") && isOnLoopback(url) &&
           platform.scheme().toLower() == QLatin1String("http") && isOnLoopback(platform);
}

void DownloadJob::followRedirect(QNetworkReply *reply, int status)
{
    const QUrl location = reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl();
    if (status == 304 || location.isEmpty()) {
        fail(ApiError::local(ApiError::Service::SignedUrl, ApiError::Kind::Invalid,
                             tr("The download server answered %1 without the file or a place to get it "
                                "from; nothing was saved.")
                                 .arg(status)));
        return;
    }
    // By hand, and only to where a download address may be (isAllowedDownloadUrl): never to another
    // scheme (file:, ftp:), and never down from https to http.
    const QUrl target = m_signedUrl.resolved(location);
    const bool downgrade = m_signedUrl.scheme().toLower() == QLatin1String("https") &&
                           target.scheme().toLower() != QLatin1String("https");
    if (downgrade || !isAllowedDownloadUrl(target)) {
        fail(ApiError::local(ApiError::Service::SignedUrl, ApiError::Kind::Invalid,
                             tr("The download server redirected to a %1 address, which Recdesk does not "
                                "follow (only https); nothing was saved.")
                                 .arg(schemeLabel(target))));
        return;
    }
    if (++m_redirects > kMaxRedirects) {
        fail(ApiError::local(ApiError::Service::SignedUrl, ApiError::Kind::Invalid,
                             tr("The download server redirected more than %1 times (a redirect loop); "
                                "nothing was saved.")
                                 .arg(kMaxRedirects)));
        return;
    }
    qCInfo(lcTransfer) << m_item.name << "redirected (" << status << ") to" << redactedUrl(target);
    m_signedUrl = target;
    beginTransfer();
}

void DownloadJob::failNow(const ApiError &error)
{
    abortReply();
    fail(error);
}

void DownloadJob::abortReply()
{
    if (QNetworkReply *reply = m_reply) {
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void DownloadJob::complete()
{
    if (m_apiSize > 0 && m_part.size() != m_apiSize) {
        // The platform said how big the file is; the download server sent something else.
        const qint64 got = m_part.size();
        m_part.resize(0);
        fail(ApiError::local(ApiError::Service::SignedUrl, ApiError::Kind::Invalid,
                             tr("The download server sent %L1 bytes but the platform lists the file with "
                                "%L2; the download was discarded.")
                                 .arg(got)
                                 .arg(m_apiSize)));
        return;
    }
    m_part.close();
    if (m_inPlace) {
        m_item.bytesDone = QFileInfo(m_item.targetPath).size();
        m_item.bytesTotal = m_item.bytesDone;
        m_item.result = QJsonObject{{QStringLiteral("path"), m_item.targetPath}};
        m_done = true;
        emit progress(m_item.bytesDone, m_item.bytesTotal);
        emit finished(ApiError());
        return;
    }
    QString target = m_item.targetPath;
    // A recording may come as a ZIP of its legs (live platform): tell by content, not by name.
    QFile probe(m_part.fileName());
    if (probe.open(QIODevice::ReadOnly) && probe.read(4) == QByteArrayLiteral("PK\x03\x04") &&
        target.endsWith(QLatin1String(".wav"), Qt::CaseInsensitive)) {
        const QString zipName = QFileInfo(target).completeBaseName() + QStringLiteral(".zip");
        target = FileNameSanitizer::uniquePath(m_item.folder, zipName);
    }
    probe.close();
    // QFile::rename never replaces an existing file: if the name was taken meanwhile, pick another.
    for (int i = 0; i < 100; ++i) {
        if (!QFileInfo::exists(target) && QFile::rename(m_part.fileName(), target))
            break;
        target = FileNameSanitizer::uniquePath(m_item.folder, QFileInfo(target).fileName());
        if (i == 99) {
            fail(ApiError::local(ApiError::Service::Local, ApiError::Kind::Io,
                                 tr("Cannot rename %1 to %2").arg(m_part.fileName(), target)));
            return;
        }
    }
    m_item.targetPath = target;
    m_item.bytesDone = QFileInfo(target).size();
    m_item.bytesTotal = m_item.bytesDone;
    m_item.result = QJsonObject{{QStringLiteral("path"), target}};
    if (m_item.source == TransferItem::Source::Recording && RecordingLegs::isZipFile(target)) {
        // One WAV per leg: unpack them into their own new folder (nothing existing is touched), on
        // a pool thread: an hour of two legs takes a while, and the window must not wait.
        const QString legsDir =
            FileNameSanitizer::uniquePath(m_item.folder, QFileInfo(target).completeBaseName());
        QDir().mkpath(legsDir);
        struct Unpacked
        {
            bool ok = false;
            RecordingLegs::Paths legs;
            QString error;
        };
        runInBackground(
            this,
            [target, legsDir] {
                Unpacked u;
                u.ok = RecordingLegs::extract(target, legsDir, &u.legs, &u.error);
                if (u.ok)
                    QFile::remove(target);
                else
                    QDir(legsDir).removeRecursively();
                return u;
            },
            [this, target, legsDir](Unpacked u) {
                if (m_stopped)
                    return;
                if (u.ok) {
                    m_item.targetPath = legsDir;
                    m_item.result = QJsonObject{{QStringLiteral("path"), legsDir},
                                                {QStringLiteral("legs"), QJsonArray{u.legs.in, u.legs.out}}};
                } else {
                    // The ZIP stays as it came; the user can still open it.
                    qCWarning(lcTransfer) << "could not unpack the legs of" << target << ":" << u.error;
                    m_item.result.insert(QStringLiteral("unpackError"), u.error);
                }
                finishComplete();
            });
        return;
    }
    finishComplete();
}

void DownloadJob::finishComplete()
{
    m_done = true;
    qCInfo(lcTransfer) << "downloaded" << m_item.name << "to" << m_item.targetPath << m_item.bytesDone
                       << "bytes";
    emit progress(m_item.bytesDone, m_item.bytesTotal);
    emit finished(ApiError());
}

void DownloadJob::fail(const ApiError &error)
{
    if (m_done)
        return;
    m_done = true;
    m_retryTimer.stop();
    if (m_part.isOpen())
        m_part.close();
    // A .part with data stays, so that a retry resumes it; an empty one of ours is litter. (Not
    // one that was refused: a link, or a file someone else put there.)
    const QFileInfo part(m_part.fileName());
    if (m_partIsOurs && !part.isSymLink() && part.isFile() && part.size() == 0)
        QFile::remove(m_part.fileName());
    emit finished(error);
}

void DownloadJob::stop(bool discardPartial)
{
    m_stopped = true;
    m_retryTimer.stop();
    if (m_apiReply)
        m_apiReply->abort();
    abortReply();
    if (m_part.isOpen())
        m_part.close();
    if (discardPartial && !m_item.targetPath.isEmpty() && !m_done)
        QFile::remove(writingPath());
}

} // namespace recdesk
