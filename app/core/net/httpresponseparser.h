#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace recdesk {

// An incremental HTTP/1.1 response parser (RFC 9112): status line, headers, and a body framed by
// Content-Length, chunked transfer coding or the end of the connection. Fed whatever the socket
// delivers, split anywhere; strict about the framing, bounded in what it buffers (a head of at
// most 64 KiB, 256 header lines), so a hostile server can neither confuse it nor grow it.
// Interim 1xx responses are skipped. Used by StreamingHttpReply; no networking here.
class HttpResponseParser
{
public:
    enum class State { Head, Body, Done, Failed };
    enum class Framing { None, Length, Chunked, UntilClose };

    // A response to HEAD has no body whatever its headers say.
    void setHeadRequest(bool head) { m_headRequest = head; }

    // Consumes bytes; decoded body bytes are appended to *body. Returns how many bytes were used:
    // fewer than size only once the message is complete (Done) or broken (Failed).
    qsizetype feed(const char *data, qsizetype size, QByteArray *body);
    // The connection ended: completes a body that runs to the close, fails a truncated one.
    void endOfInput();

    // For the identity framings (Length, UntilClose) the caller may read the body straight from
    // the socket instead of feeding it: at most directReadLimit() bytes, then tell bodyRead(n).
    bool canReadDirectly() const;
    qint64 directReadLimit() const;
    void bodyRead(qint64 bytes);

    State state() const { return m_state; }
    Framing framing() const { return m_framing; }
    int statusCode() const { return m_status; }
    const QByteArray &reasonPhrase() const { return m_reason; }
    const QList<QPair<QByteArray, QByteArray>> &headers() const { return m_headers; }
    QByteArray header(const QByteArray &name) const; // repeated headers joined by ", "
    // Body bytes announced by Content-Length, or -1.
    qint64 contentLength() const { return m_contentLength; }
    qint64 bodyBytesSeen() const { return m_bodySeen; }
    const QString &errorString() const { return m_error; }

    static constexpr qsizetype kMaxHeadBytes = 64 * 1024;
    static constexpr int kMaxHeaderLines = 256;

private:
    enum class ChunkStep { Size, Data, DataEnd, Trailer };
    bool takeLine(const char *data, qsizetype size, qsizetype *used, QByteArray *line, qsizetype limit);
    bool headLine(const QByteArray &line);
    bool headDone();
    bool chunkLine(const QByteArray &line);
    void fail(const QString &message);
    void finishBody();

    State m_state = State::Head;
    Framing m_framing = Framing::None;
    ChunkStep m_chunkStep = ChunkStep::Size;
    bool m_headRequest = false;
    bool m_statusSeen = false;
    int m_status = 0;
    QByteArray m_reason;
    QList<QPair<QByteArray, QByteArray>> m_headers;
    QByteArray m_line;
    qsizetype m_headBytes = 0;
    qint64 m_contentLength = -1;
    qint64 m_remaining = 0; // Length: body left; Chunked: data left in this chunk
    qint64 m_bodySeen = 0;
    QString m_error;
};

} // namespace recdesk
