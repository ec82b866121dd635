#include "reviewstore.h"

#include "settings/profilefilekey.h"

#include <atomic>
#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTimeZone>
#include <QVariant>

namespace recdesk {

namespace {

// Ids as the services write them (no braces), times as UTC milliseconds since the epoch.
QString idText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

QVariant msOf(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch()) : QVariant(QMetaType(QMetaType::LongLong));
}

QDateTime timeOf(const QVariant &ms)
{
    return ms.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(ms.toLongLong(), QTimeZone::utc());
}

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

// AUTOINCREMENT: a removed note's id is never given to a new note, so restoreNote() can always
// put it back under its own id.
const char *const kSchema[] = {
    "CREATE TABLE subjects (recording_id TEXT PRIMARY KEY NOT NULL, call_id TEXT NOT NULL, "
    "agent TEXT NOT NULL, customer TEXT NOT NULL, start_ms INTEGER)",
    "CREATE TABLE states (recording_id TEXT PRIMARY KEY NOT NULL, state TEXT NOT NULL, "
    "modified_ms INTEGER NOT NULL)",
    "CREATE TABLE notes (id INTEGER PRIMARY KEY AUTOINCREMENT, recording_id TEXT NOT NULL, "
    "offset_ms INTEGER NOT NULL, text TEXT NOT NULL, author TEXT NOT NULL, created_ms INTEGER NOT NULL, "
    "modified_ms INTEGER NOT NULL)",
    "CREATE INDEX notes_by_recording ON notes (recording_id, offset_ms, id)",
};

const QString kNoteColumns =
    QStringLiteral("id, recording_id, offset_ms, text, author, created_ms, modified_ms");

ReviewNote noteFrom(const QSqlQuery &q)
{
    ReviewNote n;
    n.id = q.value(0).toLongLong();
    n.recordingId = QUuid::fromString(q.value(1).toString());
    n.offsetMs = q.value(2).toLongLong();
    n.text = q.value(3).toString();
    n.author = q.value(4).toString();
    n.created = timeOf(q.value(5));
    n.modified = timeOf(q.value(6));
    return n;
}

ReviewSubject subjectFrom(const QSqlQuery &q)
{
    ReviewSubject s;
    s.recordingId = QUuid::fromString(q.value(0).toString());
    s.callId = q.value(1).toString();
    s.agent = q.value(2).toString();
    s.customer = q.value(3).toString();
    s.start = timeOf(q.value(4));
    return s;
}

} // namespace

ReviewStore::ReviewStore(QObject *parent)
    : QObject(parent)
{
    static std::atomic<int> instances{0};
    m_connectionName = QStringLiteral("recdesk-reviews-%1").arg(++instances);
}

ReviewStore::~ReviewStore()
{
    close();
}

QString ReviewStore::defaultPath(const QString &profileName)
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("reviews/") + profileFileKey(profileName) + QStringLiteral(".sqlite"));
}

QString ReviewStore::demoPath(const QString &demoDataDir)
{
    return QDir(demoDataDir).filePath(QStringLiteral("reviews.sqlite"));
}

QSqlDatabase ReviewStore::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

void ReviewStore::close()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    database().close();
    // No QSqlDatabase or QSqlQuery of this connection is alive here (all are locals of the
    // methods), which removeDatabase() needs.
    QSqlDatabase::removeDatabase(m_connectionName);
    m_open = false;
}

bool ReviewStore::fail(const QString &sentence) const
{
    m_lastError = sentence;
    return false;
}

bool ReviewStore::failQuery(const QSqlQuery &query) const
{
    return fail(tr("The review database %1 could not be read or written: %2")
                    .arg(QDir::toNativeSeparators(m_path), query.lastError().text()));
}

bool ReviewStore::execute(QSqlQuery &query) const
{
    if (!m_open)
        return fail(tr("The review database is not open."));
    return query.exec() || failQuery(query);
}

bool ReviewStore::open(const QString &path, QString *error)
{
    close();
    m_path = path;
    m_lastError.clear();
    if (openDatabase())
        return true;
    // After openDatabase()'s handles are gone: removeDatabase() wants none alive.
    close();
    if (error)
        *error = m_lastError;
    return false;
}

bool ReviewStore::openDatabase()
{
    const QString nativePath = QDir::toNativeSeparators(m_path);
    if (!QDir().mkpath(QFileInfo(m_path).absolutePath()))
        return fail(tr("The folder of the review database %1 could not be created.").arg(nativePath));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    if (!db.isValid())
        return fail(tr("The review database cannot be opened: Qt's SQLite driver is missing."));
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open())
        return fail(
            tr("The review database %1 could not be opened: %2").arg(nativePath, db.lastError().text()));
    m_open = true;

    // SQLite opens any file lazily: the first read is what finds out that it is not a database.
    QSqlQuery version(db);
    if (!version.exec(QStringLiteral("PRAGMA user_version")) || !version.next())
        return fail(
            tr("%1 is not a Recdesk review database (%2).").arg(nativePath, version.lastError().text()));
    const int found = version.value(0).toInt();
    version.finish();
    if (found > kSchemaVersion)
        return fail(tr("The review database %1 was written by a newer Recdesk (schema version %2; this "
                       "one reads up to %3): update Recdesk to open it.")
                        .arg(nativePath)
                        .arg(found)
                        .arg(kSchemaVersion));
    if (found > 0)
        return true;
    // A new file, or some other SQLite database: only an empty one becomes ours.
    QSqlQuery tables(db);
    if (!tables.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !tables.next())
        return fail(
            tr("%1 is not a Recdesk review database (%2).").arg(nativePath, tables.lastError().text()));
    if (tables.value(0).toInt() != 0)
        return fail(tr("%1 is not a Recdesk review database.").arg(nativePath));
    tables.finish();
    return createSchema();
}

QSqlQuery ReviewStore::prepare(const QString &sql) const
{
    QSqlQuery q(database());
    // A closed store prepares nothing; execute() then says it is not open.
    if (m_open)
        q.prepare(sql);
    return q;
}

bool ReviewStore::beginTransaction()
{
    if (!m_open)
        return fail(tr("The review database is not open."));
    QSqlDatabase db = database();
    return db.transaction() || fail(tr("The review database %1 could not be written: %2")
                                        .arg(QDir::toNativeSeparators(m_path), db.lastError().text()));
}

bool ReviewStore::createSchema()
{
    if (!beginTransaction())
        return false;
    QStringList statements;
    for (const char *statement : kSchema)
        statements.append(QString::fromLatin1(statement));
    statements.append(QStringLiteral("PRAGMA user_version = %1").arg(kSchemaVersion));
    for (const QString &statement : std::as_const(statements)) {
        QSqlQuery q = prepare(statement);
        if (!execute(q))
            return commitOrRollBack(false);
    }
    return commitOrRollBack(true);
}

bool ReviewStore::commitOrRollBack(bool ok)
{
    QSqlDatabase db = database();
    if (ok && db.commit())
        return true;
    if (ok)
        fail(tr("The review database %1 could not be written: %2")
                 .arg(QDir::toNativeSeparators(m_path), db.lastError().text()));
    db.rollback();
    return false;
}

ReviewState ReviewStore::state(const QUuid &recordingId) const
{
    m_lastError.clear();
    QSqlQuery q = prepare(QStringLiteral("SELECT state FROM states WHERE recording_id = ?"));
    q.addBindValue(idText(recordingId));
    ReviewState state = ReviewState::NotReviewed;
    if (execute(q) && q.next())
        reviewStateFromKey(q.value(0).toString(), &state);
    return state;
}

QHash<QUuid, ReviewState> ReviewStore::states() const
{
    m_lastError.clear();
    QHash<QUuid, ReviewState> states;
    QSqlQuery q = prepare(QStringLiteral("SELECT recording_id, state FROM states"));
    if (!execute(q))
        return states;
    while (q.next()) {
        ReviewState state = ReviewState::NotReviewed;
        // A key this build does not know is left out, not misread.
        if (reviewStateFromKey(q.value(1).toString(), &state))
            states.insert(QUuid::fromString(q.value(0).toString()), state);
    }
    return states;
}

bool ReviewStore::saveSubject(const ReviewSubject &subject)
{
    QSqlQuery q = prepare(QStringLiteral(
        "INSERT INTO subjects (recording_id, call_id, agent, customer, start_ms) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT (recording_id) DO UPDATE SET "
        "call_id = CASE WHEN excluded.call_id <> '' THEN excluded.call_id ELSE call_id END, "
        "agent = CASE WHEN excluded.agent <> '' THEN excluded.agent ELSE agent END, "
        "customer = CASE WHEN excluded.customer <> '' THEN excluded.customer ELSE customer END, "
        "start_ms = coalesce(excluded.start_ms, start_ms)"));
    // QString() would bind NULL: the columns are NOT NULL, empty is "unknown".
    const auto text = [](const QString &s) { return s.isNull() ? QStringLiteral("") : s; };
    q.addBindValue(idText(subject.recordingId));
    q.addBindValue(text(subject.callId));
    q.addBindValue(text(subject.agent));
    q.addBindValue(text(subject.customer));
    q.addBindValue(msOf(subject.start));
    return execute(q);
}

bool ReviewStore::setState(const ReviewSubject &subject, ReviewState state)
{
    m_lastError.clear();
    if (subject.recordingId.isNull())
        return fail(tr("A review needs the recording's id."));
    const ReviewState before = this->state(subject.recordingId);
    if (!beginTransaction())
        return false;
    bool ok = saveSubject(subject);
    QSqlQuery q = prepare(state == ReviewState::NotReviewed
                              ? QStringLiteral("DELETE FROM states WHERE recording_id = ?")
                              : QStringLiteral("INSERT INTO states (recording_id, state, modified_ms) VALUES "
                                               "(?, ?, ?) ON CONFLICT (recording_id) DO UPDATE SET "
                                               "state = excluded.state, modified_ms = excluded.modified_ms"));
    q.addBindValue(idText(subject.recordingId));
    if (state != ReviewState::NotReviewed) {
        q.addBindValue(reviewStateKey(state));
        q.addBindValue(nowMs());
    }
    ok = ok && execute(q);
    if (!commitOrRollBack(ok))
        return false;
    if (state != before)
        emit stateChanged(subject.recordingId, state);
    return true;
}

QList<ReviewNote> ReviewStore::notes(const QUuid &recordingId) const
{
    m_lastError.clear();
    QList<ReviewNote> notes;
    QSqlQuery q = prepare(QStringLiteral("SELECT ") + kNoteColumns +
                          QStringLiteral(" FROM notes WHERE recording_id = ? ORDER BY offset_ms, id"));
    q.addBindValue(idText(recordingId));
    if (!execute(q))
        return notes;
    while (q.next())
        notes.append(noteFrom(q));
    return notes;
}

qint64 ReviewStore::addNote(const ReviewSubject &subject, qint64 offsetMs, const QString &text,
                            const QString &author)
{
    m_lastError.clear();
    const auto refuse = [this](const QString &sentence) {
        fail(sentence);
        return qint64(0);
    };
    if (subject.recordingId.isNull())
        return refuse(tr("A review needs the recording's id."));
    if (offsetMs < 0)
        return refuse(tr("A note's moment cannot be before the start of the recording."));
    if (text.trimmed().isEmpty())
        return refuse(tr("A note needs some text."));
    if (!beginTransaction())
        return qint64(0);
    bool ok = saveSubject(subject);
    QSqlQuery q =
        prepare(QStringLiteral("INSERT INTO notes (recording_id, offset_ms, text, author, created_ms, "
                               "modified_ms) VALUES (?, ?, ?, ?, ?, ?)"));
    const qint64 now = nowMs();
    q.addBindValue(idText(subject.recordingId));
    q.addBindValue(offsetMs);
    q.addBindValue(text);
    q.addBindValue(author.isNull() ? QStringLiteral("") : author);
    q.addBindValue(now);
    q.addBindValue(now);
    ok = ok && execute(q);
    const qint64 id = ok ? q.lastInsertId().toLongLong() : 0;
    if (!commitOrRollBack(ok && id > 0))
        return 0;
    emit notesChanged(subject.recordingId);
    return id;
}

bool ReviewStore::readNote(qint64 id, ReviewNote *note) const
{
    QSqlQuery q =
        prepare(QStringLiteral("SELECT ") + kNoteColumns + QStringLiteral(" FROM notes WHERE id = ?"));
    q.addBindValue(id);
    if (!execute(q))
        return false;
    if (!q.next())
        return fail(tr("There is no review note %1.").arg(id));
    *note = noteFrom(q);
    return true;
}

bool ReviewStore::updateNote(qint64 id, const QString &text)
{
    m_lastError.clear();
    if (text.trimmed().isEmpty())
        return fail(tr("A note needs some text."));
    ReviewNote note;
    if (!readNote(id, &note))
        return false;
    QSqlQuery q = prepare(QStringLiteral("UPDATE notes SET text = ?, modified_ms = ? WHERE id = ?"));
    q.addBindValue(text);
    q.addBindValue(nowMs());
    q.addBindValue(id);
    if (!execute(q))
        return false;
    emit notesChanged(note.recordingId);
    return true;
}

bool ReviewStore::removeNote(qint64 id, ReviewNote *removed)
{
    m_lastError.clear();
    ReviewNote note;
    if (!readNote(id, &note))
        return false;
    QSqlQuery q = prepare(QStringLiteral("DELETE FROM notes WHERE id = ?"));
    q.addBindValue(id);
    if (!execute(q))
        return false;
    if (removed)
        *removed = note;
    emit notesChanged(note.recordingId);
    return true;
}

bool ReviewStore::restoreNote(const ReviewNote &note)
{
    m_lastError.clear();
    if (note.id <= 0 || note.recordingId.isNull() || note.offsetMs < 0 || note.text.trimmed().isEmpty())
        return fail(tr("This note cannot be restored: it was never stored."));
    QSqlQuery q = prepare(QStringLiteral("INSERT INTO notes (") + kNoteColumns +
                          QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(note.id);
    q.addBindValue(idText(note.recordingId));
    q.addBindValue(note.offsetMs);
    q.addBindValue(note.text);
    q.addBindValue(note.author.isNull() ? QStringLiteral("") : note.author);
    q.addBindValue(note.created.isValid() ? note.created.toMSecsSinceEpoch() : nowMs());
    q.addBindValue(note.modified.isValid() ? note.modified.toMSecsSinceEpoch() : nowMs());
    if (!execute(q))
        return false;
    emit notesChanged(note.recordingId);
    return true;
}

ReviewSubject ReviewStore::subject(const QUuid &recordingId) const
{
    m_lastError.clear();
    QSqlQuery q = prepare(QStringLiteral(
        "SELECT recording_id, call_id, agent, customer, start_ms FROM subjects WHERE recording_id = ?"));
    q.addBindValue(idText(recordingId));
    if (execute(q) && q.next())
        return subjectFrom(q);
    return ReviewSubject();
}

QList<ReviewSubject> ReviewStore::subjects() const
{
    m_lastError.clear();
    QList<ReviewSubject> subjects;
    QSqlQuery q =
        prepare(QStringLiteral("SELECT recording_id, call_id, agent, customer, start_ms FROM subjects"));
    if (!execute(q))
        return subjects;
    while (q.next())
        subjects.append(subjectFrom(q));
    return subjects;
}

} // namespace recdesk
