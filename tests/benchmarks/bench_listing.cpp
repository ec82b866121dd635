// Listing by creation time against an in-process sandbox that answers every request 50 ms late
// (the latency of a distant platform), with 100,000 recordings: the round trips and the time to
// the first row of a day 30 days back (a range, PagedTableModel::setRange), and the time to list
// everything with loadEverything() (slices in parallel) against one cursor, in the same run.
// Prints one "name value unit" line per figure. See docs/BENCHMARKS.md.

#include "demosession.h"
#include "models/listingrange.h"
#include "models/recordingtablemodel.h"
#include "models/slicedlisting.h"
#include "net/platformpagesource.h"
#include "net/session.h"
#include "sandboxhost.h"

#include <cstdio>
#include <memory>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QTemporaryDir>
#include <QTimer>

using namespace recdesk;

namespace {

void figure(const QString &name, double value, const char *unit)
{
    std::printf("%s %.6g %s\n", qPrintable(name), value, unit);
    std::fflush(stdout);
}

// One fresh session (so sign-in is part of what is measured), its requests counted on the wire.
struct Client
{
    explicit Client(const sandbox::SandboxHost &host)
        : session(demoSessionConfig(host, QStringLiteral("bench")))
        , source(session.platform(), PlatformClient::ListKind::Recordings)
        , model(&source)
    {
        QObject::connect(session.networkAccessManager(), &QNetworkAccessManager::finished,
                         session.networkAccessManager(), [this](QNetworkReply *) { ++requests; });
    }
    Session session;
    PlatformPageSource source;
    RecordingTableModel model;
    int requests = 0;
};

// Runs the event loop until `done` holds or the model reports an error; false on an error.
template<typename Done> bool waitFor(RecordingTableModel &model, Done done, int timeoutMs = 600000)
{
    QEventLoop loop;
    QTimer check;
    check.setInterval(1);
    QObject::connect(&check, &QTimer::timeout, &loop, [&] {
        if (done() || !model.lastError().isEmpty())
            loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    check.start();
    loop.exec();
    if (!model.lastError().isEmpty())
        std::fprintf(stderr, "listing failed: %s\n", qPrintable(model.lastError()));
    return model.lastError().isEmpty() && done();
}

QSet<QUuid> idsOf(const RecordingTableModel &model)
{
    QSet<QUuid> ids;
    for (const Recording &r : model.items())
        ids.insert(r.id);
    return ids;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("recdesk.*.debug=false\nrecdesk.*.info=false"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Listing benchmark (see docs/BENCHMARKS.md)"));
    parser.addHelpOption();
    const QCommandLineOption latencyOption(QStringLiteral("latency-ms"),
                                           QStringLiteral("The sandbox's latency before every answer."),
                                           QStringLiteral("ms"), QStringLiteral("50"));
    const QCommandLineOption countOption(QStringLiteral("recordings"), QStringLiteral("Recordings seeded."),
                                         QStringLiteral("n"), QStringLiteral("100000"));
    const QCommandLineOption workersOption(
        QStringLiteral("workers"), QStringLiteral("Concurrent requests of loadEverything()."),
        QStringLiteral("n"), QString::number(SlicedListing::kDefaultWorkers));
    parser.addOptions({latencyOption, countOption, workersOption});
    parser.process(app);

    QTemporaryDir dataDir;
    sandbox::SandboxHost host;
    sandbox::SandboxOptions options;
    options.dataDir = dataDir.path();
    options.recordingCount = parser.value(countOption).toInt();
    options.fileCount = 0;
    options.latencyMs = parser.value(latencyOption).toInt();
    options.quiet = true;
    QElapsedTimer seeding;
    seeding.start();
    QString error;
    if (!dataDir.isValid() || !host.start(options, &error)) {
        std::fprintf(stderr, "the sandbox did not start: %s\n", qPrintable(error));
        return 1;
    }
    std::printf(
        "# Qt %s, %d recordings over 180 days (seeded in %.1f s), sandbox latency %d ms, %d workers\n",
        qVersion(), options.recordingCount, seeding.elapsed() / 1000.0, options.latencyMs,
        parser.value(workersOption).toInt());

    // 1. A day 30 days back: the range's first row, one cursor (page_token = the day's end), and the
    //    whole day in slices, as the filter bar does it.
    const QDate day = QDate::currentDate().addDays(-30);
    for (const bool sliced : {false, true}) {
        Client c(host);
        c.model.setParallelism(parser.value(workersOption).toInt());
        c.model.setRange(ListingRange::ofLocalDays(day, day));
        int requestsAtFirstRow = -1;
        qint64 firstRowMs = -1;
        QElapsedTimer clock;
        QObject::connect(&c.model, &QAbstractItemModel::rowsInserted, &c.model, [&] {
            if (firstRowMs < 0) {
                firstRowMs = clock.elapsed();
                requestsAtFirstRow = c.requests;
            }
        });
        clock.start();
        sliced ? c.model.loadEverything() : c.model.fetchMore(QModelIndex());
        if (!waitFor(c.model, [&] { return firstRowMs >= 0; }))
            return 1;
        const QString name = QStringLiteral("listing.day30.%1.")
                                 .arg(sliced ? QStringLiteral("sliced") : QStringLiteral("one_cursor"));
        // Requests finished by the first row, sign-in included: each waited for the one before
        // it on one cursor, so they are the round trips there.
        figure(name + QStringLiteral("requests_to_first_row"), requestsAtFirstRow, "requests");
        figure(name + QStringLiteral("first_row_ms"), firstRowMs, "ms");
        if (!sliced)
            c.model.fetchAll();
        if (!waitFor(c.model, [&] { return c.model.isComplete(); }))
            return 1;
        figure(name + QStringLiteral("whole_day_ms"), clock.elapsed(), "ms");
        figure(name + QStringLiteral("whole_day_rows"), c.model.rowCount(), "rows");
        figure(name + QStringLiteral("whole_day_requests"), c.requests, "requests");
    }

    // 2. Everything: slices, one cursor, slices again (the sandbox's caches are warm for both).
    QSet<QUuid> reference;
    double slicedBest = 0;
    double oneCursor = 0;
    for (const int round : {0, 1, 2}) {
        const bool sliced = round != 1;
        Client c(host);
        c.model.setParallelism(parser.value(workersOption).toInt());
        QElapsedTimer clock;
        clock.start();
        sliced ? c.model.loadEverything() : c.model.fetchAll();
        if (!waitFor(c.model, [&] { return c.model.isComplete(); }))
            return 1;
        const double seconds = clock.elapsed() / 1000.0;
        const QString name = sliced ? QStringLiteral("listing.all.sliced%1.").arg(round)
                                    : QStringLiteral("listing.all.one_cursor.");
        figure(name + QStringLiteral("seconds"), seconds, "s");
        figure(name + QStringLiteral("rows"), c.model.rowCount(), "rows");
        figure(name + QStringLiteral("requests"), c.requests, "requests");
        const QSet<QUuid> ids = idsOf(c.model);
        if (ids.size() != c.model.rowCount() || (!reference.isEmpty() && ids != reference)) {
            std::fprintf(stderr, "round %d listed other rows than round 0\n", round);
            return 1;
        }
        reference = ids;
        if (sliced)
            slicedBest = slicedBest == 0 ? seconds : qMin(slicedBest, seconds);
        else
            oneCursor = seconds;
    }
    figure(QStringLiteral("listing.all.speedup"), oneCursor / slicedBest, "x");
    return 0;
}
