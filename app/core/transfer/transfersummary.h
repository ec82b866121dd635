#pragma once

#include "transferitem.h"

#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QString>

namespace recdesk {

// Where a set of transfers stands, counted once for every place that reports it: the transfers
// panel and the status bar, recdeskctl's progress line, and the end-of-batch notification.
struct TransferSummary
{
    Q_DECLARE_TR_FUNCTIONS(TransferSummary)
public:
    int total = 0;
    int running = 0;
    int queued = 0;
    int completed = 0;
    int failed = 0;
    int cancelled = 0;
    // Over every item whose size is known.
    qint64 bytesDone = 0;
    qint64 bytesTotal = 0;
    // Over the unfinished items whose size is known: what the percentage and time left are of.
    qint64 activeBytesDone = 0;
    qint64 activeBytesTotal = 0;
    double bytesPerSecond = 0; // the running items together
    qint64 secondsLeft = -1;   // -1: unknown (nothing moving, or sizes unknown)

    static TransferSummary of(const QList<TransferItem> &items);

    int finished() const { return completed + failed + cancelled; }
    bool isIdle() const { return running + queued == 0; }
    // "2 running, 1 waiting · 40% · 3.1 MiB/s · 1 failed", or "5 transfers done"; empty when there
    // are none.
    QString statusText() const;
    // recdeskctl's line: "3/5 done  12 MiB of 40 MiB  3.1 MiB/s  9 s left", without the parts not
    // known yet (sizes, speed, time left).
    QString progressText() const;
    // When a batch has ended: "All transfers finished (5 done)." or with the failures.
    QString finishedText() const;
};

} // namespace recdesk

Q_DECLARE_METATYPE(recdesk::TransferSummary)
