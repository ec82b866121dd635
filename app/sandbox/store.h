#pragma once

#include "timeformat.h"

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

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

// One end of a call, or one of an agent's endpoints (the contract's CommonAddress).
struct Address
{
    QString type;   // "" | agent | conference | email | extension | line | sip | tel | web_session
    QString target; // E.164 for tel, a UUID for agent/conference/extension, a SIP URI for sip
    QString targetName;
    QString name;
    QString detail;
};

struct CallRow
{
    QString id;
    QString customerId;
    QString ownerType; // "agent" or ""
    QString ownerId;
    QString flowId;
    QString activeflowId;
    QString type; // "" | flow | conference | sip-service
    QString masterCallId;
    QString recordingId; // the current (last) recording, or the unset UUID
    QStringList recordingIds;
    Address source;
    Address destination;
    QString status;       // dialing | ringing | progressing | terminating | canceling | hangup
    QString direction;    // incoming | outgoing
    QString hangupBy;     // "" | remote | local
    QString hangupReason; // "" | normal | failed | busy | cancel | timeout | noanswer | dialout | amd
    qint64 tmRinging = kNotHappened;
    qint64 tmProgressing = kNotHappened;
    qint64 tmHangup = kNotHappened;
    qint64 tmCreate = 0;
    qint64 tmUpdate = kNotHappened;
    qint64 tmDelete = kNotHappened;
};

struct ConferenceRow
{
    QString id;
    QString customerId;
    QString type;   // "" | conference | connect | queue
    QString status; // starting | progressing | terminating | terminated
    QString name;
    QString detail;
    int timeout = 0; // seconds, 0: none
    QString preFlowId;
    QString postFlowId;
    QStringList conferencecallIds;
    QString recordingId;
    QStringList recordingIds;
    QString directHash;
    qint64 tmEnd = kNotHappened;
    qint64 tmCreate = 0;
    qint64 tmUpdate = kNotHappened;
    qint64 tmDelete = kNotHappened;
};

struct AgentRow
{
    QString id;
    QString customerId;
    QString username;
    QString name; // one display name; may be empty
    QString detail;
    QString ringMethod; // ringall | linear
    QString status;     // "" | available | away | busy | offline | ringing
    int permission = 0; // the platform's bit set: 16 agent, 32 admin, 64 manager
    QStringList tagIds;
    QList<Address> addresses;
    QString directHash;
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

    // Calls, conferences and agents: what the recordings refer to. Calls and agents are listed
    // (paged like recordings); conferences are only looked up.
    bool insertCall(CallRow &row);
    bool insertConference(const ConferenceRow &row);
    bool insertAgent(AgentRow &row);
    QList<CallRow> listCalls(qint64 before, int limit) const;
    QList<AgentRow> listAgents(qint64 before, int limit) const; // not deleted
    std::optional<CallRow> call(const QString &id) const;
    std::optional<ConferenceRow> conference(const QString &id) const;
    std::optional<AgentRow> agent(const QString &id) const; // deleted ones included
    int countCalls() const;
    int countConferences() const;
    int countListedAgents() const;
    // Every recording whose reference_id is neither a call nor a conference yet, oldest first,
    // read row by row (memory stays flat however many there are). visit returns false to stop.
    bool forEachRecordingWithoutReference(const std::function<bool(const RecordingRow &)> &visit) const;

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
    // The metadata (JSON text) the analytics service was sent with a file name; empty if none.
    QString analyticsUploadMetadata(const QString &fileName) const;
    bool insertAssistantFile(const QString &id, const QString &name, qint64 size, const QString &user,
                             qint64 createdAt);

    QString lastError() const { return m_lastError; }

private:
    bool exec(const QString &sql);
    qint64 uniqueCreate(const QString &table, qint64 wanted) const;
    int count(const QString &sql) const;
    // A statement prepared once per connection and reused (seeding inserts 100,000s of rows).
    QSqlQuery &prepared(const QString &sql) const;
    bool run(QSqlQuery &query, const QVariantList &values) const;

    QString m_connection;
    mutable std::map<QString, std::unique_ptr<QSqlQuery>> m_prepared;
    mutable QString m_lastError;
};

} // namespace recdesk::sandbox
