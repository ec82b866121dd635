// The local review store: its schema and versions, states, notes (with undo), signals, and one file
// per profile.

#include "review/reviewstore.h"

#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QtTest>

using namespace recdesk;

namespace {
ReviewSubject subjectOf(const QUuid &id, const QString &agent = QStringLiteral("agent7"))
{
    return {id, QStringLiteral("call-") + id.toString(QUuid::WithoutBraces).left(8), agent,
            QStringLiteral("+34 600 000 000"),
            QDateTime(QDate(2026, 3, 2), QTime(9, 15, 2, 250), QTimeZone::utc())};
}
} // namespace

class TestReviewStore : public QObject
{
    Q_OBJECT

private slots:
    void stateKeysAndNames()
    {
        QCOMPARE(reviewStateKey(ReviewState::NotReviewed), QStringLiteral("not-reviewed"));
        QCOMPARE(reviewStateKey(ReviewState::Reviewed), QStringLiteral("reviewed"));
        QCOMPARE(reviewStateKey(ReviewState::Flagged), QStringLiteral("flagged"));
        for (ReviewState s : {ReviewState::NotReviewed, ReviewState::Reviewed, ReviewState::Flagged}) {
            ReviewState parsed = s == ReviewState::Flagged ? ReviewState::Reviewed : ReviewState::Flagged;
            QVERIFY(reviewStateFromKey(reviewStateKey(s), &parsed));
            QCOMPARE(parsed, s);
        }
        ReviewState untouched = ReviewState::Flagged;
        QVERIFY(!reviewStateFromKey(u"Reviewed", &untouched));
        QVERIFY(!reviewStateFromKey(u"", &untouched));
        QCOMPARE(untouched, ReviewState::Flagged);
        QCOMPARE(ReviewStateText::displayName(ReviewState::NotReviewed), QStringLiteral("Not reviewed"));
        QCOMPARE(ReviewStateText::displayName(ReviewState::Flagged), QStringLiteral("Flagged"));
    }

    void createsTheSchemaAndKeepsEverythingAcrossARestart()
    {
        const QString path = m_dir.filePath(QStringLiteral("nested/folder/restart.sqlite"));
        const QUuid a = QUuid::createUuid(), b = QUuid::createUuid();
        qint64 first = 0, second = 0;
        {
            ReviewStore store;
            QString error;
            QVERIFY2(store.open(path, &error), qPrintable(error));
            QVERIFY(QFile::exists(path));
            QCOMPARE(userVersion(path), ReviewStore::kSchemaVersion);
            QVERIFY(store.setState(subjectOf(a), ReviewState::Flagged));
            first =
                store.addNote(subjectOf(b), 1500, QStringLiteral("greeting missing"), QStringLiteral("ana"));
            second = store.addNote(subjectOf(b), 200, QStringLiteral("hold music"), QStringLiteral("ana"));
            QVERIFY(first > 0 && second > first);
        }
        ReviewStore reopened;
        QVERIFY(reopened.open(path));
        QCOMPARE(reopened.state(a), ReviewState::Flagged);
        QCOMPARE(reopened.state(b), ReviewState::NotReviewed);
        const QList<ReviewNote> notes = reopened.notes(b);
        QCOMPARE(notes.size(), 2);
        QCOMPARE(notes.at(0).id, second); // by offset
        QCOMPARE(notes.at(0).offsetMs, 200);
        QCOMPARE(notes.at(1).text, QStringLiteral("greeting missing"));
        QCOMPARE(notes.at(1).author, QStringLiteral("ana"));
        QCOMPARE(notes.at(1).recordingId, b);
        QVERIFY(notes.at(1).created.isValid());
        QCOMPARE(notes.at(1).created.offsetFromUtc(), 0); // UTC (Qt 6.4 calls it a time zone, 6.8 UTC)
        QCOMPARE(reopened.subject(a).agent, QStringLiteral("agent7"));
        QCOMPARE(reopened.subject(a).start, subjectOf(a).start);
        QCOMPARE(reopened.subjects().size(), 2);
    }

    void statesDefaultAndUpsert()
    {
        ReviewStore store;
        QVERIFY(store.open(m_dir.filePath(QStringLiteral("states.sqlite"))));
        const QUuid id = QUuid::createUuid();
        QCOMPARE(store.state(id), ReviewState::NotReviewed);
        QVERIFY(store.states().isEmpty());
        QVERIFY(store.subject(id).recordingId.isNull());

        QSignalSpy changed(&store, &ReviewStore::stateChanged);
        QVERIFY(store.setState(subjectOf(id), ReviewState::Reviewed));
        QVERIFY(store.setState(subjectOf(id), ReviewState::Reviewed)); // no change, no signal
        QVERIFY(store.setState(subjectOf(id, QString()), ReviewState::Flagged));
        QCOMPARE(store.state(id), ReviewState::Flagged);
        QCOMPARE(store.states(), (QHash<QUuid, ReviewState>{{id, ReviewState::Flagged}}));
        // A snapshot with an unknown agent keeps the one known before.
        QCOMPARE(store.subject(id).agent, QStringLiteral("agent7"));
        QVERIFY(store.setState(subjectOf(id, QStringLiteral("agent9")), ReviewState::Flagged));
        QCOMPARE(store.subject(id).agent, QStringLiteral("agent9"));
        // Back to the default: nothing stored, the snapshot stays.
        QVERIFY(store.setState(subjectOf(id), ReviewState::NotReviewed));
        QVERIFY(store.states().isEmpty());
        QCOMPARE(store.subject(id).recordingId, id);

        QCOMPARE(changed.size(), 3);
        QCOMPARE(changed.at(0).at(0).value<QUuid>(), id);
        QCOMPARE(changed.at(0).at(1).value<ReviewState>(), ReviewState::Reviewed);
        QCOMPARE(changed.at(1).at(1).value<ReviewState>(), ReviewState::Flagged);
        QCOMPARE(changed.at(2).at(1).value<ReviewState>(), ReviewState::NotReviewed);

        QVERIFY(!store.setState(ReviewSubject(), ReviewState::Reviewed));
        QVERIFY(!store.lastError().isEmpty());
        QCOMPARE(store.state(id), ReviewState::NotReviewed);
        QVERIFY(store.lastError().isEmpty()); // a call that succeeded clears it
    }

    void notesAddUpdateRemoveRestore()
    {
        ReviewStore store;
        QVERIFY(store.open(m_dir.filePath(QStringLiteral("notes.sqlite"))));
        const QUuid id = QUuid::createUuid(), other = QUuid::createUuid();
        QSignalSpy changed(&store, &ReviewStore::notesChanged);

        const qint64 late = store.addNote(subjectOf(id), 9000, QStringLiteral("late"), QStringLiteral("ana"));
        const qint64 early = store.addNote(subjectOf(id), 10, QStringLiteral("early"), QStringLiteral("bo"));
        const qint64 tie = store.addNote(subjectOf(id), 9000, QStringLiteral("tie"), QString());
        const qint64 elsewhere =
            store.addNote(subjectOf(other), 0, QStringLiteral("x"), QStringLiteral("ana"));
        QVERIFY(late > 0 && early > 0 && tie > 0 && elsewhere > 0);
        QCOMPARE(changed.size(), 4);
        QCOMPARE(changed.at(0).at(0).value<QUuid>(), id);
        QCOMPARE(changed.at(3).at(0).value<QUuid>(), other);
        QCOMPARE(ids(store.notes(id)), (QList<qint64>{early, late, tie}));
        QCOMPARE(store.notes(other).size(), 1);

        // Refused: nothing stored, no signal, a sentence.
        QCOMPARE(store.addNote(subjectOf(id), -1, QStringLiteral("before"), QString()), 0);
        QVERIFY(!store.lastError().isEmpty());
        QCOMPARE(store.addNote(subjectOf(id), 5, QStringLiteral("  \n"), QString()), 0);
        QCOMPARE(store.addNote(ReviewSubject(), 5, QStringLiteral("no id"), QString()), 0);
        QCOMPARE(changed.size(), 4);
        QCOMPARE(store.notes(id).size(), 3);

        // Update: new text, modified moves, created stays.
        const ReviewNote before = store.notes(id).at(0);
        QTest::qWait(5);
        QVERIFY(store.updateNote(early, QStringLiteral("early, edited")));
        const ReviewNote after = store.notes(id).at(0);
        QCOMPARE(after.text, QStringLiteral("early, edited"));
        QCOMPARE(after.created, before.created);
        QVERIFY(after.modified > before.modified);
        QCOMPARE(changed.size(), 5);
        QVERIFY(!store.updateNote(early, QString()));
        QVERIFY(!store.updateNote(999999, QStringLiteral("nobody")));
        QVERIFY(!store.lastError().isEmpty());

        // Remove, add another, restore: the note comes back under its own id and in its place.
        ReviewNote removed;
        QVERIFY(store.removeNote(late, &removed));
        QCOMPARE(removed.id, late);
        QCOMPARE(removed.text, QStringLiteral("late"));
        QCOMPARE(ids(store.notes(id)), (QList<qint64>{early, tie}));
        const qint64 newer = store.addNote(subjectOf(id), 9000, QStringLiteral("newer"), QString());
        QVERIFY(newer > tie); // ids are never reused
        QVERIFY(newer != late);
        QVERIFY(store.restoreNote(removed));
        QCOMPARE(ids(store.notes(id)), (QList<qint64>{early, late, tie, newer}));
        const ReviewNote back = store.notes(id).at(1);
        QCOMPARE(back.text, removed.text);
        QCOMPARE(back.author, removed.author);
        QCOMPARE(back.created, removed.created);
        QCOMPARE(back.modified, removed.modified);
        QVERIFY(!store.restoreNote(removed)); // its id is taken (by itself)
        QVERIFY(!store.removeNote(999999));
        // Not even the newest id comes back (SQLite would hand it out again without AUTOINCREMENT).
        const qint64 newest = store.addNote(subjectOf(other), 1, QStringLiteral("newest"), QString());
        QVERIFY(store.removeNote(newest));
        const qint64 next = store.addNote(subjectOf(other), 1, QStringLiteral("next"), QString());
        QVERIFY(next > newest);
        QCOMPARE(changed.size(), 11); // update, remove, add, restore; add, remove, add
        QCOMPARE(changed.at(7).at(0).value<QUuid>(), id);
    }

    void twoProfilesTwoFiles()
    {
        const QString a = ReviewStore::defaultPath(QStringLiteral("Production"));
        const QString b = ReviewStore::defaultPath(QStringLiteral("production"));
        const QString c = ReviewStore::defaultPath(QStringLiteral("../Production"));
        QVERIFY(a != b && a != c && b != c);
        const QString root = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        for (const QString &path : {a, b, c}) {
            QCOMPARE(QFileInfo(path).absolutePath(), QDir(root).filePath(QStringLiteral("reviews")));
            QVERIFY(path.endsWith(QStringLiteral(".sqlite")));
            QVERIFY(!QFileInfo(path).fileName().contains(QStringLiteral("roduction")));
        }
        QCOMPARE(ReviewStore::defaultPath(QStringLiteral("Production")), a); // stable

        // Stores under those names (in the test's folder) do not see each other's reviews.
        ReviewStore first, second;
        QVERIFY(first.open(m_dir.filePath(QStringLiteral("profiles/") + QFileInfo(a).fileName())));
        QVERIFY(second.open(m_dir.filePath(QStringLiteral("profiles/") + QFileInfo(b).fileName())));
        const QUuid id = QUuid::createUuid();
        QVERIFY(first.setState(subjectOf(id), ReviewState::Reviewed));
        QVERIFY(first.addNote(subjectOf(id), 0, QStringLiteral("only here"), QString()) > 0);
        QCOMPARE(second.state(id), ReviewState::NotReviewed);
        QVERIFY(second.notes(id).isEmpty());
        QVERIFY(second.subjects().isEmpty());
        QCOMPARE(ReviewStore::demoPath(QStringLiteral("/data/demo")),
                 QDir(QStringLiteral("/data/demo")).filePath(QStringLiteral("reviews.sqlite")));
    }

    void aFileThatIsNotADatabaseIsAnError()
    {
        const QString path = m_dir.filePath(QStringLiteral("garbage.sqlite"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x').prepend("this is not a database\n"));
        file.close();
        ReviewStore store;
        QString error;
        QVERIFY(!store.open(path, &error));
        QVERIFY2(error.contains(QStringLiteral("is not a Recdesk review database")), qPrintable(error));
        QCOMPARE(store.lastError(), error);
        QVERIFY(!store.isOpen());
        // Everything after a failed open refuses calmly.
        QCOMPARE(store.state(QUuid::createUuid()), ReviewState::NotReviewed);
        QVERIFY(!store.setState(subjectOf(QUuid::createUuid()), ReviewState::Reviewed));
        QCOMPARE(store.lastError(), QStringLiteral("The review database is not open."));
        QCOMPARE(store.addNote(subjectOf(QUuid::createUuid()), 0, QStringLiteral("x"), QString()), 0);
        QVERIFY(store.notes(QUuid::createUuid()).isEmpty());

        // Another program's SQLite database is not taken over either.
        const QString foreign = m_dir.filePath(QStringLiteral("foreign.sqlite"));
        QVERIFY(runSql(foreign, {QStringLiteral("CREATE TABLE music (title TEXT)")}));
        QVERIFY(!store.open(foreign, &error));
        QVERIFY2(error.contains(QStringLiteral("is not a Recdesk review database")), qPrintable(error));
    }

    void aNewerSchemaIsRefused()
    {
        const QString path = m_dir.filePath(QStringLiteral("future.sqlite"));
        {
            ReviewStore store;
            QVERIFY(store.open(path));
        }
        QVERIFY(
            runSql(path, {QStringLiteral("PRAGMA user_version = %1").arg(ReviewStore::kSchemaVersion + 1)}));
        ReviewStore store;
        QString error;
        QVERIFY(!store.open(path, &error));
        QVERIFY2(error.contains(QStringLiteral("newer Recdesk")), qPrintable(error));
        QVERIFY(error.contains(QString::number(ReviewStore::kSchemaVersion + 1)));
        QCOMPARE(userVersion(path), ReviewStore::kSchemaVersion + 1); // left as it was
    }

    void reopeningInAnotherPlaceAndSeveralInstances()
    {
        // Each instance has its own connection: two stores on one file, and one moved to another.
        const QString path = m_dir.filePath(QStringLiteral("shared.sqlite"));
        ReviewStore writer, reader;
        QVERIFY(writer.open(path));
        QVERIFY(reader.open(path));
        const QUuid id = QUuid::createUuid();
        QVERIFY(writer.setState(subjectOf(id), ReviewState::Reviewed));
        QCOMPARE(reader.state(id), ReviewState::Reviewed);
        QVERIFY(reader.open(m_dir.filePath(QStringLiteral("elsewhere.sqlite"))));
        QCOMPARE(reader.state(id), ReviewState::NotReviewed);
    }

private:
    static QList<qint64> ids(const QList<ReviewNote> &notes)
    {
        QList<qint64> result;
        for (const ReviewNote &n : notes)
            result.append(n.id);
        return result;
    }
    static bool runSql(const QString &path, const QStringList &statements)
    {
        const QString name = QStringLiteral("tst-reviewstore-raw");
        bool ok = true;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(path);
            ok = db.open();
            for (const QString &sql : statements) {
                QSqlQuery q(db);
                ok = ok && q.exec(sql);
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return ok;
    }
    static int userVersion(const QString &path)
    {
        const QString name = QStringLiteral("tst-reviewstore-version");
        int version = -1;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(path);
            if (db.open()) {
                QSqlQuery q(db);
                if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
                    version = q.value(0).toInt();
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return version;
    }

    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestReviewStore)
#include "tst_reviewstore.moc"
