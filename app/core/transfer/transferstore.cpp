#include "transferstore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSet>
#include <QStandardPaths>

namespace recdesk {

TransferStore::TransferStore(QString path)
    : m_path(std::move(path))
{}

QString TransferStore::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("transfers.json"));
}

QList<TransferItem> TransferStore::load(QString *error) const
{
    QList<TransferItem> items;
    QFile file(m_path);
    if (m_path.isEmpty() || !file.exists())
        return items;
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = file.errorString();
        return items;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject()) {
        if (error)
            *error = parseError.errorString();
        return items;
    }
    QSet<QUuid> seen;
    const QJsonArray array = doc.object().value(QLatin1String("transfers")).toArray();
    for (const QJsonValue &v : array) {
        TransferItem item = TransferItem::fromJson(v.toObject());
        if (item.id.isNull() || seen.contains(item.id))
            continue;
        seen.insert(item.id);
        items.append(item);
    }
    return items;
}

bool TransferStore::save(const QList<TransferItem> &items, QString *error) const
{
    if (m_path.isEmpty())
        return true;
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QJsonArray array;
    for (const TransferItem &item : items)
        array.append(item.toJson());
    QJsonObject root;
    root.insert(QLatin1String("version"), 1);
    root.insert(QLatin1String("transfers"), array);
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(QJsonDocument(root).toJson(QJsonDocument::Indented)) < 0 || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace recdesk
