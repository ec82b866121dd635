#pragma once

#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QString>
#include <QUuid>

namespace recdesk {

// One profile's recordings on disk, fetched once and read by everything that needs the audio
// (player, waveform, drag-out, Save). Files are named by recording id only — never by a URL, a
// token or anything a user typed — and an index (index.json) records which are complete and when
// each was last used. Above the size limit the least recently used entries go, except those in
// use. Used from one thread.
class AudioCache
{
public:
    static constexpr qint64 kDefaultLimitBytes = qint64(1024) * 1024 * 1024;

    explicit AudioCache(const QString &directory, qint64 limitBytes = kDefaultLimitBytes);

    QString directory() const { return m_dir; }
    qint64 limitBytes() const { return m_limit; }
    void setLimitBytes(qint64 bytes);

    // The file a recording's bytes go to, as fetched (a WAV, or a ZIP of legs).
    QString audioPath(const QUuid &recordingId) const;
    // Where the two legs of a ZIP are joined into one stereo WAV.
    QString stereoPath(const QUuid &recordingId) const;

    bool isComplete(const QUuid &recordingId) const;
    // Records that the fetched file is whole (its size is read from disk) and makes it the most
    // recently used; then trims the cache to its limit, sparing `inUse`.
    void markComplete(const QUuid &recordingId, const QSet<QUuid> &inUse = {});
    // Records that a fetch started or was used (LRU order); a new entry starts incomplete.
    void touch(const QUuid &recordingId);

    // Bytes of every file of the cache's entries on disk.
    qint64 totalBytes() const;
    // Removes least recently used entries until totalBytes() <= limit; never one in `inUse`.
    void trim(const QSet<QUuid> &inUse = {});

    // The cache folder of a profile (under the user's cache location), named by a hash of the
    // profile's name so that no name a user typed becomes a path.
    static QString directoryForProfile(const QString &profileName);
    // Removes a profile's cache with everything in it (the profile was deleted).
    static bool removeForProfile(const QString &profileName);

private:
    struct Entry
    {
        bool complete = false;
        qint64 lastUsedMs = 0;
    };
    void load();
    void save() const;
    qint64 bytesOf(const QUuid &recordingId) const;

    QString m_dir;
    qint64 m_limit;
    QHash<QUuid, Entry> m_entries;
};

} // namespace recdesk
