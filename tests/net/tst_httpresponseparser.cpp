// The HTTP/1.1 response parser behind StreamingHttpReply: every framing, split at every byte,
// and the malformed answers it must refuse with a sentence rather than guess at.

#include "net/httpresponseparser.h"

#include <QTest>

using recdesk::HttpResponseParser;

namespace {
struct Parsed
{
    HttpResponseParser::State state = HttpResponseParser::State::Head;
    int status = 0;
    QByteArray body;
    QByteArray contentType;
    qsizetype consumed = 0;
    QString error;
};

// Feeds the input in pieces of `step` bytes (0: all at once), then signals the end when asked.
Parsed parse(const QByteArray &input, int step, bool endOfInput, bool head = false)
{
    HttpResponseParser parser;
    parser.setHeadRequest(head);
    Parsed out;
    const qsizetype piece = step > 0 ? step : qMax<qsizetype>(1, input.size());
    for (qsizetype pos = 0; pos < input.size(); pos += piece) {
        const qsizetype n = qMin(piece, input.size() - pos);
        const qsizetype used = parser.feed(input.constData() + pos, n, &out.body);
        out.consumed += used;
        if (used < n)
            break;
    }
    if (endOfInput)
        parser.endOfInput();
    out.state = parser.state();
    out.status = parser.statusCode();
    out.contentType = parser.header("content-type");
    out.error = parser.errorString();
    return out;
}
} // namespace

class TestHttpResponseParser : public QObject
{
    Q_OBJECT
private slots:
    void framings_data();
    void framings();
    void stopsAtTheEndOfTheMessage();
    void refusesMalformedAnswers_data();
    void refusesMalformedAnswers();
    void truncatedBodiesFailAtTheEnd_data();
    void truncatedBodiesFailAtTheEnd();
    void boundsWhatItBuffers();
    void directReadsCountTowardsTheLength();
    void joinsRepeatedHeaders();
};

void TestHttpResponseParser::framings_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<bool>("head");
    QTest::addColumn<bool>("needsEnd");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");

    QTest::newRow("content-length") << QByteArray("HTTP/1.1 201 Created\r\nContent-Type: application/json\r\n"
                                                  "Content-Length: 11\r\n\r\n{\"id\":\"x\"}\n")
                                    << false << false << 201 << QByteArray("{\"id\":\"x\"}\n");
    QTest::newRow("bare LF lines") << QByteArray("HTTP/1.1 200 OK\nContent-Length: 3\n\nabc") << false
                                   << false << 200 << QByteArray("abc");
    QTest::newRow("empty reason") << QByteArray("HTTP/1.1 204\r\n\r\n") << false << false << 204
                                  << QByteArray();
    QTest::newRow("chunked, extensions and trailers")
        << QByteArray(
               "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
               "5;name=value\r\nhello\r\n1A\r\n abcdefghijklmnopqrstuvwxy\r\n0\r\nX-Trailer: 1\r\n\r\n")
        << false << false << 200 << QByteArray("hello abcdefghijklmnopqrstuvwxy");
    QTest::newRow("chunked wins over content-length")
        << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 99\r\nTransfer-Encoding: gzip, chunked\r\n\r\n"
                      "3\r\nabc\r\n0\r\n\r\n")
        << false << false << 200 << QByteArray("abc");
    QTest::newRow("until close") << QByteArray("HTTP/1.0 200 OK\r\n\r\nall of it") << false << true << 200
                                 << QByteArray("all of it");
    QTest::newRow("interim 100 and 103 skipped")
        << QByteArray("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 103 Early Hints\r\nLink: </a>\r\n\r\n"
                      "HTTP/1.1 413 Payload Too Large\r\nContent-Length: 2\r\n\r\nno")
        << false << false << 413 << QByteArray("no");
    QTest::newRow("HEAD has no body") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n") << true
                                      << false << 200 << QByteArray();
    QTest::newRow("304 has no body") << QByteArray("HTTP/1.1 304 Not Modified\r\nContent-Length: 10\r\n\r\n")
                                     << false << false << 304 << QByteArray();
    QTest::newRow("same length twice")
        << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 2\r\nContent-Length: 2\r\n\r\nok") << false << false
        << 200 << QByteArray("ok");
}

void TestHttpResponseParser::framings()
{
    QFETCH(QByteArray, input);
    QFETCH(bool, head);
    QFETCH(bool, needsEnd);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    // Whatever the socket's pieces: all at once, and split at every byte.
    for (int step : {0, 1, 2, 3, 7}) {
        const Parsed p = parse(input, step, needsEnd, head);
        QCOMPARE(p.state, HttpResponseParser::State::Done);
        QCOMPARE(p.status, status);
        QCOMPARE(p.body, body);
        QCOMPARE(p.consumed, input.size());
    }
    if (!needsEnd)
        QCOMPARE(parse(input, 1, false, head).state, HttpResponseParser::State::Done);
    else
        QCOMPARE(parse(input, 1, false, head).state, HttpResponseParser::State::Body);
}

void TestHttpResponseParser::stopsAtTheEndOfTheMessage()
{
    const QByteArray input("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nokGARBAGE");
    const Parsed p = parse(input, 0, false);
    QCOMPARE(p.state, HttpResponseParser::State::Done);
    QCOMPARE(p.body, QByteArray("ok"));
    QCOMPARE(p.consumed, input.size() - 7);
}

void TestHttpResponseParser::refusesMalformedAnswers_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("message");
    QTest::newRow("not HTTP") << QByteArray("SSH-2.0-OpenSSH_9.2\r\n\r\n")
                              << QStringLiteral("not an HTTP/1.1");
    QTest::newRow("HTTP/2 preface") << QByteArray("HTTP/2 200\r\n\r\n") << QStringLiteral("not an HTTP/1.1");
    QTest::newRow("letters for a status")
        << QByteArray("HTTP/1.1 2x0 OK\r\n\r\n") << QStringLiteral("status code");
    QTest::newRow("status below 100")
        << QByteArray("HTTP/1.1 099 Odd\r\n\r\n") << QStringLiteral("status code");
    QTest::newRow("folded header") << QByteArray("HTTP/1.1 200 OK\r\nA: b\r\n  c\r\n\r\n")
                                   << QStringLiteral("folded");
    QTest::newRow("no colon") << QByteArray("HTTP/1.1 200 OK\r\nnocolon\r\n\r\n")
                              << QStringLiteral("malformed header");
    QTest::newRow("space in name") << QByteArray("HTTP/1.1 200 OK\r\nBad Name: x\r\n\r\n")
                                   << QStringLiteral("malformed header");
    QTest::newRow("lengths disagree")
        << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\nok")
        << QStringLiteral("Content-Length");
    QTest::newRow("negative length") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: -1\r\n\r\n")
                                     << QStringLiteral("Content-Length");
    QTest::newRow("huge length") << QByteArray(
                                        "HTTP/1.1 200 OK\r\nContent-Length: 99999999999999999999\r\n\r\n")
                                 << QStringLiteral("Content-Length");
    QTest::newRow("bad chunk size") << QByteArray(
                                           "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n")
                                    << QStringLiteral("chunk size");
    QTest::newRow("chunk longer than announced")
        << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nabc\r\n0\r\n\r\n")
        << QStringLiteral("longer than announced");
    QTest::newRow("switching protocols")
        << QByteArray("HTTP/1.1 101 Switching Protocols\r\nUpgrade: h2c\r\n\r\n")
        << QStringLiteral("switched protocols");
}

void TestHttpResponseParser::refusesMalformedAnswers()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, message);
    for (int step : {0, 1}) {
        const Parsed p = parse(input, step, false);
        QCOMPARE(p.state, HttpResponseParser::State::Failed);
        QVERIFY2(p.error.contains(message), qPrintable(p.error));
    }
}

void TestHttpResponseParser::truncatedBodiesFailAtTheEnd_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("message");
    QTest::newRow("nothing") << QByteArray() << QStringLiteral("without answering");
    QTest::newRow("half a head") << QByteArray("HTTP/1.1 200 OK\r\nContent-Le")
                                 << QStringLiteral("without answering");
    QTest::newRow("short body") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc")
                                << QStringLiteral("before the whole answer");
    QTest::newRow("chunked without its last chunk")
        << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n")
        << QStringLiteral("before the whole answer");
}

void TestHttpResponseParser::truncatedBodiesFailAtTheEnd()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, message);
    const Parsed p = parse(input, 1, true);
    QCOMPARE(p.state, HttpResponseParser::State::Failed);
    QVERIFY2(p.error.contains(message), qPrintable(p.error));
}

void TestHttpResponseParser::boundsWhatItBuffers()
{
    // A head that never ends, and one with endless header lines, are refused at the bound.
    const QByteArray endless =
        "HTTP/1.1 200 OK\r\nX-Long: " + QByteArray(HttpResponseParser::kMaxHeadBytes, 'a');
    Parsed p = parse(endless, 4096, false);
    QCOMPARE(p.state, HttpResponseParser::State::Failed);
    QVERIFY2(p.error.contains(QStringLiteral("over-long")), qPrintable(p.error));

    QByteArray many = "HTTP/1.1 200 OK\r\n";
    for (int i = 0; i <= HttpResponseParser::kMaxHeaderLines; ++i)
        many += "X-" + QByteArray::number(i) + ": 1\r\n";
    p = parse(many + "\r\n", 0, false);
    QCOMPARE(p.state, HttpResponseParser::State::Failed);
    QVERIFY2(p.error.contains(QStringLiteral("too many")), qPrintable(p.error));

    // A chunk-size line without end.
    p = parse("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n" + QByteArray(10000, '0'), 100, false);
    QCOMPARE(p.state, HttpResponseParser::State::Failed);
}

void TestHttpResponseParser::directReadsCountTowardsTheLength()
{
    HttpResponseParser parser;
    QByteArray body;
    const QByteArray head("HTTP/1.1 206 Partial Content\r\nContent-Length: 1000\r\n\r\n0123456789");
    QCOMPARE(parser.feed(head.constData(), head.size(), &body), head.size());
    QCOMPARE(body, QByteArray("0123456789"));
    QVERIFY(parser.canReadDirectly());
    QCOMPARE(parser.directReadLimit(), 990);
    parser.bodyRead(500);
    QCOMPARE(parser.directReadLimit(), 490);
    QCOMPARE(parser.state(), HttpResponseParser::State::Body);
    parser.bodyRead(490);
    QCOMPARE(parser.state(), HttpResponseParser::State::Done);
    QCOMPARE(parser.bodyBytesSeen(), 1000);
    QVERIFY(!parser.canReadDirectly());

    // Chunked bodies are never read directly: the framing is in the bytes.
    HttpResponseParser chunked;
    const QByteArray c("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n");
    chunked.feed(c.constData(), c.size(), &body);
    QVERIFY(!chunked.canReadDirectly());
}

void TestHttpResponseParser::joinsRepeatedHeaders()
{
    HttpResponseParser parser;
    QByteArray body;
    const QByteArray head("HTTP/1.1 200 OK\r\nVary: a\r\nvary:  b \r\nContent-Length: 0\r\n\r\n");
    parser.feed(head.constData(), head.size(), &body);
    QCOMPARE(parser.header("VARY"), QByteArray("a, b"));
    QCOMPARE(parser.headers().size(), 3);
    QCOMPARE(parser.header("missing"), QByteArray());
}

QTEST_APPLESS_MAIN(TestHttpResponseParser)
#include "tst_httpresponseparser.moc"
