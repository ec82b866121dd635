#include "httpbody.h"

#include <cstring>
#include <QCoreApplication>
#include <QFile>

namespace recdesk {

HttpBody::HttpBody() = default;
HttpBody::~HttpBody() = default;
HttpBody::HttpBody(HttpBody &&) noexcept = default;
HttpBody &HttpBody::operator=(HttpBody &&) noexcept = default;

void HttpBody::appendBytes(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return;
    auto piece = std::make_shared<Piece>();
    piece->bytes = bytes;
    piece->size = bytes.size();
    m_size += piece->size;
    m_pieces.append(piece);
}

bool HttpBody::appendFile(const QString &path, QString *error)
{
    auto piece = std::make_shared<Piece>();
    // Unbuffered: reads go straight into the send buffer, without a copy through QFile's own.
    piece->file = std::make_unique<QFile>(path);
    if (!piece->file->open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        if (error)
            *error = QCoreApplication::translate("recdesk::HttpBody", "Cannot read %1: %2")
                         .arg(path, piece->file->errorString());
        return false;
    }
    piece->size = piece->file->size();
    m_size += piece->size;
    m_pieces.append(piece);
    return true;
}

qint64 HttpBody::read(char *data, qint64 maxSize, QString *error)
{
    qint64 done = 0;
    while (done < maxSize && m_current < m_pieces.size()) {
        Piece &piece = *m_pieces[m_current];
        const qint64 want = std::min(maxSize - done, piece.size - m_offsetInPiece);
        qint64 got = 0;
        if (piece.file) {
            got = want > 0 ? piece.file->read(data + done, want) : 0;
            if (got < 0 || (got == 0 && want > 0)) {
                if (error)
                    *error = got < 0 ? QCoreApplication::translate("recdesk::HttpBody", "Cannot read %1: %2")
                                           .arg(piece.file->fileName(), piece.file->errorString())
                                     : QCoreApplication::translate(
                                           "recdesk::HttpBody", "%1 became shorter while it was being sent")
                                           .arg(piece.file->fileName());
                return -1;
            }
        } else {
            std::memcpy(data + done, piece.bytes.constData() + m_offsetInPiece, size_t(want));
            got = want;
        }
        done += got;
        m_offsetInPiece += got;
        if (m_offsetInPiece >= piece.size) {
            if (piece.file)
                piece.file->close();
            ++m_current;
            m_offsetInPiece = 0;
        }
    }
    m_position += done;
    return done;
}

} // namespace recdesk
