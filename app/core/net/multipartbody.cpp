#include "multipartbody.h"

#include <QFile>
#include <QFileInfo>
#include <QHttpMultiPart>
#include <QMimeDatabase>
#include <QRandomGenerator>

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

bool MultipartBody::buildStream(HttpBody *body, QByteArray *contentType, QString *error) const
{
    // 32 random bytes in hex: cannot occur in the fields by chance.
    QByteArray random(24, Qt::Uninitialized);
    QRandomGenerator::system()->generate(reinterpret_cast<quint32 *>(random.data()),
                                         reinterpret_cast<quint32 *>(random.data() + random.size()));
    const QByteArray boundary = "recdesk-" + random.toHex();
    *contentType = "multipart/form-data; boundary=" + boundary;

    HttpBody out;
    QByteArray head;
    for (const auto &field : fields) {
        head +=
            "--" + boundary + "\r\nContent-Disposition: form-data; name=" + quoted(field.first) + "\r\n\r\n";
        head += field.second + "\r\n";
    }
    if (!filePath.isEmpty()) {
        head += "--" + boundary + "\r\nContent-Disposition: form-data; name=" + quoted(fileField) +
                "; filename=" + quoted(fileNameOf(*this)) + "\r\nContent-Type: " + mimeTypeOf(filePath) +
                "\r\n\r\n";
        out.appendBytes(head);
        head.clear();
        if (!out.appendFile(filePath, error))
            return false;
        head += "\r\n";
    }
    head += "--" + boundary + "--\r\n";
    out.appendBytes(head);
    *body = std::move(out);
    return true;
}

} // namespace recdesk
