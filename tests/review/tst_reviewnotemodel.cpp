// The notes of one recording as a table, kept in step with the store; checked with
// QAbstractItemModelTester while notes come and go.
#include "review/reviewnotemodel.h"
#include "review/reviewstore.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QtTest>

using namespace recdesk;

class TestReviewNoteModel : public QObject
{
    Q_OBJECT

private slots:
    void followsTheStore()
    {
        QTemporaryDir dir;
        ReviewStore store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("r.sqlite"))));
        const QUuid a = QUuid::createUuid(), b = QUuid::createUuid();
        ReviewNoteModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStore(&store);
        model.setRecording(a);
        QCOMPARE(model.rowCount(), 0);

        const qint64 late = store.addNote({a, {}, {}, {}, {}}, 65'000, QStringLiteral("Hold music too long"),
                                          QStringLiteral("maria"));
        const qint64 early =
            store.addNote({a, {}, {}, {}, {}}, 4'200, QStringLiteral("Greeting"), QStringLiteral("maria"));
        store.addNote({b, {}, {}, {}, {}}, 1'000, QStringLiteral("another recording"),
                      QStringLiteral("maria"));
        QCOMPARE(model.rowCount(), 2); // only this recording's, in time order
        QCOMPARE(model.index(0, ReviewNoteModel::TimeColumn).data().toString(), QStringLiteral("0:04"));
        QCOMPARE(model.index(0, ReviewNoteModel::TextColumn).data().toString(), QStringLiteral("Greeting"));
        QCOMPARE(model.index(1, ReviewNoteModel::TimeColumn).data(ReviewNoteModel::OffsetRole).toLongLong(),
                 65'000);
        QCOMPARE(model.index(1, ReviewNoteModel::AuthorColumn).data().toString(), QStringLiteral("maria"));
        QCOMPARE(model.rowOf(late), 1);
        QCOMPARE(model.rowOf(early), 0);

        QVERIFY(store.updateNote(early, QStringLiteral("Greeting was late")));
        QCOMPARE(model.index(0, ReviewNoteModel::TextColumn).data().toString(),
                 QStringLiteral("Greeting was late"));
        ReviewNote removed;
        QVERIFY(store.removeNote(early, &removed));
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(store.restoreNote(removed));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.rowOf(early), 0);

        model.setRecording(b);
        QCOMPARE(model.rowCount(), 1);
        model.setStore(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestReviewNoteModel)
#include "tst_reviewnotemodel.moc"
