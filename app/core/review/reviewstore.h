#pragma once

#include "reviewnote.h"
#include "reviewstate.h"
#include "reviewsubject.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QUuid>

class QSqlDatabase;
class QSqlQuery;

namespace recdesk {

// One profile's reviews: the state of each recording, reviewers' notes at moments of it, and a
// snapshot of what an export says about it (ReviewSubject). Kept in one SQLite file on this
// machine (defaultPath()); nothing of it is ever sent over the network: no service of the
// contract has a place for it, and the notes may hold what a reviewer heard on a call.
//
// The file is opened in SQLite's default rollback-journal mode, not WAL: it is one file with no
// side files to copy or lose, its writes are a few rows at a time, and the GUI and recdeskctl may
// both have it open (each waits up to 5 s for the other's write). PRAGMA user_version is the
// schema version; a file of a newer Recdesk is refused rather than half-read.
//
// Used from the thread that made it (a Qt Sql connection belongs to one thread).
class ReviewStore : public QObject
{
    Q_OBJECT
public:
    // The schema this build writes and reads (PRAGMA user_version).
    static constexpr int kSchemaVersion = 1;

    explicit ReviewStore(QObject *parent = nullptr);
    ~ReviewStore() override;

    // <AppDataLocation>/reviews/<profileFileKey(name)>.sqlite: named by a hash of the profile's
    // name, like the profile's audio cache, so that no name a user typed becomes a path and two
    // profiles never share a file.
    static QString defaultPath(const QString &profileName);
    // Demo mode keeps its reviews beside the demo's data, as it does its audio cache.
    static QString demoPath(const QString &demoDataDir);

    // Opens (creating the folder and the schema when new) the database at path; a store that was
    // open is closed first. False with a sentence in *error (and lastError()) for a file that is
    // not a review database, one of a newer schema, or one that cannot be opened.
    bool open(const QString &path, QString *error = nullptr);
    bool isOpen() const { return m_open; }
    QString path() const { return m_path; }
    // Why the last call failed, as a sentence; empty after a call that succeeded.
    QString lastError() const { return m_lastError; }

    // NotReviewed for a recording nobody has reviewed (or on a read error, see lastError()).
    ReviewState state(const QUuid &recordingId) const;
    // Every recording whose state is not NotReviewed.
    QHash<QUuid, ReviewState> states() const;
    // Saves the state and the subject's snapshot (see subject()). NotReviewed removes the stored
    // state. stateChanged() when the state changed.
    bool setState(const ReviewSubject &subject, ReviewState state);

    // A recording's notes by offset, then in the order they were added.
    QList<ReviewNote> notes(const QUuid &recordingId) const;
    // Saves a note (text not blank, offset >= 0) and the subject's snapshot; the new note's id, or
    // 0 on failure. created and modified are now.
    qint64 addNote(const ReviewSubject &subject, qint64 offsetMs, const QString &text, const QString &author);
    // Replaces a note's text (not blank) and sets modified to now.
    bool updateNote(qint64 id, const QString &text);
    // Removes a note; *removed gets it as it was, for restoreNote().
    bool removeNote(qint64 id, ReviewNote *removed = nullptr);
    // Puts a removed note back under its own id, with its own times (the GUI's undo). Refused when
    // the id is taken; ids are never reused, so only by the note itself.
    bool restoreNote(const ReviewNote &note);

    // The last snapshot saved for a recording; a default ReviewSubject (null recordingId) when
    // none was. A field left empty in a later snapshot keeps the value known before.
    ReviewSubject subject(const QUuid &recordingId) const;
    // Every recording with a snapshot: each one that has, or had, a state or a note.
    QList<ReviewSubject> subjects() const;

signals:
    void stateChanged(const QUuid &recordingId, recdesk::ReviewState state);
    void notesChanged(const QUuid &recordingId);

private:
    void close();
    bool openDatabase();
    bool createSchema();
    QSqlQuery prepare(const QString &sql) const;
    bool fail(const QString &sentence) const;
    bool failQuery(const QSqlQuery &query) const;
    bool execute(QSqlQuery &query) const;
    bool saveSubject(const ReviewSubject &subject);
    bool beginTransaction();
    bool commitOrRollBack(bool ok);
    bool readNote(qint64 id, ReviewNote *note) const;
    QSqlDatabase database() const;

    QString m_connectionName; // unique per instance: Qt Sql connections are named globally
    QString m_path;
    bool m_open = false;
    mutable QString m_lastError;
};

} // namespace recdesk
