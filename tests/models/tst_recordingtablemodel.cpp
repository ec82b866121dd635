#include "fakepagesource.h"
#include "models/recordingtablemodel.h"
#include "testdata.h"
#include "util/displayformat.h"

#include <limits>
#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace recdesk;

class TestRecordingTableModel : public QObject
{
    Q_OBJECT

private:
    static void fill(FakePageSource<Recording> *source, int count, quint32 seed = 1)
    {
        QRandomGenerator rng(seed);
        source->items.clear();
        for (int i = 0; i < count; ++i)
            source->items.append(testdata::recording(quint32(i), &rng));
        source->sortNewestFirst();
    }

    static bool waitIdle(RecordingTableModel *model)
    {
        return QTest::qWaitFor([model] { return !model->isLoading(); }, 10000);
    }

    static QList<QUuid> modelIds(const RecordingTableModel &model)
    {
        QList<QUuid> ids;
        for (int r = 0; r < model.rowCount(); ++r)
            ids.append(model.recordingAt(r).id);
        return ids;
    }

    static QList<QUuid> serverIds(const FakePageSource<Recording> &source, int limit)
    {
        QList<QUuid> ids;
        for (int i = 0; i < source.items.size() && i < limit; ++i)
            ids.append(source.items.at(i).id);
        return ids;
    }

private slots:
    void fetchMoreLoadsPageByPage()
    {
        FakePageSource<Recording> source;
        fill(&source, 1050);
        RecordingTableModel model(&source);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);

        QVERIFY(model.canFetchMore(QModelIndex()));
        // The tester may already have asked for the first page; wait for it before counting.
        QVERIFY(waitIdle(&model));
        const int requestsBefore = source.requests;
        const int rowsBefore = model.rowCount();
        model.fetchMore(QModelIndex());
        model.fetchMore(QModelIndex()); // one request in flight: ignored
        QCOMPARE(source.requests, requestsBefore + 1);
        QVERIFY(model.isLoading());
        QVERIFY(waitIdle(&model));
        QCOMPARE(model.rowCount(), rowsBefore + 100);
        QCOMPARE(source.lastPageSize, 100);

        while (model.canFetchMore(QModelIndex())) {
            model.fetchMore(QModelIndex());
            QVERIFY(waitIdle(&model));
        }
        QCOMPARE(model.rowCount(), 1050);
        QVERIFY(model.isComplete());
        // 10 full pages and a short 11th that ends the list: no 12th request.
        QCOMPARE(source.requests, 11);
        // One insertion per page, never per row.
        QCOMPARE(inserted.size(), 11);
        QCOMPARE(modelIds(model), serverIds(source, 1050));
        for (int r = 0; r < model.rowCount(); r += 97)
            QCOMPARE(model.rowOfId(model.recordingAt(r).id), r);
    }

    void listEndsOnEmptyPage()
    {
        FakePageSource<Recording> source;
        fill(&source, 200);
        RecordingTableModel model(&source);
        model.fetchAll();
        QVERIFY(QTest::qWaitFor([&] { return model.isComplete(); }, 10000));
        QCOMPARE(model.rowCount(), 200);
        // Two full pages, then the empty page that says the list ended.
        QCOMPARE(source.requests, 3);
        QVERIFY(!model.canFetchMore(QModelIndex()));
    }

    void unreadableRowDoesNotEndTheList()
    {
        // A full page (as many rows as asked for) with one unreadable row: the list goes on, as
        // recdeskctl's does (one rule, domain/page.h).
        FakePageSource<Recording> source;
        fill(&source, 25);
        RecordingTableModel model(&source);
        model.setPageSize(10);
        QJsonObject first = QJsonDocument::fromJson(source.page(QString(), 10)).object();
        QJsonArray rows = first.value(QLatin1String("result")).toArray();
        QCOMPARE(rows.size(), 10);
        rows[4] = 42;
        first.insert(QLatin1String("result"), rows);
        source.answerNextWith = QJsonDocument(first).toJson(QJsonDocument::Compact);

        model.fetchMore(QModelIndex());
        QVERIFY(waitIdle(&model));
        QCOMPARE(model.rowCount(), 9);
        QVERIFY(model.lastError().isEmpty());
        QVERIFY(!model.isComplete());
        QVERIFY(model.canFetchMore(QModelIndex()));

        model.fetchAll();
        QVERIFY(QTest::qWaitFor([&] { return model.isComplete(); }, 10000));
        QCOMPARE(model.rowCount(), 24); // everything but the unreadable row
        QCOMPARE(source.requests, 3);   // 10 (one unreadable), 10, then 5: shorter than asked
    }

    void loadingSignal()
    {
        FakePageSource<Recording> source;
        fill(&source, 30);
        RecordingTableModel model(&source);
        QSignalSpy loading(&model, &PagedTableModel::loadingChanged);
        model.fetchMore(QModelIndex());
        QCOMPARE(loading.size(), 1);
        QCOMPARE(loading.at(0).at(0).toBool(), true);
        QVERIFY(loading.wait(5000));
        QCOMPARE(loading.at(1).at(0).toBool(), false);
        QCOMPARE(model.rowCount(), 30);
        QVERIFY(model.isComplete());
    }

    void errorStateAndRetry()
    {
        FakePageSource<Recording> source;
        fill(&source, 150);
        RecordingTableModel model(&source);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(waitIdle(&model));
        const int rows = model.rowCount();
        QSignalSpy errors(&model, &PagedTableModel::errorOccurred);

        source.failNextWith = QStringLiteral("The server is unavailable.");
        if (model.canFetchMore(QModelIndex()))
            model.fetchMore(QModelIndex());
        QVERIFY(errors.wait(5000));
        QCOMPARE(errors.at(0).at(0).toString(), QStringLiteral("The server is unavailable."));
        QCOMPARE(model.lastError(), QStringLiteral("The server is unavailable."));
        QVERIFY(!model.isLoading());
        QVERIFY(!model.canFetchMore(QModelIndex())); // no retry storm from the view
        QCOMPARE(model.rowCount(), rows);

        model.retry();
        QVERIFY(waitIdle(&model));
        QVERIFY(model.lastError().isEmpty());
        model.fetchAll();
        QVERIFY(QTest::qWaitFor([&] { return model.isComplete(); }, 10000));
        QCOMPARE(model.rowCount(), 150);
    }

    void unreadablePageIsAnError()
    {
        FakePageSource<Recording> source;
        fill(&source, 10);
        RecordingTableModel model(&source);
        QSignalSpy errors(&model, &PagedTableModel::errorOccurred);
        source.answerNextWith = "{\"result\": 42}";
        model.fetchMore(QModelIndex());
        QVERIFY(errors.wait(5000));
        QVERIFY(!model.lastError().isEmpty());
        QCOMPARE(model.rowCount(), 0);
    }

    void displayAndRoles()
    {
        FakePageSource<Recording> source;
        fill(&source, 60);
        RecordingTableModel model(&source);
        model.fetchMore(QModelIndex());
        QVERIFY(waitIdle(&model));
        QCOMPARE(model.columnCount(), int(RecordingTableModel::ColumnCount));
        QCOMPARE(model.headerData(RecordingTableModel::StatusColumn, Qt::Horizontal).toString(),
                 RecordingTableModel::tr("Status"));

        bool sawNotEnded = false;
        bool sawEnded = false;
        for (int row = 0; row < model.rowCount(); ++row) {
            const Recording &r = model.recordingAt(row);
            const auto cell = [&](int column, int role = Qt::DisplayRole) {
                return model.data(model.index(row, column), role);
            };
            QCOMPARE(cell(0, PagedTableModel::IdRole).value<QUuid>(), r.id);
            QCOMPARE(cell(0, PagedTableModel::StatusRole).toInt(), int(r.status));
            QCOMPARE(cell(0, PagedTableModel::ItemRole).value<Recording>().referenceId, r.referenceId);
            QCOMPARE(cell(RecordingTableModel::StatusColumn).toString(), displayName(r.status));
            QCOMPARE(cell(RecordingTableModel::ReferenceTypeColumn).toString(), displayName(r.referenceType));
            QCOMPARE(cell(RecordingTableModel::IdColumn).toString(), r.id.toString(QUuid::WithoutBraces));
            QCOMPARE(cell(RecordingTableModel::CreatedColumn).toString(), r.created.toDisplayString());
            QCOMPARE(cell(RecordingTableModel::CreatedColumn, PagedTableModel::SortRole).toLongLong(),
                     r.created.microseconds());
            if (!r.ended.hasHappened()) {
                sawNotEnded = true;
                // Never the year 9999: empty, and the largest sort value.
                QVERIFY(cell(RecordingTableModel::EndedColumn).toString().isEmpty());
                QVERIFY(cell(RecordingTableModel::DurationColumn).toString().isEmpty());
                QCOMPARE(cell(RecordingTableModel::EndedColumn, PagedTableModel::SortRole).toLongLong(),
                         std::numeric_limits<qint64>::max());
            } else {
                sawEnded = true;
                QVERIFY(!cell(RecordingTableModel::EndedColumn).toString().isEmpty());
                QCOMPARE(cell(RecordingTableModel::DurationColumn).toString(),
                         DisplayFormat::duration(r.durationMs()));
            }
            if (r.ownerId.isNull())
                QVERIFY(cell(RecordingTableModel::AgentColumn).toString().isEmpty());
        }
        QVERIFY(sawNotEnded && sawEnded);
        QCOMPARE(DisplayFormat::duration(65'000), QStringLiteral("1:05"));
        QCOMPARE(DisplayFormat::duration(3'725'400), QStringLiteral("1:02:05"));
        QVERIFY(DisplayFormat::duration(-1).isEmpty());
    }

    void refreshKeepsSelectionById()
    {
        FakePageSource<Recording> source;
        fill(&source, 250);
        RecordingTableModel model(&source);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.fetchAll();
        QVERIFY(QTest::qWaitFor([&] { return model.isComplete(); }, 10000));
        QCOMPARE(model.rowCount(), 250);

        const QUuid selectedId = model.recordingAt(150).id;
        const QUuid deletedId = model.recordingAt(40).id;
        const QUuid deletedLaterId = model.recordingAt(220).id;
        QPersistentModelIndex selected(model.index(150, RecordingTableModel::StatusColumn));
        QPersistentModelIndex deleted(model.index(40, 0));

        // The server meanwhile: three new recordings on top, two deleted, the selected one ended.
        QRandomGenerator rng(99);
        for (int i = 0; i < 3; ++i) {
            Recording r = testdata::recording(quint32(10'000 + i), &rng);
            r.created = Timestamp::fromMicroseconds(testdata::base().microseconds() + (i + 1) * 1'000'000);
            source.items.append(r);
        }
        source.items.removeIf(
            [&](const Recording &r) { return r.id == deletedId || r.id == deletedLaterId; });
        for (Recording &r : source.items) {
            if (r.id == selectedId) {
                r.status = RecordingStatus::Ended;
                r.ended = Timestamp::fromMicroseconds(r.created.microseconds() + 60'000'000);
            }
        }
        source.sortNewestFirst();

        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy finished(&model, &PagedTableModel::refreshFinished);
        const int requestsBefore = source.requests;
        model.refresh();
        QVERIFY(model.isRefreshing());
        QVERIFY(finished.wait(10000));
        QVERIFY(!model.isRefreshing());
        QCOMPARE(reset.size(), 0);
        // It covered every row loaded before: three pages here.
        QCOMPARE(source.requests - requestsBefore, 3);

        QCOMPARE(model.rowCount(), 251);
        QCOMPARE(modelIds(model), serverIds(source, 251));
        QVERIFY(selected.isValid());
        QCOMPARE(model.recordingAt(selected.row()).id, selectedId);
        QCOMPARE(selected.column(), int(RecordingTableModel::StatusColumn));
        QCOMPARE(selected.data().toString(), displayName(RecordingStatus::Ended));
        QVERIFY(!deleted.isValid());
        QCOMPARE(model.rowOfId(deletedId), -1);
        QCOMPARE(model.rowOfId(selectedId), selected.row());
    }

    void refreshKeepsLeftOversUntilReached()
    {
        // Refresh after scrolling part way: rows beyond what the refresh covers stay, and a later
        // fetchMore confirms or drops them.
        FakePageSource<Recording> source;
        fill(&source, 400);
        RecordingTableModel model(&source);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(waitIdle(&model));
        while (model.rowCount() < 300) {
            model.fetchMore(QModelIndex());
            QVERIFY(waitIdle(&model));
        }
        const QUuid tailId = model.recordingAt(299).id;
        QPersistentModelIndex tail(model.index(299, 0));
        // On the server: items 100..119 vanish and 50 new ones come on top. The refresh covers
        // 300 rows of the new list, which ends at old item 269: rows 270..299 are left over.
        const QList<QUuid> gone = serverIds(source, 120).mid(100);
        source.items.removeIf([&](const Recording &r) { return gone.contains(r.id); });
        QRandomGenerator rng(7);
        for (int i = 0; i < 50; ++i) {
            Recording r = testdata::recording(quint32(20'000 + i), &rng);
            r.created = Timestamp::fromMicroseconds(testdata::base().microseconds() + (i + 1) * 1'000'000);
            source.items.append(r);
        }
        source.sortNewestFirst();
        QSignalSpy finished(&model, &PagedTableModel::refreshFinished);
        model.refresh();
        QVERIFY(finished.wait(10000));
        QCOMPARE(model.rowCount(), 330);
        QCOMPARE(modelIds(model).mid(0, 300), serverIds(source, 300));
        QVERIFY(tail.isValid());
        QCOMPARE(model.recordingAt(tail.row()).id, tailId);
        for (const QUuid &id : gone)
            QCOMPARE(model.rowOfId(id), -1);
        model.fetchAll();
        QVERIFY(QTest::qWaitFor([&] { return model.isComplete(); }, 10000));
        QCOMPARE(modelIds(model), serverIds(source, 1000));
        QCOMPARE(model.recordingAt(tail.row()).id, tailId);
    }

    void refreshFollowsServerOrder()
    {
        // Should the server order change (here: an item now listed first), the row moves and its
        // persistent index follows it (a layout change, not a remove and insert).
        FakePageSource<Recording> source;
        fill(&source, 150);
        RecordingTableModel model(&source);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.fetchAll();
        QVERIFY(QTest::qWaitFor([&] { return model.isComplete(); }, 10000));
        const QUuid movedId = model.recordingAt(10).id;
        const QUuid otherId = model.recordingAt(5).id;
        QPersistentModelIndex moved(model.index(10, 2));
        QPersistentModelIndex other(model.index(5, 1));
        for (Recording &r : source.items) {
            if (r.id == movedId)
                r.created = Timestamp::fromMicroseconds(testdata::base().microseconds() + 1'000'000);
        }
        source.sortNewestFirst();
        QSignalSpy layout(&model, &QAbstractItemModel::layoutChanged);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy finished(&model, &PagedTableModel::refreshFinished);
        model.refresh();
        QVERIFY(finished.wait(10000));
        QVERIFY(layout.size() >= 1);
        QCOMPARE(removed.size(), 0);
        QCOMPARE(modelIds(model), serverIds(source, 150));
        QCOMPARE(moved.row(), 0);
        QCOMPARE(moved.column(), 2);
        QCOMPARE(model.recordingAt(moved.row()).id, movedId);
        QCOMPARE(model.recordingAt(other.row()).id, otherId);
        QCOMPARE(other.row(), 6);
    }

    void refreshDropsEverythingWhenListEmptied()
    {
        FakePageSource<Recording> source;
        fill(&source, 120);
        RecordingTableModel model(&source);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.fetchAll();
        QVERIFY(QTest::qWaitFor([&] { return model.isComplete(); }, 10000));
        source.items.clear();
        QSignalSpy finished(&model, &PagedTableModel::refreshFinished);
        model.refresh();
        QVERIFY(finished.wait(10000));
        QCOMPARE(model.rowCount(), 0);
    }

    void clearStartsOver()
    {
        FakePageSource<Recording> source;
        fill(&source, 20);
        RecordingTableModel model(&source);
        model.fetchMore(QModelIndex());
        QVERIFY(waitIdle(&model));
        QCOMPARE(model.rowCount(), 20);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.canFetchMore(QModelIndex()));
        QCOMPARE(model.rowOfId(source.items.first().id), -1);
    }
};

QTEST_GUILESS_MAIN(TestRecordingTableModel)
#include "tst_recordingtablemodel.moc"
