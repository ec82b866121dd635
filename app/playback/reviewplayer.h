#pragma once

#include "media/timerange.h"

#include <QList>
#include <QObject>
#include <QTimer>

class QAudioSink;

namespace recdesk {

class ReviewAudioSource;

// Plays a recording for review on the default audio output: speed without pitch change, per-leg
// gain and mute, balance, an A-B loop and skipped ranges, all changed while playing without a
// gap. A QAudioSink pulls the sound from a ReviewAudioSource (which makes it); this class lives
// on the GUI thread and never waits for the device.
class ReviewPlayer : public QObject
{
    Q_OBJECT

public:
    enum class State { Stopped, Playing, Paused };
    Q_ENUM(State)

    explicit ReviewPlayer(QObject *parent = nullptr);
    ~ReviewPlayer() override;

    // Stops and opens `path` (a whole 16-bit PCM WAV). False and errorOccurred() when it cannot.
    bool load(const QString &path);
    void unload();
    bool isLoaded() const;

    State state() const { return m_state; }
    qint64 durationMs() const;
    // Where the listener is: what the source has handed out, less what the device still holds.
    qint64 positionMs() const;
    // 1: mono; 2: two legs (0 when nothing is loaded).
    int legCount() const;

    void play();
    void pause();
    // Stops and goes back to the start.
    void stop();
    void seek(qint64 ms);

    // 0.5 to 2, pitch unchanged.
    void setTempo(double tempo);
    double tempo() const;
    // leg: 1 or 2 (the left and right channels of a two-leg recording); gain 0 to 1.
    void setLegGain(int leg, float gain);
    void setLegMuted(int leg, bool muted);
    // -1 (all left) to +1 (all right); see ReviewMix.
    void setBalance(float balance);
    // 0 to 1, linear.
    void setVolume(float volume);

    void setLoop(qint64 startMs, qint64 endMs);
    void clearLoop();
    void setSkipRanges(const QList<TimeRange> &ranges);
    void setSkipEnabled(bool enabled);

signals:
    void positionChanged(qint64 ms);
    void stateChanged(recdesk::ReviewPlayer::State state);
    // The end was reached (never while looping); the player has stopped there.
    void finished();
    void errorOccurred(const QString &message);

private:
    void setState(State state);
    void releaseSink();
    void failNoDevice();
    void onSinkStateChanged();
    void tick();
    void finish();

    ReviewAudioSource *m_source = nullptr;
    QAudioSink *m_sink = nullptr;
    QTimer m_positionTimer;
    State m_state = State::Stopped;
    qint64 m_lastPosition = -1;
    mutable qint64 m_seekFloor = -1; // the last seek's target, until playback has passed it
};

} // namespace recdesk
