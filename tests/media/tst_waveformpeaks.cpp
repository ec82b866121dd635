#include "media/waveformjob.h"
#include "media/waveformpeaks.h"
#include "media/wavreader.h"
#include "wavbuilder.h"

#include <QBuffer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

using namespace recdesk;
using namespace wavbuilder;

class TestWaveformPeaks : public QObject
{
    Q_OBJECT

private:
    static WaveformPeaks::Result peaksOf(const QByteArray &bytes, int buckets, WaveformPeaks *out,
                                         const std::atomic<bool> *cancel = nullptr)
    {
        QBuffer buffer;
        buffer.setData(bytes);
        buffer.open(QIODevice::ReadOnly);
        WavInfo info;
        QString error;
        if (!WavReader::read(&buffer, &info, &error))
            return WaveformPeaks::Result::Failed;
        return WaveformPeaks::compute(&buffer, info, buckets, out, &error, cancel);
    }

private slots:
    void sineAmplitude()
    {
        // 3 s of a 200 Hz sine at amplitude 12000: every bucket spans whole periods.
        const int rate = 8000;
        const int amplitude = 12000;
        const QVector<qint16> values = sine(3 * rate, 200, rate, amplitude);
        WaveformPeaks peaks;
        QCOMPARE(peaksOf(monoWav(values, rate), 60, &peaks), WaveformPeaks::Result::Ok);
        QCOMPARE(peaks.bucketCount(), 60);
        QCOMPARE(peaks.channelCount(), 1);
        QCOMPARE(peaks.values().size(), 120);
        for (int b = 0; b < 60; ++b) {
            QVERIFY(qAbs(peaks.maximum(b, 0) - amplitude) <= 2);
            QVERIFY(qAbs(peaks.minimum(b, 0) + amplitude) <= 2);
        }
        const QVector<float> norm = peaks.normalised();
        QVERIFY(qAbs(norm.at(1) - amplitude / 32768.0f) < 0.001f);
    }

    void bucketsFollowTheSignal()
    {
        // Silence, then a loud half: the peaks show where the sound is.
        QVector<qint16> values(8000, 0);
        values += sine(8000, 100, 8000, 30000);
        WaveformPeaks peaks;
        QCOMPARE(peaksOf(monoWav(values), 10, &peaks), WaveformPeaks::Result::Ok);
        for (int b = 0; b < 5; ++b)
            QCOMPARE(peaks.maximum(b, 0), qint16(0));
        for (int b = 5; b < 10; ++b)
            QVERIFY(peaks.maximum(b, 0) > 29000 && peaks.minimum(b, 0) < -29000);
    }

    void stereoChannelsApart()
    {
        const QVector<qint16> left = sine(4000, 250, 8000, 1000);
        const QVector<qint16> right = sine(4000, 250, 8000, 20000);
        QVector<qint16> interleaved;
        for (int i = 0; i < left.size(); ++i)
            interleaved << left[i] << right[i];
        const QByteArray bytes =
            riff(chunk("fmt ", fmtBody(1, 2, 8000, 16)) + chunk("data", samples(interleaved)));
        WaveformPeaks peaks;
        QCOMPARE(peaksOf(bytes, 8, &peaks), WaveformPeaks::Result::Ok);
        QCOMPARE(peaks.channelCount(), 2);
        for (int b = 0; b < 8; ++b) {
            QVERIFY(qAbs(peaks.maximum(b, 0) - 1000) <= 2);
            QVERIFY(qAbs(peaks.maximum(b, 1) - 20000) <= 2);
            QVERIFY(qAbs(peaks.minimum(b, 1) + 20000) <= 2);
        }
    }

    void fewerFramesThanBuckets()
    {
        WaveformPeaks peaks;
        QCOMPARE(peaksOf(monoWav({100, -200, 300}), 10, &peaks), WaveformPeaks::Result::Ok);
        int touched = 0;
        for (int b = 0; b < 10; ++b)
            touched += peaks.maximum(b, 0) != 0 || peaks.minimum(b, 0) != 0;
        QCOMPARE(touched, 3);
        QCOMPARE(peaksOf(monoWav({}), 10, &peaks), WaveformPeaks::Result::Ok);
        QCOMPARE(peaks.values(), QVector<qint16>(20, 0));
    }

    void rejectsWhatItCannotDraw()
    {
        WaveformPeaks peaks;
        const QByteArray eightBit =
            riff(chunk("fmt ", fmtBody(1, 1, 8000, 8)) + chunk("data", QByteArray(10, 'x')));
        QCOMPARE(peaksOf(eightBit, 10, &peaks), WaveformPeaks::Result::Failed);
        QCOMPARE(peaksOf(monoWav({1, 2}), 0, &peaks), WaveformPeaks::Result::Failed);
    }

    void cancelled()
    {
        std::atomic<bool> cancel(true);
        WaveformPeaks peaks;
        QCOMPARE(peaksOf(monoWav(sine(80000, 100, 8000, 100)), 100, &peaks, &cancel),
                 WaveformPeaks::Result::Cancelled);
    }

    void jobOnWorkerThread()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("a.wav"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        // 30 minutes at 8 kHz (28.8 MB): memory stays flat since it streams.
        const QVector<qint16> second = sine(8000, 50, 8000, 9000);
        const QByteArray secondBytes = samples(second);
        file.write(makeWavHeader(pcmFormat(1, 8000, 16), quint32(secondBytes.size() * 1800)));
        for (int s = 0; s < 1800; ++s)
            file.write(secondBytes);
        file.close();

        WaveformJob job;
        QSignalSpy finished(&job, &WaveformJob::finished);
        QSignalSpy failed(&job, &WaveformJob::failed);
        job.start(path, 900);
        QVERIFY(finished.wait(30000));
        QCOMPARE(failed.size(), 0);
        const auto peaks = finished.at(0).at(0).value<WaveformPeaks>();
        QCOMPARE(peaks.bucketCount(), 900);
        QVERIFY(qAbs(peaks.maximum(450, 0) - 9000) <= 2);

        job.start(dir.filePath(QStringLiteral("missing.wav")), 10);
        QVERIFY(failed.wait(10000));
        QVERIFY(!failed.at(0).at(0).toString().isEmpty());
    }

    void jobDestroyedWhileRunning()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("b.wav"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(monoWav(sine(800000, 50, 8000, 9000)));
        file.close();
        auto *job = new WaveformJob;
        int delivered = 0;
        QObject receiver;
        connect(job, &WaveformJob::finished, &receiver, [&delivered] { ++delivered; });
        connect(job, &WaveformJob::cancelled, &receiver, [&delivered] { ++delivered; });
        job->start(path, 100);
        // Cancels: the destructor only raises the worker's flag (it never waits; no time limit is
        // asserted here, which a busy machine would break without anything being wrong).
        delete job;
        QThreadPool::globalInstance()->waitForDone();
        QCoreApplication::sendPostedEvents();
        QCOMPARE(delivered, 0); // the worker's answer found no job and was dropped
    }
};

QTEST_GUILESS_MAIN(TestWaveformPeaks)
#include "tst_waveformpeaks.moc"
