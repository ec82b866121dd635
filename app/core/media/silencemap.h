#pragma once

#include <QList>
#include <QMetaType>

namespace recdesk {

// Where a recording is silent (every channel below the detector's threshold for at least its
// minimum length), as time ranges in milliseconds, sorted and not overlapping. Everything else
// is speech. Answers the player's questions: is this moment silent, where does the next (or
// previous) stretch of speech begin, where should a silence-skipping player jump to.
class SilenceMap
{
public:
    struct Range
    {
        qint64 startMs = 0;
        qint64 endMs = 0; // exclusive
        friend bool operator==(const Range &a, const Range &b)
        {
            return a.startMs == b.startMs && a.endMs == b.endMs;
        }
    };

    // The speech before a jump target that is kept, so that the first syllable is not clipped.
    static constexpr qint64 kLeadInMs = 150;

    SilenceMap() = default;
    SilenceMap(QList<Range> silences, qint64 durationMs);

    bool isEmpty() const { return m_silences.isEmpty(); }
    const QList<Range> &silences() const { return m_silences; }
    qint64 durationMs() const { return m_durationMs; }
    qint64 silentMs() const;

    // The index of the silence holding ms, or -1.
    int silenceAt(qint64 ms) const;
    // Where the first stretch of speech after ms begins (less the lead-in), or -1 if none
    // follows.
    qint64 nextSpeech(qint64 ms) const;
    // Where the stretch of speech before the one playing at ms begins (less the lead-in); within
    // the first second of a stretch it goes one further back, like "previous track". -1 if none.
    qint64 previousSpeech(qint64 ms) const;
    // For a player that skips silences: where to jump from ms, or -1 to play on (ms is not in a
    // silence, or too close to its end for a jump to be worth it).
    qint64 skipTarget(qint64 ms) const;

private:
    // Starts of the stretches of speech, in order.
    QList<qint64> speechStarts() const;

    QList<Range> m_silences;
    qint64 m_durationMs = 0;
};

} // namespace recdesk

Q_DECLARE_METATYPE(recdesk::SilenceMap)
