// Silence detection from the samples: where a recording is silent, and the player's jumps
// (next/previous speech, skipping a silence) that follow from it.
#include "media/silencedetector.h"
#include "media/wavreader.h"
#include "wavbuilder.h"

#include <QBuffer>
#include <QRandomGenerator>
#include <QTest>

using namespace recdesk;
using namespace wavbuilder;

namespace {
constexpr int kRate = 8000;

QVector<qint16> tone(int ms, int amplitude = 8000)
{
    return sine(kRate * ms / 1000, 440, kRate, amplitude);
}

// Line noise of a quiet telephone leg: about -60 dBFS.
QVector<qint16> hiss(int ms)
{
    QRandomGenerator gen(42);
    QVector<qint16> v(kRate * ms / 1000);
    for (qint16 &s : v)
        s = qint16(gen.bounded(-40, 41));
    return v;
}

QByteArray stereoWav(const QVector<qint16> &left, const QVector<qint16> &right)
{
    QVector<qint16> both;
    const qsizetype n = std::max(left.size(), right.size());
    for (qsizetype i = 0; i < n; ++i) {
        both.append(i < left.size() ? left.at(i) : 0);
        both.append(i < right.size() ? right.at(i) : 0);
    }
    return riff(chunk("fmt ", fmtBody(1, 2, kRate, 16)) + chunk("data", samples(both)));
}

SilenceDetector::Result detectBytes(const QByteArray &wav, SilenceMap *map, QString *error,
                                    const SilenceDetector::Settings &settings = {})
{
    QBuffer buffer;
    buffer.setData(wav);
    buffer.open(QIODevice::ReadOnly);
    WavInfo info;
    if (!WavReader::read(&buffer, &info, error))
        return SilenceDetector::Result::Failed;
    return SilenceDetector::detect(&buffer, info, settings, map, error);
}

// 0–2 s speech, 2–3.5 s hiss, 3.5–4.5 s speech, a 0.4 s pause, 4.9–5.9 s speech, 5.9–7.9 s silence.
QVector<qint16> conversation()
{
    return tone(2000) + hiss(1500) + tone(1000) + hiss(400) + tone(1000) + QVector<qint16>(kRate * 2, 0);
}
} // namespace

class TestSilenceDetector : public QObject
{
    Q_OBJECT
private slots:
    void findsSilencesLongerThanTheMinimum()
    {
        SilenceMap map;
        QString error;
        QCOMPARE(detectBytes(monoWav(conversation()), &map, &error), SilenceDetector::Result::Ok);
        QCOMPARE(map.durationMs(), 7900);
        // The 0.4 s pause is shorter than the 0.8 s minimum: speech goes on through it.
        const QList<SilenceMap::Range> expected{{2000, 3500}, {5900, 7900}};
        QCOMPARE(map.silences(), expected);
        QCOMPARE(map.silentMs(), 3500);
    }

    void settingsChangeWhatCounts()
    {
        SilenceMap map;
        QString error;
        SilenceDetector::Settings shortPauses;
        shortPauses.minimumMs = 300;
        QCOMPARE(detectBytes(monoWav(conversation()), &map, &error, shortPauses),
                 SilenceDetector::Result::Ok);
        QCOMPARE(map.silences().size(), 3);
        QCOMPARE(map.silences().at(1), (SilenceMap::Range{4500, 4900}));

        // A threshold below the hiss (-60 dBFS) hears the hiss as sound: only true silence is left.
        SilenceDetector::Settings strict;
        strict.thresholdDb = -75;
        QCOMPARE(detectBytes(monoWav(conversation()), &map, &error, strict), SilenceDetector::Result::Ok);
        QCOMPARE(map.silences(), (QList<SilenceMap::Range>{{5900, 7900}}));

        // Quiet speech (-36 dBFS RMS) is silence to a threshold above it.
        SilenceDetector::Settings loose;
        loose.thresholdDb = -20;
        QCOMPARE(detectBytes(monoWav(tone(2000, 500) + tone(1000)), &map, &error, loose),
                 SilenceDetector::Result::Ok);
        QCOMPARE(map.silences(), (QList<SilenceMap::Range>{{0, 2000}}));
    }

    void bothLegsMustBeQuiet()
    {
        // The agent talks while the customer is silent, then the other way round: never both
        // silent, so no silence, although each leg alone has long ones.
        const QVector<qint16> agent = tone(2000) + QVector<qint16>(kRate * 2, 0) + tone(1000);
        const QVector<qint16> customer =
            QVector<qint16>(kRate * 2, 0) + tone(2000) + QVector<qint16>(kRate * 2, 0);
        SilenceMap map;
        QString error;
        QCOMPARE(detectBytes(stereoWav(agent, customer), &map, &error), SilenceDetector::Result::Ok);
        QCOMPARE(map.silences(), (QList<SilenceMap::Range>{{5000, 6000}}));
    }

    void refusesWhatItCannotRead()
    {
        SilenceMap map;
        QString error;
        const QByteArray floatWav =
            riff(chunk("fmt ", fmtBody(3, 1, kRate, 32)) + chunk("data", QByteArray(400, 0)));
        QCOMPARE(detectBytes(floatWav, &map, &error), SilenceDetector::Result::Failed);
        QVERIFY(error.contains(QStringLiteral("16-bit")));
        SilenceDetector::Settings bad;
        bad.windowMs = 0;
        QCOMPARE(detectBytes(monoWav(tone(100)), &map, &error, bad), SilenceDetector::Result::Failed);
        QVERIFY(!error.isEmpty());
        QCOMPARE(SilenceDetector::detectFile(QStringLiteral("/nonexistent/x.wav"), {}, &map, &error),
                 SilenceDetector::Result::Failed);
    }

    void cutOffFileIsJudgedAsFarAsItGoes()
    {
        QByteArray wav = monoWav(tone(1000) + QVector<qint16>(kRate * 2, 0));
        wav.chop(kRate); // 8000 bytes: half a second of the silence is missing
        SilenceMap map;
        QString error;
        QCOMPARE(detectBytes(wav, &map, &error), SilenceDetector::Result::Ok);
        QCOMPARE(map.silences(), (QList<SilenceMap::Range>{{1000, 2500}}));
    }

    void cancelStops()
    {
        QBuffer buffer;
        buffer.setData(monoWav(conversation()));
        buffer.open(QIODevice::ReadOnly);
        WavInfo info;
        QString error;
        QVERIFY(WavReader::read(&buffer, &info, &error));
        std::atomic<bool> cancel{true};
        SilenceMap map;
        QCOMPARE(SilenceDetector::detect(&buffer, info, {}, &map, &error, &cancel),
                 SilenceDetector::Result::Cancelled);
    }

    void jumps()
    {
        // Speech 0–2 s, silence 2–3.5 s, speech 3.5–5.9 s, silence 5.9 s to the end (7.9 s).
        const SilenceMap map({{2000, 3500}, {5900, 7900}}, 7900);
        const qint64 lead = SilenceMap::kLeadInMs;
        QCOMPARE(map.silenceAt(1999), -1);
        QCOMPARE(map.silenceAt(2000), 0);
        QCOMPARE(map.silenceAt(3499), 0);
        QCOMPARE(map.silenceAt(3500), -1);
        QCOMPARE(map.silenceAt(7899), 1);

        QCOMPARE(map.nextSpeech(0), 3500 - lead);
        QCOMPARE(map.nextSpeech(2500), 3500 - lead);
        QCOMPARE(map.nextSpeech(3500 - lead), -1); // already there; the last silence leads nowhere
        QCOMPARE(map.nextSpeech(6000), -1);

        QCOMPARE(map.previousSpeech(4000), 0);           // early in a stretch: the one before
        QCOMPARE(map.previousSpeech(5000), 3500 - lead); // well into it: its own start
        QCOMPARE(map.previousSpeech(7000), 3500 - lead);
        QCOMPARE(map.previousSpeech(500), -1);

        QCOMPARE(map.skipTarget(1000), -1);
        QCOMPARE(map.skipTarget(2100), 3500 - lead);
        QCOMPARE(map.skipTarget(3400), -1); // too close to the end of the silence to jump
        QCOMPARE(map.skipTarget(6000), 7900 - lead);

        // A recording that begins silent has its first speech after that silence.
        const SilenceMap quietStart({{0, 1000}}, 3000);
        QCOMPARE(quietStart.nextSpeech(0), 1000 - lead);
        QVERIFY(SilenceMap().isEmpty());
        QCOMPARE(SilenceMap({}, 5000).nextSpeech(0), -1);
    }
};

QTEST_GUILESS_MAIN(TestSilenceDetector)
#include "tst_silencedetector.moc"
