// Unit-level checks of the sandbox's own pieces (multipart parser, timestamps, audio generator,
// recording ZIPs) and malformed raw HTTP over a socket: always an answer or a closed connection,
// never a crash.
#include "multipartparser.h"
#include "sandboxcontext.h"
#include "sandboxtestutil.h"
#include "timeformat.h"
#include "wavgenerator.h"

#include <QDir>
#include <QRandomGenerator>
#include <QTcpSocket>
#include <QtEndian>

using namespace sandboxtest;
using namespace recdesk::sandbox;

class TestSandboxUnits : public QObject
{
    Q_OBJECT

private slots:
    void boundaryFromContentType_data();
    void boundaryFromContentType();
    void parsesParts();
    void rejectsMalformed_data();
    void rejectsMalformed();
    void randomInputNeverCrashes();
    void timestamps();
    void wavIsDeterministic();
    void recordingZipIsStoredAndStable();
    void rawGarbageOverTcp_data();
    void rawGarbageOverTcp();
    void cleanupTestCase() { m_sandbox.reset(); }

private:
    std::unique_ptr<Sandbox> m_sandbox;
};

void TestSandboxUnits::boundaryFromContentType_data()
{
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("boundary");
    QTest::newRow("plain") << QByteArray("multipart/form-data; boundary=abc") << QByteArray("abc");
    QTest::newRow("quoted (QHttpMultiPart)")
        << QByteArray("multipart/form-data; boundary=\"boundary_.oOo._x+y\"")
        << QByteArray("boundary_.oOo._x+y");
    QTest::newRow("case") << QByteArray("Multipart/Form-Data; charset=utf-8; BOUNDARY=q") << QByteArray("q");
    QTest::newRow("not multipart") << QByteArray("application/json; boundary=abc") << QByteArray();
    QTest::newRow("mixed") << QByteArray("multipart/mixed; boundary=abc") << QByteArray();
    QTest::newRow("no boundary") << QByteArray("multipart/form-data") << QByteArray();
    QTest::newRow("empty boundary") << QByteArray("multipart/form-data; boundary=\"\"") << QByteArray();
    QTest::newRow("too long") << QByteArray("multipart/form-data; boundary=" + QByteArray(71, 'a'))
                              << QByteArray();
    QTest::newRow("unterminated quote") << QByteArray("multipart/form-data; boundary=\"abc") << QByteArray();
}

void TestSandboxUnits::boundaryFromContentType()
{
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, boundary);
    QCOMPARE(MultipartParser::boundaryFromContentType(contentType), boundary);
}

void TestSandboxUnits::parsesParts()
{
    const QByteArray body =
        "preamble to ignore\r\n"
        "--XyZ\r\n"
        "Content-Disposition: form-data; name=\"metadata\"\r\n"
        "\r\n"
        "{\"a\":1}\r\n"
        "--XyZ\r\n"
        "content-disposition: form-data; name=\"file\"; filename=\"we \\\"ird\\\".wav\"\r\n"
        "Content-Type: audio/wav\r\n"
        "\r\n"
        "bin\r\n--Xy\r\nary\r\n"
        "--XyZ--\r\n"
        "epilogue";
    MultipartParser parser;
    QVERIFY2(parser.parse("multipart/form-data; boundary=XyZ", body), qPrintable(parser.errorString()));
    QCOMPARE(parser.parts().size(), 2);
    QCOMPARE(parser.text(QStringLiteral("metadata")), QStringLiteral("{\"a\":1}"));
    const MultipartPart *file = parser.find(QStringLiteral("file"));
    QVERIFY(file && file->hasFilename);
    QCOMPARE(file->filename, QStringLiteral("we \"ird\".wav"));
    QCOMPARE(file->contentType, QByteArray("audio/wav"));
    QCOMPARE(parser.data(*file), QByteArray("bin\r\n--Xy\r\nary"));
    QCOMPARE(parser.count(QStringLiteral("file")), 1);
    // An empty value and an empty file are fine.
    QVERIFY(
        parser.parseWithBoundary("b", "--b\r\nContent-Disposition: form-data; name=\"x\"\r\n\r\n\r\n--b--"));
    QCOMPARE(parser.data(parser.parts().at(0)), QByteArray());
}

void TestSandboxUnits::rejectsMalformed_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("no delimiter") << QByteArray("hello");
    QTest::newRow("no close") << QByteArray("--b\r\nContent-Disposition: form-data; name=\"x\"\r\n\r\nv");
    QTest::newRow("headers unterminated") << QByteArray("--b\r\nContent-Disposition: form-data; name=\"x\"");
    QTest::newRow("no headers") << QByteArray("--b\r\n\r\nv\r\n--b--");
    QTest::newRow("no disposition") << QByteArray("--b\r\nContent-Type: text/plain\r\n\r\nv\r\n--b--");
    QTest::newRow("not form-data") << QByteArray(
        "--b\r\nContent-Disposition: attachment; name=\"x\"\r\n\r\nv\r\n--b--");
    QTest::newRow("no name") << QByteArray(
        "--b\r\nContent-Disposition: form-data; filename=\"a\"\r\n\r\nv\r\n--b--");
    QTest::newRow("empty name") << QByteArray(
        "--b\r\nContent-Disposition: form-data; name=\"\"\r\n\r\nv\r\n--b--");
    QTest::newRow("bad params") << QByteArray(
        "--b\r\nContent-Disposition: form-data; name\r\n\r\nv\r\n--b--");
    QTest::newRow("bare LF") << QByteArray(
        "--b\r\nContent-Disposition: form-data; name=\"x\"\nX-A: 1\r\n\r\nv\r\n--b--");
    QTest::newRow("header without colon")
        << QByteArray("--b\r\nContent-Disposition: form-data; name=\"x\"\r\nBogus\r\n\r\nv\r\n--b--");
    QTest::newRow("junk after delimiter")
        << QByteArray("--bjunk\r\nContent-Disposition: form-data; name=\"x\"\r\n\r\nv\r\n--b--");
    QTest::newRow("duplicate disposition")
        << QByteArray("--b\r\nContent-Disposition: form-data; name=\"x\"\r\nContent-Disposition: form-data; "
                      "name=\"y\"\r\n\r\nv\r\n--b--");
    QTest::newRow("huge headers") << QByteArray("--b\r\nContent-Disposition: form-data; name=\"x\"\r\nX: " +
                                                QByteArray(9000, 'h') + "\r\n\r\nv\r\n--b--");
    QByteArray many;
    for (int i = 0; i <= MultipartParser::kMaxParts; ++i)
        many += "--b\r\nContent-Disposition: form-data; name=\"p\"\r\n\r\nv\r\n";
    QTest::newRow("too many parts") << many + "--b--";
}

void TestSandboxUnits::rejectsMalformed()
{
    QFETCH(QByteArray, body);
    MultipartParser parser;
    QVERIFY(!parser.parseWithBoundary("b", body));
    QVERIFY(!parser.errorString().isEmpty());
    QVERIFY(parser.parts().isEmpty());
}

void TestSandboxUnits::randomInputNeverCrashes()
{
    // A quick in-process cousin of the libFuzzer target: mutate a valid body at random.
    const QByteArray valid =
        multipartBody({field("user", "u"), filePart("file", "a.txt", "hello world")}, "zz");
    QRandomGenerator rng(42);
    MultipartParser parser;
    for (int i = 0; i < 20000; ++i) {
        QByteArray body = valid;
        const int edits = 1 + int(rng.bounded(4));
        for (int e = 0; e < edits; ++e) {
            const int pos = int(rng.bounded(int(body.size()) + 1));
            switch (rng.bounded(3)) {
            case 0:
                body.insert(pos, char(rng.bounded(256)));
                break;
            case 1:
                body.remove(pos, int(rng.bounded(8)));
                break;
            default:
                if (pos < body.size())
                    body[pos] = char(rng.bounded(256));
            }
        }
        if (parser.parseWithBoundary("zz", body)) {
            for (const MultipartPart &p : parser.parts())
                QVERIFY(p.offset >= 0 && p.length >= 0 && p.offset + p.length <= body.size());
        }
    }
}

void TestSandboxUnits::timestamps()
{
    qint64 usec = 0;
    QVERIFY(parseTimestamp(QStringLiteral("2024-05-27 07:55:16.515315"), &usec));
    QCOMPARE(documentedTimestamp(usec), QStringLiteral("2024-05-27 07:55:16.515315"));
    QCOMPARE(rfc3339Timestamp(usec), QStringLiteral("2024-05-27T07:55:16.515315Z"));
    QCOMPARE(documentedTimestamp(kNotHappened), QStringLiteral("9999-01-01 00:00:00.000000"));
    QVERIFY(parseTimestamp(QStringLiteral("2026-01-15T09:30:00Z"), &usec));
    QCOMPARE(rfc3339Timestamp(usec), QStringLiteral("2026-01-15T09:30:00Z")); // Go-style: no zero fraction
    QVERIFY(parseTimestamp(QStringLiteral("2026-01-15T09:30:00.1Z"), &usec));
    QCOMPARE(rfc3339Timestamp(usec), QStringLiteral("2026-01-15T09:30:00.1Z"));
    QVERIFY(parseTimestamp(QStringLiteral("2026-01-15T11:30:00.123456789+02:00"), &usec));
    QCOMPARE(documentedTimestamp(usec), QStringLiteral("2026-01-15 09:30:00.123456"));
    QVERIFY(!parseTimestamp(QStringLiteral("yesterday"), &usec));
    QVERIFY(!parseTimestamp(QStringLiteral("2026-02-30 00:00:00"), &usec));
}

void TestSandboxUnits::wavIsDeterministic()
{
    const QString seed = QStringLiteral("0c0c305c-7a55-4395-85a8-ae4860f01393");
    const QByteArray a = generateWav(seed, 8000 * 5);
    QCOMPARE(a, generateWav(seed, 8000 * 5));
    QVERIFY(a != generateWav(QStringLiteral("another"), 8000 * 5));
    QCOMPARE(a.size(), wavFileSize(8000 * 5));
    QCOMPARE(a.left(4), QByteArray("RIFF"));
    QCOMPARE(a.mid(8, 8), QByteArray("WAVEfmt "));
    QCOMPARE(qFromLittleEndian<quint32>(a.constData() + 40), quint32(8000 * 5 * 2));
    // A longer file starts with the same audio (the generator streams).
    QCOMPARE(generateWav(seed, 8000 * 9).mid(44, 8000), a.mid(44, 8000));
    QCOMPARE(wavSamplesForDuration(1500000), qint64(12000));
    QCOMPARE(generateWav(seed, 0).size(), 44);
}

void TestSandboxUnits::recordingZipIsStoredAndStable()
{
    // The live variant's recording archive: both legs stored, CRC and sizes in the local headers
    // (no data descriptors), and the same bytes each time it is made, as its ETag promises.
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("cache")));
    SandboxOptions options;
    options.dataDir = dir.path();
    SandboxContext context(options, DemoCredentials());
    const QString id = QStringLiteral("0c0c305c-7a55-4395-85a8-ae4860f01393");
    const qint64 samples = 8000 * 3;
    const QString path = context.generatedZipPath(id, samples);
    QVERIFY(!path.isEmpty());
    const auto readAll = [](const QString &file) {
        QFile f(file);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    };
    const QByteArray bytes = readAll(path);
    QVERIFY(bytes.startsWith("PK\x03\x04"));

    const QByteArray in = generateWav(id + QStringLiteral("_in"), samples);
    QCOMPARE(qFromLittleEndian<quint16>(bytes.constData() + 6) & 0x8, 0);    // no data descriptor
    QCOMPARE(qFromLittleEndian<quint16>(bytes.constData() + 8), quint16(0)); // stored
    QVERIFY(qFromLittleEndian<quint32>(bytes.constData() + 14) != 0);        // CRC filled in
    QCOMPARE(qFromLittleEndian<quint32>(bytes.constData() + 18), quint32(in.size()));
    QCOMPARE(qFromLittleEndian<quint32>(bytes.constData() + 22), quint32(in.size()));
    const quint16 nameLength = qFromLittleEndian<quint16>(bytes.constData() + 26);
    const quint16 extraLength = qFromLittleEndian<quint16>(bytes.constData() + 28);
    QCOMPARE(bytes.mid(30, nameLength), (id + QStringLiteral("_in.wav")).toUtf8());
    QVERIFY(bytes.mid(30 + nameLength + extraLength, in.size()) == in);
    QVERIFY(bytes.contains((id + QStringLiteral("_out.wav")).toUtf8()));
    const qsizetype eocd = bytes.lastIndexOf(QByteArray("PK\x05\x06", 4));
    QCOMPARE(eocd, bytes.size() - 22);
    QCOMPARE(qFromLittleEndian<quint16>(bytes.constData() + eocd + 10), quint16(2));

    // Made again (the cache emptied): the very same bytes.
    QVERIFY(QFile::remove(path));
    QCOMPARE(context.generatedZipPath(id, samples), path);
    QVERIFY(readAll(path) == bytes);
}

void TestSandboxUnits::rawGarbageOverTcp_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::newRow("binary") << QByteArray("\x00\x01\x02\xff\xfe garbage\r\n\r\n", 18);
    QTest::newRow("bad request line") << QByteArray("HELLO\r\n\r\n");
    QTest::newRow("unknown method") << QByteArray("BREW /v1.0/files HTTP/1.1\r\nHost: x\r\n\r\n");
    QTest::newRow("bad content-length")
        << QByteArray("POST /v1.0/files HTTP/1.1\r\nHost: x\r\nContent-Length: -5\r\n\r\n");
    QTest::newRow("short body") << QByteArray(
        "POST /auth/login HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n{\"user");
    QTest::newRow("dot-dot path") << QByteArray("GET /signed/../sandbox.sqlite HTTP/1.1\r\nHost: x\r\n\r\n");
    QTest::newRow("encoded dot-dot") << QByteArray(
        "GET /signed/files/%2e%2e%2f%2e%2e%2fsandbox.sqlite?expires=1&sig=2 HTTP/1.1\r\nHost: x\r\n\r\n");
    QTest::newRow("huge header") << QByteArray(
        "GET /v1.0/files HTTP/1.1\r\nHost: x\r\nX-Big: " + QByteArray(100000, 'a') + "\r\n\r\n");
    QTest::newRow("chunked multipart")
        << QByteArray("POST /assistant/v1/files/upload HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer "
                      "app-demo-recdesk-sandbox-key\r\n"
                      "Content-Type: multipart/form-data; boundary=q\r\nTransfer-Encoding: "
                      "chunked\r\n\r\n5\r\n--q\r\n\r\n0\r\n\r\n");
}

void TestSandboxUnits::rawGarbageOverTcp()
{
    QFETCH(QByteArray, raw);
    if (!m_sandbox) {
        m_sandbox = std::make_unique<Sandbox>(5, 2);
        QVERIFY(m_sandbox->start());
    }
    Sandbox *sandbox = m_sandbox.get();
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, sandbox->host()->port());
    QVERIFY(socket.waitForConnected(3000));
    socket.write(raw);
    socket.waitForBytesWritten(3000);
    socket.waitForReadyRead(1000); // an answer or a close; either is fine
    socket.abort();
    // The server is still there and well.
    QNetworkAccessManager nam;
    QCOMPARE(
        send(nam, "GET", sandbox->platform(QStringLiteral("/files"), QStringLiteral("page_size=1"))).status,
        200);
    QVERIFY(!QFile::exists(QDir(sandbox->dataDir()).filePath(QStringLiteral("bodies/sandbox.sqlite"))));
}

QTEST_GUILESS_MAIN(TestSandboxUnits)
#include "tst_sandboxunits.moc"
