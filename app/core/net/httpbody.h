#pragma once

#include <memory>
#include <QByteArray>
#include <QList>
#include <QString>

class QFile;

namespace recdesk {

// A request body made of in-memory pieces and whole files, read piece by piece as it is sent, so
// that a multi-gigabyte upload never sits in memory. The size is fixed when a file is added; a
// file that changes size before it is sent is an error, not a silently wrong Content-Length.
class HttpBody
{
public:
    HttpBody();
    ~HttpBody();
    HttpBody(HttpBody &&) noexcept;
    HttpBody &operator=(HttpBody &&) noexcept;

    void appendBytes(const QByteArray &bytes);
    // False (and *error set) if the file cannot be opened for reading.
    bool appendFile(const QString &path, QString *error);

    qint64 size() const { return m_size; }
    // Bytes handed out by read() so far.
    qint64 position() const { return m_position; }
    bool atEnd() const { return m_position >= m_size; }
    // Copies up to maxSize next bytes into data; -1 and *error on a read failure.
    qint64 read(char *data, qint64 maxSize, QString *error);

private:
    struct Piece
    {
        QByteArray bytes;
        std::unique_ptr<QFile> file;
        qint64 size = 0;
    };
    QList<std::shared_ptr<Piece>> m_pieces;
    int m_current = 0;
    qint64 m_offsetInPiece = 0;
    qint64 m_size = 0;
    qint64 m_position = 0;
};

} // namespace recdesk
