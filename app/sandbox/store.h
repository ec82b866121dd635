#pragma once

#include "timeformat.h"

#include <optional>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace recdesk::sandbox {

struct RecordingRow
{
    QString id;
    QString customerId;
    QString ownerType; // "agent" or ""
    QString ownerId;
    QString activeflowId;
    QString referenceType; // call | confbridge
    QString referenceId;
    QString status; // initiating | recording | stopping | ended
    QString format = QStringLiteral("wav");
    QString onEndFlowId;
    qint64 tmStart = kNotHappened;
    qint64 tmEnd = kNotHappened;
    qint64 tmCreate = 0;
    qint64 tmUpdate = kNotHappened;
    qint64 tmDelete = kNotHappened;
    bool legacyEmptyDelete = false; // older rows: tm_delete "" instead of the 9999 sentinel

    qint64 audioSamples() const;
};

struct FileRow
{
    QString id;
    QString customerId;
    QString ownerType; // live: "agent" or ""
    QString ownerId;
    QString referenceType; // none | recording (live: "" | normal | recording)
    QString referenceId;
    QString type; // live: "" | rag | talk | recording
    QString name;
    QString detail;
    QString filename;
    qint64 filesize = 0;
    QString bodyKind;   // "generated" (WAV from the id) or "stored" (uploaded bytes on disk)
    qint64 samples = 0; // generated: sample count
    QString etag;       // quoted ETag value
    qint64 tmDownloadExpire = kNotHappened;
    qint64 tmCreate = 0;
    qint64 tmUpdate = kNotHappened;
    qint64 tmDelete = kNotHappened;
};

// SQLite metadata store (Qt Sql). All calls come from the server thread.
class Store
{
public:
    Store();
    ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    bool open(const QString &path, QString *error);
    void close();

    QString meta(const QString &key) const;
    bool setMeta(const QString &key, const QString &value);

    bool transaction();
    bool commit();
    void rollback();

    // How insertRecording treats a tm_create that another recording already has.
    enum class CreateTime {
        MakeUnique, // bumped by microseconds, so that strictly-before paging never skips an item
        AsGiven,    // kept, duplicates allowed (tests of paging across equal tm_create values)
    };
    // The stored tm_create is written back into the row.
    bool insertRecording(RecordingRow &row, CreateTime createTime = CreateTime::MakeUnique);
    bool insertFile(FileRow &row);
    int countRecordings() const;
    int countFiles() const;
    int countListedRecordings() const; // not deleted
    int countListedFiles() const;

    // Newest first, not deleted, tm_create strictly before `before` (or all when before < 0).
    QList<RecordingRow> listRecordings(qint64 before, int limit) const;
    QList<FileRow> listFiles(qint64 before, int limit, const QString &ownerFilter = QString()) const;
    std::optional<RecordingRow> recording(const QString &id) const; // deleted ones included
    std::optional<FileRow> file(const QString &id) const;
    QList<FileRow> filesReferencing(const QString &recordingId) const;

    bool markRecordingDeleted(const QString &id, qint64 when);
    bool markFileDeleted(const QString &id, qint64 when);
    bool setFileDownloadExpire(const QString &id, qint64 when);

    bool analyticsNameExists(const QString &fileName) const;
    bool insertAnalyticsUpload(const QString &id, const QString &fileName, qint64 size, const QString &source,
                               const QString &metadataJson);
    bool insertAssistantFile(const QString &id, const QString &name, qint64 size, const QString &user,
                             qint64 createdAt);

    QString lastError() const { return m_lastError; }

private:
    bool exec(const QString &sql);
    qint64 uniqueCreate(const QString &table, qint64 wanted) const;

    QString m_connection;
    mutable QString m_lastError;
};

} // namespace recdesk::sandbox
