#include "audiocache.h"

#include "settings/profilefilekey.h"

#include <algorithm>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QStandardPaths>

namespace recdesk {

namespace {
Q_LOGGING_CATEGORY(lcAudioCache, "recdesk.audiocache")

const QString kIndexName = QStringLiteral("index.json");

QString idName(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}
} // namespace

AudioCache::AudioCache(const QString &directory, qint64 limitBytes)
    : m_dir(directory)
    , m_limit(std::max<qint64>(0, limitBytes))
{
    QDir().mkpath(m_dir);
    load();
}

void AudioCache::setLimitBytes(qint64 bytes)
{
    m_limit = std::max<qint64>(0, bytes);
}

QString AudioCache::audioPath(const QUuid &recordingId) const
{
    return QDir(m_dir).filePath(idName(recordingId) + QStringLiteral(".audio"));
}

QString AudioCache::stereoPath(const QUuid &recordingId) const
{
    return QDir(m_dir).filePath(idName(recordingId) + QStringLiteral(".stereo.wav"));
}

bool AudioCache::isComplete(const QUuid &recordingId) const
{
    const auto it = m_entries.constFind(recordingId);
    return it != m_entries.constEnd() && it->complete && QFileInfo::exists(audioPath(recordingId));
}

void AudioCache::touch(const QUuid &recordingId)
{
    qint64 newest = 0;
    for (const Entry &e : std::as_const(m_entries))
        newest = std::max(newest, e.lastUsedMs);
    // Strictly after every other use, even within one millisecond: the order is what LRU needs.
    m_entries[recordingId].lastUsedMs = std::max(QDateTime::currentMSecsSinceEpoch(), newest + 1);
    save();
}

void AudioCache::markComplete(const QUuid &recordingId, const QSet<QUuid> &inUse)
{
    touch(recordingId);
    m_entries[recordingId].complete = true;
    save();
    QSet<QUuid> spare = inUse;
    spare.insert(recordingId);
    trim(spare);
}

qint64 AudioCache::bytesOf(const QUuid &recordingId) const
{
    return QFileInfo(audioPath(recordingId)).size() + QFileInfo(stereoPath(recordingId)).size();
}

qint64 AudioCache::totalBytes() const
{
    qint64 total = 0;
    for (auto it = m_entries.constBegin(); it != m_entries.constEnd(); ++it)
        total += bytesOf(it.key());
    return total;
}

void AudioCache::trim(const QSet<QUuid> &inUse)
{
    qint64 total = totalBytes();
    if (total <= m_limit)
        return;
    QList<QUuid> order = m_entries.keys();
    std::sort(order.begin(), order.end(), [this](const QUuid &a, const QUuid &b) {
        return m_entries.value(a).lastUsedMs < m_entries.value(b).lastUsedMs;
    });
    for (const QUuid &id : std::as_const(order)) {
        if (total <= m_limit)
            break;
        if (inUse.contains(id))
            continue;
        total -= bytesOf(id);
        QFile::remove(audioPath(id));
        QFile::remove(stereoPath(id));
        m_entries.remove(id);
    }
    save();
}

void AudioCache::load()
{
    QFile file(QDir(m_dir).filePath(kIndexName));
    if (!file.open(QIODevice::ReadOnly))
        return;
    // The index is ours, but a damaged one only costs a fetch again: anything unreadable is dropped.
    const QJsonObject entries = QJsonDocument::fromJson(file.read(4 * 1024 * 1024)).object();
    for (auto it = entries.constBegin(); it != entries.constEnd(); ++it) {
        const QUuid id = QUuid::fromString(it.key());
        if (id.isNull() || !QFileInfo::exists(audioPath(id)))
            continue;
        const QJsonObject o = it.value().toObject();
        Entry e;
        e.complete = o.value(QStringLiteral("complete")).toBool();
        e.lastUsedMs = qint64(o.value(QStringLiteral("lastUsed")).toDouble());
        m_entries.insert(id, e);
    }
    // Files that no entry names (a crash between writing and indexing) are litter.
    const QStringList names = QDir(m_dir).entryList(QDir::Files);
    for (const QString &name : names) {
        if (name == kIndexName || name == kIndexName + QStringLiteral(".new"))
            continue;
        const QUuid id = QUuid::fromString(name.section(QLatin1Char('.'), 0, 0));
        if (id.isNull() || !m_entries.contains(id)) {
            qCDebug(lcAudioCache) << "removing an unindexed file";
            QFile::remove(QDir(m_dir).filePath(name));
        }
    }
}

void AudioCache::save() const
{
    QJsonObject entries;
    for (auto it = m_entries.constBegin(); it != m_entries.constEnd(); ++it) {
        entries.insert(idName(it.key()), QJsonObject{{QStringLiteral("complete"), it->complete},
                                                     {QStringLiteral("lastUsed"), double(it->lastUsedMs)}});
    }
    // Written beside and renamed over, without QSaveFile's fsync: this runs on the GUI thread when
    // a recording is played, and a lost index only costs fetching again.
    const QString path = QDir(m_dir).filePath(kIndexName);
    QFile file(path + QStringLiteral(".new"));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        file.write(QJsonDocument(entries).toJson(QJsonDocument::Compact)) < 0) {
        qCWarning(lcAudioCache) << "the audio cache index could not be saved:" << file.errorString();
        return;
    }
    file.close();
    QFile::remove(path);
    if (!QFile::rename(file.fileName(), path))
        qCWarning(lcAudioCache) << "the audio cache index could not be saved";
}

QString AudioCache::directoryForProfile(const QString &profileName)
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation))
        .filePath(QStringLiteral("audio/") + profileFileKey(profileName));
}

bool AudioCache::removeForProfile(const QString &profileName)
{
    return QDir(directoryForProfile(profileName)).removeRecursively();
}

} // namespace recdesk
