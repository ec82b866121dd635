#pragma once

#include "domain/recording.h"
#include "media/silencedetector.h"
#include "waveformloader.h"
#include "waveformwidget.h"

#include <QMediaPlayer>
#include <QPointer>
#include <QUrl>
#include <QWidget>

class QAction;
class QAudioOutput;
class QComboBox;
class QLabel;
class QMenu;
class QSlider;
class QToolButton;

namespace recdesk {
class ProgressiveAudioDevice;
class RecordingAudio;
class ReviewPlayer;
} // namespace recdesk

namespace recdesk::gui {

class VoicesBar;

// Plays the selected recording: play/pause, seek bar, ±5 s and ±10 s, speed, volume, time and a
// waveform; for review, an A–B loop, jumps to the next or previous stretch of speech and an
// optional skipping of silences (found from the samples, see SilenceDetector). The panel does not talk to the
// services: it asks for audio with audioRequested() and is given the recording's audio as the cache fetches
// it (setAudio). A WAV plays while it arrives, through a ProgressiveAudioDevice (QMediaPlayer); a whole WAV
// on disk plays through the review engine (ReviewPlayer: speed that keeps the pitch, per-leg volume and mute,
// balance), or through QMediaPlayer when there is no audio output device or the file is not a 16-bit PCM WAV.
class PlayerPanel : public QWidget
{
    Q_OBJECT
public:
    static constexpr qint64 kSkipMs = 10'000;
    static constexpr qint64 kShortSkipMs = 5'000;

    explicit PlayerPanel(QWidget *parent = nullptr);
    ~PlayerPanel() override;

    // Selects a recording: ended ones ask for their audio, others show why they cannot play.
    void setRecording(const Recording &recording);
    // Nothing to play (no selection, several rows, or a file row).
    void clear(const QString &message = QString());
    // The audio of the current recording, arriving or whole (owned by the audio service).
    void setAudio(recdesk::RecordingAudio *audio);
    // A local file to play.
    void setSource(const QUrl &url);
    // True while the source is the growing file (not yet the whole file from disk).
    bool isProgressive() const { return m_device != nullptr; }
    // Bytes of a WAV that must have arrived before it starts playing while the rest arrives.
    static constexpr qint64 kProgressiveStartBytes = 64 * 1024;
    // Fetching the audio failed: a short sentence for the panel.
    void setSourceError(const QString &message);

    QUuid recordingId() const { return m_recordingId; }
    // Where playback is, or goes once the source switch under way is done.
    qint64 currentPosition() const;
    QUrl source() const;
    QString statusText() const;
    bool canPlay() const;
    // The audio's fetch failed and is not running again: Play asks for it again.
    bool canRetryAudio() const;

    QMediaPlayer *player() const { return m_player; }
    ReviewPlayer *reviewPlayer() const { return m_review; }
    // True while the review engine plays the current source (not QMediaPlayer).
    bool usesReviewEngine() const { return m_usesReview; }
    bool isPlaying() const;
    // Per-leg volume and mute and the balance, shown for two-leg recordings only.
    VoicesBar *voicesBar() const { return m_voices; }
    QAudioOutput *audioOutput() const { return m_audio; }
    WaveformWidget *waveform() const { return m_waveform; }
    QSlider *seekSlider() const { return m_seek; }
    QComboBox *speedCombo() const { return m_speed; }
    QSlider *volumeSlider() const { return m_volume; }
    QLabel *timeLabel() const { return m_time; }
    QToolButton *skipSilenceButton() const { return m_skipSilenceButton; }
    QToolButton *loopButton() const { return m_loopButton; }

    // Window-wide shortcuts (Space, arrows, J/K/L): the main window adds these to itself.
    QList<QAction *> shortcutActions() const;
    QAction *playPauseAction() const { return m_playPause; }
    QAction *backAction() const { return m_back; }
    QAction *forwardAction() const { return m_forward; }
    QAction *skipSilenceAction() const { return m_skipSilence; }

    // The A–B loop: a start < 0 for none; an end < 0 while only A is set.
    qint64 loopStart() const { return m_loopA; }
    qint64 loopEnd() const { return m_loopB; }
    bool isLooping() const { return m_loopA >= 0 && m_loopB > m_loopA; }
    const recdesk::SilenceMap &silences() const { return m_silences; }
    bool skipsSilences() const;
    // How silence is found (threshold, minimum length); kept in the user's settings.
    recdesk::SilenceDetector::Settings silenceSettings() const;
    void setSilenceSettings(const recdesk::SilenceDetector::Settings &settings);
    // Review notes as markers on the waveform (set by whoever keeps the notes).
    void setMarkers(const QList<WaveformWidget::Marker> &markers);

public slots:
    void togglePlayPause();
    void play();
    void pause();
    void skip(qint64 deltaMs);
    void seek(qint64 ms);
    void setPlaybackRate(qreal rate);
    void changeSpeed(int steps); // one step up or down the speed list
    void setLoopStart();         // A: here
    void setLoopEnd();           // B: here, then back to A
    void setLoop(qint64 startMs, qint64 endMs);
    void clearLoop();
    void nextSpeech();
    void previousSpeech();

signals:
    void audioRequested(const QUuid &recordingId);
    void errorOccurred(const QString &message, const QString &details);

private:
    // Asks the window for the current recording's audio, saying so in the status and waveform.
    void requestAudio();
    void updateControls();
    void updateTime();
    void setStatus(const QString &text);
    void onPlayerError(QMediaPlayer::Error error, const QString &text);
    void onAudioProgress();
    void startWhenPossible();
    void playIfRequested();
    void switchToWholeFile(qint64 positionMs);
    void applyPendingSeek();
    bool restartStreamAt(qint64 ms);
    qint64 displayDuration() const;
    void dropSource();
    void forgetReview(); // the loop and silences of the recording that was shown
    void showFetchStatus();
    void onPositionChanged(qint64 playerPosition);
    void showLoop();
    QMenu *makeSilenceMenu();
    bool reviewEngineCanPlay() const;
    bool loadInReviewEngine(const QString &path);
    void applyReviewSettings();
    void updateSkipRanges();
    void onReviewError();
    void showVoices();

    QMediaPlayer *m_player = nullptr;
    QAudioOutput *m_audio = nullptr;
    QUuid m_recordingId;
    bool m_hasSource = false;
    bool m_sliderHeld = false;
    qint64 m_knownDuration = -1; // from the recording's timestamps until the player knows better
    QPointer<recdesk::RecordingAudio> m_recording;
    recdesk::ProgressiveAudioDevice *m_device = nullptr; // the growing file, while it plays
    qint64 m_pendingSeekMs = -1;                         // asked for before the player could seek there
    bool m_playWhenLoaded = false;                       // playing when the source was switched
    bool m_playRequested = false; // play() came before the audio: start once there is a source
    qint64 m_waitingForByte = -1; // a seek beyond what has arrived: show Buffering until here
    qint64 m_streamStartMs = 0;   // where in the recording the playing stream begins
    qint64 m_loopA = -1;
    qint64 m_loopB = -1;
    qint64 m_lastPosition = -1; // the position last reported while playing, to see B crossed
    ReviewPlayer *m_review = nullptr;
    bool m_usesReview = false; // the current source is loaded in m_review, not in m_player
    QUrl m_reviewSource;
    QString m_idleStatus; // shown when there is nothing else to say (why the review engine is not used)
    recdesk::SilenceMap m_silences;

    QAction *m_playPause = nullptr;
    QAction *m_back = nullptr;
    QAction *m_forward = nullptr;
    QAction *m_pauseOnly = nullptr;
    QAction *m_back5 = nullptr;
    QAction *m_forward5 = nullptr;
    QAction *m_slower = nullptr;
    QAction *m_faster = nullptr;
    QAction *m_setA = nullptr;
    QAction *m_setB = nullptr;
    QAction *m_clearLoop = nullptr;
    QAction *m_nextSpeech = nullptr;
    QAction *m_previousSpeech = nullptr;
    QAction *m_skipSilence = nullptr;

    QLabel *m_title = nullptr;
    QLabel *m_status = nullptr;
    WaveformWidget *m_waveform = nullptr;
    WaveformLoader *m_waveformLoader = nullptr; // the waveform of m_recording
    QToolButton *m_playButton = nullptr;
    QToolButton *m_backButton = nullptr;
    QToolButton *m_forwardButton = nullptr;
    QSlider *m_seek = nullptr;
    QLabel *m_time = nullptr;
    QComboBox *m_speed = nullptr;
    QSlider *m_volume = nullptr;
    QToolButton *m_skipSilenceButton = nullptr;
    QToolButton *m_loopButton = nullptr;
    VoicesBar *m_voices = nullptr;
};

} // namespace recdesk::gui
