#include "fakepagesource.h"
#include "models/recordingfilterproxy.h"
#include "models/recordingtablemodel.h"
#include "testdata.h"

#include <functional>
#include <QAbstractItemModelTester>
#include <QTest>

using namespace recdesk;

class TestRecordingFilterProxy : public QObject
{
    Q_OBJECT

private:
    FakePageSource<Recording> *m_source = nullptr;
    RecordingTableModel *m_model = nullptr;
    RecordingFilterProxy *m_proxy = nullptr;
    QAbstractItemModelTester *m_tester = nullptr;

    // The ids the proxy shows, and those a plain loop over the source data says it should show.
    QList<QUuid> shown() const { return testdata::shownIds(*m_proxy); }
    QList<QUuid> expected(const std::function<bool(const Recording &)> &accept) const
    {
        return testdata::expectedIds(m_source->items, accept);
    }

private slots:
    void init()
    {
        m_source = new FakePageSource<Recording>(this);
        QRandomGenerator rng(42);
        for (int i = 0; i < 480; ++i)
            m_source->items.append(testdata::recording(quint32(i), &rng));
        m_model = new RecordingTableModel(m_source, this);
        m_proxy = new RecordingFilterProxy(this);
        m_proxy->setSourceModel(m_model);
        m_tester =
            new QAbstractItemModelTester(m_proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_model->fetchAll();
        QVERIFY(QTest::qWaitFor([this] { return m_model->isComplete(); }, 10000));
        QCOMPARE(m_proxy->rowCount(), 480);
    }

    void cleanup()
    {
        delete m_tester;
        delete m_proxy;
        delete m_model;
        delete m_source;
    }

    void notHappenedSortsLast_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<Qt::SortOrder>("order");
        for (int column : {int(RecordingTableModel::StartedColumn), int(RecordingTableModel::EndedColumn),
                           int(RecordingTableModel::DurationColumn)}) {
            QTest::addRow("column %d ascending", column) << column << Qt::AscendingOrder;
            QTest::addRow("column %d descending", column) << column << Qt::DescendingOrder;
        }
    }

    void notHappenedSortsLast()
    {
        QFETCH(int, column);
        QFETCH(Qt::SortOrder, order);
        m_proxy->sort(column, order);
        const int rows = m_proxy->rowCount();
        int missing = 0;
        bool seenMissing = false;
        qint64 previous = 0;
        for (int r = 0; r < rows; ++r) {
            const Recording rec =
                m_proxy->data(m_proxy->index(r, 0), PagedTableModel::ItemRole).value<Recording>();
            const bool isMissing = m_model->isMissing(rec, column);
            if (isMissing) {
                seenMissing = true;
                ++missing;
                QVERIFY(m_proxy->index(r, column).data().toString().isEmpty());
                continue;
            }
            QVERIFY2(!seenMissing, "a real value after an empty one");
            const qint64 value = m_proxy->index(r, column).data(PagedTableModel::SortRole).toLongLong();
            if (r > 0)
                QVERIFY(order == Qt::AscendingOrder ? previous <= value : previous >= value);
            previous = value;
        }
        QVERIFY(missing > 0);
        QVERIFY(missing < rows);
    }

    void sortsByIdAsText()
    {
        m_proxy->sort(RecordingTableModel::IdColumn, Qt::AscendingOrder);
        for (int r = 1; r < m_proxy->rowCount(); ++r) {
            QVERIFY(m_proxy->index(r - 1, RecordingTableModel::IdColumn).data().toString() <
                    m_proxy->index(r, RecordingTableModel::IdColumn).data().toString());
        }
    }

    void textFilter()
    {
        const Recording probe = m_source->items.at(123);
        const QString fragment = probe.id.toString(QUuid::WithoutBraces).mid(4, 9).toUpper();
        m_proxy->setFilterText(fragment);
        QCOMPARE(shown(), expected([&](const Recording &r) {
                     return r.id.toString().contains(fragment, Qt::CaseInsensitive) ||
                            (!r.ownerId.isNull() &&
                             r.ownerId.toString().contains(fragment, Qt::CaseInsensitive)) ||
                            r.referenceId.toString().contains(fragment, Qt::CaseInsensitive) ||
                            displayName(r.status).contains(fragment, Qt::CaseInsensitive) ||
                            displayName(r.referenceType).contains(fragment, Qt::CaseInsensitive);
                 }));
        QVERIFY(shown().contains(probe.id));

        const QString word = displayName(RecordingStatus::Stopping).toLower();
        m_proxy->setFilterText(word);
        QCOMPARE(shown(), expected([&](const Recording &r) {
                     return displayName(r.status).contains(word, Qt::CaseInsensitive) ||
                            displayName(r.referenceType).contains(word, Qt::CaseInsensitive);
                 }));
        QVERIFY(!shown().isEmpty());

        m_proxy->setFilterText(QString());
        QCOMPARE(m_proxy->rowCount(), 480);
    }

    void statusFilter()
    {
        const QList<RecordingStatus> wanted = {RecordingStatus::Ended, RecordingStatus::Initiating};
        m_proxy->setStatuses(wanted);
        QCOMPARE(m_proxy->statuses().size(), 2);
        const QList<QUuid> expect = expected([&](const Recording &r) { return wanted.contains(r.status); });
        QVERIFY(!expect.isEmpty() && expect.size() < 480);
        QCOMPARE(shown(), expect);
        m_proxy->setStatuses({});
        QCOMPARE(m_proxy->rowCount(), 480);
    }

    void referenceTypeFilter()
    {
        m_proxy->setReferenceType(RecordingReferenceType::Confbridge);
        const QList<QUuid> expect = expected(
            [](const Recording &r) { return r.referenceType == RecordingReferenceType::Confbridge; });
        QVERIFY(!expect.isEmpty() && expect.size() < 480);
        QCOMPARE(shown(), expect);
        m_proxy->setReferenceType(std::nullopt);
        QCOMPARE(m_proxy->rowCount(), 480);
    }

    void ownerFilter()
    {
        const QUuid owner = testdata::idFor(0x0A000000u, 2);
        m_proxy->setOwnerId(owner);
        const QList<QUuid> expect = expected([&](const Recording &r) { return r.ownerId == owner; });
        QVERIFY(!expect.isEmpty());
        QCOMPARE(shown(), expect);
        m_proxy->setOwnerId(QUuid());
        QCOMPARE(m_proxy->rowCount(), 480);
    }

    void dateRangeFilter()
    {
        const QDateTime from = m_source->items.at(300).created.toDateTime();
        const QDateTime to = m_source->items.at(100).created.toDateTime();
        m_proxy->setDateRange(from, to, RecordingFilterProxy::DateField::Created);
        // Bounds are inclusive even though QDateTime drops the microseconds.
        const Timestamp f = m_source->items.at(300).created;
        const Timestamp t = m_source->items.at(100).created;
        QList<QUuid> expect =
            expected([&](const Recording &r) { return !(r.created < f) && !(t < r.created); });
        QCOMPARE(expect.size(), 201);
        QCOMPARE(shown(), expect);

        // On the start time: recordings that have not started are left out.
        m_proxy->setDateRange(from, to, RecordingFilterProxy::DateField::Started);
        expect = expected([&](const Recording &r) {
            return r.started.hasHappened() && !(r.started < f) && !(t < r.started);
        });
        QCOMPARE(shown(), expect);

        // An open end.
        m_proxy->setDateRange(from, QDateTime());
        expect = expected([&](const Recording &r) { return !(r.created < f); });
        QCOMPARE(shown(), expect);

        m_proxy->clearFilters();
        QCOMPARE(m_proxy->rowCount(), 480);
    }

    void filtersCombine()
    {
        const QUuid owner = testdata::idFor(0x0A000000u, 1);
        m_proxy->setOwnerId(owner);
        m_proxy->setStatuses({RecordingStatus::Ended});
        QCOMPARE(shown(), expected([&](const Recording &r) {
                     return r.ownerId == owner && r.status == RecordingStatus::Ended;
                 }));
    }

    void rowsArrivingLaterAreFiltered()
    {
        // A refresh bringing a new recording: the proxy filters it like the others.
        m_proxy->setStatuses({RecordingStatus::Recording});
        QRandomGenerator rng(5);
        Recording fresh = testdata::recording(90'000, &rng);
        fresh.status = RecordingStatus::Recording;
        fresh.created = Timestamp::fromMicroseconds(testdata::base().microseconds() + 5'000'000);
        m_source->items.prepend(fresh);
        m_model->refresh();
        QVERIFY(QTest::qWaitFor([this] { return !m_model->isRefreshing(); }, 10000));
        QVERIFY(shown().contains(fresh.id));
        QCOMPARE(shown(),
                 expected([](const Recording &r) { return r.status == RecordingStatus::Recording; }));
    }
};

QTEST_GUILESS_MAIN(TestRecordingFilterProxy)
#include "tst_recordingfilterproxy.moc"
