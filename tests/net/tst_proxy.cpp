// Every request of a session goes through the proxy its profile names, with the proxy's Basic
// authentication, and through nothing else: a real squid (started here) and the real sandbox on
// loopback, with squid's access log as the witness. A refused user name and password end in one
// clear sentence, the prompt is asked at most twice, and two sessions keep their own proxies.

#include "domain/analyticsmetadata.h"
#include "domain/jsonreader.h"
#include "domain/page.h"
#include "domain/platformfile.h"
#include "domain/recording.h"
#include "media/recordingaudio.h"
#include "media/recordingaudioservice.h"
#include "sandboxfixture.h"
#include "squidproxy.h"
#include "transfer/transferqueue.h"

#include <QtTest>

using namespace recdesk;
using namespace recdesk::test;

namespace {
const QString kProxyUser = QStringLiteral("agent-proxy");
} // namespace

class TestProxy : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (SquidProxy::squidProgram().isEmpty()) {
            if (qEnvironmentVariable("RECDESK_ALLOW_MISSING_SQUID") == QLatin1String("1"))
                QSKIP("squid is not installed (RECDESK_ALLOW_MISSING_SQUID=1)");
            QFAIL("squid is not installed: run packaging/linux/ensure-deps.sh (or apt-get install squid); "
                  "RECDESK_ALLOW_MISSING_SQUID=1 skips this test instead");
        }
        // A random password, so that nothing hard-coded can pass; never printed.
        m_proxyPassword = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QString error;
        QVERIFY2(m_squid.start(kProxyUser, m_proxyPassword, &error), qPrintable(error));
        QVERIFY(m_sandbox.start(false, 8, 4));
        QVERIFY(m_work.isValid());
        m_wav = m_work.filePath(QStringLiteral("call.wav"));
        QFile f(m_wav);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("RIFF") + QByteArray(96 * 1024, '\x11'));
    }

    void everyRequestGoesThroughTheAuthenticatedProxy()
    {
        Session session(proxiedConfig(m_proxyPassword));
        session.setRetryPolicy(SandboxFixture::fastRetries());
        const qsizetype logStart = m_squid.accessLog().size();

        const ReplySnapshot files =
            waitFor(session.platform()->listPage(PlatformClient::ListKind::Files, QString(), 10));
        QVERIFY2(files.ok(), qPrintable(files.error.details()));
        DecodeProblems problems;
        const auto filePage = decodePage<PlatformFile>(files.body, QStringLiteral("files"), &problems);
        QVERIFY(!filePage.items.isEmpty());
        const ReplySnapshot recordings =
            waitFor(session.platform()->listPage(PlatformClient::ListKind::Recordings, QString(), 50));
        QVERIFY2(recordings.ok(), qPrintable(recordings.error.details()));
        QUuid ended;
        for (const Recording &r :
             decodePage<Recording>(recordings.body, QStringLiteral("recordings"), &problems).items)
            if (r.isPlayable())
                ended = r.id;
        QVERIFY(!ended.isNull());

        TransferQueue queue(&session, QString());
        const QString folder = m_work.filePath(QStringLiteral("downloads"));
        QVERIFY(QDir().mkpath(folder));
        const QUuid download = queue.enqueueFileDownload(filePage.items.first().id, folder);
        const QUuid audio = queue.enqueueRecordingDownload(ended, folder);
        const QUuid upload =
            queue.enqueueUpload(m_wav, TransferItem::Destination::Platform,
                                QJsonObject{{QStringLiteral("name"), QStringLiteral("Via proxy")}});
        for (const QUuid &id : {download, audio, upload}) {
            const TransferItem item = waitUntilFinished(queue, id);
            QVERIFY2(item.state == TransferItem::State::Completed,
                     qPrintable(item.name + QLatin1Char(' ') + item.errorDetails));
        }

        // What the player plays: the recording's audio, fetched into the profile's cache.
        RecordingAudio *playback = session.recordingAudio()->fetch(ended);
        QTRY_VERIFY2_WITH_TIMEOUT(playback->isReady() || playback->hasFailed(),
                                  "the recording's audio did not arrive", 20000);
        QVERIFY2(playback->isReady(), qPrintable(playback->error().details()));

        const ReplySnapshot token = waitFor(session.analytics()->fetchToken());
        QVERIFY2(token.ok(), qPrintable(token.error.details()));
        AnalyticsMetadata meta;
        meta.fileName = QStringLiteral("proxy/call-%1.wav").arg(QDateTime::currentMSecsSinceEpoch());
        meta.uploadType = QStringLiteral("Audio");
        meta.agentCode = QStringLiteral("A-17");
        meta.callDirection = QStringLiteral("Inbound");
        meta.interactionDate = QStringLiteral("2026-01-15T09:30:00Z");
        const ReplySnapshot analytics = waitFor(session.analytics()->uploadFile(m_wav, meta));
        QVERIFY2(analytics.ok(), qPrintable(analytics.error.details()));

        // Every kind of request is in squid's log, made as the proxy user.
        const QList<QPair<QString, QString>> expected = {
            {QStringLiteral("POST"), QStringLiteral("/auth/login")},
            {QStringLiteral("GET"), QStringLiteral("/v1.0/files")},
            {QStringLiteral("GET"), QStringLiteral("/v1.0/recordings")},
            {QStringLiteral("GET"), QStringLiteral("/v1.0/recordingfiles/")},
            {QStringLiteral("GET"), QStringLiteral("/signed/")},
            {QStringLiteral("POST"), QStringLiteral("/v1.0/files")},
            {QStringLiteral("POST"), QStringLiteral("/analytics/connect/token")},
            {QStringLiteral("POST"), QStringLiteral("/analytics/Media/Upload")},
        };
        QStringList missing;
        // squid writes a line when a transaction ends, which may be just after the client has it.
        const bool allSeen = QTest::qWaitFor(
            [&] {
                missing = missingFromLog(expected, logStart, kProxyUser);
                return missing.isEmpty();
            },
            5000);
        Q_UNUSED(allSeen) // `missing` says what is not there
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("not through the proxy as %1: %2")
                                                   .arg(kProxyUser, missing.join(QStringLiteral(", ")))));
        // A signed download is one request per signed URL: three of them (the file, the recording
        // saved, the recording played).
        int signedCount = 0;
        for (const QStringList &line : m_squid.accessLog().mid(logStart))
            if (line.value(2).contains(QStringLiteral("/signed/")) && line.value(3) == QLatin1String("200"))
                ++signedCount;
        QVERIFY2(signedCount >= 3, qPrintable(QString::number(signedCount)));
        // The proxy keeps its credentials: none reached the download server.
        const QJsonArray signedLog = m_sandbox.signedRequests();
        QVERIFY(!signedLog.isEmpty());
        for (const QJsonValue &request : signedLog)
            for (const QJsonValue &header : request.toObject().value(QStringLiteral("headers")).toArray())
                QVERIFY(header.toArray().at(0).toString().toLower() != QLatin1String("proxy-authorization"));
    }

    void refusedCredentialsEndInOneClearSentence()
    {
        const QString wrong = QStringLiteral("wrong-%1").arg(QUuid::createUuid().toString(QUuid::Id128));
        Session session(proxiedConfig(wrong));
        session.setRetryPolicy(SandboxFixture::fastRetries());
        const qsizetype logStart = m_squid.accessLog().size();
        const ReplySnapshot r =
            waitFor(session.platform()->listPage(PlatformClient::ListKind::Files, QString(), 10));
        QVERIFY(r.finished);
        QVERIFY(r.error.isProxyAuthFailure());
        const QString sentence = r.error.toDisplayString();
        QVERIFY2(
            sentence.startsWith(
                QStringLiteral("The proxy at %1 refused the user name and password").arg(m_squid.address())),
            qPrintable(sentence));
        QVERIFY(!sentence.contains(wrong) && !r.error.details().contains(wrong));
        QVERIFY(!r.error.retryable);
        // squid refused it (at most twice per request: the credentials sent up front, then those
        // given to the challenge), nothing reached the sandbox, and nothing was retried: the same
        // credentials would be refused again.
        QTest::qWait(300);
        QList<QStringList> log;
        for (const QStringList &line : m_squid.accessLog().mid(logStart))
            if (line.value(1) != QLatin1String("-")) // not an idle connection of an earlier test closing
                log.append(line);
        QVERIFY2(!log.isEmpty() && log.size() <= 4, qPrintable(QString::number(log.size())));
        for (const QStringList &line : log)
            QCOMPARE(line.value(3), QStringLiteral("407"));
    }

    void thePromptIsAskedAtMostTwiceThenTheRequestFails()
    {
        SessionConfig config = proxiedConfig(QString()); // user name, no stored password
        Session session(config);
        QList<ProxyCredentialsRequest> asked;
        session.proxyAuthenticator()->setPrompt([&](const ProxyCredentialsRequest &request) {
            asked.append(request);
            return std::optional<ProxyCredentials>(ProxyCredentials{kProxyUser, QStringLiteral("not-it")});
        });
        const ReplySnapshot r =
            waitFor(session.platform()->listPage(PlatformClient::ListKind::Files, QString(), 10));
        QVERIFY(r.error.isProxyAuthFailure());
        QCOMPARE(asked.size(), ProxyAuthenticator::kMaxPrompts);
        QCOMPARE(asked.at(0).proxyAddress, m_squid.address());
        QCOMPARE(asked.at(0).user, kProxyUser);
        QVERIFY(!asked.at(0).refused); // nothing stored: asked, not refused
        QVERIFY(asked.at(1).refused);
        // A later request does not ask again.
        const ReplySnapshot again =
            waitFor(session.platform()->listPage(PlatformClient::ListKind::Files, QString(), 10));
        QVERIFY(again.error.isProxyAuthFailure());
        QCOMPARE(asked.size(), ProxyAuthenticator::kMaxPrompts);
    }

    void aRefusedStoredPasswordIsReplacedByThePromptsAnswer()
    {
        Session session(proxiedConfig(QStringLiteral("stale-password")));
        int asked = 0;
        bool refusedFirst = false;
        session.proxyAuthenticator()->setPrompt([&](const ProxyCredentialsRequest &request) {
            refusedFirst = ++asked == 1 && request.refused;
            return std::optional<ProxyCredentials>(ProxyCredentials{kProxyUser, m_proxyPassword});
        });
        QSignalSpy entered(session.proxyAuthenticator(), &ProxyAuthenticator::credentialsEntered);
        const ReplySnapshot r =
            waitFor(session.platform()->listPage(PlatformClient::ListKind::Files, QString(), 10));
        QVERIFY2(r.ok(), qPrintable(r.error.details()));
        QCOMPARE(asked, 1);
        QVERIFY(refusedFirst);
        QCOMPARE(entered.size(), 1);
        QCOMPARE(entered.at(0).at(0).toString(), kProxyUser);
        QVERIFY(entered.at(0).at(1).toString() == m_proxyPassword); // not printed on failure
        // The answer is kept for the session's next requests, without asking.
        QVERIFY(
            waitFor(session.platform()->listPage(PlatformClient::ListKind::Recordings, QString(), 5)).ok());
        QCOMPARE(asked, 1);
    }

    void twoSessionsKeepTheirOwnProxy()
    {
        // Told apart in squid's log by their page sizes.
        Session viaProxy(proxiedConfig(m_proxyPassword));
        SessionConfig directConfig = m_sandbox.sessionConfig();
        directConfig.proxy.mode = ProxySettings::Mode::None;
        Session direct(directConfig);
        SessionConfig systemConfig = m_sandbox.sessionConfig();
        systemConfig.proxy.mode = ProxySettings::Mode::System; // loopback is always direct
        Session system(systemConfig);
        const qsizetype logStart = m_squid.accessLog().size();
        QVERIFY(waitFor(direct.platform()->listPage(PlatformClient::ListKind::Files, QString(), 3)).ok());
        QVERIFY(waitFor(viaProxy.platform()->listPage(PlatformClient::ListKind::Files, QString(), 7)).ok());
        QVERIFY(waitFor(system.platform()->listPage(PlatformClient::ListKind::Files, QString(), 5)).ok());
        QVERIFY(waitFor(direct.platform()->listPage(PlatformClient::ListKind::Files, QString(), 3)).ok());
        QTest::qWait(300); // squid's last line
        int proxied = 0;
        for (const QStringList &line : m_squid.accessLog().mid(logStart)) {
            const QString url = line.value(2);
            QVERIFY2(!url.contains(QStringLiteral("page_size=3")) &&
                         !url.contains(QStringLiteral("page_size=5")),
                     "a session without a proxy went through squid");
            if (url.contains(QStringLiteral("/v1.0/files")) && url.contains(QStringLiteral("page_size=7")))
                ++proxied;
        }
        QCOMPARE(proxied, 1);
    }

    void recdeskctlTakesTheProxyCredentialsFromTheEnvironment()
    {
        QTemporaryDir home;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS")); // nothing from the keychain here
        const sandbox::DemoCredentials c = m_sandbox.credentials();
        QCOMPARE(
            recdeskctl(env, {QStringLiteral("profile"), QStringLiteral("set"), QStringLiteral("proxied"),
                             QStringLiteral("platform-url=") + m_sandbox.host()->platformBaseUrl().toString(),
                             QStringLiteral("auth=accesskey"), QStringLiteral("proxy=manual"),
                             QStringLiteral("proxy-host=127.0.0.1"),
                             QStringLiteral("proxy-port=%1").arg(m_squid.port())})
                .code,
            0);
        QCOMPARE(recdeskctl(env, {QStringLiteral("profile"), QStringLiteral("set"), QStringLiteral("proxied"),
                                  QStringLiteral("proxy=sometimes")})
                     .code,
                 2);
        env.insert(QStringLiteral("RECDESK_PLATFORM_ACCESS_KEY"), c.accessKey);
        env.insert(QStringLiteral("RECDESK_PROXY_USER"), kProxyUser);
        env.insert(QStringLiteral("RECDESK_PROXY_PASSWORD"), m_proxyPassword);
        const QStringList list{QStringLiteral("--profile"),  QStringLiteral("proxied"),
                               QStringLiteral("recordings"), QStringLiteral("list"),
                               QStringLiteral("--limit"),    QStringLiteral("4")};
        const qsizetype logStart = m_squid.accessLog().size();
        CliRun r = recdeskctl(env, list);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QTest::qWait(300);
        QVERIFY(missingFromLog({{QStringLiteral("GET"), QStringLiteral("/v1.0/recordings")}}, logStart,
                               kProxyUser)
                    .isEmpty());

        const QString wrong = QStringLiteral("wrong-%1").arg(QUuid::createUuid().toString(QUuid::Id128));
        env.insert(QStringLiteral("RECDESK_PROXY_PASSWORD"), wrong);
        r = recdeskctl(env, list);
        QCOMPARE(r.code, 3); // credentials
        QVERIFY2(
            r.err.contains(
                QStringLiteral("The proxy at %1 refused the user name and password").arg(m_squid.address())),
            qPrintable(r.err));
        QVERIFY(!r.err.contains(wrong) && !r.out.contains(wrong.toUtf8()));
    }

    void cleanupTestCase() { m_squid.stop(); }

private:
    SessionConfig proxiedConfig(const QString &password) const
    {
        SessionConfig config = m_sandbox.sessionConfig();
        config.proxy.mode = ProxySettings::Mode::Manual;
        config.proxy.host = QStringLiteral("127.0.0.1");
        config.proxy.port = m_squid.port();
        config.proxy.user = kProxyUser;
        config.proxy.password = password;
        config.audioCacheDir = m_work.filePath(QStringLiteral("audio-cache-%1").arg(++m_caches));
        return config;
    }

    // The (method, path prefix) pairs with no line in the log since `from` made as `user`.
    QStringList missingFromLog(const QList<QPair<QString, QString>> &expected, qsizetype from,
                               const QString &user) const
    {
        const QList<QStringList> log = m_squid.accessLog().mid(from);
        QStringList missing;
        for (const auto &[method, prefix] : expected) {
            bool found = false;
            for (const QStringList &line : log)
                found = found || (line.value(0) == user && line.value(1) == method &&
                                  QUrl(line.value(2)).path().startsWith(prefix));
            if (!found)
                missing.append(method + QLatin1Char(' ') + prefix);
        }
        return missing;
    }

    struct CliRun
    {
        int code = -1;
        QByteArray out;
        QString err;
    };
    static CliRun recdeskctl(const QProcessEnvironment &env, const QStringList &args)
    {
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(RECDESKCTL_PATH), args);
        CliRun r;
        if (!p.waitForFinished(60000))
            return r;
        r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = p.readAllStandardOutput();
        r.err = QString::fromUtf8(p.readAllStandardError()).trimmed();
        return r;
    }

    static TransferItem waitUntilFinished(TransferQueue &queue, const QUuid &id, int timeoutMs = 30000)
    {
        const bool done =
            QTest::qWaitFor([&] { return queue.at(queue.indexOf(id)).isFinished(); }, timeoutMs);
        Q_UNUSED(done) // the item's state says it
        return queue.at(queue.indexOf(id));
    }

    SquidProxy m_squid;
    SandboxFixture m_sandbox;
    QTemporaryDir m_work;
    mutable int m_caches = 0; // one audio cache folder per session made
    QString m_wav;
    QString m_proxyPassword;
};

QTEST_GUILESS_MAIN(TestProxy)
#include "tst_proxy.moc"
