#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

namespace recdesk::sandbox {

using HeaderPairs = QList<QPair<QByteArray, QByteArray>>;

// A request as the routes see it: copied out of QHttpServerRequest so that a delayed answer
// (latency fault) never touches Qt's request object after the handler returned.
struct Request
{
    QByteArray method; // "GET", "POST", ...
    QString path;      // decoded path, e.g. /v1.0/files/<id>
    QUrlQuery query;
    QString rawQuery;
    HeaderPairs headers;
    QByteArray body;

    QByteArray header(const QByteArray &name) const; // case-insensitive; empty when missing
    bool hasHeader(const QByteArray &name) const;
    QString queryValue(const QString &key) const; // fully decoded
    bool hasQueryValue(const QString &key) const { return query.hasQueryItem(key); }
};

// What a route answers. Either an in-memory body or a byte range of a file streamed from disk.
struct Reply
{
    int status = 200;
    HeaderPairs headers;
    QByteArray body;
    QString filePath; // streamed body when non-empty
    qint64 fileOffset = 0;
    qint64 fileLength = 0;
    bool headOnly = false; // HEAD: headers (with the body's Content-Length) but no body
    qint64 dropAfterBytes = -1;

    void setHeader(const QByteArray &name, const QByteArray &value);
    QByteArray header(const QByteArray &name) const;

    static Reply json(int status, const QJsonDocument &doc);
    static Reply text(int status, const QByteArray &body,
                      const QByteArray &contentType = QByteArrayLiteral("text/plain; charset=utf-8"));
    static Reply empty(int status);
};

QString newRequestId();                    // req_ + 16 hex digits
bool isUuid(const QString &text);          // 8-4-4-4-12 hex, lower or upper case
QString newUuid();                         // random v4, lower case, no braces
QString uuidFromName(const QString &name); // stable v5-style UUID derived from a name
QString unsetUuid();

} // namespace recdesk::sandbox
