// The platform client against the sandbox on loopback: sign-in, access key, paging, single items,
// the 307 to a signed URL, errors as sentences, re-sign-in on 401, retries on 5xx and 429, and
// the live variant's files paths and 403 on recordings.

#include "domain/page.h"
#include "domain/platformfile.h"
#include "domain/recording.h"
#include "net/platformpagesource.h"
#include "sandboxfixture.h"

#include <QElapsedTimer>
#include <QSet>
#include <QtTest>

using namespace recdesk;
using namespace recdesk::test;

class TestPlatformClient : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_sandbox.start()); }
    void init()
    {
        m_sandbox.resetFaults();
        m_sandbox.resetClock();
    }

    void signsInWithPasswordAtHostRoot()
    {
        Session session(m_sandbox.sessionConfig());
        QCOMPARE(session.platform()->loginUrl().path(), QStringLiteral("/auth/login"));
        QSignalSpy tokens(session.platform(), &PlatformClient::tokenChanged);
        const ReplySnapshot r = waitFor(session.platform()->signIn());
        QVERIFY2(r.ok(), qPrintable(r.error.details()));
        QCOMPARE(tokens.size(), 1);
        QVERIFY(!session.platform()->token().isEmpty());
    }

    void wrongPasswordIsOneClearSentence()
    {
        SessionConfig config = m_sandbox.sessionConfig();
        config.platformCredentials.password = QStringLiteral("not-the-password");
        Session session(config);
        const ReplySnapshot r =
            waitFor(session.platform()->listPage(PlatformClient::ListKind::Recordings, QString(), 5));
        QVERIFY(r.error.isError());
        QCOMPARE(r.error.httpStatus, 400);
        QVERIFY(!r.error.retryable);
        const QString text = r.error.toDisplayString();
        QVERIFY2(text.startsWith(QStringLiteral("The platform refused the sign-in")), qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("not-the-password")));
        QVERIFY(!r.error.details().contains(QStringLiteral("not-the-password")));
    }

    void pagesThroughEveryFileAndRecording_data()
    {
        QTest::addColumn<bool>("accessKey");
        QTest::addColumn<int>("kind");
        QTest::newRow("files, access key") << true << int(PlatformClient::ListKind::Files);
        QTest::newRow("recordings, access key") << true << int(PlatformClient::ListKind::Recordings);
        QTest::newRow("files, password") << false << int(PlatformClient::ListKind::Files);
        QTest::newRow("recordings, password") << false << int(PlatformClient::ListKind::Recordings);
    }
    void pagesThroughEveryFileAndRecording()
    {
        QFETCH(bool, accessKey);
        QFETCH(int, kind);
        Session session(m_sandbox.sessionConfig(accessKey));
        const auto listKind = PlatformClient::ListKind(kind);
        std::unique_ptr<PlatformPageSource> source(session.createPageSource(listKind));
        const int pageSize = 7;
        QString token;
        QSet<QUuid> ids;
        std::int64_t previous = std::numeric_limits<std::int64_t>::max();
        for (int page = 0; page < 50; ++page) {
            QSignalSpy arrived(source.get(), &PageSource::pageArrived);
            QSignalSpy failed(source.get(), &PageSource::failed);
            source->fetch(token, pageSize);
            QVERIFY(source->isBusy());
            QVERIFY(arrived.wait(10000) || !failed.isEmpty());
            QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
            const QByteArray body = arrived.first().first().toByteArray();
            DecodeProblems problems;
            int count = 0;
            QString next;
            bool last = false;
            if (listKind == PlatformClient::ListKind::Files) {
                const auto p = decodePage<PlatformFile>(body, QStringLiteral("files"), &problems);
                for (const auto &f : p.items) {
                    QVERIFY(!ids.contains(f.id));
                    ids.insert(f.id);
                    QVERIFY(f.created.microseconds() <= previous); // newest first
                    previous = f.created.microseconds();
                }
                count = int(p.items.size());
                next = p.nextPageToken;
                last = p.isLast(pageSize);
            } else {
                const auto p = decodePage<Recording>(body, QStringLiteral("recordings"), &problems);
                for (const auto &r : p.items) {
                    QVERIFY(!ids.contains(r.id));
                    ids.insert(r.id);
                    QVERIFY(r.created.microseconds() <= previous);
                    previous = r.created.microseconds();
                }
                count = int(p.items.size());
                next = p.nextPageToken;
                last = p.isLast(pageSize);
            }
            QVERIFY2(problems.isEmpty(), qPrintable(problems.summary()));
            QVERIFY(count <= pageSize);
            if (last)
                break;
            token = next;
        }
        const QJsonObject stats = m_sandbox.admin("GET", QStringLiteral("/_sandbox/stats")).object();
        const int expected =
            stats
                .value(listKind == PlatformClient::ListKind::Files ? QStringLiteral("filesListed")
                                                                   : QStringLiteral("recordingsListed"))
                .toInt();
        QVERIFY(expected > pageSize);
        QCOMPARE(ids.size(), expected);
        if (listKind == PlatformClient::ListKind::Files)
            QCOMPARE(session.platform()->filesPath(), QStringLiteral("/files"));
    }

    void pageSourceCancelSendsNothing()
    {
        Session session(m_sandbox.sessionConfig(true));
        std::unique_ptr<PlatformPageSource> source(
            session.createPageSource(PlatformClient::ListKind::Recordings));
        QSignalSpy arrived(source.get(), &PageSource::pageArrived);
        QSignalSpy failed(source.get(), &PageSource::failed);
        source->fetch(QString(), 5);
        source->cancel();
        QVERIFY(!source->isBusy());
        QTest::qWait(300);
        QCOMPARE(arrived.size() + failed.size(), 0);
    }

    void getsAFileAndItsSignedUrl()
    {
        Session session(m_sandbox.sessionConfig());
        const QUuid id = firstFileId(session);
        QVERIFY(!id.isNull());
        const ReplySnapshot file = waitFor(session.platform()->getFile(id));
        QVERIFY2(file.ok(), qPrintable(file.error.details()));
        DecodeProblems problems;
        const PlatformFile f =
            PlatformFile::fromJson(parseJsonObject(file.body, QStringLiteral("file"), &problems), &problems);
        QCOMPARE(f.id, id);
        const ReplySnapshot location = waitFor(session.platform()->fileDownloadLocation(id));
        QVERIFY2(location.ok(), qPrintable(location.error.details()));
        QCOMPARE(location.status, 307);
        QVERIFY(location.redirect.path().startsWith(QStringLiteral("/signed/")));
        // The client hands the Location back; it never follows it with its credentials.
        QVERIFY(!location.redirect.query().contains(QStringLiteral("accesskey")));
    }

    void recordingLocationAndSingleRecording()
    {
        Session session(m_sandbox.sessionConfig(true));
        const ReplySnapshot list =
            waitFor(session.platform()->listPage(PlatformClient::ListKind::Recordings, QString(), 100));
        QVERIFY(list.ok());
        DecodeProblems problems;
        const auto page = decodePage<Recording>(list.body, QStringLiteral("recordings"), &problems);
        QUuid ended;
        for (const Recording &r : page.items)
            if (r.isPlayable())
                ended = r.id;
        QVERIFY(!ended.isNull());
        const ReplySnapshot one = waitFor(session.platform()->getRecording(ended));
        QVERIFY(one.ok());
        const ReplySnapshot location = waitFor(session.platform()->recordingDownloadLocation(ended));
        QVERIFY2(location.ok(), qPrintable(location.error.details()));
        QVERIFY(location.redirect.path().startsWith(QStringLiteral("/signed/")));
    }

    void notFoundNamesTheProblemAndTheRequestId()
    {
        Session session(m_sandbox.sessionConfig());
        const ReplySnapshot r = waitFor(session.platform()->getRecording(QUuid::createUuid()));
        QCOMPARE(r.error.kind, ApiError::Kind::Http);
        QCOMPARE(r.error.httpStatus, 404);
        QCOMPARE(r.error.status, QStringLiteral("NOT_FOUND"));
        QVERIFY(!r.error.requestId.isEmpty());
        const QString text = r.error.toDisplayString();
        QVERIFY2(text.contains(QStringLiteral("could not find")), qPrintable(text));
        QVERIFY(text.contains(r.error.requestId));
        QVERIFY(r.error.details().contains(QStringLiteral("RECORDING_NOT_FOUND")));
    }

    void deletesAFile()
    {
        Session session(m_sandbox.sessionConfig(true));
        const QUuid id = firstFileId(session);
        const ReplySnapshot del = waitFor(session.platform()->deleteFile(id));
        QVERIFY2(del.ok(), qPrintable(del.error.details()));
        const ReplySnapshot again = waitFor(session.platform()->getFile(id));
        QVERIFY(again.error.isError());
    }

    void uploadsAFileStreamedFromDisk()
    {
        Session session(m_sandbox.sessionConfig());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.txt"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(300 * 1024, 'x'));
        f.close();
        QSignalSpy progress(session.platform(), &PlatformClient::tokenChanged);
        ApiReply *reply =
            session.platform()->uploadFile(path, QStringLiteral("Notes"), QStringLiteral("from a test"));
        QSignalSpy sent(reply, &ApiReply::uploadProgress);
        const ReplySnapshot r = waitFor(reply);
        QVERIFY2(r.ok(), qPrintable(r.error.details()));
        QVERIFY(!sent.isEmpty());
        DecodeProblems problems;
        const PlatformFile file =
            PlatformFile::fromJson(parseJsonObject(r.body, QStringLiteral("file"), &problems), &problems);
        QCOMPARE(file.filesize, 300 * 1024);
        QCOMPARE(file.name, QStringLiteral("Notes"));
    }

    void signsInAgainOnceWhenTheTokenExpires()
    {
        m_sandbox.setFaults(QJsonObject{{QStringLiteral("platformTokenLifetimeSec"), 600}});
        Session session(m_sandbox.sessionConfig());
        QSignalSpy tokens(session.platform(), &PlatformClient::tokenChanged);
        QVERIFY(
            waitFor(session.platform()->listPage(PlatformClient::ListKind::Recordings, QString(), 3)).ok());
        QCOMPARE(tokens.size(), 1);
        // The token expires on the platform's clock: the next call gets a 401, signs in again once
        // and is sent again.
        QVERIFY(m_sandbox.advanceClock(601).contains(QStringLiteral("offsetSeconds")));
        const ReplySnapshot r =
            waitFor(session.platform()->listPage(PlatformClient::ListKind::Recordings, QString(), 3));
        QVERIFY2(r.ok(), qPrintable(r.error.details()));
        QCOMPARE(r.attempts, 2); // refused with 401 once, then sent with the new token
        QCOMPARE(tokens.size(), 2);
    }

    void retriesA5xxBurst()
    {
        m_sandbox.setFaults(
            QJsonObject{{QStringLiteral("failNext"),
                         QJsonObject{{QStringLiteral("status"), 500},
                                     {QStringLiteral("count"), 3},
                                     {QStringLiteral("paths"), QStringLiteral("/v1.0/recordings")}}}});
        Session session(m_sandbox.sessionConfig(true));
        session.setRetryPolicy(SandboxFixture::fastRetries());
        ApiReply *reply = session.platform()->listPage(PlatformClient::ListKind::Recordings, QString(), 3);
        int attempts = 0;
        connect(reply, &ApiReply::finished, this, [reply, &attempts] { attempts = reply->attempts(); });
        const ReplySnapshot r = waitFor(reply);
        QVERIFY2(r.ok(), qPrintable(r.error.details()));
        QCOMPARE(attempts, 4);
    }

    void givesUpAfterTooMany5xxWithASentence()
    {
        m_sandbox.setFaults(
            QJsonObject{{QStringLiteral("failNext"),
                         QJsonObject{{QStringLiteral("status"), 503},
                                     {QStringLiteral("count"), 50},
                                     {QStringLiteral("retryAfter"), 0},
                                     {QStringLiteral("paths"), QStringLiteral("/v1.0/recordings")}}}});
        Session session(m_sandbox.sessionConfig(true));
        RetryPolicy quick = SandboxFixture::fastRetries();
        quick.maxAttempts = 3;
        session.setRetryPolicy(quick);
        const ReplySnapshot r =
            waitFor(session.platform()->listPage(PlatformClient::ListKind::Recordings, QString(), 3));
        QCOMPARE(r.error.httpStatus, 503);
        QVERIFY(r.error.retryable);
        QVERIFY2(r.error.toDisplayString().contains(QStringLiteral("try again later")),
                 qPrintable(r.error.toDisplayString()));
    }

    void waitsForRetryAfterOn429()
    {
        m_sandbox.setFaults(
            QJsonObject{{QStringLiteral("failNext"),
                         QJsonObject{{QStringLiteral("status"), 429},
                                     {QStringLiteral("count"), 1},
                                     {QStringLiteral("retryAfter"), 1},
                                     {QStringLiteral("paths"), QStringLiteral("/v1.0/recordings")}}}});
        Session session(m_sandbox.sessionConfig(true));
        session.setRetryPolicy(SandboxFixture::fastRetries());
        QElapsedTimer clock;
        clock.start();
        const ReplySnapshot r =
            waitFor(session.platform()->listPage(PlatformClient::ListKind::Recordings, QString(), 3));
        QVERIFY2(r.ok(), qPrintable(r.error.details()));
        QVERIFY2(clock.elapsed() >= 950, qPrintable(QString::number(clock.elapsed())));
    }

    void uploadsAreNotRetriedAfterA500()
    {
        // A 500 on POST may have stored the file: sending again could duplicate it.
        m_sandbox.setFaults(
            QJsonObject{{QStringLiteral("failNext"),
                         QJsonObject{{QStringLiteral("status"), 500},
                                     {QStringLiteral("count"), 1},
                                     {QStringLiteral("paths"), QStringLiteral("/v1.0/files")}}}});
        SessionConfig config = m_sandbox.sessionConfig(true);
        config.platformFilesPath = QStringLiteral("/files");
        Session session(config);
        session.setRetryPolicy(SandboxFixture::fastRetries());
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("a.txt")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("hello");
        f.close();
        ApiReply *reply = session.platform()->uploadFile(f.fileName());
        int attempts = 0;
        connect(reply, &ApiReply::finished, this, [reply, &attempts] { attempts = reply->attempts(); });
        const ReplySnapshot r = waitFor(reply);
        QCOMPARE(r.error.httpStatus, 500);
        QCOMPARE(attempts, 1);
    }

    void liveVariantFindsTheFilesPathAndRefusesAgentsRecordings()
    {
        SandboxFixture live;
        QVERIFY(live.start(true, 10, 8));
        {
            Session admin(live.sessionConfig());
            QSignalSpy discovered(admin.platform(), &PlatformClient::filesPathDiscovered);
            const ReplySnapshot r =
                waitFor(admin.platform()->listPage(PlatformClient::ListKind::Files, QString(), 5));
            QVERIFY2(r.ok(), qPrintable(r.error.details()));
            QCOMPARE(admin.platform()->filesPath(), QStringLiteral("/storage_files"));
            QCOMPARE(discovered.size(), 1);
            // Live recordings omit empty keys and use RFC 3339: the domain decoders take both.
            const ReplySnapshot recs =
                waitFor(admin.platform()->listPage(PlatformClient::ListKind::Recordings, QString(), 5));
            QVERIFY(recs.ok());
            DecodeProblems problems;
            const auto page = decodePage<Recording>(recs.body, QStringLiteral("recordings"), &problems);
            QVERIFY(!page.items.isEmpty());
            QVERIFY2(problems.isEmpty(), qPrintable(problems.summary()));
            // Live uploads need type=rag on /storage_files; the client adds it.
            QTemporaryDir dir;
            QFile f(dir.filePath(QStringLiteral("kb.txt")));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("knowledge");
            f.close();
            const ReplySnapshot up = waitFor(admin.platform()->uploadFile(f.fileName()));
            QVERIFY2(up.ok(), qPrintable(up.error.details()));
            DecodeProblems upProblems;
            const PlatformFile stored = PlatformFile::fromJson(
                parseJsonObject(up.body, QStringLiteral("file"), &upProblems), &upProblems);
            QCOMPARE(stored.type, FileType::Rag);
        }
        {
            SessionConfig config = live.sessionConfig();
            config.platformCredentials.username = live.credentials().agentUsername;
            config.platformCredentials.password = live.credentials().agentPassword;
            Session agent(config);
            const ReplySnapshot r =
                waitFor(agent.platform()->listPage(PlatformClient::ListKind::Files, QString(), 5));
            QVERIFY2(r.ok(), qPrintable(r.error.details()));
            QCOMPARE(agent.platform()->filesPath(), QStringLiteral("/service_agents/files"));
            const ReplySnapshot recs =
                waitFor(agent.platform()->listPage(PlatformClient::ListKind::Recordings, QString(), 5));
            QCOMPARE(recs.error.httpStatus, 403);
            QVERIFY2(recs.error.toDisplayString().startsWith(
                         QStringLiteral("Your account may not view recordings")),
                     qPrintable(recs.error.toDisplayString()));
        }
    }

private:
    QUuid firstFileId(Session &session)
    {
        const ReplySnapshot r =
            waitFor(session.platform()->listPage(PlatformClient::ListKind::Files, QString(), 5));
        DecodeProblems problems;
        const auto page = decodePage<PlatformFile>(r.body, QStringLiteral("files"), &problems);
        return page.items.isEmpty() ? QUuid() : page.items.first().id;
    }

    SandboxFixture m_sandbox;
};

QTEST_GUILESS_MAIN(TestPlatformClient)
#include "tst_platformclient.moc"
