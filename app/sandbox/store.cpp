#include "store.h"

#include "wavgenerator.h"

#include <QAtomicInt>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace recdesk::sandbox {

namespace {

QAtomicInt g_connectionCounter;

const char kRecordingColumns[] = "id, customer_id, owner_type, owner_id, activeflow_id, reference_type, "
                                 "reference_id, status, format, on_end_flow_id, tm_start, tm_end, tm_create, "
                                 "tm_update, tm_delete, legacy_empty_delete";
const char kFileColumns[] =
    "id, customer_id, owner_type, owner_id, reference_type, reference_id, type, name, "
    "detail, filename, filesize, body_kind, samples, etag, tm_download_expire, "
    "tm_create, tm_update, tm_delete";

const char kCallColumns[] =
    "id, customer_id, owner_type, owner_id, flow_id, activeflow_id, type, master_call_id, recording_id, "
    "recording_ids, source_type, source_target, source_target_name, source_name, source_detail, "
    "destination_type, destination_target, destination_target_name, destination_name, destination_detail, "
    "status, direction, hangup_by, hangup_reason, tm_ringing, tm_progressing, tm_hangup, tm_create, "
    "tm_update, tm_delete";
const char kConferenceColumns[] =
    "id, customer_id, type, status, name, detail, timeout, pre_flow_id, post_flow_id, conferencecall_ids, "
    "recording_id, recording_ids, direct_hash, tm_end, tm_create, tm_update, tm_delete";
const char kAgentColumns[] = "id, customer_id, username, name, detail, ring_method, status, permission, "
                             "tag_ids, addresses, direct_hash, tm_create, tm_update, tm_delete";

// Lists of ids are kept as one comma-separated column; an agent's addresses as a JSON array (the
// store's own form, not the contract's: the routes write that).
QString joinIds(const QStringList &ids)
{
    return ids.join(QLatin1Char(','));
}

QStringList splitIds(const QString &text)
{
    return text.split(QLatin1Char(','), Qt::SkipEmptyParts);
}

QString addressesText(const QList<Address> &addresses)
{
    QJsonArray out;
    for (const Address &a : addresses)
        out.append(QJsonArray{a.type, a.target, a.targetName, a.name, a.detail});
    return QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Compact));
}

QList<Address> addressesFrom(const QString &text)
{
    QList<Address> out;
    for (const QJsonValue &v : QJsonDocument::fromJson(text.toUtf8()).array()) {
        const QJsonArray a = v.toArray();
        out.append(Address{a.at(0).toString(), a.at(1).toString(), a.at(2).toString(), a.at(3).toString(),
                           a.at(4).toString()});
    }
    return out;
}

QVariantList addressValues(const Address &a)
{
    return {a.type, a.target, a.targetName, a.name, a.detail};
}

Address addressFrom(const QSqlQuery &q, int &i)
{
    Address a;
    a.type = q.value(i++).toString();
    a.target = q.value(i++).toString();
    a.targetName = q.value(i++).toString();
    a.name = q.value(i++).toString();
    a.detail = q.value(i++).toString();
    return a;
}

CallRow callFrom(const QSqlQuery &q)
{
    CallRow c;
    int i = 0;
    c.id = q.value(i++).toString();
    c.customerId = q.value(i++).toString();
    c.ownerType = q.value(i++).toString();
    c.ownerId = q.value(i++).toString();
    c.flowId = q.value(i++).toString();
    c.activeflowId = q.value(i++).toString();
    c.type = q.value(i++).toString();
    c.masterCallId = q.value(i++).toString();
    c.recordingId = q.value(i++).toString();
    c.recordingIds = splitIds(q.value(i++).toString());
    c.source = addressFrom(q, i);
    c.destination = addressFrom(q, i);
    c.status = q.value(i++).toString();
    c.direction = q.value(i++).toString();
    c.hangupBy = q.value(i++).toString();
    c.hangupReason = q.value(i++).toString();
    c.tmRinging = q.value(i++).toLongLong();
    c.tmProgressing = q.value(i++).toLongLong();
    c.tmHangup = q.value(i++).toLongLong();
    c.tmCreate = q.value(i++).toLongLong();
    c.tmUpdate = q.value(i++).toLongLong();
    c.tmDelete = q.value(i++).toLongLong();
    return c;
}

ConferenceRow conferenceFrom(const QSqlQuery &q)
{
    ConferenceRow c;
    int i = 0;
    c.id = q.value(i++).toString();
    c.customerId = q.value(i++).toString();
    c.type = q.value(i++).toString();
    c.status = q.value(i++).toString();
    c.name = q.value(i++).toString();
    c.detail = q.value(i++).toString();
    c.timeout = q.value(i++).toInt();
    c.preFlowId = q.value(i++).toString();
    c.postFlowId = q.value(i++).toString();
    c.conferencecallIds = splitIds(q.value(i++).toString());
    c.recordingId = q.value(i++).toString();
    c.recordingIds = splitIds(q.value(i++).toString());
    c.directHash = q.value(i++).toString();
    c.tmEnd = q.value(i++).toLongLong();
    c.tmCreate = q.value(i++).toLongLong();
    c.tmUpdate = q.value(i++).toLongLong();
    c.tmDelete = q.value(i++).toLongLong();
    return c;
}

AgentRow agentFrom(const QSqlQuery &q)
{
    AgentRow a;
    int i = 0;
    a.id = q.value(i++).toString();
    a.customerId = q.value(i++).toString();
    a.username = q.value(i++).toString();
    a.name = q.value(i++).toString();
    a.detail = q.value(i++).toString();
    a.ringMethod = q.value(i++).toString();
    a.status = q.value(i++).toString();
    a.permission = q.value(i++).toInt();
    a.tagIds = splitIds(q.value(i++).toString());
    a.addresses = addressesFrom(q.value(i++).toString());
    a.directHash = q.value(i++).toString();
    a.tmCreate = q.value(i++).toLongLong();
    a.tmUpdate = q.value(i++).toLongLong();
    a.tmDelete = q.value(i++).toLongLong();
    return a;
}

RecordingRow recordingFrom(const QSqlQuery &q)
{
    RecordingRow r;
    int i = 0;
    r.id = q.value(i++).toString();
    r.customerId = q.value(i++).toString();
    r.ownerType = q.value(i++).toString();
    r.ownerId = q.value(i++).toString();
    r.activeflowId = q.value(i++).toString();
    r.referenceType = q.value(i++).toString();
    r.referenceId = q.value(i++).toString();
    r.status = q.value(i++).toString();
    r.format = q.value(i++).toString();
    r.onEndFlowId = q.value(i++).toString();
    r.tmStart = q.value(i++).toLongLong();
    r.tmEnd = q.value(i++).toLongLong();
    r.tmCreate = q.value(i++).toLongLong();
    r.tmUpdate = q.value(i++).toLongLong();
    r.tmDelete = q.value(i++).toLongLong();
    r.legacyEmptyDelete = q.value(i++).toBool();
    return r;
}

FileRow fileFrom(const QSqlQuery &q)
{
    FileRow f;
    int i = 0;
    f.id = q.value(i++).toString();
    f.customerId = q.value(i++).toString();
    f.ownerType = q.value(i++).toString();
    f.ownerId = q.value(i++).toString();
    f.referenceType = q.value(i++).toString();
    f.referenceId = q.value(i++).toString();
    f.type = q.value(i++).toString();
    f.name = q.value(i++).toString();
    f.detail = q.value(i++).toString();
    f.filename = q.value(i++).toString();
    f.filesize = q.value(i++).toLongLong();
    f.bodyKind = q.value(i++).toString();
    f.samples = q.value(i++).toLongLong();
    f.etag = q.value(i++).toString();
    f.tmDownloadExpire = q.value(i++).toLongLong();
    f.tmCreate = q.value(i++).toLongLong();
    f.tmUpdate = q.value(i++).toLongLong();
    f.tmDelete = q.value(i++).toLongLong();
    return f;
}

} // namespace

qint64 RecordingRow::audioSamples() const
{
    if (tmStart == kNotHappened || tmEnd == kNotHappened || tmEnd <= tmStart)
        return 0;
    return wavSamplesForDuration(tmEnd - tmStart);
}

Store::Store()
    : m_connection(QStringLiteral("recdesk-sandbox-%1").arg(g_connectionCounter.fetchAndAddRelaxed(1)))
{}

Store::~Store()
{
    close();
}

bool Store::open(const QString &path, QString *error)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
        db.setDatabaseName(path);
        if (!db.open()) {
            if (error)
                *error = db.lastError().text();
            return false;
        }
    }
    const QStringList schema = {
        QStringLiteral("PRAGMA journal_mode=WAL"),
        QStringLiteral("PRAGMA synchronous=NORMAL"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS recordings (id TEXT PRIMARY KEY, customer_id TEXT, "
                       "owner_type TEXT, owner_id TEXT, activeflow_id TEXT, reference_type TEXT, "
                       "reference_id TEXT, status TEXT, format TEXT, on_end_flow_id TEXT, tm_start INTEGER, "
                       "tm_end INTEGER, tm_create INTEGER NOT NULL, tm_update INTEGER, "
                       "tm_delete INTEGER, legacy_empty_delete INTEGER)"),
        // Not UNIQUE: tests may seed equal tm_create values (CreateTime::AsGiven). Folders made
        // before that keep their UNIQUE column, where such a seed fails.
        QStringLiteral("CREATE INDEX IF NOT EXISTS recordings_created ON recordings(tm_create)"),
        QStringLiteral(
            "CREATE TABLE IF NOT EXISTS files (id TEXT PRIMARY KEY, customer_id TEXT, owner_type TEXT, "
            "owner_id TEXT, reference_type TEXT, reference_id TEXT, type TEXT, name TEXT, "
            "detail TEXT, filename TEXT, filesize INTEGER, body_kind TEXT, samples INTEGER, "
            "etag TEXT, tm_download_expire INTEGER, tm_create INTEGER NOT NULL UNIQUE, "
            "tm_update INTEGER, tm_delete INTEGER)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS files_reference ON files(reference_id)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS analytics_uploads (id TEXT PRIMARY KEY, "
                       "file_name TEXT NOT NULL UNIQUE, size INTEGER, source TEXT, metadata TEXT)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS assistant_files (id TEXT PRIMARY KEY, name TEXT, "
                       "size INTEGER, user TEXT, created_at INTEGER)"),
        // Added with calls, conferences and agents: a data folder from before gets the tables
        // here and their rows from SandboxContext::open (the "call_data" meta key).
        QStringLiteral("CREATE TABLE IF NOT EXISTS calls (id TEXT PRIMARY KEY, customer_id TEXT, "
                       "owner_type TEXT, owner_id TEXT, flow_id TEXT, activeflow_id TEXT, type TEXT, "
                       "master_call_id TEXT, recording_id TEXT, recording_ids TEXT, source_type TEXT, "
                       "source_target TEXT, source_target_name TEXT, source_name TEXT, source_detail TEXT, "
                       "destination_type TEXT, destination_target TEXT, destination_target_name TEXT, "
                       "destination_name TEXT, destination_detail TEXT, status TEXT, direction TEXT, "
                       "hangup_by TEXT, hangup_reason TEXT, tm_ringing INTEGER, tm_progressing INTEGER, "
                       "tm_hangup INTEGER, tm_create INTEGER NOT NULL UNIQUE, tm_update INTEGER, "
                       "tm_delete INTEGER)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS conferences (id TEXT PRIMARY KEY, customer_id TEXT, "
                       "type TEXT, status TEXT, name TEXT, detail TEXT, timeout INTEGER, pre_flow_id TEXT, "
                       "post_flow_id TEXT, conferencecall_ids TEXT, recording_id TEXT, recording_ids TEXT, "
                       "direct_hash TEXT, tm_end INTEGER, tm_create INTEGER NOT NULL, tm_update INTEGER, "
                       "tm_delete INTEGER)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS agents (id TEXT PRIMARY KEY, customer_id TEXT, "
                       "username TEXT, name TEXT, detail TEXT, ring_method TEXT, status TEXT, "
                       "permission INTEGER, tag_ids TEXT, addresses TEXT, direct_hash TEXT, "
                       "tm_create INTEGER NOT NULL UNIQUE, tm_update INTEGER, tm_delete INTEGER)"),
    };
    for (const QString &sql : schema) {
        if (!exec(sql)) {
            if (error)
                *error = m_lastError;
            return false;
        }
    }
    return true;
}

void Store::close()
{
    m_prepared.clear(); // the statements hold the connection
    if (QSqlDatabase::contains(m_connection)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connection, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connection);
    }
}

bool Store::exec(const QString &sql)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (!q.exec(sql)) {
        m_lastError = q.lastError().text();
        return false;
    }
    return true;
}

QSqlQuery &Store::prepared(const QString &sql) const
{
    std::unique_ptr<QSqlQuery> &query = m_prepared[sql];
    if (!query) {
        query = std::make_unique<QSqlQuery>(QSqlDatabase::database(m_connection));
        query->setForwardOnly(true);
        if (!query->prepare(sql))
            m_lastError = query->lastError().text();
    }
    return *query;
}

bool Store::run(QSqlQuery &query, const QVariantList &values) const
{
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        return false;
    }
    return true;
}

int Store::count(const QString &sql) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (q.exec(sql) && q.next())
        return q.value(0).toInt();
    return 0;
}

QString Store::meta(const QString &key) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.addBindValue(key);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return {};
}

bool Store::setMeta(const QString &key, const QString &value)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO meta(key, value) VALUES(?, ?)"));
    q.addBindValue(key);
    q.addBindValue(value);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return false;
    }
    return true;
}

bool Store::transaction()
{
    return QSqlDatabase::database(m_connection).transaction();
}

bool Store::commit()
{
    return QSqlDatabase::database(m_connection).commit();
}

void Store::rollback()
{
    QSqlDatabase::database(m_connection).rollback();
}

qint64 Store::uniqueCreate(const QString &table, qint64 wanted) const
{
    QSqlQuery &q = prepared(QStringLiteral("SELECT 1 FROM %1 WHERE tm_create = ?").arg(table));
    while (true) {
        q.bindValue(0, wanted);
        const bool taken = q.exec() && q.next();
        q.finish();
        if (!taken)
            return wanted;
        ++wanted;
    }
}

bool Store::insertRecording(RecordingRow &r, CreateTime createTime)
{
    if (createTime == CreateTime::MakeUnique)
        r.tmCreate = uniqueCreate(QStringLiteral("recordings"), r.tmCreate);
    return run(prepared(QStringLiteral("INSERT INTO recordings(%1) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")
                            .arg(QLatin1String(kRecordingColumns))),
               {r.id, r.customerId, r.ownerType, r.ownerId, r.activeflowId, r.referenceType, r.referenceId,
                r.status, r.format, r.onEndFlowId, r.tmStart, r.tmEnd, r.tmCreate, r.tmUpdate, r.tmDelete,
                int(r.legacyEmptyDelete)});
}

bool Store::insertFile(FileRow &f)
{
    f.tmCreate = uniqueCreate(QStringLiteral("files"), f.tmCreate);
    return run(prepared(QStringLiteral("INSERT INTO files(%1) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")
                            .arg(QLatin1String(kFileColumns))),
               {f.id, f.customerId, f.ownerType, f.ownerId, f.referenceType, f.referenceId, f.type, f.name,
                f.detail, f.filename, f.filesize, f.bodyKind, f.samples, f.etag, f.tmDownloadExpire,
                f.tmCreate, f.tmUpdate, f.tmDelete});
}

bool Store::insertCall(CallRow &c)
{
    c.tmCreate = uniqueCreate(QStringLiteral("calls"), c.tmCreate);
    QVariantList values = {c.id,          c.customerId,           c.ownerType, c.ownerId,
                           c.flowId,      c.activeflowId,         c.type,      c.masterCallId,
                           c.recordingId, joinIds(c.recordingIds)};
    values += addressValues(c.source);
    values += addressValues(c.destination);
    values += QVariantList{c.status,        c.direction, c.hangupBy, c.hangupReason, c.tmRinging,
                           c.tmProgressing, c.tmHangup,  c.tmCreate, c.tmUpdate,     c.tmDelete};
    return run(
        prepared(QStringLiteral("INSERT INTO calls(%1) VALUES(%2)")
                     .arg(QLatin1String(kCallColumns), QStringLiteral("?,").repeated(29) + QLatin1Char('?'))),
        values);
}

bool Store::insertConference(const ConferenceRow &c)
{
    return run(prepared(QStringLiteral("INSERT INTO conferences(%1) VALUES(%2)")
                            .arg(QLatin1String(kConferenceColumns),
                                 QStringLiteral("?,").repeated(16) + QLatin1Char('?'))),
               {c.id, c.customerId, c.type, c.status, c.name, c.detail, c.timeout, c.preFlowId, c.postFlowId,
                joinIds(c.conferencecallIds), c.recordingId, joinIds(c.recordingIds), c.directHash, c.tmEnd,
                c.tmCreate, c.tmUpdate, c.tmDelete});
}

bool Store::insertAgent(AgentRow &a)
{
    a.tmCreate = uniqueCreate(QStringLiteral("agents"), a.tmCreate);
    return run(prepared(QStringLiteral("INSERT INTO agents(%1) VALUES(%2)")
                            .arg(QLatin1String(kAgentColumns),
                                 QStringLiteral("?,").repeated(13) + QLatin1Char('?'))),
               {a.id, a.customerId, a.username, a.name, a.detail, a.ringMethod, a.status, a.permission,
                joinIds(a.tagIds), addressesText(a.addresses), a.directHash, a.tmCreate, a.tmUpdate,
                a.tmDelete});
}

QList<CallRow> Store::listCalls(qint64 before, int limit) const
{
    QSqlQuery &q =
        prepared(QStringLiteral("SELECT %1 FROM calls WHERE tm_delete = -1 AND (? < 0 OR tm_create < ?) "
                                "ORDER BY tm_create DESC LIMIT ?")
                     .arg(QLatin1String(kCallColumns)));
    QList<CallRow> out;
    if (run(q, {before, before, limit})) {
        while (q.next())
            out.append(callFrom(q));
    }
    q.finish();
    return out;
}

QList<AgentRow> Store::listAgents(qint64 before, int limit) const
{
    QSqlQuery &q =
        prepared(QStringLiteral("SELECT %1 FROM agents WHERE tm_delete = -1 AND (? < 0 OR tm_create < ?) "
                                "ORDER BY tm_create DESC LIMIT ?")
                     .arg(QLatin1String(kAgentColumns)));
    QList<AgentRow> out;
    if (run(q, {before, before, limit})) {
        while (q.next())
            out.append(agentFrom(q));
    }
    q.finish();
    return out;
}

std::optional<CallRow> Store::call(const QString &id) const
{
    QSqlQuery &q =
        prepared(QStringLiteral("SELECT %1 FROM calls WHERE id = ?").arg(QLatin1String(kCallColumns)));
    std::optional<CallRow> out;
    if (run(q, {id.toLower()}) && q.next())
        out = callFrom(q);
    q.finish();
    return out;
}

std::optional<ConferenceRow> Store::conference(const QString &id) const
{
    QSqlQuery &q = prepared(
        QStringLiteral("SELECT %1 FROM conferences WHERE id = ?").arg(QLatin1String(kConferenceColumns)));
    std::optional<ConferenceRow> out;
    if (run(q, {id.toLower()}) && q.next())
        out = conferenceFrom(q);
    q.finish();
    return out;
}

std::optional<AgentRow> Store::agent(const QString &id) const
{
    QSqlQuery &q =
        prepared(QStringLiteral("SELECT %1 FROM agents WHERE id = ?").arg(QLatin1String(kAgentColumns)));
    std::optional<AgentRow> out;
    if (run(q, {id.toLower()}) && q.next())
        out = agentFrom(q);
    q.finish();
    return out;
}

int Store::countCalls() const
{
    return count(QStringLiteral("SELECT COUNT(*) FROM calls"));
}

int Store::countConferences() const
{
    return count(QStringLiteral("SELECT COUNT(*) FROM conferences"));
}

int Store::countListedAgents() const
{
    return count(QStringLiteral("SELECT COUNT(*) FROM agents WHERE tm_delete = -1"));
}

bool Store::forEachRecordingWithoutReference(const std::function<bool(const RecordingRow &)> &visit) const
{
    // Its own statement (not a cached one): visit inserts calls while this one is being read.
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.setForwardOnly(true);
    const QString sql =
        QStringLiteral("SELECT %1 FROM recordings r WHERE NOT EXISTS (SELECT 1 FROM calls c "
                       "WHERE c.id = r.reference_id) AND NOT EXISTS (SELECT 1 FROM conferences f "
                       "WHERE f.id = r.reference_id) ORDER BY tm_create")
            .arg(QLatin1String(kRecordingColumns));
    if (!q.exec(sql)) {
        m_lastError = q.lastError().text();
        return false;
    }
    while (q.next()) {
        if (!visit(recordingFrom(q)))
            return false;
    }
    return true;
}

int Store::countRecordings() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (q.exec(QStringLiteral("SELECT COUNT(*) FROM recordings")) && q.next())
        return q.value(0).toInt();
    return 0;
}

int Store::countFiles() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (q.exec(QStringLiteral("SELECT COUNT(*) FROM files")) && q.next())
        return q.value(0).toInt();
    return 0;
}

int Store::countListedRecordings() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (q.exec(QStringLiteral("SELECT COUNT(*) FROM recordings WHERE tm_delete = -1")) && q.next())
        return q.value(0).toInt();
    return 0;
}

int Store::countListedFiles() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (q.exec(QStringLiteral("SELECT COUNT(*) FROM files WHERE tm_delete = -1")) && q.next())
        return q.value(0).toInt();
    return 0;
}

QList<RecordingRow> Store::listRecordings(qint64 before, int limit) const
{
    // Two statements rather than "(? < 0 OR tm_create < ?)": with the OR, SQLite walks the index
    // from the newest row down to the page, so a page 99,000 rows deep cost ~9 ms; a plain range
    // seeks to it, as the platform's own database does.
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(
        QStringLiteral("SELECT %1 FROM recordings WHERE tm_delete = -1%2 ORDER BY tm_create DESC LIMIT ?")
            .arg(QLatin1String(kRecordingColumns),
                 before < 0 ? QString() : QStringLiteral(" AND tm_create < ?")));
    if (before >= 0)
        q.addBindValue(before);
    q.addBindValue(limit);
    QList<RecordingRow> out;
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return out;
    }
    while (q.next())
        out.append(recordingFrom(q));
    return out;
}

QList<FileRow> Store::listFiles(qint64 before, int limit, const QString &ownerFilter) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT %1 FROM files WHERE tm_delete = -1 AND (? < 0 OR tm_create < ?) "
                             "AND (? = '' OR owner_id = ?) ORDER BY tm_create DESC LIMIT ?")
                  .arg(QLatin1String(kFileColumns)));
    q.addBindValue(before);
    q.addBindValue(before);
    q.addBindValue(ownerFilter.isNull() ? QStringLiteral("") : ownerFilter);
    q.addBindValue(ownerFilter.isNull() ? QStringLiteral("") : ownerFilter);
    q.addBindValue(limit);
    QList<FileRow> out;
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return out;
    }
    while (q.next())
        out.append(fileFrom(q));
    return out;
}

std::optional<RecordingRow> Store::recording(const QString &id) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT %1 FROM recordings WHERE id = ?").arg(QLatin1String(kRecordingColumns)));
    q.addBindValue(id.toLower());
    if (q.exec() && q.next())
        return recordingFrom(q);
    return std::nullopt;
}

std::optional<FileRow> Store::file(const QString &id) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT %1 FROM files WHERE id = ?").arg(QLatin1String(kFileColumns)));
    q.addBindValue(id.toLower());
    if (q.exec() && q.next())
        return fileFrom(q);
    return std::nullopt;
}

QList<FileRow> Store::filesReferencing(const QString &recordingId) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT %1 FROM files WHERE reference_id = ? AND tm_delete = -1")
                  .arg(QLatin1String(kFileColumns)));
    q.addBindValue(recordingId.toLower());
    QList<FileRow> out;
    if (q.exec()) {
        while (q.next())
            out.append(fileFrom(q));
    }
    return out;
}

bool Store::markRecordingDeleted(const QString &id, qint64 when)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("UPDATE recordings SET tm_delete = ?, tm_update = ?, legacy_empty_delete = 0 "
                             "WHERE id = ?"));
    q.addBindValue(when);
    q.addBindValue(when);
    q.addBindValue(id.toLower());
    return q.exec() && q.numRowsAffected() == 1;
}

bool Store::markFileDeleted(const QString &id, qint64 when)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("UPDATE files SET tm_delete = ?, tm_update = ? WHERE id = ?"));
    q.addBindValue(when);
    q.addBindValue(when);
    q.addBindValue(id.toLower());
    return q.exec() && q.numRowsAffected() == 1;
}

bool Store::setFileDownloadExpire(const QString &id, qint64 when)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("UPDATE files SET tm_download_expire = ? WHERE id = ?"));
    q.addBindValue(when);
    q.addBindValue(id.toLower());
    return q.exec();
}

bool Store::analyticsNameExists(const QString &fileName) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT 1 FROM analytics_uploads WHERE file_name = ?"));
    q.addBindValue(fileName);
    return q.exec() && q.next();
}

QString Store::analyticsUploadMetadata(const QString &fileName) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT metadata FROM analytics_uploads WHERE file_name = ?"));
    q.addBindValue(fileName);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

bool Store::insertAnalyticsUpload(const QString &id, const QString &fileName, qint64 size,
                                  const QString &source, const QString &metadataJson)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("INSERT INTO analytics_uploads(id, file_name, size, source, metadata) "
                             "VALUES(?,?,?,?,?)"));
    q.addBindValue(id);
    q.addBindValue(fileName);
    q.addBindValue(size);
    q.addBindValue(source);
    q.addBindValue(metadataJson);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return false;
    }
    return true;
}

bool Store::insertAssistantFile(const QString &id, const QString &name, qint64 size, const QString &user,
                                qint64 createdAt)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(
        QStringLiteral("INSERT INTO assistant_files(id, name, size, user, created_at) VALUES(?,?,?,?,?)"));
    q.addBindValue(id);
    q.addBindValue(name);
    q.addBindValue(size);
    q.addBindValue(user);
    q.addBindValue(createdAt);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return false;
    }
    return true;
}

} // namespace recdesk::sandbox
