#include "signedurl.h"

#include "sandboxcontext.h"
#include "tokens.h"
#include "wavgenerator.h"

#include <atomic>
#include <QFileInfo>
#include <QRegularExpression>

namespace recdesk::sandbox {

QString signedFilePath(const QString &fileId)
{
    return QStringLiteral("/signed/files/") + fileId;
}

QString signedRecordingPath(const QString &recordingId, bool zip)
{
    return QStringLiteral("/signed/recordings/") + recordingId +
           (zip ? QStringLiteral(".zip") : QStringLiteral(".wav"));
}

SignedCheck resolveSignedObject(SandboxContext &context, const QString &path, const QString &expires,
                                const QString &sig, SignedObject *object)
{
    bool ok = false;
    const qint64 expiresAt = expires.toLongLong(&ok);
    if (!ok || sig.isEmpty())
        return SignedCheck::BadSignature;
    const QByteArray expected =
        hmacSha256Hex(context.signingKey(), path.toUtf8() + '\n' + QByteArray::number(expiresAt));
    if (!constantTimeEquals(expected, sig.toLatin1()))
        return SignedCheck::BadSignature;
    if (context.clock().nowSecs() >= expiresAt)
        return SignedCheck::Expired;

    static const QRegularExpression fileRe(QStringLiteral("^/signed/files/([0-9a-f-]{36})$"));
    static const QRegularExpression recRe(QStringLiteral("^/signed/recordings/([0-9a-f-]{36})\\.(wav|zip)$"));
    if (const auto m = fileRe.match(path); m.hasMatch()) {
        const auto file = context.store().file(m.captured(1));
        if (!file || file->tmDelete != kNotHappened)
            return SignedCheck::NotFound;
        object->filename = file->filename;
        object->etag = file->etag.toLatin1();
        object->contentType = file->filename.endsWith(QLatin1String(".wav"), Qt::CaseInsensitive)
                                  ? QByteArrayLiteral("audio/wav")
                                  : QByteArrayLiteral("application/octet-stream");
        if (file->bodyKind == QLatin1String("generated"))
            object->path = context.generatedWavPath(file->id, file->samples);
        else
            object->path = context.storedBodyPath(QStringLiteral("files"), file->id);
        if (object->path.isEmpty() || !QFileInfo::exists(object->path))
            return SignedCheck::Failed;
        object->size = QFileInfo(object->path).size();
        return SignedCheck::Ok;
    }
    if (const auto m = recRe.match(path); m.hasMatch()) {
        const auto rec = context.store().recording(m.captured(1));
        if (!rec || rec->tmDelete != kNotHappened || rec->status != QLatin1String("ended"))
            return SignedCheck::NotFound;
        const bool zip = m.captured(2) == QLatin1String("zip");
        const qint64 samples = rec->audioSamples();
        object->path =
            zip ? context.generatedZipPath(rec->id, samples) : context.generatedWavPath(rec->id, samples);
        if (object->path.isEmpty())
            return SignedCheck::Failed;
        object->size = QFileInfo(object->path).size();
        object->etag = generatedEtag(rec->id, samples, zip ? "zip" : "wav");
        object->contentType = zip ? QByteArrayLiteral("application/zip") : QByteArrayLiteral("audio/wav");
        object->filename = rec->id + (zip ? QStringLiteral(".zip") : QStringLiteral(".wav"));
        return SignedCheck::Ok;
    }
    return SignedCheck::NotFound;
}

namespace {

Reply storageError(int status, const QByteArray &code, const QByteArray &message)
{
    // Storage hosts answer in their own (XML) error format, not the platform's envelope.
    return Reply::text(status,
                       "<?xml version='1.0' encoding='UTF-8'?><Error><Code>" + code + "</Code><Message>" +
                           message + "</Message></Error>",
                       "application/xml; charset=UTF-8");
}

// Parses a single range "bytes=N-", "bytes=N-M" or "bytes=-S". Returns false when the header is
// not a single byte range we understand (then the whole body is served, as RFC 9110 allows).
bool parseRange(const QByteArray &header, qint64 size, qint64 *start, qint64 *end, bool *satisfiable)
{
    static const QRegularExpression re(QStringLiteral("^\\s*bytes\\s*=\\s*(\\d*)\\s*-\\s*(\\d*)\\s*$"));
    const auto m = re.match(QString::fromLatin1(header));
    if (!m.hasMatch() || (m.captured(1).isEmpty() && m.captured(2).isEmpty()))
        return false;
    bool ok1 = true, ok2 = true;
    if (m.captured(1).isEmpty()) {
        const qint64 suffix = m.captured(2).toLongLong(&ok2);
        if (!ok2)
            return false;
        *satisfiable = suffix > 0 && size > 0;
        *start = qMax<qint64>(0, size - suffix);
        *end = size - 1;
        return true;
    }
    *start = m.captured(1).toLongLong(&ok1);
    *end = m.captured(2).isEmpty() ? size - 1 : m.captured(2).toLongLong(&ok2);
    if (!ok1 || !ok2)
        return false;
    if (!m.captured(2).isEmpty() && *end < *start)
        return false; // "bytes=9-3" is syntactically invalid: ignore the header
    *end = qMin(*end, size - 1);
    *satisfiable = *start < size;
    return true;
}

} // namespace

Reply serveSigned(SandboxContext &context, const Request &request)
{
    context.logSignedRequest(request, false);
    if (request.method != "GET" && request.method != "HEAD") {
        Reply r = storageError(405, "MethodNotAllowed", "Only GET and HEAD are allowed on signed URLs.");
        r.setHeader("Allow", "GET, HEAD");
        return r;
    }
    SignedObject object;
    switch (resolveSignedObject(context, request.path, request.queryValue(QStringLiteral("expires")),
                                request.queryValue(QStringLiteral("sig")), &object)) {
    case SignedCheck::BadSignature:
        return storageError(403, "SignatureDoesNotMatch", "The request signature is not valid.");
    case SignedCheck::Expired:
        return storageError(403, "ExpiredToken", "The signed URL has expired.");
    case SignedCheck::NotFound:
        return storageError(404, "NoSuchKey", "The specified key does not exist.");
    case SignedCheck::Failed:
        return storageError(500, "InternalError", "The object could not be read.");
    case SignedCheck::Ok:
        break;
    }

    // Faults for clients that would count a non-answer as a download (docs/SANDBOX.md).
    const QString &mode = context.faults().signedUrlMode;
    if (mode == QLatin1String("redirectLoop") || mode == QLatin1String("redirectFile")) {
        Reply redirect = Reply::empty(302);
        redirect.setHeader("Location", mode == QLatin1String("redirectFile")
                                           ? QByteArray("file:///etc/passwd")
                                           : (request.path + QLatin1Char('?') + request.rawQuery).toUtf8());
        return redirect;
    }
    if (mode == QLatin1String("newEtag")) {
        static std::atomic<int> version{0};
        object.etag = "\"v" + QByteArray::number(++version) + '"';
    }

    Reply r;
    r.setHeader("Content-Type", object.contentType);
    r.setHeader("ETag", object.etag);
    r.setHeader("Accept-Ranges", "bytes");
    r.setHeader("Cache-Control", "private, max-age=0");
    r.headOnly = request.method == "HEAD";
    r.dropAfterBytes = context.faults().dropAfterBytes;

    const QByteArray ifNoneMatch = request.header("If-None-Match");
    if (!ifNoneMatch.isEmpty() && (ifNoneMatch.trimmed() == object.etag || ifNoneMatch.trimmed() == "*")) {
        r.status = 304;
        r.headOnly = false;
        return r;
    }

    qint64 start = 0, end = object.size - 1;
    bool satisfiable = true;
    const QByteArray range = request.header("Range");
    const QByteArray ifRange = request.header("If-Range");
    bool rangeApplies = !range.isEmpty() && (ifRange.isEmpty() || ifRange.trimmed() == object.etag);
    if (mode == QLatin1String("ignoreRange"))
        rangeApplies = false; // the whole file, whatever was asked
    else if (mode == QLatin1String("newEtag"))
        rangeApplies = !range.isEmpty(); // a 206 of another version, If-Range or not
    if (rangeApplies && parseRange(range, object.size, &start, &end, &satisfiable)) {
        if (!satisfiable) {
            Reply bad = storageError(416, "InvalidRange", "The requested range is not satisfiable.");
            bad.setHeader("Content-Range", "bytes */" + QByteArray::number(object.size));
            bad.setHeader("ETag", object.etag);
            return bad;
        }
        r.status = 206;
        r.setHeader("Content-Range", "bytes " + QByteArray::number(start) + '-' + QByteArray::number(end) +
                                         '/' + QByteArray::number(object.size));
    } else {
        r.status = 200;
    }
    r.filePath = object.path;
    r.fileOffset = start;
    r.fileLength = object.size == 0 ? 0 : end - start + 1;
    return r;
}

} // namespace recdesk::sandbox
