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

QByteArray fileNameOf(const MultipartBody &body)
{
    return (body.fileName.isEmpty() ? QFileInfo(body.filePath).fileName() : body.fileName).toUtf8();
}

QByteArray mimeTypeOf(const QString &path)
{
    return QMimeDatabase().mimeTypeForFile(path, QMimeDatabase::MatchExtension).name().toLatin1();
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
        QHttpPart part;
        part.setHeader(QNetworkRequest::ContentDispositionHeader,
                       QByteArray("form-data; name=") + quoted(fileField) +
                           "; filename=" + quoted(fileNameOf(*this)));
        part.setHeader(QNetworkRequest::ContentTypeHeader, mimeTypeOf(filePath));
        part.setBodyDevice(file);
        multipart->append(part);
    }
    return multipart;
}

} // namespace recdesk
