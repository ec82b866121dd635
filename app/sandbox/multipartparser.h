#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

namespace recdesk::sandbox {

// One part of a multipart/form-data body. The data is a view into the body that was parsed
// (offset + length), so a large upload is never copied; the body must outlive the part.
struct MultipartPart
{
    QString name;
    QString filename;
    bool hasFilename = false;
    QByteArray contentType;
    qsizetype offset = 0;
    qsizetype length = 0;
};

// A small, strict multipart/form-data parser (RFC 7578 / RFC 2046): Qt HttpServer 6.4 has none.
// Strict means: a boundary parameter is required, every part needs a Content-Disposition of
// form-data with a name, headers are bounded in size and count, and the closing delimiter must
// be present. Anything else is an error with a short sentence, never a crash.
class MultipartParser
{
public:
    static constexpr int kMaxParts = 256;
    static constexpr int kMaxHeaderBytes = 8192;

    // Extracts the boundary from a Content-Type value; empty when it is not multipart/form-data.
    static QByteArray boundaryFromContentType(const QByteArray &contentType);

    bool parse(const QByteArray &contentType, const QByteArray &body);
    bool parseWithBoundary(const QByteArray &boundary, const QByteArray &body);

    const QList<MultipartPart> &parts() const { return m_parts; }
    QString errorString() const { return m_error; }

    // Convenience over parts(): first part of that name, and its bytes.
    const MultipartPart *find(const QString &name) const;
    int count(const QString &name) const;
    QByteArray data(const MultipartPart &part) const;     // a copy
    QByteArrayView view(const MultipartPart &part) const; // no copy
    QString text(const QString &name) const;              // UTF-8 value of a field; empty when missing

private:
    bool fail(const QString &message);
    bool parseHeaders(const QByteArray &block, MultipartPart *part);

    QByteArray m_body;
    QList<MultipartPart> m_parts;
    QString m_error;
};

} // namespace recdesk::sandbox
