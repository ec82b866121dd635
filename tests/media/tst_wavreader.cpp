#include "media/wavreader.h"
#include "wavbuilder.h"

#include <QBuffer>
#include <QTest>

using namespace recdesk;
using namespace wavbuilder;

class TestWavReader : public QObject
{
    Q_OBJECT

private:
    static bool parse(const QByteArray &bytes, WavInfo *info, QString *error)
    {
        QBuffer buffer;
        buffer.setData(bytes);
        buffer.open(QIODevice::ReadOnly);
        const bool ok = WavReader::read(&buffer, info, error);
        if (ok && buffer.pos() != info->dataOffset)
            return false;
        return ok;
    }

private slots:
    void canonical()
    {
        const QVector<qint16> values = sine(800, 440, 8000, 1000);
        const QByteArray bytes = monoWav(values);
        WavInfo info;
        QString error;
        QVERIFY2(parse(bytes, &info, &error), qPrintable(error));
        QCOMPARE(info.format.formatTag, WavFormat::kPcm);
        QCOMPARE(info.format.channels, quint16(1));
        QCOMPARE(info.format.sampleRate, 8000u);
        QCOMPARE(info.format.bitsPerSample, quint16(16));
        QCOMPARE(info.dataOffset, qint64(44));
        QCOMPARE(info.dataLength, qint64(1600));
        QCOMPARE(info.frameCount(), qint64(800));
        QCOMPARE(info.durationMs(), qint64(100));
        QVERIFY(info.isPcm16());
        QVERIFY(!info.truncated);
        // The header the app writes reads back the same.
        QCOMPARE(makeWavHeader(pcmFormat(1, 8000, 16), 1600), bytes.left(44));
    }

    void extraChunksOddSizesAnyOrder()
    {
        // LIST (odd size, padded) before fmt, data before a trailing odd chunk, fmt after junk.
        const QByteArray data = samples({1, -2, 3, -4, 5, -6});
        const QByteArray chunks = chunk("LIST", QByteArray("INFOabc")) + chunk("junk", QByteArray(3, 'j')) +
                                  chunk("fmt ", fmtBody(1, 2, 16000, 16)) + chunk("data", data) +
                                  chunk("smpl", QByteArray(5, 's'));
        WavInfo info;
        QString error;
        QVERIFY2(parse(riff(chunks), &info, &error), qPrintable(error));
        QCOMPARE(info.format.channels, quint16(2));
        QCOMPARE(info.format.sampleRate, 16000u);
        QCOMPARE(info.dataLength, qint64(data.size()));
        QCOMPARE(info.frameCount(), qint64(3));
        QCOMPARE(riff(chunks).mid(info.dataOffset, info.dataLength), data);
    }

    void dataBeforeFormat()
    {
        const QByteArray data = samples({7, 8, 9});
        const QByteArray bytes = riff(chunk("data", data) + chunk("fmt ", fmtBody(1, 1, 8000, 16)));
        WavInfo info;
        QString error;
        QVERIFY2(parse(bytes, &info, &error), qPrintable(error));
        QCOMPARE(bytes.mid(info.dataOffset, info.dataLength), data);
    }

    void extensibleFormat()
    {
        QByteArray fmt = fmtBody(WavFormat::kExtensible, 1, 8000, 16);
        fmt += le16(22) + le16(16) + le32(0x4) + le16(1) + QByteArray(14, '\x01'); // sub-format PCM
        WavInfo info;
        QString error;
        QVERIFY2(parse(riff(chunk("fmt ", fmt) + chunk("data", samples({1, 2}))), &info, &error),
                 qPrintable(error));
        QCOMPARE(info.format.formatTag, WavFormat::kPcm);
    }

    void zeroLengthData()
    {
        WavInfo info;
        QString error;
        QVERIFY2(
            parse(riff(chunk("fmt ", fmtBody(1, 1, 8000, 16)) + chunk("data", QByteArray())), &info, &error),
            qPrintable(error));
        QCOMPARE(info.dataLength, qint64(0));
        QCOMPARE(info.frameCount(), qint64(0));
        QCOMPARE(info.durationMs(), qint64(0));
    }

    void truncatedData()
    {
        const QByteArray full = monoWav(sine(1000, 300, 8000, 5000));
        const QByteArray cut = full.left(44 + 501);
        WavInfo info;
        QString error;
        QVERIFY2(parse(cut, &info, &error), qPrintable(error));
        QVERIFY(info.truncated);
        QCOMPARE(info.dataLength, qint64(501));
        QCOMPARE(info.frameCount(), qint64(250));
    }

    void rejects_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        const QByteArray good = monoWav({1, 2, 3, 4});
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("short") << QByteArray("RIFF\x10");
        QTest::newRow("wrong magic") << QByteArray("RIFX") + good.mid(4);
        QTest::newRow("not wave") << good.left(8) + QByteArray("AVI ") + good.mid(12);
        QTest::newRow("mp3") << QByteArray("ID3\x04\x00\x00\x00\x00\x00\x00", 10) + QByteArray(100, 'x');
        QTest::newRow("zip") << QByteArray("PK\x03\x04", 4) + QByteArray(100, '\0');
        QTest::newRow("cut in header") << good.left(30);
        QTest::newRow("no data chunk") << riff(chunk("fmt ", fmtBody(1, 1, 8000, 16)));
        QTest::newRow("no fmt chunk") << riff(chunk("data", samples({1, 2})));
        QTest::newRow("fmt too short")
            << riff(chunk("fmt ", QByteArray(10, '\x01')) + chunk("data", samples({1})));
        QTest::newRow("zero channels")
            << riff(chunk("fmt ", fmtBody(1, 0, 8000, 16)) + chunk("data", samples({1})));
        QTest::newRow("zero rate") << riff(chunk("fmt ", fmtBody(1, 1, 0, 16)) + chunk("data", samples({1})));
        QTest::newRow("odd bits") << riff(chunk("fmt ", fmtBody(1, 1, 8000, 13)) +
                                          chunk("data", samples({1})));
        QTest::newRow("compressed") << riff(chunk("fmt ", fmtBody(0x55, 1, 8000, 16)) +
                                            chunk("data", samples({1})));
        QByteArray badAlign = fmtBody(1, 2, 8000, 16);
        badAlign[12] = 3;
        QTest::newRow("bad block align") << riff(chunk("fmt ", badAlign) + chunk("data", samples({1, 2})));
        // A chunk claiming 4 GB right after the header: skipped past the end, then nothing found.
        QTest::newRow("huge chunk") << riff(QByteArray("junk") + le32(0xFFFFFFF0u) + QByteArray(16, 'z'));
    }

    void rejects()
    {
        QFETCH(QByteArray, bytes);
        WavInfo info;
        QString error;
        QVERIFY(!parse(bytes, &info, &error));
        QVERIFY(!error.isEmpty());
    }

    void hostileInputNeverCrashes()
    {
        // Every prefix and many single-byte corruptions of a valid file: an answer, never a crash.
        const QByteArray good =
            riff(chunk("LIST", QByteArray("INFOx")) + chunk("fmt ", fmtBody(1, 2, 8000, 16)) +
                 chunk("data", samples(sine(64, 100, 8000, 100))));
        for (int n = 0; n <= good.size(); ++n) {
            WavInfo info;
            QString error;
            if (parse(good.left(n), &info, &error))
                QVERIFY(info.dataOffset + info.dataLength <= n);
            else
                QVERIFY(!error.isEmpty());
        }
        for (int i = 0; i < 80; ++i) {
            for (char v : {char(0), char(0xFF), char(0x7F)}) {
                QByteArray bad = good;
                bad[i] = v;
                WavInfo info;
                QString error;
                if (parse(bad, &info, &error))
                    QVERIFY(info.dataOffset + info.dataLength <= bad.size());
            }
        }
    }

    void fromFile()
    {
        WavInfo info;
        QString error;
        QVERIFY(!WavReader::readFile(QStringLiteral("/nonexistent/x.wav"), &info, &error));
        QVERIFY(error.contains(QLatin1String("/nonexistent/x.wav")));
    }
};

QTEST_GUILESS_MAIN(TestWavReader)
#include "tst_wavreader.moc"
