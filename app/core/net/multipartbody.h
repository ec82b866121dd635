#pragma once

#include "httpbody.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

class QHttpMultiPart;

namespace recdesk {

// A multipart/form-data body whose file part reads from disk as it is sent (QFile as the body
// device), so that memory stays flat whatever the file size.
struct MultipartBody
{
    QList<QPair<QByteArray, QByteArray>> fields; // name, value (UTF-8)
    QByteArray fileField = "file";
    QString filePath; // empty: no file part
    QString fileName; // the name the server sees; the file's own name when empty

    void addField(const QByteArray &name, const QByteArray &value) { fields.append(qMakePair(name, value)); }
    // A new QHttpMultiPart (the caller owns it), or nullptr if the file cannot be opened. For
    // requests that go through QNetworkAccessManager (see HttpTransport).
    QHttpMultiPart *build() const;
    // The same form as a streamed HttpBody with a fresh boundary; *contentType receives
    // `multipart/form-data; boundary=...`. False (and *error) if the file cannot be opened.
    bool buildStream(HttpBody *body, QByteArray *contentType, QString *error) const;
};

} // namespace recdesk
