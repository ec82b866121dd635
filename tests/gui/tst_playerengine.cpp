#include "mainwindow.h"
#include "media/recordingaudio.h"
#include "media/recordingaudioservice.h"
#include "models/recordingtablemodel.h"
#include "net/session.h"
#include "playerpanel.h"
#include "recordingrows.h"
#include "recordingsview.h"
#include "reviewplayer.h"
#include "sandboxfixture.h"
#include "voicesbar.h"
#include "wavbuilder.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSlider>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>

using namespace recdesk;
using namespace recdesk::gui;

// The player panel on the review engine: tests/playback/with-pulseaudio.sh gives it a real audio
// server with a null sink. The run named tst_playerengine_no_device has no server at all
// (RECDESK_TEST_NO_AUDIO_DEVICE set) and checks the fallback to QMediaPlayer instead.
class TestPlayerEngine : public QObject
{
    Q_OBJECT

private:
    static constexpr int kRate = 8000;
    static constexpr int kSeconds = 20;
    QTemporaryDir m_dir;
    QString m_stereo;
    QString m_mono;

    static bool expectsNoDevice() { return qEnvironmentVariableIsSet("RECDESK_TEST_NO_AUDIO_DEVICE"); }

    // Two legs: 440 Hz on the left (in), 660 Hz on the right (out).
    static QByteArray stereoWav()
    {
        const QVector<qint16> in = wavbuilder::sine(kSeconds * kRate, 440, kRate, 8000);
        const QVector<qint16> out = wavbuilder::sine(kSeconds * kRate, 660, kRate, 8000);
        QVector<qint16> frames;
        frames.reserve(in.size() * 2);
        for (int i = 0; i < in.size(); ++i)
            frames << in.at(i) << out.at(i);
        return wavbuilder::riff(wavbuilder::chunk("fmt ", wavbuilder::fmtBody(1, 2, kRate, 16)) +
                                wavbuilder::chunk("data", wavbuilder::samples(frames)));
    }

    static bool write(const QString &path, const QByteArray &bytes)
    {
        QFile file(path);
        return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
    }

    // Playing on the review engine, and the position has started to move.
    static void startPlaying(PlayerPanel &panel)
    {
        panel.play();
        QTRY_VERIFY_WITH_TIMEOUT(panel.currentPosition() > 100, 5000);
        QVERIFY(panel.isPlaying());
        QCOMPARE(panel.reviewPlayer()->state(), ReviewPlayer::State::Playing);
    }

    // Watches the position for a while: it must only move forward (give or take jitter), by at least half the
    // time that passed, and playback must not stop.
    static void keepsGoing(PlayerPanel &panel, int ms)
    {
        QElapsedTimer clock;
        clock.start();
        const qint64 from = panel.currentPosition();
        qint64 last = from;
        while (clock.elapsed() < ms) {
            QTest::qWait(20);
            const qint64 now = panel.currentPosition();
            // The position is an estimate (handed out less what the sink holds): a few ms of
            // jitter, never the jump of a restart.
            QVERIFY2(now >= last - 20,
                     qPrintable(QStringLiteral("went back from %1 to %2").arg(last).arg(now)));
            QCOMPARE(panel.reviewPlayer()->state(), ReviewPlayer::State::Playing);
            last = now;
        }
        QVERIFY2(last - from >= ms / 2,
                 qPrintable(QStringLiteral("moved %1 ms in %2 ms").arg(last - from).arg(ms)));
    }

    // A session on the test's own sandbox, with the audio cache in its folder.
    static SessionConfig sessionConfig(test::SandboxFixture &sandbox)
    {
        SessionConfig config = sandbox.sessionConfig();
        config.audioCacheDir = QDir(sandbox.dataDir()).filePath(QStringLiteral("audio-cache"));
        return config;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_stereo = m_dir.filePath(QStringLiteral("legs.wav"));
        m_mono = m_dir.filePath(QStringLiteral("mono.wav"));
        QVERIFY(write(m_stereo, stereoWav()));
        QVERIFY(write(m_mono, wavbuilder::monoWav(wavbuilder::sine(kSeconds * kRate, 440, kRate, 8000))));
    }

    void withoutADeviceQMediaPlayerPlays()
    {
        if (!expectsNoDevice())
            QSKIP("only in the run without an audio server");
        PlayerPanel panel;
        const QUrl url = QUrl::fromLocalFile(m_stereo);
        panel.setSource(url);
        QVERIFY(!panel.usesReviewEngine());
        QCOMPARE(panel.player()->source(), url);
        QCOMPARE(panel.source(), url);
        QVERIFY2(panel.statusText().contains(QStringLiteral("audio output device")),
                 qPrintable(panel.statusText()));
        QVERIFY(!panel.voicesBar()->isVisibleTo(&panel));
        QVERIFY(!panel.voicesBar()->muteAction(1)->isEnabled());
    }

    void voicesShownForTwoLegsOnly()
    {
        if (expectsNoDevice())
            QSKIP("this run has no audio server on purpose");
        PlayerPanel panel;
        panel.setSource(QUrl::fromLocalFile(m_stereo));
        QVERIFY(panel.usesReviewEngine());
        QCOMPARE(panel.reviewPlayer()->legCount(), 2);
        QVERIFY(panel.voicesBar()->isVisibleTo(&panel));
        QVERIFY(panel.voicesBar()->muteAction(1)->isEnabled());
        QVERIFY(panel.shortcutActions().contains(panel.voicesBar()->muteAction(1)));
        QCOMPARE(panel.voicesBar()->muteAction(1)->shortcut(), QKeySequence(Qt::Key_1));
        QCOMPARE(panel.voicesBar()->muteAction(2)->shortcut(), QKeySequence(Qt::Key_2));
        // Named, explained, and reachable with Tab.
        const QList<QWidget *> controls = {
            panel.voicesBar()->muteButton(1), panel.voicesBar()->volumeSlider(1),
            panel.voicesBar()->muteButton(2), panel.voicesBar()->volumeSlider(2),
            panel.voicesBar()->balanceSlider()};
        for (QWidget *w : controls) {
            QVERIFY(!w->accessibleName().isEmpty());
            QVERIFY2(!w->toolTip().isEmpty(), qPrintable(w->accessibleName()));
            QVERIFY2(w->focusPolicy() & Qt::TabFocus, qPrintable(w->accessibleName()));
        }
        QCOMPARE(panel.voicesBar()->muteButton(1)->accessibleName(), QStringLiteral("Mute leg 1"));
        QCOMPARE(panel.voicesBar()->volumeSlider(2)->accessibleName(), QStringLiteral("Leg 2 volume"));
        QCOMPARE(panel.voicesBar()->balanceSlider()->accessibleName(), QStringLiteral("Balance"));

        panel.setSource(QUrl::fromLocalFile(m_mono));
        QVERIFY(panel.usesReviewEngine());
        QCOMPARE(panel.reviewPlayer()->legCount(), 1);
        QVERIFY(!panel.voicesBar()->isVisibleTo(&panel));
        QVERIFY(!panel.voicesBar()->muteAction(1)->isEnabled());
    }

    // The panel at about the width the main window gives it, with the voices row, for people to
    // look at (ctest artifacts), in the light and the dark palette like tst_screenshots.
    void screenshotWithVoices()
    {
        if (expectsNoDevice())
            QSKIP("this run has no audio server on purpose");
        PlayerPanel panel;
        panel.setSource(QUrl::fromLocalFile(m_stereo));
        panel.voicesBar()->setLegMuted(2, true);
        panel.resize(810, 240);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QVERIFY(panel.voicesBar()->isVisible());
        // Every control of the row has room for itself: none is squeezed below its size hint.
        for (QWidget *w : panel.voicesBar()->findChildren<QWidget *>())
            QVERIFY2(w->width() >= w->minimumSizeHint().width(), qPrintable(w->accessibleName()));
        QDir().mkpath(QStringLiteral(RECDESK_ARTIFACTS_DIR));
        const QString path = QStringLiteral(RECDESK_ARTIFACTS_DIR "/player-voices.png");
        QVERIFY2(panel.grab().save(path), qPrintable(path));
    }

    void legSettingsChangeWithoutARestart()
    {
        if (expectsNoDevice())
            QSKIP("this run has no audio server on purpose");
        PlayerPanel panel;
        panel.setSource(QUrl::fromLocalFile(m_stereo));
        QVERIFY(panel.usesReviewEngine());
        startPlaying(panel);
        keepsGoing(panel, 300);
        VoicesBar *voices = panel.voicesBar();
        voices->volumeSlider(1)->setValue(30);
        QCOMPARE(voices->legVolume(1), 0.3f);
        keepsGoing(panel, 300);
        voices->muteAction(2)->trigger(); // the key 2
        QVERIFY(voices->isLegMuted(2));
        keepsGoing(panel, 300);
        voices->muteButton(2)->click();
        QVERIFY(!voices->isLegMuted(2));
        voices->balanceSlider()->setValue(-60);
        QCOMPARE(voices->balance(), -0.6f);
        keepsGoing(panel, 300);
        // Near the centre the balance snaps to it.
        voices->balanceSlider()->setValue(5);
        QCOMPARE(voices->balanceSlider()->value(), 0);
        panel.volumeSlider()->setValue(50);
        keepsGoing(panel, 300);
        panel.pause();
        QTRY_VERIFY(!panel.isPlaying());
        const qint64 paused = panel.currentPosition();
        QTest::qWait(200);
        QVERIFY(std::abs(panel.currentPosition() - paused) < 60);
    }

    void speedKeepsItsRate()
    {
        if (expectsNoDevice())
            QSKIP("this run has no audio server on purpose");
        PlayerPanel panel;
        panel.setSource(QUrl::fromLocalFile(m_stereo));
        startPlaying(panel);
        panel.setPlaybackRate(1.5);
        QCOMPARE(panel.reviewPlayer()->tempo(), 1.5);
        QTest::qWait(400); // what the device held at 1x plays out
        QElapsedTimer clock;
        clock.start();
        const qint64 from = panel.currentPosition();
        QTest::qWait(1500);
        const double rate = double(panel.currentPosition() - from) / double(clock.elapsed());
        qInfo("at 1.5x the position moved %.2f ms per wall-clock ms", rate);
        QVERIFY2(rate > 1.2 && rate < 1.8, qPrintable(QString::number(rate)));
        QCOMPARE(panel.reviewPlayer()->state(), ReviewPlayer::State::Playing);
        // The Slower action steps down the list: 1.25x.
        panel.changeSpeed(-1);
        QCOMPARE(panel.reviewPlayer()->tempo(), 1.25);
    }

    void loopWraps()
    {
        if (expectsNoDevice())
            QSKIP("this run has no audio server on purpose");
        PlayerPanel panel;
        panel.setSource(QUrl::fromLocalFile(m_stereo));
        panel.setLoop(2000, 3000);
        QVERIFY(panel.isLooping());
        startPlaying(panel);
        // Round at least twice; never far outside A–B once inside.
        int wraps = 0;
        qint64 last = panel.currentPosition();
        QElapsedTimer clock;
        clock.start();
        while (wraps < 2 && clock.elapsed() < 6000) {
            QTest::qWait(20);
            const qint64 now = panel.currentPosition();
            QVERIFY2(now >= 1900 && now <= 3100, qPrintable(QString::number(now)));
            if (now < last - 500)
                ++wraps;
            last = now;
        }
        QCOMPARE(wraps, 2);
        QCOMPARE(panel.reviewPlayer()->state(), ReviewPlayer::State::Playing);
        panel.clearLoop();
        QTRY_VERIFY_WITH_TIMEOUT(panel.currentPosition() > 3200, 3000);
    }

    // A WAV that plays while it arrives goes through QMediaPlayer; once it is whole, the next
    // press on Play goes on through the review engine from where it was.
    void arrivingWavSwitchesToTheReviewEngine_data()
    {
        QTest::addColumn<bool>("bySpeed");
        QTest::newRow("on the next press on Play") << false;
        QTest::newRow("on a change of speed, while playing") << true;
    }

    void arrivingWavSwitchesToTheReviewEngine()
    {
        QFETCH(bool, bySpeed);
        if (expectsNoDevice())
            QSKIP("this run has no audio server on purpose");
        test::SandboxFixture sandbox(12, 3);
        QVERIFY(sandbox.start());
        MainWindow window;
        window.show();
        window.setSession(new Session(sessionConfig(sandbox)), QStringLiteral("Sandbox"), false);
        RecordingTableModel *model = window.recordingsView()->model();
        QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() > 0, 20000);
        int row = -1;
        for (int r = 0; r < model->rowCount(); ++r)
            if (model->recordingAt(r).isPlayable() &&
                (row < 0 || model->recordingAt(r).durationMs() > model->recordingAt(row).durationMs()))
                row = r;
        QVERIFY(row >= 0);
        QVERIFY2(model->recordingAt(row).durationMs() > 40'000, "no recording long enough");
        // Every answer is cut after 256 KiB (16 s at 8 kHz) and a resume waits 4 s.
        sandbox.setFaults(QJsonObject{{QStringLiteral("dropAfterBytes"), 256 * 1024}});
        RetryPolicy slow;
        slow.baseDelayMs = 4000;
        slow.maxDelayMs = 4000;
        slow.maxAttempts = 100;
        window.session()->recordingAudio()->setRetryPolicy(slow);
        window.recordingsView()->selectSourceRow(row);
        PlayerPanel *player = window.playerPanel();
        QTRY_VERIFY_WITH_TIMEOUT(player->canPlay(), 15000);
        QVERIFY(player->isProgressive());
        QVERIFY(!player->usesReviewEngine());
        player->play();
        QTRY_VERIFY_WITH_TIMEOUT(player->player()->position() > 500, 10000);
        sandbox.setFaults(QJsonObject{{QStringLiteral("reset"), true}});
        window.session()->recordingAudio()->setRetryPolicy(RetryPolicy());
        RecordingAudio *audio = window.session()->recordingAudio()->find(model->recordingAt(row).id);
        QVERIFY(audio);
        QTRY_VERIFY_WITH_TIMEOUT(audio->isReady(), 30000);
        if (bySpeed) {
            // Still on QMediaPlayer while it plays; 1.5x hands it over, at the same place, playing.
            QVERIFY(!player->usesReviewEngine());
            const qint64 before = player->currentPosition();
            player->speedCombo()->setCurrentIndex(player->speedCombo()->findData(1.5));
            QTRY_VERIFY_WITH_TIMEOUT(player->usesReviewEngine(), 5000);
            QTRY_VERIFY_WITH_TIMEOUT(player->isPlaying(), 5000);
            QVERIFY2(player->currentPosition() >= before - 300,
                     qPrintable(QStringLiteral("%1 after %2").arg(player->currentPosition()).arg(before)));
            QCOMPARE(player->reviewPlayer()->tempo(), 1.5);
            QTRY_VERIFY_WITH_TIMEOUT(player->currentPosition() > before + 200, 3000); // the sink has begun
            keepsGoing(*player, 500);
            player->pause();
            return;
        }
        player->pause();
        QTRY_VERIFY_WITH_TIMEOUT(!player->isPlaying(), 5000);
        const qint64 pausedAt = player->currentPosition();
        QVERIFY(pausedAt > 500);
        player->play();
        QTRY_VERIFY_WITH_TIMEOUT(player->usesReviewEngine(), 5000);
        QVERIFY(!player->isProgressive());
        QTRY_VERIFY_WITH_TIMEOUT(player->isPlaying(), 5000);
        QVERIFY2(player->currentPosition() >= pausedAt - 300,
                 qPrintable(QStringLiteral("%1 after %2").arg(player->currentPosition()).arg(pausedAt)));
        QTRY_VERIFY_WITH_TIMEOUT(player->currentPosition() > pausedAt + 200, 3000); // the sink has begun
        keepsGoing(*player, 500);
        player->pause();
    }

    // With "Skip silences" on, the review engine jumps over the silences the panel found.
    void skipsSilencesOnTheReviewEngine()
    {
        if (expectsNoDevice())
            QSKIP("this run has no audio server on purpose");
        test::SandboxFixture sandbox(12, 3);
        QVERIFY(sandbox.start());
        MainWindow window;
        window.show();
        window.setSession(new Session(sessionConfig(sandbox)), QStringLiteral("Sandbox"), false);
        RecordingTableModel *model = window.recordingsView()->model();
        QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() > 0, 20000);
        const int row = test::firstPlayableRow(model);
        QVERIFY(row >= 0);
        PlayerPanel *player = window.playerPanel();
        SilenceDetector::Settings settings = player->silenceSettings();
        settings.minimumMs = 500;
        player->setSilenceSettings(settings);
        player->skipSilenceAction()->setChecked(true);
        window.recordingsView()->selectSourceRow(row);
        QTRY_VERIFY_WITH_TIMEOUT(player->usesReviewEngine(), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(!player->silences().silences().isEmpty(), 20000);
        // A silence long enough that its skipped part is clearly more than the position's grain.
        SilenceMap::Range silence;
        for (const SilenceMap::Range &r : player->silences().silences())
            if (r.startMs > 1000 && r.endMs - r.startMs >= 800) {
                silence = r;
                break;
            }
        QVERIFY2(silence.endMs > 0, "no silence of 800 ms or more");
        const qint64 skippedFrom = silence.startMs + 150;
        const qint64 skippedTo = silence.endMs - SilenceMap::kLeadInMs - 150;
        player->seek(silence.startMs - 400);
        player->play();
        const qint64 from = silence.startMs - 400;
        QTRY_VERIFY_WITH_TIMEOUT(player->currentPosition() > from + 50, 5000); // the sink has begun
        QElapsedTimer clock;
        clock.start();
        qint64 position = player->currentPosition();
        while (position < silence.endMs + 200 && clock.elapsed() < 5000) {
            QTest::qWait(10);
            position = player->currentPosition();
            QVERIFY2(position < skippedFrom || position > skippedTo,
                     qPrintable(QStringLiteral("at %1 in the silence %2-%3")
                                    .arg(position)
                                    .arg(silence.startMs)
                                    .arg(silence.endMs)));
        }
        QVERIFY2(position >= silence.endMs + 200, qPrintable(QString::number(position)));
        // Less wall-clock time than playing the silence would have taken.
        qInfo("silence %lld-%lld: %lld ms of wall-clock time from %lld to %lld", silence.startMs,
              silence.endMs, qint64(clock.elapsed()), from + 50, position);
        QVERIFY2(clock.elapsed() < silence.endMs + 200 - (from + 50),
                 qPrintable(QString::number(clock.elapsed())));
        player->pause();
    }
};

QTEST_MAIN(TestPlayerEngine)
#include "tst_playerengine.moc"
