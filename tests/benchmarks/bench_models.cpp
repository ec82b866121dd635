// Measures how fast RecordingTableModel takes in a large list and how much memory a row costs:
// 100,000 recordings as contract JSON pages of 100 (documented form), decoded and inserted through
// the model's real paging path. Prints one "name value unit" line per figure. See
// docs/BENCHMARKS.md; build in Release.

#include "domain/page.h"
#include "domain/recording.h"
#include "models/pagesource.h"
#include "models/recordingfilterproxy.h"
#include "models/recordingtablemodel.h"

#include <cstdio>
#include <malloc.h>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>
#include <time.h>

using namespace recdesk;

namespace {

constexpr int kRows = 100'000;
constexpr int kPageSize = 100;

// Serves pre-built pages in order, answering from the event loop as a network source would.
class PreparedPageSource : public PageSource
{
public:
    explicit PreparedPageSource(QList<QByteArray> pages)
        : m_pages(std::move(pages))
    {}
    void fetch(const QString &, int) override
    {
        if (m_busy)
            return;
        m_busy = true;
        QTimer::singleShot(0, this, [this] {
            m_busy = false;
            emit pageArrived(m_next < m_pages.size() ? m_pages.at(m_next++) : QByteArray(R"({"result":[]})"));
        });
    }
    void cancel() override { m_busy = false; }
    bool isBusy() const override { return m_busy; }

private:
    QList<QByteArray> m_pages;
    qsizetype m_next = 0;
    bool m_busy = false;
};

QUuid uuidFor(quint32 kind, quint32 i)
{
    return QUuid(kind, quint16(i >> 16), quint16(i), 1, 2, 3, 4, 5, 6, 7, 8);
}

QList<QByteArray> makePages()
{
    const std::int64_t newest = 1'716'796'516'515'315;
    QList<QByteArray> pages;
    for (int first = 0; first < kRows; first += kPageSize) {
        QJsonArray items;
        QString token;
        for (int i = first; i < first + kPageSize && i < kRows; ++i) {
            Recording r;
            r.id = uuidFor(0xAAAA0000u, quint32(i));
            r.customerId = uuidFor(0xCCCC0000u, 1);
            r.ownerType = OwnerType::Agent;
            r.ownerId = uuidFor(0x0A000000u, quint32(i % 37));
            r.activeflowId = uuidFor(0xDDDD0000u, quint32(i));
            r.referenceType = i % 5 ? RecordingReferenceType::Call : RecordingReferenceType::Confbridge;
            r.referenceId = uuidFor(0xBBBB0000u, quint32(i));
            r.status = i % 10 ? RecordingStatus::Ended : RecordingStatus::Recording;
            r.created = Timestamp::fromMicroseconds(newest - std::int64_t(i) * 1'000'000);
            r.updated = r.created;
            r.started = r.created;
            if (r.status == RecordingStatus::Ended)
                r.ended = Timestamp::fromMicroseconds(r.created.microseconds() + (i % 900) * 1'000'000);
            items.append(r.toJson());
            token = r.created.toPlatformString();
        }
        QJsonObject body;
        body.insert(QLatin1String("result"), items);
        body.insert(QLatin1String("next_page_token"), token);
        pages.append(QJsonDocument(body).toJson(QJsonDocument::Compact));
    }
    return pages;
}

qint64 heapInUse()
{
    malloc_trim(0);
    const struct mallinfo2 info = mallinfo2();
    return qint64(info.uordblks) + qint64(info.hblkhd);
}

qint64 residentBytes()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields.at(1).toLongLong() * 4096 : 0;
}

// CPU time of this process: steadier than wall time on a machine shared with builds.
qint64 cpuNs()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

void report(const char *name, double value, const char *unit)
{
    std::printf("%s %.0f %s\n", name, value, unit);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);

    QList<QByteArray> pages = makePages();
    qint64 jsonBytes = 0;
    for (const QByteArray &p : pages)
        jsonBytes += p.size();

    // The general decoder (decodePage, QJsonDocument) alone, for comparison with the scanner the
    // model uses for plain pages.
    QElapsedTimer timer;
    timer.start();
    qsizetype decoded = 0;
    for (const QByteArray &p : pages) {
        DecodeProblems problems;
        decoded += decodePage<Recording>(p, QStringLiteral("recordings page"), &problems).items.size();
    }
    const qint64 decodeNs = timer.nsecsElapsed();

    PreparedPageSource source(std::move(pages));
    const qint64 heapBefore = heapInUse();
    const qint64 rssBefore = residentBytes();

    auto *model = new RecordingTableModel(&source);
    const qint64 cpuBefore = cpuNs();
    timer.restart();
    model->fetchAll();
    while (!model->isComplete() && model->lastError().isEmpty())
        QCoreApplication::processEvents(QEventLoop::AllEvents);
    const qint64 loadNs = timer.nsecsElapsed();
    const qint64 loadCpuNs = cpuNs() - cpuBefore;
    if (model->rowCount() != kRows) {
        std::fprintf(stderr, "loaded %d rows, expected %d: %s\n", model->rowCount(), kRows,
                     qPrintable(model->lastError()));
        return 1;
    }
    const qint64 heapAfter = heapInUse();
    const qint64 rssAfter = residentBytes();

    report("models.recordings.rows", kRows, "rows");
    report("models.recordings.json_bytes_per_row", double(jsonBytes) / kRows, "B");
    report("models.recordings.general_decoder_rows_per_s", decoded / (decodeNs / 1e9), "rows/s");
    report("models.recordings.load_ms", loadNs / 1e6, "ms");
    report("models.recordings.rows_per_s", kRows / (loadNs / 1e9), "rows/s");
    report("models.recordings.rows_per_cpu_s", kRows / (loadCpuNs / 1e9), "rows/s");
    report("models.recordings.heap_bytes_per_row", double(heapAfter - heapBefore) / kRows, "B");
    report("models.recordings.rss_bytes_per_row", double(rssAfter - rssBefore) / kRows, "B");
    report("models.recordings.sizeof_recording", sizeof(Recording), "B");

    RecordingFilterProxy proxy;
    proxy.setSourceModel(model);
    timer.restart();
    proxy.sort(RecordingTableModel::EndedColumn, Qt::DescendingOrder);
    report("models.recordings.sort_ended_ms", timer.nsecsElapsed() / 1e6, "ms");
    timer.restart();
    proxy.setFilterText(QStringLiteral("0a000000-0000-0024"));
    report("models.recordings.filter_text_ms", timer.nsecsElapsed() / 1e6, "ms");
    report("models.recordings.filter_text_rows", proxy.rowCount(), "rows");
    proxy.setFilterText(QString());
    timer.restart();
    proxy.setStatuses({RecordingStatus::Recording});
    report("models.recordings.filter_status_ms", timer.nsecsElapsed() / 1e6, "ms");

    delete model;
    return 0;
}
