// Listing by creation time on the platform's cursor, against the real sandbox over loopback: a
// range starts with page_token = its end and stops at its start; loadEverything() lists slices of
// the history with several cursors at once. Both must give exactly the rows a one-cursor listing
// gives, and the sandbox's own truth: no duplicates, no gaps, newest first, also where several
// recordings share a creation time at the slices' boundaries.

#include "domain/pagecursor.h"
#include "models/listingrange.h"
#include "models/recordingtablemodel.h"
#include "models/slicedlisting.h"
#include "net/platformpagesource.h"
#include "net/session.h"
#include "sandboxfixture.h"

#include <QAbstractItemModelTester>
#include <QNetworkReply>
#include <QSet>
#include <QtTest>
#include <QUrlQuery>

using namespace recdesk;
using namespace recdesk::test;

namespace {

constexpr std::int64_t kSecond = 1000000;
constexpr std::int64_t kDay = 24 * 3600 * kSecond;
constexpr int kPageSize = 100; // the model's default
constexpr int kGroup = 3;      // recordings created at the same microsecond at each boundary

struct Row
{
    std::int64_t created = 0;
    QUuid id;
    friend bool operator==(const Row &a, const Row &b) { return a.created == b.created && a.id == b.id; }
};

char *toString(const Row &row)
{
    return qstrdup(qPrintable(QStringLiteral("%1 %2").arg(row.created).arg(row.id.toString())));
}

// Newest first by creation time; equal times by id, so that two listings can be compared whatever
// order the server gave equal times in.
QList<Row> normalised(QList<Row> rows)
{
    std::sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
        return a.created != b.created ? a.created > b.created : a.id < b.id;
    });
    return rows;
}

QList<Row> rowsOf(const RecordingTableModel &model)
{
    QList<Row> rows;
    for (const Recording &r : model.items())
        rows.append(Row{r.created.microseconds(), r.id});
    return rows;
}

QList<Row> within(const QList<Row> &rows, const ListingRange &range)
{
    QList<Row> out;
    for (const Row &r : rows) {
        if (range.contains(Timestamp::fromMicroseconds(r.created)))
            out.append(r);
    }
    return out;
}

// Fails with a message when rows are not newest first or hold an id twice.
QString orderProblem(const QList<Row> &rows)
{
    QSet<QUuid> seen;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (seen.contains(rows.at(i).id))
            return QStringLiteral("row %1 repeats an id").arg(i);
        seen.insert(rows.at(i).id);
        if (i > 0 && rows.at(i - 1).created < rows.at(i).created)
            return QStringLiteral("row %1 is newer than the row before it").arg(i);
    }
    return QString();
}

// Creation times, newest first: `count` recordings `step` apart below `top`, and at each of
// `boundaries` (newest first) kGroup recordings created at exactly that microsecond. A one-cursor
// listing with strictly-before paging loses part of a group that a page boundary cuts (the next
// page starts strictly before the group's time), so each group is placed where, counted from the
// newest recording, it lies within one page: a listing from the top must then lose nothing, and a
// comparison with it means something.
QList<std::int64_t> designedTimes(std::int64_t top, std::int64_t step, int count,
                                  const QList<std::int64_t> &boundaries)
{
    QList<std::int64_t> times;
    std::int64_t t = top - step;
    qsizetype next = 0;
    while (times.size() < count) {
        if (next < boundaries.size() && t <= boundaries.at(next)) {
            const std::int64_t at = boundaries.at(next++);
            // Fillers just above the group push it into the next page when it would not fit.
            while (times.size() % kPageSize > kPageSize - kGroup)
                times.append(at + (kPageSize - times.size() % kPageSize));
            for (int i = 0; i < kGroup; ++i)
                times.append(at);
            if (t == at)
                t -= step;
            continue;
        }
        times.append(t);
        t -= step;
    }
    return times;
}

// Records the URL of every request the session's manager finishes: what went on the wire.
struct WireLog
{
    explicit WireLog(Session &session)
    {
        QObject::connect(session.networkAccessManager(), &QNetworkAccessManager::finished,
                         session.networkAccessManager(),
                         [this](QNetworkReply *reply) { urls.append(reply->url()); });
    }
    QList<QUrl> listings() const
    {
        QList<QUrl> out;
        for (const QUrl &u : urls) {
            if (u.path().endsWith(QLatin1String("/recordings")))
                out.append(u);
        }
        return out;
    }
    QList<QUrl> urls;
};

QString tokenOf(const QUrl &url)
{
    return QUrlQuery(url).queryItemValue(QStringLiteral("page_token"), QUrl::FullyDecoded);
}

} // namespace

class TestSlicedListing : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void designedDataHasGroupsAtTheSliceBoundaries();
    void sequentialListingMatchesTheTruth();
    void loadEverythingMatchesSequentialAndTruth();
    void slicesKeepEqualTimesAcrossPageBoundaries();
    void rangeListingsMatchSequentialAndTruth_data();
    void rangeListingsMatchSequentialAndTruth();
    void daysRangeStartsAtItsEndAndStopsAtItsStart();
    void clearingTheRangeListsNewestFirstAgain();
    void liveFormTokens();
    void changingTheRangeCancelsEveryCursor();
    void losingTheSourceStopsLoading();
    void deletingTheModelWhileLoading();
    void aFailureShowsOnceAndRetryGoesOn();

private:
    // Lists with one cursor (the model's plain paging) or in slices; waits for the end.
    bool load(RecordingTableModel &model, bool sliced, int timeoutMs = 120000)
    {
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        sliced ? model.loadEverything() : model.fetchAll();
        return QTest::qWaitFor([&model] { return model.isComplete() || !model.lastError().isEmpty(); },
                               timeoutMs) &&
               model.lastError().isEmpty();
    }

    SandboxFixture m_designed{0, 0}; // only the recordings seeded here
    SandboxFixture m_demo{1500, 0};  // the demo data: 1,500 recordings over six months
    SandboxFixture m_ties{0, 0};     // groups of equal creation times, nothing else
    QList<Row> m_truth;              // what m_designed holds, newest first
    ListingRange m_designedRange;
    QList<std::int64_t> m_sliceStarts;
    QList<Row> m_demoTruth;
};

void TestSlicedListing::initTestCase()
{
    QVERIFY(m_designed.start());
    QVERIFY(m_demo.start());

    // 10,000 recordings, one every 864 s below `top` (100 days); the range is the last 60 days,
    // and its end lies above the newest recording, so a range listing pages exactly as a listing
    // from the top does.
    const std::int64_t top = (QDateTime::currentMSecsSinceEpoch() / 1000) * kSecond - kDay;
    m_designedRange.from = Timestamp::fromMicroseconds(top - 60 * kDay);
    m_designedRange.until = Timestamp::fromMicroseconds(top + 3600 * kSecond);
    // The boundaries of the range's slices (a loadEverything() over it, before any split), plus the
    // range's start; groups of equal times go exactly there.
    const QList<Timestamp> starts =
        SlicedListing::sliceStarts(*m_designedRange.from, *m_designedRange.until,
                                   SlicedListing::kDefaultWorkers * SlicedListing::kSlicesPerWorker);
    QList<std::int64_t> boundaries;
    for (qsizetype i = starts.size() - 1; i >= 0; --i) {
        if (starts.at(i).microseconds() < top)
            boundaries.append(starts.at(i).microseconds());
        m_sliceStarts.append(starts.at(i).microseconds());
    }
    // And a few more below the range, for the whole-history listing.
    for (int days : {70, 85, 99})
        boundaries.append(top - days * kDay);
    const QList<std::int64_t> times = designedTimes(top, 864 * kSecond, 10000, boundaries);

    for (qsizetype first = 0; first < times.size(); first += 2500) {
        QJsonArray chunk;
        for (qsizetype i = first; i < qMin(first + 2500, times.size()); ++i)
            chunk.append(double(times.at(i)));
        const QJsonArray ids = m_designed
                                   .admin("POST", QStringLiteral("/_sandbox/recordings"),
                                          QJsonObject{{QStringLiteral("tmCreate"), chunk}})
                                   .object()
                                   .value(QStringLiteral("ids"))
                                   .toArray();
        QCOMPARE(ids.size(), chunk.size());
        for (qsizetype i = 0; i < ids.size(); ++i)
            m_truth.append(Row{std::int64_t(chunk.at(i).toDouble()), QUuid(ids.at(i).toString())});
    }
    QVERIFY(m_truth.size() >= 10000);
    m_truth = normalised(m_truth);

    // The demo sandbox's truth: its tm_create values are unique, so one cursor lists it whole.
    Session session(m_demo.sessionConfig());
    PlatformPageSource source(session.platform(), PlatformClient::ListKind::Recordings);
    RecordingTableModel model(&source);
    QVERIFY(load(model, false));
    m_demoTruth = rowsOf(model);
    QCOMPARE(m_demoTruth.size(), m_demo.admin("GET", QStringLiteral("/_sandbox/stats"))
                                     .object()
                                     .value(QStringLiteral("recordingsListed"))
                                     .toInt());
}

void TestSlicedListing::designedDataHasGroupsAtTheSliceBoundaries()
{
    // The test data itself: without the groups the comparisons below would prove little.
    QHash<std::int64_t, int> perTime;
    for (const Row &r : std::as_const(m_truth))
        ++perTime[r.created];
    int groups = 0;
    for (std::int64_t start : std::as_const(m_sliceStarts)) {
        if (start < m_truth.first().created) {
            QCOMPARE(perTime.value(start), kGroup);
            ++groups;
        }
    }
    // Every slice's start lies below the newest recording (the range ends just above it).
    QVERIFY2(groups >= 10 && groups == m_sliceStarts.size(), qPrintable(QString::number(groups)));
    QCOMPARE(perTime.value(m_designedRange.from->microseconds()), kGroup);
}

void TestSlicedListing::sequentialListingMatchesTheTruth()
{
    Session session(m_designed.sessionConfig());
    PlatformPageSource source(session.platform(), PlatformClient::ListKind::Recordings);
    RecordingTableModel model(&source);
    QVERIFY(load(model, false));
    const QList<Row> rows = rowsOf(model);
    QCOMPARE(orderProblem(rows), QString());
    QCOMPARE(normalised(rows), m_truth);
}

void TestSlicedListing::loadEverythingMatchesSequentialAndTruth()
{
    Session session(m_designed.sessionConfig());
    WireLog wire(session);
    PlatformPageSource source(session.platform(), PlatformClient::ListKind::Recordings);
    RecordingTableModel sequential(&source);
    QVERIFY(load(sequential, false));

    PlatformPageSource slicedSource(session.platform(), PlatformClient::ListKind::Recordings);
    RecordingTableModel sliced(&slicedSource);
    wire.urls.clear();
    QVERIFY(load(sliced, true));
    const QList<Row> rows = rowsOf(sliced);
    QCOMPARE(orderProblem(rows), QString());
    QCOMPARE(rows.size(), m_truth.size());
    QCOMPARE(normalised(rows), m_truth);
    QCOMPARE(normalised(rows), normalised(rowsOf(sequential)));
    // In parallel, yet hardly more requests than one cursor needs: a page each, the probes, and
    // one more per slice.
    const int requests = int(wire.listings().size());
    qInfo("loadEverything: %d requests for %d rows", requests, int(rows.size()));
    QCOMPARE(requests, sliced.parallelRequests());
    QVERIFY2(requests < m_truth.size() / kPageSize * 1.15 + 40, qPrintable(QString::number(requests)));
}

void TestSlicedListing::slicesKeepEqualTimesAcrossPageBoundaries()
{
    // 100 groups of 3 recordings created at the same microsecond, a minute apart, listed in pages
    // of 4: page boundaries cut many groups. One cursor loses the rest of a cut group (the next
    // page starts strictly before its time): the contract's limit, which shows the data bites.
    // Slices ask from 1 µs after a page's last item and must lose nothing.
    QVERIFY(m_ties.start());
    const std::int64_t top = (QDateTime::currentMSecsSinceEpoch() / 1000) * kSecond - kDay;
    QJsonArray times;
    for (int g = 0; g < 100; ++g) {
        for (int i = 0; i < kGroup; ++i)
            times.append(double(top - g * 60 * kSecond));
    }
    const QJsonArray ids = m_ties
                               .admin("POST", QStringLiteral("/_sandbox/recordings"),
                                      QJsonObject{{QStringLiteral("tmCreate"), times}})
                               .object()
                               .value(QStringLiteral("ids"))
                               .toArray();
    QCOMPARE(ids.size(), times.size());
    QList<Row> truth;
    for (qsizetype i = 0; i < ids.size(); ++i)
        truth.append(Row{std::int64_t(times.at(i).toDouble()), QUuid(ids.at(i).toString())});
    truth = normalised(truth);

    Session session(m_ties.sessionConfig());
    PlatformPageSource source(session.platform(), PlatformClient::ListKind::Recordings);
    RecordingTableModel oneCursor(&source);
    oneCursor.setPageSize(4);
    QVERIFY(load(oneCursor, false));
    QVERIFY2(oneCursor.rowCount() < truth.size(), qPrintable(QString::number(oneCursor.rowCount())));

    RecordingTableModel sliced(&source);
    sliced.setPageSize(4);
    QVERIFY(load(sliced, true));
    QCOMPARE(orderProblem(rowsOf(sliced)), QString());
    QCOMPARE(normalised(rowsOf(sliced)), truth);
}

void TestSlicedListing::rangeListingsMatchSequentialAndTruth_data()
{
    QTest::addColumn<bool>("sliced");
    QTest::newRow("one cursor") << false;
    QTest::newRow("slices") << true;
}

void TestSlicedListing::rangeListingsMatchSequentialAndTruth()
{
    QFETCH(bool, sliced);
    Session session(m_designed.sessionConfig());
    WireLog wire(session);
    PlatformPageSource source(session.platform(), PlatformClient::ListKind::Recordings);
    RecordingTableModel model(&source);
    model.setRange(m_designedRange);
    QVERIFY(load(model, sliced));
    const QList<Row> rows = rowsOf(model);
    const QList<Row> expected = within(m_truth, m_designedRange);
    QVERIFY(expected.size() > 5000);
    QCOMPARE(orderProblem(rows), QString());
    QCOMPARE(normalised(rows), expected);
    // Nothing outside the range was asked for: every token lies inside it, the first is its end.
    const QList<QUrl> listings = wire.listings();
    QVERIFY(!listings.isEmpty());
    if (!sliced)
        QCOMPARE(tokenOf(listings.first()), pageTokenAt(*m_designedRange.until));
    for (const QUrl &url : listings) {
        Timestamp token;
        QCOMPARE(Timestamp::parse(tokenOf(url), &token), Timestamp::ParseResult::Ok);
        QVERIFY2(m_designedRange.from->microseconds() <= token.microseconds() &&
                     token.microseconds() <= m_designedRange.until->microseconds(),
                 qPrintable(url.toString()));
    }
}

void TestSlicedListing::daysRangeStartsAtItsEndAndStopsAtItsStart()
{
    // A day 30 days back, and the days either side of it (local days, as the filter bar has them).
    const QDate day = QDate::currentDate().addDays(-30);
    const ListingRange range = ListingRange::ofLocalDays(day.addDays(-1), day.addDays(1));
    QCOMPARE(range.firstLocalDay(), day.addDays(-1));
    QCOMPARE(range.lastLocalDay(), day.addDays(1));
    const QList<Row> expected = within(m_demoTruth, range);
    QVERIFY(expected.size() > 10);

    Session session(m_demo.sessionConfig());
    WireLog wire(session);
    PlatformPageSource source(session.platform(), PlatformClient::ListKind::Recordings);
    RecordingTableModel model(&source);
    model.setPageSize(10); // several pages inside the range
    QSignalSpy rangeChanged(&model, &PagedTableModel::rangeChanged);
    model.setRange(range);
    QCOMPARE(rangeChanged.size(), 1);
    QVERIFY(load(model, false));
    QCOMPARE(rowsOf(model), expected);

    const QList<QUrl> listings = wire.listings();
    QCOMPARE(tokenOf(listings.first()), pageTokenAt(*range.until));
    // A page for every 10 rows in the range, and the one that reaches past its start: no more.
    QCOMPARE(listings.size(), expected.size() / 10 + 1);
}

void TestSlicedListing::clearingTheRangeListsNewestFirstAgain()
{
    Session session(m_demo.sessionConfig());
    WireLog wire(session);
    PlatformPageSource source(session.platform(), PlatformClient::ListKind::Recordings);
    RecordingTableModel model(&source);
    QAbstractItemModelTester tester(&model);
    const QDate day = QDate::currentDate().addDays(-30);
    model.setRange(ListingRange::ofLocalDays(day, day));
    QVERIFY(load(model, true));
    QVERIFY(model.isComplete());
    model.setRange(ListingRange());
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.isComplete());
    wire.urls.clear();
    model.fetchMore(QModelIndex());
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), kPageSize, 10000);
    QCOMPARE(tokenOf(wire.listings().first()), QString());
    QCOMPARE(rowsOf(model), m_demoTruth.mid(0, kPageSize));
}

void TestSlicedListing::liveFormTokens()
{
    // The live platform's times and cursors are RFC 3339: our own tokens follow the server's form
    // once it has sent one, and the listing is the same.
    m_demo.setFaults(QJsonObject{{QStringLiteral("liveVariant"), true}});
    Session session(m_demo.sessionConfig());
    WireLog wire(session);
    PlatformPageSource source(session.platform(), PlatformClient::ListKind::Recordings);
    RecordingTableModel model(&source);
    model.setPageSize(10);
    const QDate day = QDate::currentDate().addDays(-30);
    const ListingRange range = ListingRange::ofLocalDays(day.addDays(-2), day);
    model.setRange(range);
    model.fetchMore(QModelIndex());
    QTRY_VERIFY_WITH_TIMEOUT(model.rowCount() > 0 && !model.isLoading(), 10000);
    QVERIFY(load(model, true));
    QCOMPARE(rowsOf(model), within(m_demoTruth, range));
    const QList<QUrl> listings = wire.listings();
    QVERIFY(listings.size() > 2);
    QVERIFY2(tokenOf(listings.last()).contains(QLatin1Char('T')), qPrintable(tokenOf(listings.last())));
    m_demo.resetFaults();
}

void TestSlicedListing::changingTheRangeCancelsEveryCursor()
{
    m_demo.setFaults(QJsonObject{{QStringLiteral("latencyMs"), 150}});
    Session session(m_demo.sessionConfig());
    PlatformPageSource source(session.platform(), PlatformClient::ListKind::Recordings);
    RecordingTableModel model(&source);
    model.setPageSize(20);
    QAbstractItemModelTester tester(&model);
    model.loadEverything();
    QVERIFY(model.isLoading());
    QTRY_VERIFY_WITH_TIMEOUT(model.rowCount() > 0, 10000);
    QVERIFY(model.isLoading());

    const QDate day = QDate::currentDate().addDays(-30);
    const ListingRange range = ListingRange::ofLocalDays(day, day);
    model.setRange(range);
    QCOMPARE(model.rowCount(), 0);
    // Answers to the cancelled cursors would come within the latency: none may add a row. (The
    // tester asks for the new range's first page at once, as a view would.)
    QTest::qWait(600);
    for (const Row &row : rowsOf(model))
        QVERIFY(range.contains(Timestamp::fromMicroseconds(row.created)));
    QVERIFY(model.lastError().isEmpty());

    // The new range loads, and only its rows.
    QVERIFY(load(model, true, 30000));
    QCOMPARE(rowsOf(model), within(m_demoTruth, range));
    m_demo.resetFaults();
}

void TestSlicedListing::losingTheSourceStopsLoading()
{
    // Signing out deletes the session and its page sources while slices are on their way.
    m_demo.setFaults(QJsonObject{{QStringLiteral("latencyMs"), 150}});
    auto session = std::make_unique<Session>(m_demo.sessionConfig());
    auto *source = session->createPageSource(PlatformClient::ListKind::Recordings, session.get());
    RecordingTableModel model(source);
    model.setPageSize(20);
    QAbstractItemModelTester tester(&model);
    QSignalSpy failed(&model, &PagedTableModel::errorOccurred);
    model.loadEverything();
    QTRY_VERIFY_WITH_TIMEOUT(model.rowCount() > 0, 10000);
    const int rows = model.rowCount();
    session.reset();
    QVERIFY(!model.isLoading());
    QTest::qWait(600);
    QCOMPARE(model.rowCount(), rows);
    QCOMPARE(failed.size(), 0);
    m_demo.resetFaults();
}

void TestSlicedListing::deletingTheModelWhileLoading()
{
    // A new session gives the view a new model; the old one goes while its slices are on the way.
    m_demo.setFaults(QJsonObject{{QStringLiteral("latencyMs"), 100}});
    Session session(m_demo.sessionConfig());
    PlatformPageSource source(session.platform(), PlatformClient::ListKind::Recordings);
    auto model = std::make_unique<RecordingTableModel>(&source);
    model->setPageSize(20);
    model->loadEverything();
    QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() > 0, 10000);
    QVERIFY(model->isLoading());
    model.reset();
    QTest::qWait(400);
    // The session still works for a new model.
    RecordingTableModel next(&source);
    QVERIFY(load(next, true, 60000));
    QCOMPARE(rowsOf(next), m_demoTruth);
    m_demo.resetFaults();
}

void TestSlicedListing::aFailureShowsOnceAndRetryGoesOn()
{
    Session session(m_demo.sessionConfig());
    session.setRetryPolicy(SandboxFixture::fastRetries());
    PlatformPageSource source(session.platform(), PlatformClient::ListKind::Recordings);
    RecordingTableModel model(&source);
    model.setPageSize(20);
    QAbstractItemModelTester tester(&model);
    // The first page on its own, then every listing request fails for a while.
    model.fetchMore(QModelIndex());
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 20, 10000);
    m_demo.setFaults(
        QJsonObject{{QStringLiteral("failNext"),
                     QJsonObject{{QStringLiteral("status"), 500},
                                 {QStringLiteral("count"), 200},
                                 {QStringLiteral("paths"), QStringLiteral("/v1.0/recordings")}}}});
    QSignalSpy failed(&model, &PagedTableModel::errorOccurred);
    model.loadEverything();
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 30000);
    QVERIFY(!model.isLoading());
    QTest::qWait(1000);
    QCOMPARE(failed.size(), 1);
    QCOMPARE(orderProblem(rowsOf(model)), QString());
    QCOMPARE(rowsOf(model), m_demoTruth.mid(0, model.rowCount()));

    m_demo.resetFaults();
    model.retry();
    QTRY_VERIFY_WITH_TIMEOUT(model.isComplete(), 60000);
    QVERIFY(model.lastError().isEmpty());
    QCOMPARE(rowsOf(model), m_demoTruth);
}

QTEST_GUILESS_MAIN(TestSlicedListing)
#include "tst_slicedlisting.moc"
