#include "playerpanel.h"

#include "appicons.h"
#include "detailspane.h"
#include "media/progressiveaudiodevice.h"
#include "media/recordingaudio.h"
#include "media/wavheader.h"
#include "media/wavreader.h"
#include "util/displayformat.h"

#include <QAction>
#include <QAudioOutput>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
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

    m_playPause = new QAction(AppIcons::symbolic(QStringLiteral("play")), tr("Play"), this);
    m_playPause->setShortcuts({QKeySequence(Qt::Key_Space), QKeySequence(Qt::Key_K)});
    m_playPause->setToolTip(tr("Play or pause (Space, K)"));
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
    for (QAction *a : {m_playPause, m_back, m_forward})
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
    connect(m_speed, &QComboBox::currentIndexChanged, this,
            [this](int i) { m_player->setPlaybackRate(m_speed->itemData(i).toReal()); });

    auto *volumeIcon = new QLabel(this);
    volumeIcon->setPixmap(AppIcons::symbolic(QStringLiteral("volume")).pixmap(18, 18));
    m_volume = new QSlider(Qt::Horizontal, this);
    m_volume->setAccessibleName(tr("Volume"));
    m_volume->setToolTip(tr("Volume"));
    m_volume->setRange(0, 100);
    m_volume->setValue(80);
    m_volume->setMaximumWidth(110);
    connect(m_volume, &QSlider::valueChanged, this, [this](int v) { m_audio->setVolume(float(v) / 100.f); });

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

    connect(m_player, &QMediaPlayer::durationChanged, this, [this](qint64 d) {
        if (d > 0 && m_streamStartMs == 0) // a stream begun mid-recording knows only its rest
            m_knownDuration = d;
        updateTime();
    });
    connect(m_player, &QMediaPlayer::positionChanged, this, [this] { updateTime(); });
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
        } else if (s == QMediaPlayer::EndOfMedia)
            setStatus(tr("Finished"));
        updateControls();
    });
    connect(m_player, &QMediaPlayer::errorOccurred, this, &PlayerPanel::onPlayerError);
    connect(m_player, &QMediaPlayer::seekableChanged, this, [this](bool seekable) {
        if (seekable)
            applyPendingSeek();
    });

    clear();
}

PlayerPanel::~PlayerPanel()
{
    // Stop the pipeline before the outputs go away.
    m_player->stop();
}

QList<QAction *> PlayerPanel::shortcutActions() const
{
    return {m_playPause, m_back, m_forward};
}

QUrl PlayerPanel::source() const
{
    return m_player->source();
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
    m_status->setText(text);
}

void PlayerPanel::setRecording(const Recording &recording)
{
    if (!recording.id.isNull() && recording.id == m_recordingId && m_hasSource)
        return; // re-selecting the same row keeps playing
    dropSource();
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
        setStatus(tr("Fetching audio…"));
        m_waveform->setLoading();
        emit audioRequested(recording.id);
    }
    updateTime();
    updateControls();
}

void PlayerPanel::clear(const QString &message)
{
    dropSource();
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
    if (m_recording)
        m_recording->disconnect(this);
    m_recording.clear();
    m_hasSource = false;
    m_pendingSeekMs = -1;
    m_playWhenLoaded = false;
    m_playRequested = false;
    m_waitingForByte = -1;
    m_streamStartMs = 0;
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
        if (m_device && m_recording->isReady() && !m_player->isSeekable() &&
            (m_pendingSeekMs >= 0 || m_player->playbackState() != QMediaPlayer::PlayingState)) {
            // The stream could not seek; the whole file can. Switch now if a seek waits for it,
            // or while nothing is heard (nobody notices); while it plays, only when asked to seek.
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
    return m_pendingSeekMs >= 0 ? m_pendingSeekMs : m_streamStartMs + m_player->position();
}

qint64 PlayerPanel::displayDuration() const
{
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
    m_hasSource = url.isValid();
    m_player->setSource(url);
    setStatus(QString());
    updateControls();
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

void PlayerPanel::togglePlayPause()
{
    if (m_player->playbackState() == QMediaPlayer::PlayingState)
        pause();
    else
        play();
}

void PlayerPanel::play()
{
    if (!m_hasSource) {
        // Pressed before the first bytes arrived (a double-click on a row that is not cached
        // yet): play as soon as there is something to play, instead of ignoring the press.
        m_playRequested = m_recording && !m_recording->hasFailed();
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
    else
        m_player->setPlaybackRate(rate);
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
    const bool playing = m_player->playbackState() == QMediaPlayer::PlayingState;
    m_playPause->setText(playing ? tr("Pause") : tr("Play"));
    m_playPause->setIcon(AppIcons::symbolic(playing ? QStringLiteral("pause") : QStringLiteral("play")));
    m_playButton->setAccessibleName(m_playPause->text());
    for (QAction *a : {m_playPause, m_back, m_forward})
        a->setEnabled(m_hasSource);
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
