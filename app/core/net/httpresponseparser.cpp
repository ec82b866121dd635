#include "httpresponseparser.h"

#include <cstring>
#include <limits>
#include <QCoreApplication>

namespace recdesk {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("recdesk::HttpResponseParser", text);
}

bool isToken(const QByteArray &name)
{
    if (name.isEmpty())
        return false;
    for (const char c : name) {
        const auto u = static_cast<unsigned char>(c);
        if (u <= 32 || u >= 127 || std::strchr("\"(),/:;<=>?@[\\]{}", c))
            return false;
    }
    return true;
}

// Digits only, no sign, no overflow.
bool parseDecimal(const QByteArray &text, qint64 *value)
{
    if (text.isEmpty() || text.size() > 18)
        return false;
    qint64 v = 0;
    for (const char c : text) {
        if (c < '0' || c > '9')
            return false;
        v = v * 10 + (c - '0');
    }
    *value = v;
    return true;
}
} // namespace

QByteArray HttpResponseParser::header(const QByteArray &name) const
{
    QByteArray value;
    for (const auto &h : m_headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) != 0)
            continue;
        if (!value.isEmpty())
            value += ", ";
        value += h.second;
    }
    return value;
}

void HttpResponseParser::fail(const QString &message)
{
    m_state = State::Failed;
    m_error = message;
}

void HttpResponseParser::finishBody()
{
    m_state = State::Done;
}

bool HttpResponseParser::takeLine(const char *data, qsizetype size, qsizetype *used, QByteArray *line,
                                  qsizetype limit)
{
    const char *nl = static_cast<const char *>(std::memchr(data, '\n', size_t(size)));
    const qsizetype take = nl ? qsizetype(nl - data) + 1 : size;
    if (m_line.size() + take > limit) {
        fail(tr("The server sent an over-long line in its response"));
        *used = take;
        return false;
    }
    m_line.append(data, take);
    *used = take;
    if (!nl)
        return false;
    m_line.chop(1);
    if (m_line.endsWith('\r'))
        m_line.chop(1);
    *line = m_line;
    m_line.clear();
    return true;
}

qsizetype HttpResponseParser::feed(const char *data, qsizetype size, QByteArray *body)
{
    qsizetype pos = 0;
    while (pos < size && (m_state == State::Head || m_state == State::Body)) {
        if (m_state == State::Head) {
            qsizetype used = 0;
            QByteArray line;
            const bool complete = takeLine(data + pos, size - pos, &used, &line, kMaxHeadBytes - m_headBytes);
            pos += used;
            m_headBytes += used;
            if (complete && !headLine(line))
                break;
            continue;
        }
        // Body.
        if (m_framing == Framing::Chunked && m_chunkStep != ChunkStep::Data) {
            qsizetype used = 0;
            QByteArray line;
            const bool complete = takeLine(data + pos, size - pos, &used, &line, 4096);
            pos += used;
            if (complete)
                chunkLine(line);
            continue;
        }
        qint64 take = size - pos;
        if (m_framing != Framing::UntilClose)
            take = std::min<qint64>(take, m_remaining);
        body->append(data + pos, qsizetype(take));
        pos += qsizetype(take);
        bodyRead(take);
    }
    return pos;
}

bool HttpResponseParser::headLine(const QByteArray &line)
{
    if (!m_statusSeen) {
        // HTTP/1.x SP 3DIGIT SP reason (the reason may be empty, and the space before it missing).
        if (line.size() < 12 || !line.startsWith("HTTP/1.") || line[7] < '0' || line[7] > '9' ||
            line[8] != ' ' || (line.size() > 12 && line[12] != ' ')) {
            fail(tr("The server's answer is not an HTTP/1.1 response"));
            return false;
        }
        qint64 status = 0;
        if (!parseDecimal(line.mid(9, 3), &status) || status < 100) {
            fail(tr("The server's answer has no valid status code"));
            return false;
        }
        m_status = int(status);
        m_reason = line.mid(13);
        m_statusSeen = true;
        return true;
    }
    if (line.isEmpty())
        return headDone();
    if (line[0] == ' ' || line[0] == '\t') {
        fail(tr("The server sent a folded header line, which HTTP/1.1 forbids"));
        return false;
    }
    const qsizetype colon = line.indexOf(':');
    const QByteArray name = colon > 0 ? line.left(colon) : QByteArray();
    if (!isToken(name)) {
        fail(tr("The server sent a malformed header line"));
        return false;
    }
    if (m_headers.size() >= kMaxHeaderLines) {
        fail(tr("The server sent too many header lines"));
        return false;
    }
    m_headers.append(qMakePair(name, line.mid(colon + 1).trimmed()));
    return true;
}

bool HttpResponseParser::headDone()
{
    if (m_status < 200) {
        if (m_status == 101) {
            fail(tr("The server switched protocols, which Recdesk did not ask for"));
            return false;
        }
        // An interim answer (100 Continue, 103 Early Hints): the real one follows.
        m_statusSeen = false;
        m_headers.clear();
        m_reason.clear();
        m_status = 0;
        return true;
    }
    m_state = State::Body;
    if (m_headRequest || m_status == 204 || m_status == 304) {
        m_framing = Framing::None;
        finishBody();
        return true;
    }
    const QByteArray transferEncoding = header("Transfer-Encoding").trimmed().toLower();
    if (!transferEncoding.isEmpty()) {
        // Chunked must come last; anything else runs to the close (RFC 9112, 6.3).
        m_framing = transferEncoding.endsWith("chunked") ? Framing::Chunked : Framing::UntilClose;
        m_chunkStep = ChunkStep::Size;
        return true;
    }
    const QByteArray lengthHeader = header("Content-Length");
    if (lengthHeader.isEmpty()) {
        m_framing = Framing::UntilClose;
        return true;
    }
    // Repeated (or comma-joined) values must agree.
    qint64 length = -1;
    for (const QByteArray &part : lengthHeader.split(',')) {
        qint64 v = 0;
        if (!parseDecimal(part.trimmed(), &v) || (length >= 0 && v != length)) {
            fail(tr("The server sent an invalid Content-Length"));
            return false;
        }
        length = v;
    }
    m_framing = Framing::Length;
    m_contentLength = length;
    m_remaining = length;
    if (length == 0)
        finishBody();
    return true;
}

bool HttpResponseParser::chunkLine(const QByteArray &line)
{
    switch (m_chunkStep) {
    case ChunkStep::Size: {
        // hex size, optionally followed by ;extensions
        const qsizetype semicolon = line.indexOf(';');
        const QByteArray hex = (semicolon >= 0 ? line.left(semicolon) : line).trimmed();
        bool ok = hex.size() <= 15 && !hex.isEmpty();
        qint64 size = 0;
        for (const char c : hex) {
            const int digit = QByteArray("0123456789abcdef").indexOf(char(c | 0x20));
            if (digit < 0) {
                ok = false;
                break;
            }
            size = size * 16 + digit;
        }
        if (!ok) {
            fail(tr("The server sent a malformed chunk size"));
            return false;
        }
        m_remaining = size;
        m_chunkStep = size == 0 ? ChunkStep::Trailer : ChunkStep::Data;
        return true;
    }
    case ChunkStep::DataEnd:
        if (!line.isEmpty()) {
            fail(tr("A chunk of the server's answer is longer than announced"));
            return false;
        }
        m_chunkStep = ChunkStep::Size;
        return true;
    case ChunkStep::Trailer:
        if (line.isEmpty())
            finishBody();
        return true;
    case ChunkStep::Data:
        break;
    }
    return true;
}

bool HttpResponseParser::canReadDirectly() const
{
    return m_state == State::Body && m_line.isEmpty() &&
           (m_framing == Framing::Length || m_framing == Framing::UntilClose);
}

qint64 HttpResponseParser::directReadLimit() const
{
    if (!canReadDirectly())
        return 0;
    return m_framing == Framing::Length ? m_remaining : std::numeric_limits<qint64>::max();
}

void HttpResponseParser::bodyRead(qint64 bytes)
{
    m_bodySeen += bytes;
    if (m_framing == Framing::UntilClose)
        return;
    m_remaining -= bytes;
    if (m_remaining > 0)
        return;
    if (m_framing == Framing::Length)
        finishBody();
    else if (m_framing == Framing::Chunked)
        m_chunkStep = ChunkStep::DataEnd;
}

void HttpResponseParser::endOfInput()
{
    if (m_state == State::Done || m_state == State::Failed)
        return;
    if (m_state == State::Body && m_framing == Framing::UntilClose) {
        finishBody();
        return;
    }
    fail(m_state == State::Head ? tr("The server closed the connection without answering")
                                : tr("The connection closed before the whole answer arrived"));
}

} // namespace recdesk
