#include "multipartbody.h"

#include <QFile>
#include <QFileInfo>
#include <QHttpMultiPart>
#include <QMimeDatabase>

namespace recdesk {

namespace {
QByteArray quoted(const QByteArray &value)
{
    QByteArray v = value;
    v.replace('\\', "\\\\").replace('"', "\\\"").replace('\r', "").replace('\n', "");
    return '"' + v + '"';
}
} // namespace

QHttpMultiPart *MultipartBody::build() const
{
    auto *multipart = new QHttpMultiPart(QHttpMultiPart::FormDataType);
    for (const auto &field : fields) {
        QHttpPart part;
        part.setHeader(QNetworkRequest::ContentDispositionHeader,
                       QByteArray("form-data; name=") + quoted(field.first));
        part.setBody(field.second);
        multipart->append(part);
    }
    if (!filePath.isEmpty()) {
        auto *file = new QFile(filePath, multipart);
        if (!file->open(QIODevice::ReadOnly)) {
            delete multipart;
            return nullptr;
        }
        const QString name = fileName.isEmpty() ? QFileInfo(filePath).fileName() : fileName;
        QHttpPart part;
        part.setHeader(QNetworkRequest::ContentDispositionHeader, QByteArray("form-data; name=") +
                                                                      quoted(fileField) +
                                                                      "; filename=" + quoted(name.toUtf8()));
        const QString mime = QMimeDatabase().mimeTypeForFile(filePath, QMimeDatabase::MatchExtension).name();
        part.setHeader(QNetworkRequest::ContentTypeHeader, mime.toLatin1());
        part.setBodyDevice(file);
        multipart->append(part);
    }
    return multipart;
}

} // namespace recdesk
