#include "media/reviewaudiosource.h"
#include "toneanalysis.h"
#include "wavbuilder.h"

#include <QTemporaryDir>
#include <QtTest>

using recdesk::ReviewAudioSource;
using recdesk::TimeRange;

namespace {

constexpr int kRate = 8000;
constexpr int kAmplitude = 10000;

// Interleaved int16 stereo, as the source hands it out.
struct Output
{
    QVector<qint16> samples;

    int frames() const { return samples.size() / 2; }
    // One channel (0 left, 1 right) of frames [from, from + count), in [-1, 1].
    QVector<float> channel(int which, int from = 0, int count = -1) const
    {
        if (count < 0)
            count = frames() - from;
        QVector<float> out;
        out.reserve(count);
        for (int i = from; i < from + count && i < frames(); ++i)
            out.append(samples[2 * i + which] / 32768.0f);
        return out;
    }
    QVector<float> seconds(int which, double from, double length) const
    {
        return channel(which, int(from * kRate), int(length * kRate));
    }
};

// Reads `frames` frames (or to the end when -1) in sink-sized pieces.
Output readFrames(ReviewAudioSource &source, int frames = -1, int chunkBytes = 4096)
{
    Output out;
    QByteArray chunk(chunkBytes, Qt::Uninitialized);
    int guard = 0;
    while ((frames < 0 || out.frames() < frames) && !source.atEnd() && guard++ < 100000) {
        qint64 want = chunkBytes;
        if (frames >= 0)
            want = std::min<qint64>(want, qint64(frames - out.frames()) * 4);
        const qint64 got = source.read(chunk.data(), want);
        if (got < 0)
            break;
        for (qint64 i = 0; i + 1 < got; i += 2)
            out.samples.append(qFromLittleEndian<qint16>(chunk.constData() + i));
    }
    return out;
}

QVector<qint16> silence(int frames)
{
    return QVector<qint16>(frames, 0);
}

QVector<qint16> tone(double seconds, double hz)
{
    return wavbuilder::sine(int(seconds * kRate), hz, kRate, kAmplitude);
}

QVector<float> toFloats(const QVector<qint16> &samples)
{
    QVector<float> out;
    out.reserve(samples.size());
    for (qint16 s : samples)
        out.append(s / 32768.0f);
    return out;
}

QByteArray stereoWav(const QVector<qint16> &left, const QVector<qint16> &right)
{
    QVector<qint16> interleaved;
    for (int i = 0; i < left.size(); ++i)
        interleaved << left[i] << right[i];
    return wavbuilder::riff(wavbuilder::chunk("fmt ", wavbuilder::fmtBody(1, 2, kRate, 16)) +
                            wavbuilder::chunk("data", wavbuilder::samples(interleaved)));
}

} // namespace

class TestReviewAudioSource : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString writeWav(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    void open(ReviewAudioSource &source, const QString &path)
    {
        QVERIFY2(source.openFile(path), qPrintable(source.errorString()));
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void opensPcm16AndRefusesTheRest()
    {
        ReviewAudioSource source;
        open(source, writeWav(QStringLiteral("mono.wav"), wavbuilder::monoWav(tone(1.0, 440))));
        QCOMPARE(source.sampleRate(), kRate);
        QCOMPARE(source.sourceChannels(), 1);
        QCOMPARE(source.durationMs(), 1000);
        QVERIFY(source.isSequential());
        QVERIFY(!source.atEnd());

        const QString missing = m_dir.filePath(QStringLiteral("missing.wav"));
        QVERIFY(!source.openFile(missing));
        QVERIFY2(source.errorString().contains(missing), qPrintable(source.errorString()));
        QVERIFY(!source.isOpen());

        const QByteArray floats =
            wavbuilder::riff(wavbuilder::chunk("fmt ", wavbuilder::fmtBody(3, 1, kRate, 32)) +
                             wavbuilder::chunk("data", QByteArray(400, '\0')));
        QVERIFY(!source.openFile(writeWav(QStringLiteral("float.wav"), floats)));
        QVERIFY2(source.errorString().contains(QStringLiteral("16-bit PCM")),
                 qPrintable(source.errorString()));

        QVERIFY(!source.openFile(writeWav(QStringLiteral("text.wav"), QByteArray("not a wave file at all"))));
        QVERIFY(!source.errorString().isEmpty());
    }

    void tempoKeepsPitch_data()
    {
        QTest::addColumn<double>("tempo");
        QTest::newRow("1.0") << 1.0;
        QTest::newRow("1.5") << 1.5;
        QTest::newRow("0.5") << 0.5;
        QTest::newRow("2.0") << 2.0;
    }

    // The speed changes the length, never the pitch: a 440 Hz tone stays 440 Hz.
    void tempoKeepsPitch()
    {
        QFETCH(double, tempo);
        const double inputSeconds = 4.0;
        ReviewAudioSource source;
        open(source, writeWav(QStringLiteral("a440.wav"), wavbuilder::monoWav(tone(inputSeconds, 440))));
        source.setTempo(tempo);
        const Output out = readFrames(source);
        QVERIFY(source.atEnd());
        QCOMPARE(source.positionMs(), source.durationMs());

        const double outputSeconds = double(out.frames()) / kRate;
        const double expectedSeconds = inputSeconds / tempo;
        // The middle, away from the stretcher's start and end.
        const QVector<float> middle = out.seconds(0, 0.25, outputSeconds - 0.5);
        const double dominant = toneanalysis::dominantFrequency(middle, kRate);
        const double crossings = toneanalysis::zeroCrossingFrequency(middle, kRate);
        qInfo("tempo %.1f: %.3f s of output for %.1f s of input (expected %.3f s); dominant %.1f Hz, "
              "zero crossings %.1f Hz",
              tempo, outputSeconds, inputSeconds, expectedSeconds, dominant, crossings);
        QVERIFY2(std::abs(outputSeconds - expectedSeconds) <= 0.03 * expectedSeconds, "output length");
        QVERIFY2(std::abs(dominant - 440) <= 0.02 * 440, "dominant frequency");
        QVERIFY2(std::abs(crossings - 440) <= 0.02 * 440, "zero-crossing frequency");
        // Both sides carry the mono tone.
        QCOMPARE(toneanalysis::dominantFrequency(out.seconds(1, 0.25, outputSeconds - 0.5), kRate), dominant);
    }

    // 440 Hz for two seconds, then 550 Hz: a seek lands on the right one.
    void seekLandsWhereAsked()
    {
        ReviewAudioSource source;
        open(source,
             writeWav(QStringLiteral("two-tones.wav"), wavbuilder::monoWav(tone(2.0, 440) + tone(2.0, 550))));
        readFrames(source, 2000); // already playing
        source.seekToMs(2500);
        QCOMPARE(source.positionMs(), 2500);
        const Output after = readFrames(source, 4000);
        const double dominant = toneanalysis::dominantFrequency(after.channel(0, 400), kRate);
        qInfo("after a seek to 2.5 s: %.1f Hz (550 expected), position %lld ms", dominant,
              qlonglong(source.positionMs()));
        QVERIFY(std::abs(dominant - 550) <= 0.02 * 550);
        // Half a second was read from 2.5 s; less what the stretcher still holds.
        QVERIFY2(source.positionMs() > 2800 && source.positionMs() <= 3000,
                 qPrintable(QString::number(source.positionMs())));

        source.seekToMs(500);
        const Output back = readFrames(source, 4000);
        QVERIFY(std::abs(toneanalysis::dominantFrequency(back.channel(0, 400), kRate) - 440) <= 0.02 * 440);

        // A seek at the end starts again.
        readFrames(source);
        QVERIFY(source.atEnd());
        source.seekToMs(3000);
        QVERIFY(!source.atEnd());
        const double rest = readFrames(source).frames() / double(kRate);
        QVERIFY2(std::abs(rest - 1.0) <= 0.03, qPrintable(QString::number(rest)));
    }

    // A-B loop over 330 Hz then 550 Hz (440 Hz outside): read three times its length from A and
    // it is heard three times, in order, with no gap and nothing from outside it.
    void loopRepeatsWithoutGap()
    {
        ReviewAudioSource source;
        const QVector<qint16> samples = tone(1.0, 440) + tone(0.5, 330) + tone(0.5, 550) + tone(1.0, 440);
        open(source, writeWav(QStringLiteral("loop.wav"), wavbuilder::monoWav(samples)));
        source.setLoop(1000, 2000);
        QVERIFY(source.hasLoop());
        QCOMPARE(source.loopStartMs(), 1000);
        QCOMPARE(source.loopEndMs(), 2000);
        source.seekToMs(1000);
        const Output out = readFrames(source, 3 * kRate);
        QCOMPARE(out.frames(), 3 * kRate);
        QVERIFY(!source.atEnd());

        QStringList heard;
        for (int half = 0; half < 6; ++half) {
            const QVector<float> window = out.seconds(0, half * 0.5 + 0.1, 0.3);
            const double hz = toneanalysis::dominantFrequency(window, kRate);
            heard << QString::number(hz);
            const double expected = half % 2 ? 550 : 330;
            QVERIFY2(std::abs(hz - expected) <= 0.02 * expected, qPrintable(heard.join(QLatin1Char(' '))));
        }
        qInfo("loop 1-2 s read three times, each half second: %s Hz",
              qPrintable(heard.join(QLatin1Char(' '))));
        // No gap: every 10 ms after the stretcher's start has the tone's loudness.
        const double expectedRms = kAmplitude / 32768.0 / std::sqrt(2.0);
        for (int start = kRate / 10; start + 80 <= out.frames(); start += 80) {
            const double level = toneanalysis::rms(out.channel(0, start, 80));
            QVERIFY2(level > 0.6 * expectedRms,
                     qPrintable(QStringLiteral("quiet at frame %1: %2").arg(start).arg(level)));
        }
        const qint64 position = source.positionMs();
        QVERIFY2(position >= 1000 && position < 2000, qPrintable(QString::number(position)));

        // Without the loop, reading goes on past B to the end.
        source.clearLoop();
        const Output rest = readFrames(source);
        QVERIFY(source.atEnd());
        QVERIFY(rest.frames() <= 2 * kRate + kRate / 20);
    }

    void skipRangesLeaveOutSilence_data()
    {
        QTest::addColumn<bool>("enabled");
        QTest::newRow("skipping") << true;
        QTest::newRow("not skipping") << false;
    }

    void skipRangesLeaveOutSilence()
    {
        QFETCH(bool, enabled);
        ReviewAudioSource source;
        open(source, writeWav(QStringLiteral("gap.wav"),
                              wavbuilder::monoWav(tone(1.0, 440) + silence(kRate) + tone(1.0, 440))));
        source.setSkipRanges({TimeRange{1000, 2000}});
        source.setSkipEnabled(enabled);
        const Output out = readFrames(source);
        const double seconds = double(out.frames()) / kRate;
        int quietWindows = 0;
        for (int start = kRate / 10; start + 80 <= out.frames() - kRate / 10; start += 80) {
            if (toneanalysis::rms(out.channel(0, start, 80)) < 0.01)
                ++quietWindows;
        }
        qInfo("%s: %.3f s of output, %d quiet 10 ms windows", enabled ? "skipping" : "not skipping", seconds,
              quietWindows);
        if (enabled) {
            QVERIFY(std::abs(seconds - 2.0) <= 0.03 * 2.0);
            QCOMPARE(quietWindows, 0);
        } else {
            QVERIFY(std::abs(seconds - 3.0) <= 0.03 * 3.0);
            QVERIFY(quietWindows >= 90); // about a second of 10 ms windows
        }
        QCOMPARE(source.positionMs(), 3000);
    }

    void skipSettingsApplyWhileReading()
    {
        ReviewAudioSource source;
        open(source, writeWav(QStringLiteral("gap2.wav"),
                              wavbuilder::monoWav(tone(1.0, 440) + silence(kRate) + tone(1.0, 440))));
        readFrames(source, kRate / 2);
        source.setSkipRanges({TimeRange{1000, 2000}});
        source.setSkipEnabled(true);
        const Output rest = readFrames(source);
        QVERIFY(std::abs(double(rest.frames()) / kRate - 1.5) <= 0.03 * 1.5);
    }

    // Leg 1 (left) 440 Hz, leg 2 (right) 550 Hz.
    void mixesTheLegs()
    {
        ReviewAudioSource source;
        open(source, writeWav(QStringLiteral("legs.wav"), stereoWav(tone(3.0, 440), tone(3.0, 550))));
        QCOMPARE(source.sourceChannels(), 2);
        readFrames(source, kRate / 4); // past the stretcher's start

        auto powers = [](const QVector<float> &samples) {
            return qMakePair(toneanalysis::powerAt(samples, kRate, 440),
                             toneanalysis::powerAt(samples, kRate, 550));
        };
        // The power of the tone alone, as recorded.
        const double full = toneanalysis::powerAt(toFloats(tone(0.5, 440)), kRate, 440);

        Output out = readFrames(source, kRate / 2);
        auto left = powers(out.channel(0));
        auto right = powers(out.channel(1));
        QVERIFY(left.first > 0.5 * full && left.second < 0.01 * full);
        QVERIFY(right.second > 0.5 * full && right.first < 0.01 * full);

        source.mix().setLegMuted(1, true);
        out = readFrames(source, kRate / 2);
        left = powers(out.channel(0));
        right = powers(out.channel(1));
        qInfo("leg 1 muted: 440 Hz power left %.2g right %.2g (unmuted %.2g)", left.first, right.first, full);
        QVERIFY(left.first < 0.001 * full && right.first < 0.001 * full);
        QVERIFY(right.second > 0.5 * full);

        source.mix().setLegMuted(1, false);
        source.mix().setBalance(-1.0f);
        out = readFrames(source, kRate / 2);
        left = powers(out.channel(0));
        qInfo("balance -1: left 440 Hz %.2g, 550 Hz %.2g; right rms %.2g", left.first, left.second,
              toneanalysis::rms(out.channel(1)));
        QVERIFY(left.first > 0.5 * full && left.second > 0.5 * full);
        QVERIFY(toneanalysis::rms(out.channel(1)) < 1e-4);
    }

    // A gain change is heard from the very next read, and the stream goes on where it was.
    void gainChangesTakeEffectAtTheNextRead()
    {
        ReviewAudioSource source;
        open(source, writeWav(QStringLiteral("legs2.wav"), stereoWav(tone(3.0, 440), tone(3.0, 550))));
        const Output first = readFrames(source, kRate / 2);
        const qint64 positionBefore = source.positionMs();
        const double leftBefore = toneanalysis::rms(first.channel(0, kRate / 4));
        source.mix().setLegGain(1, 0.5f);
        const Output second = readFrames(source, kRate / 2);
        const qint64 positionAfter = source.positionMs();
        const double leftAfter = toneanalysis::rms(second.channel(0));
        const double rightAfter = toneanalysis::rms(second.channel(1));
        qInfo("leg 1 gain 1 -> 0.5: left rms %.4f -> %.4f; position %lld -> %lld ms", leftBefore, leftAfter,
              qlonglong(positionBefore), qlonglong(positionAfter));
        QVERIFY(std::abs(leftAfter / leftBefore - 0.5) < 0.05);
        QVERIFY(std::abs(rightAfter / leftBefore - 1.0) < 0.05);
        // The first 10 ms of the second read are already at half gain.
        QVERIFY(std::abs(toneanalysis::rms(second.channel(0, 0, 80)) / leftBefore - 0.5) < 0.1);
        // Position: exactly the half second read, no restart.
        QVERIFY2(std::abs((positionAfter - positionBefore) - 500) <= 10, "position continues");
    }

    void positionFollowsWhatWasHandedOut()
    {
        ReviewAudioSource source;
        open(source, writeWav(QStringLiteral("pos.wav"), wavbuilder::monoWav(tone(4.0, 440))));
        source.setTempo(1.5);
        readFrames(source, kRate); // one second of output: 1.5 s of the recording
        const qint64 position = source.positionMs();
        qInfo("after 1 s of output at 1.5x: position %lld ms (1500 expected)", qlonglong(position));
        QVERIFY(std::abs(position - 1500) <= 50);
    }
};

QTEST_GUILESS_MAIN(TestReviewAudioSource)
#include "tst_reviewaudiosource.moc"
