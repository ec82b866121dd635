#include "playerpanel.h"

#include "appicons.h"
#include "detailspane.h"
#include "media/progressiveaudiodevice.h"
#include "media/recordingaudio.h"
#include "media/wavheader.h"
#include "media/wavreader.h"
#include "reviewplayer.h"
#include "shortcutsoverlay.h"
#include "util/displayformat.h"
#include "voicesbar.h"

#include <QAction>
#include <QActionGroup>
#include <QAudioDevice>
#include <QAudioOutput>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMediaDevices>
#include <QMenu>
#include <QSettings>
#include <QSlider>
#include <QToolButton>
#include <QVBoxLayout>
#include <utility>

namespace recdesk::gui {

namespace {
QToolButton *makeButton(const QString &icon, QAction *action, QWidget *parent)
{
    auto *b = new QToolButton(parent);
    b->setDefaultAction(action);
    b->setIcon(AppIcons::symbolic(icon));
    b->setIconSize(QSize(22, 22));
    b->setAutoRaise(true);
    b->setAccessibleName(action->text());
    return b;
}
} // namespace

PlayerPanel::PlayerPanel(QWidget *parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Player"));
    m_player = new QMediaPlayer(this);
    m_audio = new QAudioOutput(this);
    m_player->setAudioOutput(m_audio);
    m_audio->setVolume(0.8f);
    m_review = new ReviewPlayer(this);
    m_review->setVolume(0.8f);

    m_playPause = new QAction(AppIcons::symbolic(QStringLiteral("play")), tr("Play"), this);
    m_playPause->setShortcuts({QKeySequence(Qt::Key_Space), QKeySequence(Qt::Key_K)});
    m_playPause->setToolTip(tr("Play or pause (Space, K)"));
    m_playPause->setProperty(kOverlayTextProperty, tr("Play or pause"));
    connect(m_playPause, &QAction::triggered, this, &PlayerPanel::togglePlayPause);
    m_back = new QAction(AppIcons::symbolic(QStringLiteral("skip-back")), tr("Back 10 seconds"), this);
    m_back->setShortcuts({QKeySequence(Qt::Key_Left), QKeySequence(Qt::Key_J)});
    m_back->setToolTip(tr("Back 10 seconds (Left, J)"));
    connect(m_back, &QAction::triggered, this, [this] { skip(-kSkipMs); });
    m_forward =
        new QAction(AppIcons::symbolic(QStringLiteral("skip-forward")), tr("Forward 10 seconds"), this);
    m_forward->setShortcuts({QKeySequence(Qt::Key_Right), QKeySequence(Qt::Key_L)});
    m_forward->setToolTip(tr("Forward 10 seconds (Right, L)"));
    connect(m_forward, &QAction::triggered, this, [this] { skip(kSkipMs); });
    m_back5 = new QAction(tr("Back 5 seconds"), this);
    m_back5->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_Left));
    connect(m_back5, &QAction::triggered, this, [this] { skip(-kShortSkipMs); });
    m_forward5 = new QAction(tr("Forward 5 seconds"), this);
    m_forward5->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_Right));
    connect(m_forward5, &QAction::triggered, this, [this] { skip(kShortSkipMs); });
    m_slower = new QAction(tr("Slower"), this);
    m_slower->setShortcut(QKeySequence(Qt::Key_Less));
    connect(m_slower, &QAction::triggered, this, [this] { changeSpeed(-1); });
    m_faster = new QAction(tr("Faster"), this);
    m_faster->setShortcut(QKeySequence(Qt::Key_Greater));
    connect(m_faster, &QAction::triggered, this, [this] { changeSpeed(1); });
    m_setA = new QAction(tr("Set loop start (A)"), this);
    m_setA->setShortcut(QKeySequence(Qt::Key_A));
    connect(m_setA, &QAction::triggered, this, &PlayerPanel::setLoopStart);
    m_setB = new QAction(tr("Set loop end (B)"), this);
    m_setB->setShortcut(QKeySequence(Qt::Key_B));
    connect(m_setB, &QAction::triggered, this, &PlayerPanel::setLoopEnd);
    m_clearLoop = new QAction(tr("Clear loop"), this);
    m_clearLoop->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_A));
    connect(m_clearLoop, &QAction::triggered, this, &PlayerPanel::clearLoop);
    m_nextSpeech = new QAction(tr("Next speech"), this);
    m_nextSpeech->setShortcut(QKeySequence(Qt::Key_Period));
    connect(m_nextSpeech, &QAction::triggered, this, &PlayerPanel::nextSpeech);
    m_previousSpeech = new QAction(tr("Previous speech"), this);
    m_previousSpeech->setShortcut(QKeySequence(Qt::Key_Comma));
    connect(m_previousSpeech, &QAction::triggered, this, &PlayerPanel::previousSpeech);
    m_skipSilence =
        new QAction(AppIcons::symbolic(QStringLiteral("skip-silence")), tr("Skip silences"), this);
    m_skipSilence->setCheckable(true);
    m_skipSilence->setShortcut(QKeySequence(Qt::Key_S));
    m_skipSilence->setToolTip(tr("Skip silences while playing (S)"));
    m_skipSilence->setChecked(QSettings().value(QStringLiteral("player/skipSilences"), false).toBool());
    connect(m_skipSilence, &QAction::toggled, this, [this](bool on) {
        QSettings().setValue(QStringLiteral("player/skipSilences"), on);
        m_review->setSkipEnabled(on);
    });
    m_voices = new VoicesBar(this);
    m_voices->hide();
    connect(m_voices, &VoicesBar::legVolumeChanged, m_review, &ReviewPlayer::setLegGain);
    connect(m_voices, &VoicesBar::legMutedChanged, m_review, &ReviewPlayer::setLegMuted);
    connect(m_voices, &VoicesBar::balanceChanged, m_review, &ReviewPlayer::setBalance);
    for (QAction *a : shortcutActions())
        a->setShortcutContext(Qt::WindowShortcut);

    m_title = new QLabel(this);
    m_title->setAccessibleName(tr("Now playing"));
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont tf = m_title->font();
    tf.setBold(true);
    m_title->setFont(tf);
    m_status = new QLabel(this);
    m_status->setAccessibleName(tr("Player status"));
    m_status->setForegroundRole(QPalette::PlaceholderText);
    m_status->setWordWrap(true);

    m_waveform = new WaveformWidget(this);
    m_waveform->setMinimumHeight(64);
    m_waveform->setLaneNames({VoicesBar::legName(1), VoicesBar::legName(2)});
    m_waveformLoader = new WaveformLoader(this);
    connect(m_waveformLoader, &WaveformLoader::peaksReady, this,
            [this](const QUuid &id, const QList<WaveformChannel> &channels) {
                if (id == m_recordingId)
                    m_waveform->setChannels(channels);
            });
    connect(m_waveformLoader, &WaveformLoader::failed, this,
            [this](const QUuid &id, const QString &message, const QString &) {
                if (id == m_recordingId)
                    m_waveform->setFailed(message);
            });
    connect(m_waveform, &WaveformWidget::seekRequested, this, &PlayerPanel::seek);
    connect(m_waveform, &WaveformWidget::loopSelected, this, &PlayerPanel::setLoop);
    connect(m_waveformLoader, &WaveformLoader::silencesReady, this,
            [this](const QUuid &id, const SilenceMap &silences) {
                if (id != m_recordingId)
                    return;
                m_silences = silences;
                QList<WaveformWidget::Span> spans;
                for (const SilenceMap::Range &r : silences.silences())
                    spans.append({r.startMs, r.endMs});
                m_waveform->setSilences(spans);
                updateSkipRanges();
            });
    m_waveformLoader->setSilenceSettings(silenceSettings());

    m_backButton = makeButton(QStringLiteral("skip-back"), m_back, this);
    m_playButton = makeButton(QStringLiteral("play"), m_playPause, this);
    m_playButton->setIconSize(QSize(28, 28));
    m_forwardButton = makeButton(QStringLiteral("skip-forward"), m_forward, this);

    m_seek = new QSlider(Qt::Horizontal, this);
    m_seek->setAccessibleName(tr("Seek"));
    m_seek->setRange(0, 0);
    m_seek->setSingleStep(1000);
    m_seek->setPageStep(int(kSkipMs));
    connect(m_seek, &QSlider::sliderPressed, this, [this] { m_sliderHeld = true; });
    connect(m_seek, &QSlider::sliderReleased, this, [this] {
        m_sliderHeld = false;
        seek(m_seek->value());
    });
    connect(m_seek, &QSlider::valueChanged, this, [this](int v) {
        if (m_sliderHeld) {
            m_waveform->setPosition(v);
            return;
        }
        // Keyboard or click on the groove: seek at once.
        if (std::abs(v - currentPosition()) > 500)
            seek(v);
    });

    m_time = new QLabel(this);
    m_time->setAccessibleName(tr("Position and duration"));
    m_time->setMinimumWidth(m_time->fontMetrics().horizontalAdvance(QStringLiteral("00:00:00 / 00:00:00")));
    m_time->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    m_speed = new QComboBox(this);
    m_speed->setAccessibleName(tr("Playback speed"));
    m_speed->setToolTip(tr("Playback speed"));
    for (qreal r : {0.5, 0.75, 1.0, 1.25, 1.5, 2.0})
        m_speed->addItem(tr("%1×").arg(QLocale().toString(r, 'g', 3)), r);
    m_speed->setCurrentIndex(2);
    connect(m_speed, &QComboBox::currentIndexChanged, this, [this](int i) {
        const qreal rate = m_speed->itemData(i).toReal();
        m_player->setPlaybackRate(rate);
        m_review->setTempo(rate); // keeps the pitch
        // A growing file still on QMediaPlayer, now whole: a new speed is the moment to hand it to
        // the review engine, so that the voices keep their pitch (a short gap the listener caused).
        if (!m_usesReview && m_device && m_recording && m_recording->isReady() && reviewEngineCanPlay())
            switchToWholeFile(currentPosition());
    });

    auto *volumeIcon = new QLabel(this);
    volumeIcon->setPixmap(AppIcons::symbolic(QStringLiteral("volume")).pixmap(18, 18));
    volumeIcon->setAccessibleName(tr("Volume"));

    m_skipSilenceButton = new QToolButton(this);
    m_skipSilenceButton->setDefaultAction(m_skipSilence);
    m_skipSilenceButton->setAutoRaise(true);
    m_skipSilenceButton->setIconSize(QSize(20, 20));
    m_skipSilenceButton->setPopupMode(QToolButton::MenuButtonPopup);
    m_skipSilenceButton->setMenu(makeSilenceMenu());
    m_skipSilenceButton->setAccessibleName(tr("Skip silences"));

    m_loopButton = new QToolButton(this);
    m_loopButton->setIcon(AppIcons::symbolic(QStringLiteral("loop")));
    m_loopButton->setAutoRaise(true);
    m_loopButton->setIconSize(QSize(20, 20));
    m_loopButton->setPopupMode(QToolButton::InstantPopup);
    m_loopButton->setAccessibleName(tr("Loop"));
    m_loopButton->setToolTip(
        tr("A–B loop: A and B set its ends, Shift+A clears it; or drag across the waveform"));
    auto *loopMenu = new QMenu(m_loopButton);
    loopMenu->addActions({m_setA, m_setB, m_clearLoop});
    m_loopButton->setMenu(loopMenu);
    m_volume = new QSlider(Qt::Horizontal, this);
    m_volume->setAccessibleName(tr("Volume"));
    m_volume->setToolTip(tr("Volume"));
    m_volume->setRange(0, 100);
    m_volume->setValue(80);
    m_volume->setMaximumWidth(110);
    connect(m_volume, &QSlider::valueChanged, this, [this](int v) {
        m_audio->setVolume(float(v) / 100.f);
        m_review->setVolume(float(v) / 100.f);
    });

    auto *controls = new QHBoxLayout;
    controls->setSpacing(4);
    controls->addWidget(m_backButton);
    controls->addWidget(m_playButton);
    controls->addWidget(m_forwardButton);
    controls->addSpacing(6);
    controls->addWidget(m_seek, 1);
    controls->addWidget(m_time);
    controls->addSpacing(10);
    controls->addWidget(m_speed);
    controls->addWidget(m_skipSilenceButton);
    controls->addWidget(m_loopButton);
    controls->addSpacing(10);
    controls->addWidget(volumeIcon);
    controls->addWidget(m_volume);

    auto *header = new QHBoxLayout;
    header->addWidget(m_title);
    header->addWidget(m_status, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 8);
    layout->setSpacing(4);
    layout->addLayout(header);
    layout->addWidget(m_waveform, 1);
    layout->addLayout(controls);
    layout->addWidget(m_voices);
    // The voices row was made early (its keys are among shortcutActions()); Tab reaches it last.
    QWidget *previous = m_volume;
    for (QWidget *w :
         {static_cast<QWidget *>(m_voices->muteButton(1)), static_cast<QWidget *>(m_voices->volumeSlider(1)),
          static_cast<QWidget *>(m_voices->muteButton(2)), static_cast<QWidget *>(m_voices->volumeSlider(2)),
          static_cast<QWidget *>(m_voices->balanceSlider())}) {
        setTabOrder(previous, w);
        previous = w;
    }

    connect(m_player, &QMediaPlayer::durationChanged, this, [this](qint64 d) {
        if (d > 0 && m_streamStartMs == 0) // a stream begun mid-recording knows only its rest
            m_knownDuration = d;
        updateTime();
    });
    connect(m_player, &QMediaPlayer::positionChanged, this, &PlayerPanel::onPositionChanged);
    connect(m_player, &QMediaPlayer::playbackStateChanged, this, [this] { updateControls(); });
    connect(m_player, &QMediaPlayer::mediaStatusChanged, this, [this](QMediaPlayer::MediaStatus s) {
        if (s == QMediaPlayer::LoadingMedia)
            setStatus(tr("Loading audio…"));
        else if (s == QMediaPlayer::BufferingMedia || s == QMediaPlayer::StalledMedia)
            setStatus(tr("Buffering…"));
        else if (s == QMediaPlayer::LoadedMedia || s == QMediaPlayer::BufferedMedia) {
            setStatus(QString());
            showFetchStatus();
            applyPendingSeek();
            playIfRequested();
        } else if (s == QMediaPlayer::EndOfMedia) {
            if (isLooping() && m_loopB >= displayDuration() - 500) {
                // A loop that ends with the recording goes round too.
                seek(m_loopA);
                play();
                return;
            }
            setStatus(tr("Finished"));
        }
        updateControls();
    });
    connect(m_player, &QMediaPlayer::errorOccurred, this, &PlayerPanel::onPlayerError);
    connect(m_review, &ReviewPlayer::positionChanged, this, [this] {
        if (m_usesReview)
            updateTime();
    });
    connect(m_review, &ReviewPlayer::stateChanged, this, [this] { updateControls(); });
    connect(m_review, &ReviewPlayer::finished, this, [this] {
        if (m_usesReview)
            setStatus(tr("Finished"));
    });
    connect(m_review, &ReviewPlayer::errorOccurred, this, &PlayerPanel::onReviewError);
    connect(m_player, &QMediaPlayer::seekableChanged, this, [this](bool seekable) {
        if (seekable)
            applyPendingSeek();
    });

    clear();
}

PlayerPanel::~PlayerPanel()
{
    // Stop the pipeline and the sink before the outputs go away.
    m_player->stop();
    m_review->unload();
}

QList<QAction *> PlayerPanel::shortcutActions() const
{
    return {m_playPause,
            m_back,
            m_forward,
            m_back5,
            m_forward5,
            m_slower,
            m_faster,
            m_setA,
            m_setB,
            m_clearLoop,
            m_nextSpeech,
            m_previousSpeech,
            m_skipSilence,
            m_voices->muteAction(1),
            m_voices->muteAction(2)};
}

QMenu *PlayerPanel::makeSilenceMenu()
{
    auto *menu = new QMenu(this);
    const SilenceDetector::Settings current = silenceSettings();
    QMenu *threshold = menu->addMenu(tr("Silence is quieter than"));
    auto *thresholdGroup = new QActionGroup(threshold);
    for (int db : {-60, -55, -50, -45, -40, -35, -30}) {
        QAction *a = threshold->addAction(tr("%1 dBFS").arg(db));
        a->setCheckable(true);
        a->setChecked(qRound(current.thresholdDb) == db);
        thresholdGroup->addAction(a);
        connect(a, &QAction::triggered, this, [this, db] {
            SilenceDetector::Settings s = silenceSettings();
            s.thresholdDb = db;
            setSilenceSettings(s);
        });
    }
    QMenu *length = menu->addMenu(tr("Shortest silence"));
    auto *lengthGroup = new QActionGroup(length);
    for (int ms : {300, 500, 800, 1000, 1500, 2000, 3000}) {
        QAction *a = length->addAction(tr("%1 s").arg(QLocale().toString(ms / 1000.0, 'g', 2)));
        a->setCheckable(true);
        a->setChecked(current.minimumMs == ms);
        lengthGroup->addAction(a);
        connect(a, &QAction::triggered, this, [this, ms] {
            SilenceDetector::Settings s = silenceSettings();
            s.minimumMs = ms;
            setSilenceSettings(s);
        });
    }
    menu->addSeparator();
    menu->addAction(m_nextSpeech);
    menu->addAction(m_previousSpeech);
    return menu;
}

bool PlayerPanel::skipsSilences() const
{
    return m_skipSilence->isChecked();
}

SilenceDetector::Settings PlayerPanel::silenceSettings() const
{
    SilenceDetector::Settings s;
    QSettings settings;
    s.thresholdDb =
        std::clamp(settings.value(QStringLiteral("player/silenceThresholdDb"), s.thresholdDb).toDouble(),
                   SilenceDetector::kMinThresholdDb, SilenceDetector::kMaxThresholdDb);
    s.minimumMs = std::clamp(settings.value(QStringLiteral("player/silenceMinimumMs"), s.minimumMs).toInt(),
                             SilenceDetector::kMinMinimumMs, SilenceDetector::kMaxMinimumMs);
    return s;
}

void PlayerPanel::setSilenceSettings(const SilenceDetector::Settings &settings)
{
    QSettings s;
    s.setValue(QStringLiteral("player/silenceThresholdDb"), settings.thresholdDb);
    s.setValue(QStringLiteral("player/silenceMinimumMs"), settings.minimumMs);
    m_waveformLoader->setSilenceSettings(silenceSettings());
}

void PlayerPanel::setMarkers(const QList<WaveformWidget::Marker> &markers)
{
    m_waveform->setMarkers(markers);
}

void PlayerPanel::onPositionChanged(qint64)
{
    const bool playing = m_player->playbackState() == QMediaPlayer::PlayingState;
    const qint64 pos = currentPosition();
    const qint64 last = std::exchange(m_lastPosition, playing ? pos : -1);
    if (playing && last >= 0) {
        // Playing across B (not a jump past it) goes back to A.
        if (isLooping() && last < m_loopB && pos >= m_loopB && last >= m_loopA - 500) {
            seek(m_loopA);
            return;
        }
        if (skipsSilences()) {
            const qint64 target = m_silences.skipTarget(pos);
            if (target >= 0) {
                seek(isLooping() && pos < m_loopB && target >= m_loopB ? m_loopA : target);
                return;
            }
        }
    }
    updateTime();
}

void PlayerPanel::changeSpeed(int steps)
{
    const int i = std::clamp(m_speed->currentIndex() + steps, 0, m_speed->count() - 1);
    m_speed->setCurrentIndex(i);
    setStatus(tr("Speed %1").arg(m_speed->currentText()));
}

void PlayerPanel::setLoopStart()
{
    if (!m_hasSource)
        return;
    m_loopA = currentPosition();
    if (m_loopB <= m_loopA)
        m_loopB = -1;
    showLoop();
}

void PlayerPanel::setLoopEnd()
{
    if (!m_hasSource)
        return;
    const qint64 pos = currentPosition();
    const qint64 start = std::max<qint64>(0, m_loopA);
    if (pos < start + 500) {
        setStatus(tr("The loop's end (B) must come at least half a second after its start (A)."));
        return;
    }
    setLoop(start, pos);
}

void PlayerPanel::setLoop(qint64 startMs, qint64 endMs)
{
    if (!m_hasSource || endMs < startMs + 200) {
        showLoop();
        return;
    }
    m_loopA = std::max<qint64>(0, startMs);
    m_loopB = endMs;
    showLoop();
    seek(m_loopA);
}

void PlayerPanel::clearLoop()
{
    m_loopA = m_loopB = -1;
    showLoop();
}

void PlayerPanel::showLoop()
{
    m_waveform->setLoop(m_loopA, m_loopB);
    if (isLooping())
        m_review->setLoop(m_loopA, m_loopB); // sample-exact there; QMediaPlayer: onPositionChanged
    else
        m_review->clearLoop();
    if (isLooping())
        setStatus(
            tr("Looping %1 – %2").arg(DisplayFormat::duration(m_loopA), DisplayFormat::duration(m_loopB)));
    else if (m_loopA >= 0)
        setStatus(tr("Loop start (A) at %1: press B at its end").arg(DisplayFormat::duration(m_loopA)));
    else
        setStatus(QString());
    m_loopButton->setAccessibleDescription(m_status->text());
}

void PlayerPanel::nextSpeech()
{
    if (!m_hasSource)
        return;
    const qint64 target = m_silences.nextSpeech(currentPosition());
    if (target < 0) {
        setStatus(tr("No more speech after this point."));
        return;
    }
    seek(target);
}

void PlayerPanel::previousSpeech()
{
    if (!m_hasSource)
        return;
    const qint64 target = m_silences.previousSpeech(currentPosition());
    seek(std::max<qint64>(0, target)); // before the first stretch: the beginning
}

QUrl PlayerPanel::source() const
{
    return m_usesReview ? m_reviewSource : m_player->source();
}

bool PlayerPanel::isPlaying() const
{
    return m_usesReview ? m_review->state() == ReviewPlayer::State::Playing
                        : m_player->playbackState() == QMediaPlayer::PlayingState;
}

QString PlayerPanel::statusText() const
{
    return m_status->text();
}

bool PlayerPanel::canPlay() const
{
    return m_hasSource;
}

void PlayerPanel::setStatus(const QString &text)
{
    m_status->setText(text.isEmpty() ? m_idleStatus : text);
}

void PlayerPanel::setRecording(const Recording &recording)
{
    if (!recording.id.isNull() && recording.id == m_recordingId && m_hasSource)
        return; // re-selecting the same row keeps playing
    dropSource();
    forgetReview();
    m_recordingId = recording.id;
    m_knownDuration = recording.durationMs();
    m_title->setText(tr("Recording %1").arg(recording.started.toDisplayString(QLocale::ShortFormat)));
    m_waveform->clear();
    m_waveform->setDuration(std::max<qint64>(0, m_knownDuration));
    const QString reason = unavailableReason(recording);
    if (!reason.isEmpty()) {
        setStatus(QString());
        m_waveform->setFailed(reason);
    } else {
        requestAudio();
    }
    updateTime();
    updateControls();
}

void PlayerPanel::clear(const QString &message)
{
    dropSource();
    forgetReview();
    m_recordingId = QUuid();
    m_knownDuration = -1;
    m_title->setText(tr("Player"));
    setStatus(QString());
    m_waveform->clear();
    if (!message.isEmpty())
        m_waveform->setFailed(message);
    updateTime();
    updateControls();
}

void PlayerPanel::dropSource()
{
    m_waveformLoader->cancel();
    // A player that never had a source is left alone: no needless state changes in the media
    // backend (with GStreamer each one wakes the audio sink), e.g. on every change of session.
    const bool loaded = !m_player->source().isEmpty() || m_player->sourceDevice();
    if (loaded)
        m_player->stop();
    if (m_device)
        m_device->stopWaiting(); // a backend thread waiting for bytes lets go at once
    if (loaded)
        m_player->setSource(QUrl());
    if (m_device) {
        m_device->close();
        m_device->deleteLater();
        m_device = nullptr;
    }
    if (m_usesReview)
        m_review->unload();
    m_usesReview = false;
    m_reviewSource.clear();
    m_idleStatus.clear();
    if (m_recording)
        m_recording->disconnect(this);
    m_recording.clear();
    m_hasSource = false;
    m_pendingSeekMs = -1;
    m_playWhenLoaded = false;
    m_playRequested = false;
    m_waitingForByte = -1;
    m_streamStartMs = 0;
    m_lastPosition = -1;
}

void PlayerPanel::forgetReview()
{
    m_loopA = m_loopB = -1;
    m_silences = SilenceMap();
    m_review->clearLoop();
    m_review->setSkipRanges({});
    showVoices();
}

bool PlayerPanel::restartStreamAt(qint64 ms)
{
    WavInfo wav;
    QString error;
    if (!m_recording || !WavReader::readFile(m_recording->path(), &wav, &error) || !wav.format.blockAlign ||
        !wav.format.sampleRate)
        return false;
    const AudioArrival::Snapshot now = m_recording->arrival()->snapshot();
    const qint64 frame = ms * qint64(wav.format.sampleRate) / 1000;
    const qint64 byte = wav.dataOffset + frame * wav.format.blockAlign;
    if (byte + kProgressiveStartBytes > now.available)
        return false; // not here yet: wait for the whole file
    // The rest of the recording from that frame on, behind a header of its own.
    const qint64 rest = now.total > byte ? now.total - byte : wav.dataLength - (byte - wav.dataOffset);
    const QByteArray header = makeWavHeader(wav.format, quint32(std::clamp<qint64>(rest, 0, 0xffffffffLL)));
    const bool wasPlaying = m_player->playbackState() == QMediaPlayer::PlayingState;
    m_device->stopWaiting();
    m_player->setSource(QUrl());
    m_device->close();
    m_device->deleteLater();
    auto *device = new ProgressiveAudioDevice(m_recording->path(), m_recording->arrival(),
                                              ProgressiveAudioDevice::Mode::Sequential, this);
    device->startAt(byte, header);
    if (!device->open(QIODevice::ReadOnly)) {
        delete device;
        m_device = nullptr;
        m_hasSource = false;
        setSourceError(tr("The audio could not be read from the cache."));
        return true;
    }
    m_device = device;
    m_streamStartMs = frame * 1000 / qint64(wav.format.sampleRate);
    m_player->setSourceDevice(device, QUrl(QStringLiteral("recording.wav")));
    if (wasPlaying)
        m_player->play();
    m_waveform->setPosition(m_streamStartMs);
    return true;
}

void PlayerPanel::setAudio(RecordingAudio *audio)
{
    if (!audio || audio->recordingId() != m_recordingId)
        return;
    if (m_recording)
        m_recording->disconnect(this);
    m_recording = audio;
    m_waveformLoader->load(audio); // from the same bytes, once they are all there
    connect(audio, &RecordingAudio::progressed, this, &PlayerPanel::onAudioProgress);
    connect(audio, &RecordingAudio::contentKnown, this, &PlayerPanel::startWhenPossible);
    connect(audio, &RecordingAudio::ready, this, &PlayerPanel::startWhenPossible);
    connect(audio, &RecordingAudio::failed, this, [this](const ApiError &error) {
        if (!m_hasSource || m_device)
            setSourceError(error.toDisplayString());
    });
    if (audio->hasFailed() && !audio->isFetching()) {
        setSourceError(audio->error().toDisplayString());
        return;
    }
    startWhenPossible();
}

void PlayerPanel::startWhenPossible()
{
    if (!m_recording)
        return;
    if (m_hasSource) {
        const bool playing = m_player->playbackState() == QMediaPlayer::PlayingState;
        if (m_device && m_recording->isReady() &&
            ((!m_player->isSeekable() && (m_pendingSeekMs >= 0 || !playing)) ||
             (!playing && reviewEngineCanPlay()))) {
            // The stream could not seek, or the review engine can take over; the whole file can.
            // Switch now if a seek waits for it, or while nothing is heard (nobody notices);
            // while it plays, only when asked to seek (or on the next press on Play).
            switchToWholeFile(currentPosition());
            return;
        }
        showFetchStatus();
        return;
    }
    if (m_recording->isReady()) {
        setSource(QUrl::fromLocalFile(m_recording->playablePath()));
        playIfRequested();
        return;
    }
    if (m_recording->content() == RecordingAudio::Content::Legs) {
        setStatus(m_recording->isFetching() && m_recording->availableBytes() < m_recording->totalBytes()
                      ? tr("Fetching audio…")
                      : tr("Joining the two voices…"));
        return;
    }
    const AudioArrival::Snapshot now = m_recording->arrival()->snapshot();
    if (m_recording->content() != RecordingAudio::Content::Wav || now.available < kProgressiveStartBytes)
        return; // not yet: progressed() comes back here
    // Enough of a WAV: play the growing file while the rest arrives.
    auto *device = new ProgressiveAudioDevice(m_recording->path(), m_recording->arrival(),
                                              ProgressiveAudioDevice::modeForThisQt(), this);
    if (!device->open(QIODevice::ReadOnly)) {
        delete device;
        setSourceError(tr("The audio could not be read from the cache."));
        return;
    }
    m_device = device;
    m_hasSource = true;
    // The URL only tells the backend what kind of bytes these are; nothing is fetched from it.
    m_player->setSourceDevice(device, QUrl(QStringLiteral("recording.wav")));
    playIfRequested();
    showFetchStatus();
    updateControls();
}

void PlayerPanel::playIfRequested()
{
    if (!m_playRequested)
        return;
    if (m_usesReview) {
        m_playRequested = false;
        m_review->play();
        return;
    }
    m_player->play();
    // Qt 6.8's FFmpeg backend loads asynchronously and ignores a play() before the media is
    // loaded: the request stays until then, and mediaStatusChanged asks again.
    const QMediaPlayer::MediaStatus s = m_player->mediaStatus();
    if (s == QMediaPlayer::LoadedMedia || s == QMediaPlayer::BufferedMedia ||
        s == QMediaPlayer::BufferingMedia)
        m_playRequested = false;
}

void PlayerPanel::onAudioProgress()
{
    if (m_device)
        m_device->notifyArrival();
    if (!m_hasSource)
        startWhenPossible();
    else
        showFetchStatus();
}

void PlayerPanel::showFetchStatus()
{
    if (!m_recording || !m_device || m_recording->isReady())
        return;
    const AudioArrival::Snapshot now = m_recording->arrival()->snapshot();
    if (m_waitingForByte >= 0 && now.available > m_waitingForByte)
        m_waitingForByte = -1;
    if (m_waitingForByte >= 0 || m_pendingSeekMs >= 0) {
        setStatus(tr("Buffering…"));
    } else if (now.total > 0 && now.available < now.total) {
        setStatus(tr("Fetching audio… %1%").arg(int(100 * now.available / now.total)));
    } else if (m_player->mediaStatus() != QMediaPlayer::LoadingMedia) {
        setStatus(QString());
    }
}

void PlayerPanel::applyPendingSeek()
{
    const QMediaPlayer::MediaStatus s = m_player->mediaStatus();
    const bool loaded = s == QMediaPlayer::LoadedMedia || s == QMediaPlayer::BufferedMedia ||
                        s == QMediaPlayer::BufferingMedia;
    if (m_pendingSeekMs < 0 || m_device || !m_player->isSeekable() || !loaded)
        return;
    // The whole file replaced the growing one: go on from where the user asked.
    m_player->setPosition(std::exchange(m_pendingSeekMs, -1));
    if (std::exchange(m_playWhenLoaded, false))
        m_player->play();
    updateTime();
}

qint64 PlayerPanel::currentPosition() const
{
    if (m_usesReview)
        return m_review->positionMs();
    return m_pendingSeekMs >= 0 ? m_pendingSeekMs : m_streamStartMs + m_player->position();
}

qint64 PlayerPanel::displayDuration() const
{
    if (m_usesReview && m_review->durationMs() > 0)
        return m_review->durationMs();
    const qint64 player = m_player->duration() > 0 ? m_streamStartMs + m_player->duration() : 0;
    return std::max({player, m_knownDuration, qint64(0)});
}

void PlayerPanel::switchToWholeFile(qint64 positionMs)
{
    // The growing file played as a stream (GStreamer on Qt 6.4 cannot seek one): now that the
    // whole file is on disk, play it from there and go to where the user asked.
    const bool wasPlaying = m_player->playbackState() == QMediaPlayer::PlayingState;
    // A press on Play that came before the media was loaded survives the switch (Qt 6.8's
    // FFmpeg backend may still be loading the growing file when the whole one is there).
    const bool playRequested = m_playRequested;
    RecordingAudio *audio = m_recording;
    dropSource();
    m_pendingSeekMs = positionMs;
    m_playWhenLoaded = wasPlaying;
    m_playRequested = playRequested;
    setAudio(audio);
}

void PlayerPanel::setSource(const QUrl &url)
{
    // Whatever played before goes (after switchToWholeFile or clear there is nothing).
    if (m_usesReview)
        m_review->unload();
    m_usesReview = false;
    m_reviewSource.clear();
    if (!m_player->source().isEmpty()) {
        m_player->stop();
        m_player->setSource(QUrl());
    }
    m_hasSource = url.isValid();
    m_idleStatus.clear();
    if (url.isLocalFile() && loadInReviewEngine(url.toLocalFile())) {
        m_reviewSource = url;
        // The whole file replaced the growing one: go on from where it was, as it was.
        if (m_pendingSeekMs >= 0)
            m_review->seek(std::exchange(m_pendingSeekMs, -1));
        if (std::exchange(m_playWhenLoaded, false))
            m_review->play();
    } else {
        m_player->setSource(url);
    }
    setStatus(QString());
    showVoices();
    updateTime();
    updateControls();
}

bool PlayerPanel::reviewEngineCanPlay() const
{
    return !QMediaDevices::defaultAudioOutput().isNull();
}

bool PlayerPanel::loadInReviewEngine(const QString &path)
{
    if (!reviewEngineCanPlay()) {
        m_idleStatus = tr("Voice mixing and speed that keeps the pitch need an audio output device.");
        return false;
    }
    if (!m_review->load(path))
        return false; // not a 16-bit PCM WAV: QMediaPlayer plays it as it is
    m_usesReview = true;
    applyReviewSettings();
    return true;
}

void PlayerPanel::applyReviewSettings()
{
    m_review->setTempo(m_speed->currentData().toReal());
    m_review->setVolume(float(m_volume->value()) / 100.f);
    for (int leg : {1, 2}) {
        m_review->setLegGain(leg, m_voices->legVolume(leg));
        m_review->setLegMuted(leg, m_voices->isLegMuted(leg));
    }
    m_review->setBalance(m_voices->balance());
    if (isLooping())
        m_review->setLoop(m_loopA, m_loopB);
    else
        m_review->clearLoop();
    updateSkipRanges();
    m_review->setSkipEnabled(skipsSilences());
}

void PlayerPanel::updateSkipRanges()
{
    // The same jumps as SilenceMap::skipTarget: to just before the speech that follows.
    QList<TimeRange> ranges;
    for (const SilenceMap::Range &r : m_silences.silences()) {
        const qint64 end = r.endMs - SilenceMap::kLeadInMs;
        if (end > r.startMs + 100)
            ranges.append({r.startMs, end});
    }
    m_review->setSkipRanges(ranges);
}

void PlayerPanel::onReviewError()
{
    if (!m_usesReview)
        return; // a file it could not open: setSource already gave it to QMediaPlayer
    // The device went away or refused to open: play the whole file through QMediaPlayer from
    // where it was (an error only comes from play(), so it was meant to be playing).
    // It comes from inside ReviewPlayer::play(), whose sink is already gone: unloading is safe.
    const qint64 position = m_review->positionMs();
    const QUrl url = m_reviewSource;
    m_usesReview = false;
    m_reviewSource.clear();
    m_review->unload();
    m_player->setSource(url);
    if (position > 0) {
        m_pendingSeekMs = position;
        m_playWhenLoaded = true;
    } else {
        m_playRequested = true;
    }
    m_idleStatus = tr("Voice mixing and speed that keeps the pitch need an audio output device.");
    setStatus(QString());
    showVoices();
    updateControls();
}

void PlayerPanel::showVoices()
{
    // Only the review engine can mix the legs; a mono recording has one volume.
    m_voices->setVisible(m_usesReview && m_review->legCount() == 2);
    for (int leg : {1, 2})
        m_voices->muteAction(leg)->setEnabled(m_voices->isVisibleTo(this));
}

void PlayerPanel::setSourceError(const QString &message)
{
    m_hasSource = false;
    m_playRequested = false;
    setStatus(message);
    if (m_waveform->state() == WaveformWidget::State::Loading)
        m_waveform->setFailed(tr("No audio"));
    updateControls();
}

void PlayerPanel::requestAudio()
{
    setStatus(tr("Fetching audio…"));
    m_waveform->setLoading();
    emit audioRequested(m_recordingId);
}

bool PlayerPanel::canRetryAudio() const
{
    return !m_hasSource && m_recording && m_recording->hasFailed() && !m_recording->isFetching();
}

void PlayerPanel::togglePlayPause()
{
    if (isPlaying())
        pause();
    else
        play();
}

void PlayerPanel::play()
{
    if (!m_hasSource) {
        if (canRetryAudio()) {
            // The fetch failed (the status said "try again"): Play asks for the audio again,
            // and plays it once it comes.
            m_playRequested = true;
            requestAudio();
            updateControls();
            return;
        }
        // Pressed before the first bytes arrived (a double-click on a row that is not cached
        // yet): play as soon as there is something to play, instead of ignoring the press.
        m_playRequested = m_recording && !m_recording->hasFailed();
        return;
    }
    if (m_usesReview) {
        m_review->play();
        return;
    }
    if (m_device && m_recording && m_recording->isReady() && reviewEngineCanPlay()) {
        // The whole file is here: go on from here through the review engine.
        m_playRequested = true; // survives the switch, and plays once loaded
        switchToWholeFile(m_player->mediaStatus() == QMediaPlayer::EndOfMedia ? 0 : currentPosition());
        return;
    }
    if (m_player->mediaStatus() == QMediaPlayer::EndOfMedia) {
        if (m_device && !m_player->isSeekable() && m_recording && m_recording->isReady()) {
            switchToWholeFile(0);
            m_playWhenLoaded = true;
            return;
        }
        m_player->setPosition(0);
    }
    m_player->play();
}

void PlayerPanel::pause()
{
    m_playRequested = false;
    if (m_usesReview)
        m_review->pause();
    else
        m_player->pause();
}

void PlayerPanel::skip(qint64 deltaMs)
{
    seek(currentPosition() + deltaMs);
}

void PlayerPanel::seek(qint64 ms)
{
    if (!m_hasSource)
        return;
    const qint64 d = displayDuration();
    ms = std::max<qint64>(0, d > 0 ? std::min(ms, d) : ms);
    if (m_usesReview) {
        m_review->seek(ms);
        m_waveform->setPosition(ms);
        updateTime();
        return;
    }
    if (m_pendingSeekMs >= 0 && !m_device) {
        m_pendingSeekMs = ms; // the whole file is loading: it goes there once loaded
        m_waveform->setPosition(ms);
        updateTime();
        return;
    }
    if (m_device && m_recording && !m_player->isSeekable()) {
        // A stream cannot seek: within what has arrived, a new stream starts there; beyond it,
        // the whole file plays from there once it is on disk.
        if (m_recording->isReady()) {
            switchToWholeFile(ms);
        } else if (restartStreamAt(ms)) {
            updateTime();
        } else {
            m_pendingSeekMs = ms;
            showFetchStatus();
        }
        m_waveform->setPosition(ms);
        return;
    }
    if (m_device && m_recording && d > 0) {
        // Beyond what has arrived the player waits for the bytes: say so until they are here.
        const AudioArrival::Snapshot now = m_recording->arrival()->snapshot();
        const qint64 byte = now.total > 0 ? qint64(double(now.total) * double(ms) / double(d)) : -1;
        m_waitingForByte = byte > now.available ? byte : -1;
        showFetchStatus();
    }
    m_player->setPosition(ms);
    m_waveform->setPosition(ms);
    updateTime();
}

void PlayerPanel::setPlaybackRate(qreal rate)
{
    const int i = m_speed->findData(rate);
    if (i >= 0)
        m_speed->setCurrentIndex(i);
    else {
        m_player->setPlaybackRate(rate);
        m_review->setTempo(rate);
    }
}

void PlayerPanel::updateTime()
{
    const qint64 d = displayDuration();
    const qint64 pos = currentPosition();
    if (!m_sliderHeld) {
        const QSignalBlocker block(m_seek);
        m_seek->setRange(0, int(std::min<qint64>(d, INT_MAX)));
        m_seek->setValue(int(std::min<qint64>(pos, INT_MAX)));
        m_waveform->setPosition(pos);
    }
    m_waveform->setDuration(d);
    m_time->setText(d > 0 || m_hasSource
                        ? tr("%1 / %2").arg(DisplayFormat::duration(pos), DisplayFormat::duration(d))
                        : QStringLiteral("– / –"));
}

void PlayerPanel::updateControls()
{
    const bool playing = isPlaying();
    m_playPause->setText(playing ? tr("Pause") : tr("Play"));
    m_playPause->setIcon(AppIcons::symbolic(playing ? QStringLiteral("pause") : QStringLiteral("play")));
    m_playButton->setAccessibleName(m_playPause->text());
    for (QAction *a : shortcutActions()) // skipping silences is a preference, also without audio
        a->setEnabled(m_hasSource || a == m_skipSilence || (a == m_playPause && canRetryAudio()));
    for (int leg : {1, 2})
        m_voices->muteAction(leg)->setEnabled(m_hasSource && m_voices->isVisibleTo(this));
    m_seek->setEnabled(m_hasSource);
    m_waveform->setEnabled(m_hasSource || m_waveform->state() != WaveformWidget::State::Ready);
}

void PlayerPanel::onPlayerError(QMediaPlayer::Error error, const QString &text)
{
    if (error == QMediaPlayer::NoError)
        return;
    const QString message = error == QMediaPlayer::NetworkError
                                ? tr("The audio could not be fetched. Check the connection and try again.")
                            : error == QMediaPlayer::FormatError
                                ? tr("This audio format cannot be played here.")
                                : tr("The recording could not be played.");
    setStatus(message);
    emit errorOccurred(message, text);
}

} // namespace recdesk::gui
