#pragma once

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
    // A new QHttpMultiPart (the caller owns it), or nullptr if the file cannot be opened. Its
    // file part is the open QFile itself, so QNetworkAccessManager reads it as it sends.
    QHttpMultiPart *build() const;
};

} // namespace recdesk
