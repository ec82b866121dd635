#include "silencemap.h"

#include <algorithm>
#include <utility>

namespace recdesk {

SilenceMap::SilenceMap(QList<Range> silences, qint64 durationMs)
    : m_silences(std::move(silences))
    , m_durationMs(durationMs)
{}

qint64 SilenceMap::silentMs() const
{
    qint64 total = 0;
    for (const Range &r : m_silences)
        total += r.endMs - r.startMs;
    return total;
}

int SilenceMap::silenceAt(qint64 ms) const
{
    // The first silence that ends after ms; it holds ms if it also starts at or before it.
    const auto it = std::upper_bound(m_silences.cbegin(), m_silences.cend(), ms,
                                     [](qint64 t, const Range &r) { return t < r.endMs; });
    if (it == m_silences.cend() || it->startMs > ms)
        return -1;
    return int(it - m_silences.cbegin());
}

QList<qint64> SilenceMap::speechStarts() const
{
    QList<qint64> starts;
    if (m_silences.isEmpty() || m_silences.first().startMs > 0)
        starts.append(0);
    for (const Range &r : m_silences) {
        if (r.endMs < m_durationMs)
            starts.append(r.endMs);
    }
    return starts;
}

qint64 SilenceMap::nextSpeech(qint64 ms) const
{
    // A start within the lead-in of ms is where the player already is: the next one is meant.
    for (qint64 start : speechStarts()) {
        const qint64 target = std::max<qint64>(0, start - kLeadInMs);
        if (target > ms + 50)
            return target;
    }
    return -1;
}

qint64 SilenceMap::previousSpeech(qint64 ms) const
{
    const QList<qint64> starts = speechStarts();
    for (auto it = starts.crbegin(); it != starts.crend(); ++it) {
        const qint64 target = std::max<qint64>(0, *it - kLeadInMs);
        if (target < ms - 1000)
            return target;
    }
    return -1;
}

qint64 SilenceMap::skipTarget(qint64 ms) const
{
    const int i = silenceAt(ms);
    if (i < 0)
        return -1;
    const Range &r = m_silences.at(i);
    const qint64 target = r.endMs - kLeadInMs;
    return target > ms + 100 ? target : -1;
}

} // namespace recdesk
