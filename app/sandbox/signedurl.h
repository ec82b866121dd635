#pragma once

#include "httputil.h"

#include <QString>

namespace recdesk::sandbox {

class SandboxContext;

// The objects behind signed URLs. Paths:
//   /signed/files/<file id>              the file's bytes
//   /signed/recordings/<id>.wav          the recording's audio (documented form)
//   /signed/recordings/<id>.zip          the live form: a ZIP of <id>_in.wav and <id>_out.wav
// Query: expires=<Unix seconds>&sig=<hex HMAC-SHA256 of "<path>\n<expires>">.
QString signedFilePath(const QString &fileId);
QString signedRecordingPath(const QString &recordingId, bool zip);

// A resolved object: where its bytes are and how to describe them.
struct SignedObject
{
    QString path; // file on disk
    qint64 size = 0;
    QByteArray etag; // quoted
    QByteArray contentType;
    QString filename; // a name for the object (its extension matters to analytics)
};

enum class SignedCheck { Ok, BadSignature, Expired, NotFound, Failed };

// Checks signature and expiry of a signed path + query and resolves the object (generating
// audio on first use).
SignedCheck resolveSignedObject(SandboxContext &context, const QString &path, const QString &expires,
                                const QString &sig, SignedObject *object);

// GET/HEAD on /signed/...: 200/206/304/403/404/416 with ETag, Accept-Ranges and Content-Range.
Reply serveSigned(SandboxContext &context, const Request &request);

} // namespace recdesk::sandbox
