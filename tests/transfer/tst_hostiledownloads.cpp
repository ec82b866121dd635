// Download servers the sandbox cannot impersonate, played by a scripted peer on loopback: a body
// in a content or transfer coding is refused (never saved as the file), a 2xx without the file is
// an error, and a server that
// validates versions only by Last-Modified gets If-Range with that date, and a resume answered by
// another version starts again from zero instead of splicing two versions into one file.

#include "sandboxfixture.h"
#include "scriptedhttpserver.h"
#include "transfer/transferqueue.h"

#include <QDir>
#include <QtTest>

using namespace recdesk;
using namespace recdesk::test;

class TestHostileDownloads : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // Only for a Session whose platform is plain http on loopback, so that the scripted
        // peer's http://127.0.0.1 download address is allowed.
        QVERIFY(m_sandbox.start(false, 2, 1));
        QVERIFY(m_work.isValid());
    }

    void encodedBodiesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("codingHeader");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("says");
        QTest::newRow("Content-Encoding: gzip")
            << QByteArray("Content-Encoding: gzip\r\nContent-Length: 12\r\n")
            << QByteArray("\x1f\x8b\x08\x00notreally", 12) << QStringLiteral("encoded (gzip)");
        QTest::newRow("Transfer-Encoding: gzip, chunked")
            << QByteArray("Transfer-Encoding: gzip, chunked\r\n") << QByteArray("5\r\nhello\r\n0\r\n\r\n")
            << QStringLiteral("encoded (gzip, chunked)");
    }
    void encodedBodiesAreRefused()
    {
        QFETCH(QByteArray, codingHeader);
        QFETCH(QByteArray, body);
        QFETCH(QString, says);
        ScriptedHttpServer server([&](int, const QByteArray &) {
            return "HTTP/1.1 200 OK\r\nContent-Type: audio/wav\r\nConnection: close\r\n" + codingHeader +
                   "\r\n" + body;
        });
        QVERIFY(server.listen(QHostAddress::LocalHost));
        const QString folder = freshFolder();
        const TransferItem item = download(server, folder);
        QCOMPARE(item.state, TransferItem::State::Failed);
        QVERIFY2((item.error + item.errorDetails).contains(says),
                 qPrintable(item.error + QLatin1Char('|') + item.errorDetails));
        // We asked for the bytes as stored, and nothing (not even an empty .part) is left.
        QCOMPARE(ScriptedHttpServer::header(server.requests.first(), "Accept-Encoding"),
                 QByteArray("identity"));
        QCOMPARE(QDir(folder).entryList(QDir::NoDotAndDotDot | QDir::AllEntries), QStringList());
    }

    void successWithoutTheFileIsAnError_data()
    {
        QTest::addColumn<QByteArray>("answer");
        QTest::newRow("204 No Content") << QByteArray("HTTP/1.1 204 No Content\r\nConnection: close\r\n\r\n");
        QTest::newRow("202 Accepted")
            << QByteArray("HTTP/1.1 202 Accepted\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok");
    }
    void successWithoutTheFileIsAnError()
    {
        // A 2xx that is not 200 or 206 carries no file: never "Completed" with nothing on disk.
        QFETCH(QByteArray, answer);
        ScriptedHttpServer server([&](int, const QByteArray &) { return answer; });
        QVERIFY(server.listen(QHostAddress::LocalHost));
        const QString folder = freshFolder();
        const TransferItem item = download(server, folder);
        QCOMPARE(item.state, TransferItem::State::Failed);
        QVERIFY2((item.error + item.errorDetails).contains(QStringLiteral("instead of the file")),
                 qPrintable(item.error + QLatin1Char('|') + item.errorDetails));
        QCOMPARE(QDir(folder).entryList(QDir::NoDotAndDotDot | QDir::AllEntries), QStringList());
    }

    void lastModifiedGuardsAResume()
    {
        const QByteArray v1(1000, 'a');
        const QByteArray v2(1000, 'b');
        const QByteArray date1 = "Mon, 01 Dec 2025 10:00:00 GMT";
        const QByteArray date2 = "Tue, 02 Dec 2025 10:00:00 GMT";
        ScriptedHttpServer server([&](int index, const QByteArray &) -> QByteArray {
            switch (index) {
            case 0: // version 1, cut after 400 bytes
                return "HTTP/1.1 200 OK\r\nContent-Length: 1000\r\nLast-Modified: " + date1 +
                       "\r\nAccept-Ranges: bytes\r\nConnection: close\r\n\r\n" + v1.left(400);
            case 1: // the resume, answered with the rest of *another* version
                return "HTTP/1.1 206 Partial Content\r\nContent-Range: bytes 400-999/1000\r\nContent-Length: "
                       "600\r\nLast-Modified: " +
                       date2 + "\r\nConnection: close\r\n\r\n" + v2.mid(400);
            default: // from zero: version 2 whole
                return "HTTP/1.1 200 OK\r\nContent-Length: 1000\r\nLast-Modified: " + date2 +
                       "\r\nConnection: close\r\n\r\n" + v2;
            }
        });
        QVERIFY(server.listen(QHostAddress::LocalHost));
        const TransferItem item = download(server, freshFolder());
        QVERIFY2(item.state == TransferItem::State::Completed, qPrintable(item.errorDetails));
        QFile saved(item.targetPath);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QCOMPARE(saved.readAll(), v2); // one version, never "aaaa...bbbb"
        QVERIFY(server.requests.size() >= 3);
        QCOMPARE(ScriptedHttpServer::header(server.requests.at(1), "Range"), QByteArray("bytes=400-"));
        QCOMPARE(ScriptedHttpServer::header(server.requests.at(1), "If-Range"), date1);
        QCOMPARE(ScriptedHttpServer::header(server.requests.last(), "Range"), QByteArray());
    }

private:
    TransferItem download(ScriptedHttpServer &server, const QString &folder)
    {
        Session session(m_sandbox.sessionConfig());
        TransferQueue queue(&session, QString());
        queue.setDownloadRetryPolicy(SandboxFixture::fastRetries());
        const QUrl url(QStringLiteral("http://127.0.0.1:%1/files/recording.wav").arg(server.serverPort()));
        const QUuid id = queue.enqueueUrlDownload(url, folder);
        const bool finished =
            QTest::qWaitFor([&] { return queue.at(queue.indexOf(id)).isFinished(); }, 20000);
        Q_UNUSED(finished) // an unfinished item fails the callers' state checks
        return queue.at(queue.indexOf(id));
    }
    QString freshFolder()
    {
        const QString folder = m_work.filePath(QStringLiteral("out-%1").arg(++m_counter));
        QDir().mkpath(folder);
        return folder;
    }

    SandboxFixture m_sandbox;
    QTemporaryDir m_work;
    int m_counter = 0;
};

QTEST_GUILESS_MAIN(TestHostileDownloads)
#include "tst_hostiledownloads.moc"
