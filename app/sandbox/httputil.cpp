#include "httputil.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QUuid>

namespace recdesk::sandbox {

QByteArray Request::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

bool Request::hasHeader(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QString Request::queryValue(const QString &key) const
{
    return query.queryItemValue(key, QUrl::FullyDecoded);
}

void Reply::setHeader(const QByteArray &name, const QByteArray &value)
{
    for (auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0) {
            h.second = value;
            return;
        }
    }
    headers.append({name, value});
}

QByteArray Reply::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

Reply Reply::json(int status, const QJsonDocument &doc)
{
    Reply r;
    r.status = status;
    r.body = doc.toJson(QJsonDocument::Compact);
    r.setHeader("Content-Type", "application/json; charset=utf-8");
    return r;
}

Reply Reply::text(int status, const QByteArray &body, const QByteArray &contentType)
{
    Reply r;
    r.status = status;
    r.body = body;
    r.setHeader("Content-Type", contentType);
    return r;
}

Reply Reply::empty(int status)
{
    Reply r;
    r.status = status;
    return r;
}

QString newRequestId()
{
    const quint64 v = QRandomGenerator::global()->generate64();
    return QStringLiteral("req_") + QStringLiteral("%1").arg(v, 16, 16, QLatin1Char('0')).toUpper();
}

bool isUuid(const QString &text)
{
    static const QRegularExpression re(
        QStringLiteral("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"));
    return re.match(text).hasMatch();
}

QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString uuidFromName(const QString &name)
{
    static const QUuid ns(QStringLiteral("{6f0c2a1e-4b7d-4c55-9a61-3d2b8e7f9a10}"));
    return QUuid::createUuidV5(ns, name).toString(QUuid::WithoutBraces);
}

QString unsetUuid()
{
    return QStringLiteral("00000000-0000-0000-0000-000000000000");
}

} // namespace recdesk::sandbox
