#include "transfersummary.h"

#include "util/displayformat.h"

#include <QStringList>

namespace recdesk {

TransferSummary TransferSummary::of(const QList<TransferItem> &items)
{
    TransferSummary s;
    s.total = int(items.size());
    for (const TransferItem &item : items) {
        switch (item.state) {
        case TransferItem::State::Running:
            ++s.running;
            s.bytesPerSecond += item.bytesPerSecond;
            break;
        case TransferItem::State::Queued:
            ++s.queued;
            break;
        case TransferItem::State::Completed:
            ++s.completed;
            break;
        case TransferItem::State::Failed:
            ++s.failed;
            break;
        case TransferItem::State::Cancelled:
            ++s.cancelled;
            break;
        }
        if (item.bytesTotal > 0) {
            s.bytesDone += item.bytesDone;
            s.bytesTotal += item.bytesTotal;
            if (!item.isFinished()) {
                s.activeBytesDone += item.bytesDone;
                s.activeBytesTotal += item.bytesTotal;
            }
        }
    }
    if (s.bytesPerSecond > 1 && s.activeBytesTotal > s.activeBytesDone)
        s.secondsLeft = qint64(double(s.activeBytesTotal - s.activeBytesDone) / s.bytesPerSecond);
    return s;
}

QString TransferSummary::statusText() const
{
    if (total == 0)
        return QString();
    QStringList parts;
    if (!isIdle()) {
        parts.append(queued > 0 ? tr("%L1 running, %L2 waiting").arg(running).arg(queued)
                                : tr("%L1 running").arg(running));
        if (activeBytesTotal > 0)
            parts.append(tr("%1%").arg(int(activeBytesDone * 100 / activeBytesTotal)));
        if (bytesPerSecond > 0)
            parts.append(tr("%1/s").arg(DisplayFormat::size(qint64(bytesPerSecond))));
    } else {
        parts.append(tr("%Ln transfer(s) done", nullptr, completed));
    }
    if (failed > 0)
        parts.append(tr("%Ln failed", nullptr, failed));
    return parts.join(QStringLiteral(" · "));
}

QString TransferSummary::progressText() const
{
    // What is not known yet (no size, nothing moving, no time to promise) is left out, not shown
    // as "0 bytes" or an empty "left".
    QStringList parts{tr("%1/%2 done").arg(finished()).arg(total)};
    if (bytesTotal > 0)
        parts.append(tr("%1 of %2").arg(DisplayFormat::size(bytesDone), DisplayFormat::size(bytesTotal)));
    if (bytesPerSecond >= 1)
        parts.append(tr("%1/s").arg(DisplayFormat::size(qint64(bytesPerSecond))));
    if (secondsLeft >= 0)
        parts.append(tr("%1 left").arg(DisplayFormat::timeLeft(secondsLeft)));
    return parts.join(QStringLiteral("  "));
}

QString TransferSummary::finishedText() const
{
    return failed > 0 ? tr("Transfers finished: %L1 done, %L2 failed. See the transfers panel.")
                            .arg(completed)
                            .arg(failed)
                      : tr("All transfers finished (%L1 done).").arg(completed);
}

} // namespace recdesk
