#include "store.h"

#include "wavgenerator.h"

#include <QAtomicInt>
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
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT 1 FROM %1 WHERE tm_create = ?").arg(table));
    while (true) {
        q.bindValue(0, wanted);
        if (!q.exec() || !q.next())
            return wanted;
        ++wanted;
    }
}

bool Store::insertRecording(RecordingRow &r, CreateTime createTime)
{
    if (createTime == CreateTime::MakeUnique)
        r.tmCreate = uniqueCreate(QStringLiteral("recordings"), r.tmCreate);
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("INSERT INTO recordings(%1) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")
                  .arg(QLatin1String(kRecordingColumns)));
    for (const QVariant &v :
         {QVariant(r.id), QVariant(r.customerId), QVariant(r.ownerType), QVariant(r.ownerId),
          QVariant(r.activeflowId), QVariant(r.referenceType), QVariant(r.referenceId), QVariant(r.status),
          QVariant(r.format), QVariant(r.onEndFlowId), QVariant(r.tmStart), QVariant(r.tmEnd),
          QVariant(r.tmCreate), QVariant(r.tmUpdate), QVariant(r.tmDelete),
          QVariant(int(r.legacyEmptyDelete))})
        q.addBindValue(v);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return false;
    }
    return true;
}

bool Store::insertFile(FileRow &f)
{
    f.tmCreate = uniqueCreate(QStringLiteral("files"), f.tmCreate);
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("INSERT INTO files(%1) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")
                  .arg(QLatin1String(kFileColumns)));
    for (const QVariant &v :
         {QVariant(f.id), QVariant(f.customerId), QVariant(f.ownerType), QVariant(f.ownerId),
          QVariant(f.referenceType), QVariant(f.referenceId), QVariant(f.type), QVariant(f.name),
          QVariant(f.detail), QVariant(f.filename), QVariant(f.filesize), QVariant(f.bodyKind),
          QVariant(f.samples), QVariant(f.etag), QVariant(f.tmDownloadExpire), QVariant(f.tmCreate),
          QVariant(f.tmUpdate), QVariant(f.tmDelete)})
        q.addBindValue(v);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
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
