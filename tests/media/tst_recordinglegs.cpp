#include "media/recordinglegs.h"
#include "media/wavreader.h"
#include "wavbuilder.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <quazip.h>
#include <quazipfile.h>

using namespace recdesk;
using namespace wavbuilder;

class TestRecordingLegs : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    static bool writeZip(const QString &zipPath, const QList<QPair<QString, QByteArray>> &entries)
    {
        QuaZip zip(zipPath);
        if (!zip.open(QuaZip::mdCreate))
            return false;
        for (const auto &entry : entries) {
            QuaZipFile file(&zip);
            if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(entry.first)))
                return false;
            file.write(entry.second);
            file.close();
        }
        zip.close();
        return zip.getZipError() == 0;
    }

    static QByteArray readAll(const QString &file)
    {
        QFile f(file);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    static bool writeFile(const QString &file, const QByteArray &bytes)
    {
        QFile f(file);
        return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
    }

    static QVector<qint16> samplesOf(const QByteArray &wav, int channel, int channels)
    {
        QVector<qint16> out;
        for (qsizetype i = 44 + channel * 2; i + 1 < wav.size(); i += channels * 2)
            out.append(qFromLittleEndian<qint16>(wav.constData() + i));
        return out;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void detectsZip()
    {
        QVERIFY(RecordingLegs::looksLikeZip(QByteArray("PK\x03\x04rest")));
        QVERIFY(!RecordingLegs::looksLikeZip(monoWav({1, 2})));
        QVERIFY(!RecordingLegs::looksLikeZip(QByteArray()));
        const QString zipPath = path(QStringLiteral("detect.zip"));
        QVERIFY(writeZip(zipPath, {{QStringLiteral("a.txt"), QByteArray("x")}}));
        QVERIFY(RecordingLegs::isZipFile(zipPath));
        const QString wavPath = path(QStringLiteral("detect.wav"));
        QVERIFY(writeFile(wavPath, monoWav({1, 2, 3})));
        QVERIFY(!RecordingLegs::isZipFile(wavPath));
    }

    void extractsBothLegs()
    {
        const QByteArray in = monoWav(sine(4000, 300, 8000, 7000));
        const QByteArray out = monoWav(sine(3000, 500, 8000, 3000));
        const QString zipPath = path(QStringLiteral("rec.zip"));
        // Folders in the archive and an unrelated entry are ignored.
        QVERIFY(writeZip(zipPath, {{QStringLiteral("readme.txt"), QByteArray("hello")},
                                   {QStringLiteral("calls/abc_out.wav"), out},
                                   {QStringLiteral("calls/abc_in.wav"), in}}));
        const QString target = path(QStringLiteral("legs"));
        QVERIFY(QDir().mkpath(target));
        RecordingLegs::Paths legs;
        QString error;
        QVERIFY2(RecordingLegs::extract(zipPath, target, &legs, &error), qPrintable(error));
        QCOMPARE(legs.in, QDir(target).filePath(QStringLiteral("abc_in.wav")));
        QCOMPARE(legs.out, QDir(target).filePath(QStringLiteral("abc_out.wav")));
        QCOMPARE(readAll(legs.in), in);
        QCOMPARE(readAll(legs.out), out);
    }

    void refusesIncompleteOrHostileArchives()
    {
        const QString target = path(QStringLiteral("bad"));
        QVERIFY(QDir().mkpath(target));
        RecordingLegs::Paths legs;
        QString error;

        const QString oneLeg = path(QStringLiteral("one.zip"));
        QVERIFY(writeZip(oneLeg, {{QStringLiteral("x_in.wav"), monoWav({1})}}));
        QVERIFY(!RecordingLegs::extract(oneLeg, target, &legs, &error));
        QVERIFY(!error.isEmpty());

        const QString notZip = path(QStringLiteral("not.zip"));
        QVERIFY(writeFile(notZip, QByteArray("PK but not really a zip")));
        error.clear();
        QVERIFY(!RecordingLegs::extract(notZip, target, &legs, &error));
        QVERIFY(!error.isEmpty());

        // Entry names reaching outside the directory are reduced to their file names.
        const QString slip = path(QStringLiteral("slip.zip"));
        QVERIFY(writeZip(slip, {{QStringLiteral("../../evil_in.wav"), monoWav({1})},
                                {QStringLiteral("/abs/evil_out.wav"), monoWav({2})}}));
        QVERIFY2(RecordingLegs::extract(slip, target, &legs, &error), qPrintable(error));
        QCOMPARE(QFileInfo(legs.in).absolutePath(), QFileInfo(target).absoluteFilePath());
        QVERIFY(!QFile::exists(path(QStringLiteral("../evil_in.wav"))));

        // A leg above the size limit is refused.
        const QString big = path(QStringLiteral("big.zip"));
        QVERIFY(writeZip(big, {{QStringLiteral("b_in.wav"), QByteArray(100000, '\0')},
                               {QStringLiteral("b_out.wav"), monoWav({1})}}));
        QVERIFY(!RecordingLegs::extract(big, target, &legs, &error, 50000));

        // A leg that claims more than deflate can make of its compressed bytes is refused before
        // anything is written (the sizes patched in both headers, as a hostile archive would).
        const QString claims = path(QStringLiteral("claims.zip"));
        QVERIFY(writeZip(claims, {{QStringLiteral("c_in.wav"), monoWav({1, 2, 3})},
                                  {QStringLiteral("c_out.wav"), monoWav({1})}}));
        QFile patched(claims);
        QVERIFY(patched.open(QIODevice::ReadWrite));
        QByteArray bytes = patched.readAll();
        const auto setSize = [&bytes](qsizetype at) {
            qToLittleEndian<quint32>(0x7fffffffu, bytes.data() + at);
        };
        setSize(bytes.indexOf(QByteArray("PK\x03\x04", 4)) + 22);
        setSize(bytes.indexOf(QByteArray("PK\x01\x02", 4)) + 24);
        patched.seek(0);
        patched.write(bytes);
        patched.close();
        const QString claimsDir = path(QStringLiteral("claims"));
        QVERIFY(QDir().mkpath(claimsDir));
        error.clear();
        QVERIFY(!RecordingLegs::extract(claims, claimsDir, &legs, &error));
        QVERIFY2(error.contains(QStringLiteral("larger than its archive")), qPrintable(error));
        QVERIFY(QDir(claimsDir).entryList(QDir::Files).isEmpty());

        // Control and bidi characters in an entry's name never reach the file name.
        const QString bidi = path(QStringLiteral("bidi.zip"));
        QVERIFY(writeZip(bidi, {{QStringLiteral("ab\u202Evaw.exe_in.wav"), monoWav({1})},
                                {QStringLiteral("x\n\x1b[2Jy_out.wav"), monoWav({2})}}));
        const QString bidiDir = path(QStringLiteral("bidi"));
        QVERIFY(QDir().mkpath(bidiDir));
        QVERIFY2(RecordingLegs::extract(bidi, bidiDir, &legs, &error), qPrintable(error));
        for (const QString &leg : {legs.in, legs.out}) {
            const QString name = QFileInfo(leg).fileName();
            for (const QChar c : name)
                QVERIFY2(c.category() != QChar::Other_Control && c.category() != QChar::Other_Format,
                         qPrintable(name));
        }
    }

    void mergesToStereoSampleBySample()
    {
        // Different lengths (the shorter padded with silence) and a chunk boundary crossed.
        const QVector<qint16> in = sine(40000, 300, 8000, 7000);
        const QVector<qint16> out = sine(25001, 700, 8000, 12000, 1.0);
        const QString inPath = path(QStringLiteral("m_in.wav"));
        const QString outPath = path(QStringLiteral("m_out.wav"));
        QVERIFY(writeFile(inPath, monoWav(in)));
        QVERIFY(writeFile(outPath, monoWav(out)));
        const QString stereoPath = path(QStringLiteral("m_stereo.wav"));
        QString error;
        QVERIFY2(RecordingLegs::mergeToStereo(inPath, outPath, stereoPath, &error), qPrintable(error));

        WavInfo info;
        QVERIFY2(WavReader::readFile(stereoPath, &info, &error), qPrintable(error));
        QCOMPARE(info.format.channels, quint16(2));
        QCOMPARE(info.format.sampleRate, 8000u);
        QCOMPARE(info.frameCount(), qint64(40000));
        const QByteArray stereo = readAll(stereoPath);
        QCOMPARE(stereo.size(), 44 + 40000 * 4);
        const QVector<qint16> left = samplesOf(stereo, 0, 2);
        const QVector<qint16> right = samplesOf(stereo, 1, 2);
        QCOMPARE(left, in);
        QCOMPARE(right.mid(0, out.size()), out);
        QCOMPARE(right.mid(out.size()), QVector<qint16>(40000 - out.size(), 0));
    }

    void mergeRefusesMismatchedLegs()
    {
        const QString a = path(QStringLiteral("r8k.wav"));
        const QString b = path(QStringLiteral("r16k.wav"));
        const QString c = path(QStringLiteral("stereo.wav"));
        QVERIFY(writeFile(a, monoWav({1, 2}, 8000)));
        QVERIFY(writeFile(b, monoWav({1, 2}, 16000)));
        QVERIFY(writeFile(c, riff(chunk("fmt ", fmtBody(1, 2, 8000, 16)) + chunk("data", samples({1, 2})))));
        QString error;
        QVERIFY(!RecordingLegs::mergeToStereo(a, b, path(QStringLiteral("x.wav")), &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!RecordingLegs::mergeToStereo(a, c, path(QStringLiteral("x.wav")), &error));
        QVERIFY(!QFile::exists(path(QStringLiteral("x.wav"))));
    }
};

QTEST_GUILESS_MAIN(TestRecordingLegs)
#include "tst_recordinglegs.moc"
