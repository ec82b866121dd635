// The analytics and assistant clients against the sandbox, and ApiError's sentences and
// RetryPolicy's waits.

#include "domain/analyticsresponses.h"
#include "domain/assistantresponses.h"
#include "domain/page.h"
#include "domain/recording.h"
#include "net/retrypolicy.h"
#include "sandboxfixture.h"

#include <QtTest>

using namespace recdesk;
using namespace recdesk::test;

class TestServicesClients : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_sandbox.start(false, 6, 4));
        QVERIFY(m_dir.isValid());
        m_wav = writeFile(QStringLiteral("call.wav"), QByteArray("RIFF") + QByteArray(64 * 1024, '\0'));
    }
    void init()
    {
        m_sandbox.resetFaults();
        m_sandbox.resetClock();
    }

    void analyticsUploadsAFileWithMetadata()
    {
        Session session(m_sandbox.sessionConfig());
        AnalyticsMetadata meta = metadataFor(QStringLiteral("tests/call-%1.wav"));
        ApiReply *reply = session.analytics()->uploadFile(m_wav, meta);
        QSignalSpy progress(reply, &ApiReply::uploadProgress);
        const ReplySnapshot r = waitFor(reply);
        QVERIFY2(r.ok(), qPrintable(r.error.details()));
        QVERIFY(!progress.isEmpty());
        DecodeProblems problems;
        const AnalyticsUploadResult result = AnalyticsUploadResult::fromJson(r.body, &problems);
        QVERIFY(!result.id.isNull());
        QVERIFY(result.fileName.endsWith(QStringLiteral(".wav")));
        QVERIFY(session.analytics()->hasValidToken());
    }

    void analyticsRefusesADuplicateFileNameWithTheServersWords()
    {
        Session session(m_sandbox.sessionConfig());
        const AnalyticsMetadata meta = metadataFor(QStringLiteral("dup-%1.wav"));
        QVERIFY(waitFor(session.analytics()->uploadFile(m_wav, meta)).ok());
        const ReplySnapshot again = waitFor(session.analytics()->uploadFile(m_wav, meta));
        QCOMPARE(again.error.httpStatus, 400);
        QVERIFY2(again.error.toDisplayString().contains(QStringLiteral("already exists")),
                 qPrintable(again.error.toDisplayString()));
    }

    void analyticsSendsASignedUrl()
    {
        Session session(m_sandbox.sessionConfig(true));
        const ReplySnapshot list =
            waitFor(session.platform()->listPage(PlatformClient::ListKind::Recordings, QString(), 100));
        QVERIFY(list.ok());
        DecodeProblems problems;
        QUuid ended;
        for (const Recording &rec :
             decodePage<Recording>(list.body, QStringLiteral("recordings"), &problems).items)
            if (rec.isPlayable())
                ended = rec.id;
        QVERIFY(!ended.isNull());
        const ReplySnapshot location = waitFor(session.platform()->recordingDownloadLocation(ended));
        QVERIFY(location.ok());
        const ReplySnapshot r = waitFor(session.analytics()->uploadSignedUrl(
            location.redirect, metadataFor(QStringLiteral("signed-%1.wav"))));
        QVERIFY2(r.ok(), qPrintable(r.error.details()));
    }

    void analyticsRenewsAnExpiredToken()
    {
        m_sandbox.setFaults(QJsonObject{{QStringLiteral("analyticsTokenLifetimeSec"), 600}});
        Session session(m_sandbox.sessionConfig());
        QVERIFY(
            waitFor(session.analytics()->uploadFile(m_wav, metadataFor(QStringLiteral("t1-%1.wav")))).ok());
        // The token expires on the service's clock while the client still holds it as good: the
        // upload gets a 401, and the client fetches a new token and sends the upload again.
        QVERIFY(m_sandbox.advanceClock(601).contains(QStringLiteral("offsetSeconds")));
        const ReplySnapshot r =
            waitFor(session.analytics()->uploadFile(m_wav, metadataFor(QStringLiteral("t2-%1.wav"))));
        QVERIFY2(r.ok(), qPrintable(r.error.details()));
        QCOMPARE(r.attempts, 2); // refused with 401 once, then sent with the new token
    }

    void analyticsBadSecretIsOneSentenceWithoutTheSecret()
    {
        SessionConfig config = m_sandbox.sessionConfig();
        config.analyticsCredentials.clientSecret = QStringLiteral("wrong-secret-123");
        Session session(config);
        const ReplySnapshot r =
            waitFor(session.analytics()->uploadFile(m_wav, metadataFor(QStringLiteral("x-%1.wav"))));
        QVERIFY(r.error.isError());
        QCOMPARE(r.error.reason, QStringLiteral("invalid_client"));
        QVERIFY(r.error.toDisplayString().contains(QStringLiteral("client id or secret")));
        QVERIFY(!r.error.details().contains(QStringLiteral("wrong-secret-123")));
    }

    void analyticsInvalidMetadataNeverLeaves()
    {
        m_sandbox.resetSignedLog();
        Session session(m_sandbox.sessionConfig());
        AnalyticsMetadata meta =
            metadataFor(QStringLiteral("bad-%1.mp3")); // extension differs from the file's
        meta.localeId = 9999;
        const ReplySnapshot r = waitFor(session.analytics()->uploadFile(m_wav, meta));
        QCOMPARE(r.error.kind, ApiError::Kind::Invalid);
        QCOMPARE(r.status, 0);
        QVERIFY(!r.error.toDisplayString().isEmpty());
    }

    void assistantUploadsWithKeyAndUser()
    {
        Session session(m_sandbox.sessionConfig());
        const QString doc =
            writeFile(QStringLiteral("faq.txt"), QByteArray("How do I reset my password?\n").repeated(100));
        const ReplySnapshot r = waitFor(session.assistant()->uploadFile(doc));
        QVERIFY2(r.ok(), qPrintable(r.error.details()));
        QVERIFY(r.status >= 200 && r.status < 300);
        DecodeProblems problems;
        const AssistantFile file = AssistantFile::fromJson(r.body, &problems);
        QCOMPARE(file.name, QStringLiteral("faq.txt"));
        QCOMPARE(file.size, QFileInfo(doc).size());
    }

    void assistantBadKeyIsOneSentence()
    {
        SessionConfig config = m_sandbox.sessionConfig();
        config.assistantCredentials.apiKey = QStringLiteral("app-wrong");
        Session session(config);
        const ReplySnapshot r = waitFor(session.assistant()->uploadFile(m_wav));
        QCOMPARE(r.error.httpStatus, 401);
        QVERIFY(r.error.toDisplayString().startsWith(QStringLiteral("The assistant refused the API key")));
    }

    void retryAfterAndBackoff()
    {
        QCOMPARE(parseRetryAfter("3"), 3);
        QCOMPARE(parseRetryAfter(""), -1);
        QCOMPARE(parseRetryAfter("soon"), -1);
        const QByteArray inTenSeconds =
            QDateTime::currentDateTimeUtc().addSecs(10).toString(Qt::RFC2822Date).toLatin1();
        QVERIFY(qAbs(parseRetryAfter(inTenSeconds) - 10) <= 2);

        RetryPolicy policy;
        ApiError e;
        e.kind = ApiError::Kind::Http;
        e.httpStatus = 503;
        for (int attempt = 2; attempt <= policy.maxAttempts; ++attempt) {
            const int d = policy.delayBeforeAttempt(attempt, e);
            QVERIFY(d > 0 && d <= policy.maxDelayMs);
        }
        QCOMPARE(policy.delayBeforeAttempt(policy.maxAttempts + 1, e), -1);
        e.retryAfterSeconds = 2;
        QVERIFY(policy.delayBeforeAttempt(2, e) >= 2000);

        ApiError dropped;
        dropped.kind = ApiError::Kind::Network;
        dropped.networkError = QNetworkReply::RemoteHostClosedError;
        QVERIFY(shouldRetry(RetryMode::Idempotent, dropped));
        QVERIFY(!shouldRetry(RetryMode::NotProcessedOnly, dropped));
        dropped.networkError = QNetworkReply::ConnectionRefusedError;
        QVERIFY(shouldRetry(RetryMode::NotProcessedOnly, dropped));
    }

private:
    AnalyticsMetadata metadataFor(const QString &pattern)
    {
        AnalyticsMetadata m;
        m.fileName = pattern.arg(++m_counter);
        m.uploadType = QStringLiteral("Audio");
        m.agentCode = QStringLiteral("A-17");
        m.callDirection = QStringLiteral("Inbound");
        m.interactionDate = QStringLiteral("2026-01-15T09:30:00Z");
        return m;
    }
    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write(bytes);
        return path;
    }

    SandboxFixture m_sandbox;
    QTemporaryDir m_dir;
    QString m_wav;
    int m_counter = 0;
};

QTEST_GUILESS_MAIN(TestServicesClients)
#include "tst_servicesclients.moc"
