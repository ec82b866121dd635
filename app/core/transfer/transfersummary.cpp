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
    return tr("%1/%2 done  %3 of %4  %5/s  %6 left")
        .arg(finished())
        .arg(total)
        .arg(DisplayFormat::size(bytesDone), DisplayFormat::size(bytesTotal),
             DisplayFormat::size(qint64(bytesPerSecond)), DisplayFormat::timeLeft(secondsLeft));
}

QString TransferSummary::finishedText() const
{
    return failed > 0 ? tr("Transfers finished: %L1 done, %L2 failed. See the transfers panel.")
                            .arg(completed)
                            .arg(failed)
                      : tr("All transfers finished (%L1 done).").arg(completed);
}

} // namespace recdesk
