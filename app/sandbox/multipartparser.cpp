#include "multipartparser.h"

namespace recdesk::sandbox {

namespace {

bool isTokenChar(char c)
{
    static const char specials[] = "()<>@,;:\\\"/[]?={} \t";
    return c > 32 && c < 127 && !strchr(specials, c);
}

bool isBoundaryChar(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
           strchr("'()+_,-./:=? ", c) != nullptr;
}

// Parses `; key=value; key="quoted"` parameters after the first token of a header value.
// Returns false on a syntax error. Keys are lower-cased.
bool parseParameters(const QByteArray &value, qsizetype pos, QList<QPair<QByteArray, QByteArray>> *out)
{
    const qsizetype n = value.size();
    auto skipWs = [&]() {
        while (pos < n && (value[pos] == ' ' || value[pos] == '\t'))
            ++pos;
    };
    while (true) {
        skipWs();
        if (pos >= n)
            return true;
        if (value[pos] != ';')
            return false;
        ++pos;
        skipWs();
        if (pos >= n)
            return true; // tolerate a trailing ';'
        const qsizetype keyStart = pos;
        while (pos < n && isTokenChar(value[pos]))
            ++pos;
        if (pos == keyStart)
            return false;
        const QByteArray key = value.mid(keyStart, pos - keyStart).toLower();
        skipWs();
        if (pos >= n || value[pos] != '=')
            return false;
        ++pos;
        skipWs();
        QByteArray v;
        if (pos < n && value[pos] == '"') {
            ++pos;
            bool closed = false;
            while (pos < n) {
                const char c = value[pos++];
                if (c == '\\') {
                    if (pos >= n)
                        return false;
                    v.append(value[pos++]);
                } else if (c == '"') {
                    closed = true;
                    break;
                } else {
                    v.append(c);
                }
            }
            if (!closed)
                return false;
        } else {
            const qsizetype start = pos;
            while (pos < n && isTokenChar(value[pos]))
                ++pos;
            if (pos == start)
                return false;
            v = value.mid(start, pos - start);
        }
        out->append({key, v});
    }
}

} // namespace

QByteArray MultipartParser::boundaryFromContentType(const QByteArray &contentType)
{
    const QByteArray trimmed = contentType.trimmed();
    const qsizetype semi = trimmed.indexOf(';');
    const QByteArray type = (semi < 0 ? trimmed : trimmed.left(semi)).trimmed().toLower();
    if (type != "multipart/form-data" || semi < 0)
        return {};
    QList<QPair<QByteArray, QByteArray>> params;
    if (!parseParameters(trimmed, semi, &params))
        return {};
    for (const auto &p : params) {
        if (p.first == "boundary") {
            const QByteArray &b = p.second;
            if (b.isEmpty() || b.size() > 70 || b.endsWith(' '))
                return {};
            for (const char c : b) {
                if (!isBoundaryChar(c))
                    return {};
            }
            return b;
        }
    }
    return {};
}

bool MultipartParser::fail(const QString &message)
{
    m_error = message;
    m_parts.clear();
    return false;
}

bool MultipartParser::parse(const QByteArray &contentType, const QByteArray &body)
{
    const QByteArray boundary = boundaryFromContentType(contentType);
    if (boundary.isEmpty()) {
        m_body.clear();
        return fail(QStringLiteral("The request is not multipart/form-data with a valid boundary."));
    }
    return parseWithBoundary(boundary, body);
}

bool MultipartParser::parseWithBoundary(const QByteArray &boundary, const QByteArray &body)
{
    m_body = body; // implicitly shared: no copy
    m_parts.clear();
    m_error.clear();
    if (boundary.isEmpty())
        return fail(QStringLiteral("Empty multipart boundary."));
    const QByteArray dash = "--" + boundary;
    const QByteArray delimiter = "\r\n" + dash;

    // The first delimiter may open the body or follow a preamble (which must end in CRLF).
    qsizetype pos;
    if (body.startsWith(dash)) {
        pos = dash.size();
    } else {
        const qsizetype at = body.indexOf(delimiter);
        if (at < 0)
            return fail(QStringLiteral("The multipart body has no boundary delimiter."));
        pos = at + delimiter.size();
    }

    while (true) {
        // After a delimiter: "--" closes the body; otherwise optional whitespace, then CRLF.
        if (body.mid(pos, 2) == "--")
            return true;
        while (pos < body.size() && (body[pos] == ' ' || body[pos] == '\t'))
            ++pos;
        if (body.mid(pos, 2) != "\r\n")
            return fail(QStringLiteral("Malformed multipart delimiter line."));
        pos += 2;

        if (m_parts.size() >= kMaxParts)
            return fail(QStringLiteral("Too many parts in the multipart body."));

        const qsizetype headersEnd = body.indexOf("\r\n\r\n", pos);
        MultipartPart part;
        // A part with no headers at all starts directly with CRLF.
        if (body.mid(pos, 2) == "\r\n")
            return fail(QStringLiteral("A multipart part has no Content-Disposition header."));
        if (headersEnd < 0)
            return fail(QStringLiteral("A multipart part's headers are not terminated."));
        if (headersEnd - pos > kMaxHeaderBytes)
            return fail(QStringLiteral("A multipart part's headers are too large."));
        if (!parseHeaders(body.mid(pos, headersEnd - pos), &part))
            return false;
        pos = headersEnd + 4;

        const qsizetype end = body.indexOf(delimiter, pos);
        if (end < 0)
            return fail(QStringLiteral("The multipart body ends without a closing boundary."));
        part.offset = pos;
        part.length = end - pos;
        m_parts.append(part);
        pos = end + delimiter.size();
    }
}

bool MultipartParser::parseHeaders(const QByteArray &block, MultipartPart *part)
{
    bool haveDisposition = false;
    const QList<QByteArray> lines = block.split('\n');
    if (lines.size() > 32)
        return fail(QStringLiteral("Too many headers in a multipart part."));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QByteArray line = lines[i];
        if (i + 1 < lines.size()) {
            if (!line.endsWith('\r'))
                return fail(QStringLiteral("A multipart header line does not end in CRLF."));
            line.chop(1);
        }
        if (line.contains('\r') || line.contains('\0'))
            return fail(QStringLiteral("Invalid character in a multipart header."));
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return fail(QStringLiteral("Malformed multipart header line."));
        const QByteArray key = line.left(colon).trimmed().toLower();
        for (const char c : key) {
            if (!isTokenChar(c))
                return fail(QStringLiteral("Malformed multipart header name."));
        }
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (key == "content-disposition") {
            if (haveDisposition)
                return fail(QStringLiteral("Duplicate Content-Disposition in a multipart part."));
            haveDisposition = true;
            const qsizetype semi = value.indexOf(';');
            const QByteArray type = (semi < 0 ? value : value.left(semi)).trimmed().toLower();
            if (type != "form-data")
                return fail(QStringLiteral("A multipart part is not form-data."));
            QList<QPair<QByteArray, QByteArray>> params;
            if (semi >= 0 && !parseParameters(value, semi, &params))
                return fail(QStringLiteral("Malformed Content-Disposition parameters."));
            bool haveName = false;
            for (const auto &p : params) {
                if (p.first == "name") {
                    if (haveName)
                        return fail(QStringLiteral("Duplicate name in Content-Disposition."));
                    haveName = true;
                    part->name = QString::fromUtf8(p.second);
                } else if (p.first == "filename") {
                    if (part->hasFilename)
                        return fail(QStringLiteral("Duplicate filename in Content-Disposition."));
                    part->hasFilename = true;
                    part->filename = QString::fromUtf8(p.second);
                }
            }
            if (!haveName || part->name.isEmpty())
                return fail(QStringLiteral("A multipart part has no name."));
        } else if (key == "content-type") {
            part->contentType = value;
        }
    }
    if (!haveDisposition)
        return fail(QStringLiteral("A multipart part has no Content-Disposition header."));
    return true;
}

const MultipartPart *MultipartParser::find(const QString &name) const
{
    for (const MultipartPart &p : m_parts) {
        if (p.name == name)
            return &p;
    }
    return nullptr;
}

int MultipartParser::count(const QString &name) const
{
    int n = 0;
    for (const MultipartPart &p : m_parts) {
        if (p.name == name)
            ++n;
    }
    return n;
}

QByteArray MultipartParser::data(const MultipartPart &part) const
{
    return m_body.mid(part.offset, part.length);
}

QByteArrayView MultipartParser::view(const MultipartPart &part) const
{
    return QByteArrayView(m_body.constData() + part.offset, part.length);
}

QString MultipartParser::text(const QString &name) const
{
    const MultipartPart *p = find(name);
    return p ? QString::fromUtf8(data(*p)) : QString();
}

} // namespace recdesk::sandbox
