// Every answer is bounded in size and time: a server that sends its headers a byte at a time, or a
// body without end, ends the request with a clear error within the profile's timeout, and the
// client never holds more than the answer cap. Against the sandbox's answerMode fault, over loopback.

#include "domain/page.h"
#include "domain/platformfile.h"
#include "net/replyguard.h"
#include "net/serviceclient.h"
#include "net/session.h"
#include "sandboxfixture.h"
#include "transfer/transferqueue.h"

#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QtTest>

using namespace recdesk;
using namespace recdesk::test;

class TestAnswerBounds : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_sandbox.start(false, 12, 4)); }
    void init() { m_sandbox.resetFaults(); }

    void anEndlessListBodyIsCut()
    {
        Session session(m_sandbox.sessionConfig(true));
        m_sandbox.setFaults(QJsonObject{{QStringLiteral("answerMode"), QStringLiteral("endlessBody")}});
        const ReplySnapshot r =
            waitFor(session.platform()->listPage(PlatformClient::ListKind::Recordings, QString(), 10), 30000);
        QVERIFY(!r.ok());
        QVERIFY2(r.error.details().contains(QStringLiteral("larger than 32 MiB")),
                 qPrintable(r.error.details()));
        QCOMPARE(r.attempts, 1); // not asked again
    }

    void tricklingHeadersEndWithinTheTimeout()
    {
        SessionConfig config = m_sandbox.sessionConfig(true);
        config.platform.transferTimeoutMs = 1500;
        Session session(config);
        m_sandbox.setFaults(QJsonObject{{QStringLiteral("answerMode"), QStringLiteral("trickleHeaders")}});
        // The headers alone take ~20 s at a byte per 100 ms: only the deadline ends this early.
        QElapsedTimer clock;
        clock.start();
        const ReplySnapshot r =
            waitFor(session.platform()->listPage(PlatformClient::ListKind::Recordings, QString(), 10), 15000);
        QVERIFY(r.finished);
        QVERIFY(clock.elapsed() < 15000);
        QVERIFY(!r.ok());
        QVERIFY2(r.error.details().contains(QStringLiteral("did not start its answer within 2 second")),
                 qPrintable(r.error.details()));
    }

    void aDownloadWhoseHeadersTrickleFailsAndSaysWhy()
    {
        Session listing(m_sandbox.sessionConfig(true));
        const ReplySnapshot list =
            waitFor(listing.platform()->listPage(PlatformClient::ListKind::Files, QString(), 1));
        QVERIFY(list.ok());
        DecodeProblems problems;
        const auto page = decodePage<PlatformFile>(list.body, QStringLiteral("files"), &problems);
        QVERIFY(!page.items.isEmpty());

        SessionConfig config = m_sandbox.sessionConfig(true);
        config.platform.transferTimeoutMs = 1000;
        Session session(config);
        // The platform answers normally; only the download server trickles.
        m_sandbox.setFaults(QJsonObject{{QStringLiteral("answerMode"), QStringLiteral("trickleHeaders")},
                                        {QStringLiteral("answerPaths"), QStringLiteral("/signed/")}});
        QTemporaryDir folder;
        TransferQueue queue(&session, QString());
        RetryPolicy quick = SandboxFixture::fastRetries();
        quick.maxAttempts = 2;
        queue.setDownloadRetryPolicy(quick);
        const QUuid id = queue.enqueueFileDownload(page.items.first().id, folder.path());
        QVERIFY(QTest::qWaitFor([&] { return queue.at(queue.indexOf(id)).isFinished(); }, 30000));
        const TransferItem item = queue.at(queue.indexOf(id));
        QCOMPARE(item.state, TransferItem::State::Failed);
        QVERIFY2((item.error + item.errorDetails).contains(QStringLiteral("did not start its answer")),
                 qPrintable(item.error + QLatin1Char('|') + item.errorDetails));
        QCOMPARE(QDir(folder.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries), QStringList());
    }

private:
    SandboxFixture m_sandbox;
};

QTEST_GUILESS_MAIN(TestAnswerBounds)
#include "tst_answerbounds.moc"
