#include "reviewplayer.h"
#include "wavbuilder.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using recdesk::ReviewPlayer;

// The player on a real audio server: tests/playback/with-pulseaudio.sh starts PulseAudio with a
// null sink, which consumes sound at its clock. The run named tst_reviewplayer_no_device has no
// server at all (RECDESK_TEST_NO_AUDIO_DEVICE set), and only checks that this is said.
class TestReviewPlayer : public QObject
{
    Q_OBJECT

private:
    static constexpr int kRate = 8000;
    static constexpr int kSeconds = 8;
    QTemporaryDir m_dir;
    QString m_path;

    static bool expectsNoDevice() { return qEnvironmentVariableIsSet("RECDESK_TEST_NO_AUDIO_DEVICE"); }

    // Playing, and the position has started to move (the device has begun to take sound).
    static void waitUntilMoving(ReviewPlayer &player)
    {
        const qint64 start = player.positionMs();
        QTRY_VERIFY_WITH_TIMEOUT(player.positionMs() > start, 3000);
        QCOMPARE(player.state(), ReviewPlayer::State::Playing);
    }

    // How fast the position moves against the wall clock over about a second.
    static double measureRate(ReviewPlayer &player)
    {
        QElapsedTimer clock;
        clock.start();
        const qint64 from = player.positionMs();
        QTest::qWait(1200);
        const qint64 to = player.positionMs();
        return double(to - from) / double(clock.elapsed());
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("tone.wav"));
        QFile file(m_path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(wavbuilder::monoWav(wavbuilder::sine(kSeconds * kRate, 440, kRate, 8000)));
    }

    void positionAdvancesAtTheTempo_data()
    {
        QTest::addColumn<double>("tempo");
        QTest::newRow("1x") << 1.0;
        QTest::newRow("1.5x") << 1.5;
    }

    void positionAdvancesAtTheTempo()
    {
        if (expectsNoDevice())
            QSKIP("this run has no audio server on purpose");
        QFETCH(double, tempo);
        ReviewPlayer player;
        QSignalSpy errors(&player, &ReviewPlayer::errorOccurred);
        QVERIFY(player.load(m_path));
        QCOMPARE(player.durationMs(), kSeconds * 1000);
        player.setTempo(tempo);
        player.play();
        waitUntilMoving(player);
        const double rate = measureRate(player);
        qInfo("tempo %.1f: the position moved %.2f ms per wall-clock ms", tempo, rate);
        QVERIFY2(std::abs(rate - tempo) <= 0.25 * tempo, qPrintable(QString::number(rate)));
        QCOMPARE(errors.count(), 0);
    }

    void pauseHoldsThePosition()
    {
        if (expectsNoDevice())
            QSKIP("this run has no audio server on purpose");
        ReviewPlayer player;
        QVERIFY(player.load(m_path));
        player.play();
        waitUntilMoving(player);
        QTest::qWait(300);
        player.pause();
        QCOMPARE(player.state(), ReviewPlayer::State::Paused);
        const qint64 paused = player.positionMs();
        QTest::qWait(500);
        QVERIFY2(std::abs(player.positionMs() - paused) <= 20,
                 qPrintable(QStringLiteral("%1 -> %2").arg(paused).arg(player.positionMs())));
        player.play();
        QTRY_VERIFY_WITH_TIMEOUT(player.positionMs() > paused + 200, 3000);
    }

    void seekMovesThePosition()
    {
        if (expectsNoDevice())
            QSKIP("this run has no audio server on purpose");
        ReviewPlayer player;
        QSignalSpy positions(&player, &ReviewPlayer::positionChanged);
        QVERIFY(player.load(m_path));
        // Stopped: the position is where it was asked to be, at once.
        player.seek(3000);
        QCOMPARE(positions.last().at(0).toLongLong(), 3000);
        QCOMPARE(player.positionMs(), 3000);
        player.play();
        waitUntilMoving(player);
        QVERIFY(player.positionMs() >= 3000);
        player.seek(6000);
        QTest::qWait(400);
        const qint64 after = player.positionMs();
        QVERIFY2(after >= 6000 && after <= 6600, qPrintable(QString::number(after)));

        // Paused: a seek is exactly where it was asked to be (nothing the sink held before counts),
        // so that a note or a jump taken there is at that moment.
        player.pause();
        player.seek(4000);
        QCOMPARE(player.positionMs(), 4000);
        player.play();
        QTRY_VERIFY_WITH_TIMEOUT(player.positionMs() > 4200, 3000);

        // Letting go of a paused player is immediate: its sink is dropped, not drained (Qt 6.8's
        // stop() drains a PulseAudio stream and, paused, blocked the GUI thread for ~30 s).
        {
            ReviewPlayer paused;
            QVERIFY(paused.load(m_path));
            paused.play();
            waitUntilMoving(paused);
            paused.pause();
            QElapsedTimer clock;
            clock.start();
            paused.unload();
            QVERIFY2(clock.elapsed() < 3000, qPrintable(QString::number(clock.elapsed())));
        }

        // A seek while the end drains (the source has handed out its last bytes) plays on from there.
        player.seek(kSeconds * 1000 - 150);
        QTest::qWait(100);
        player.seek(2000);
        QTRY_VERIFY_WITH_TIMEOUT(player.positionMs() > 2300, 3000);
        QCOMPARE(player.state(), ReviewPlayer::State::Playing);
    }

    void finishesAtTheEndUnlessLooping()
    {
        if (expectsNoDevice())
            QSKIP("this run has no audio server on purpose");
        ReviewPlayer player;
        QSignalSpy finished(&player, &ReviewPlayer::finished);
        QVERIFY(player.load(m_path));
        player.setLoop(6000, 6600);
        player.seek(6000);
        player.play();
        QTest::qWait(1500);
        QCOMPARE(finished.count(), 0);
        QVERIFY2(player.positionMs() >= 6000 && player.positionMs() <= 6600,
                 qPrintable(QString::number(player.positionMs())));

        player.clearLoop();
        player.seek(kSeconds * 1000 - 500);
        QVERIFY(finished.wait(4000));
        QCOMPARE(finished.count(), 1);
        QCOMPARE(player.state(), ReviewPlayer::State::Stopped);
        QCOMPARE(player.positionMs(), kSeconds * 1000);

        // Play again after the end starts from the beginning.
        player.play();
        waitUntilMoving(player);
        QVERIFY(player.positionMs() < 2000);
    }

    void saysWhenThereIsNoAudioDevice()
    {
        if (!expectsNoDevice())
            QSKIP("needs the run without an audio server (tst_reviewplayer_no_device)");
        ReviewPlayer player;
        QSignalSpy errors(&player, &ReviewPlayer::errorOccurred);
        QVERIFY(player.load(m_path));
        player.play();
        QTRY_COMPARE_WITH_TIMEOUT(errors.count(), 1, 5000);
        QCOMPARE(errors.first().at(0).toString(), QStringLiteral("No audio output device is available."));
        QCOMPARE(player.state(), ReviewPlayer::State::Stopped);
    }
};

QTEST_GUILESS_MAIN(TestReviewPlayer)
#include "tst_reviewplayer.moc"
