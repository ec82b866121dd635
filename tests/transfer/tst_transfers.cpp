// Downloads and uploads through the TransferQueue against the sandbox, under its faults: dropped
// connections resume with Range and give the same SHA-256, expired signed URLs are refreshed, 5xx
// bursts on the signed host are retried, credentials never reach the signed host, the queue
// survives a restart without losing or duplicating an item, and the table model stays sound.

#include "domain/analyticsmetadata.h"
#include "domain/page.h"
#include "domain/platformfile.h"
#include "domain/recording.h"
#include "sandboxfixture.h"
#include "transfer/filenamesanitizer.h"
#include "transfer/transferqueue.h"
#include "transfer/transfertablemodel.h"

#include <QAbstractItemModelTester>
#include <QCryptographicHash>
#include <QDir>
#include <QRandomGenerator>
#include <QSet>
#include <QtTest>

using namespace recdesk;
using namespace recdesk::test;

namespace {

QByteArray sha256Of(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QByteArray();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&f);
    return hash.result().toHex();
}

QByteArray randomBytes(qint64 size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator gen(42);
    for (qint64 i = 0; i < size; ++i)
        bytes[i] = char(gen.generate() & 0xff);
    return bytes;
}

} // namespace

class TestTransfers : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_sandbox.start(false, 12, 6));
        QVERIFY(m_work.isValid());
        // A file of known content on the platform, big enough to be cut in many pieces.
        m_source = m_work.filePath(QStringLiteral("source.wav"));
        QFile f(m_source);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("RIFF") + randomBytes(3 * 1024 * 1024 - 4));
        f.close();
        m_sourceSha = sha256Of(m_source);
        Session session(m_sandbox.sessionConfig(true));
        const ReplySnapshot r = waitFor(session.platform()->uploadFile(m_source, QStringLiteral("Source")));
        QVERIFY2(r.ok(), qPrintable(r.error.details()));
        DecodeProblems problems;
        m_fileId =
            PlatformFile::fromJson(parseJsonObject(r.body, QStringLiteral("file"), &problems), &problems).id;
        QVERIFY(!m_fileId.isNull());
    }
    void init()
    {
        m_sandbox.resetFaults();
        m_sandbox.resetClock();
        m_sandbox.resetSignedLog();
    }

    void downloadsAFileIntact_data()
    {
        QTest::addColumn<bool>("accessKey");
        QTest::newRow("password") << false;
        QTest::newRow("access key") << true;
    }
    void downloadsAFileIntact()
    {
        QFETCH(bool, accessKey);
        Session session(m_sandbox.sessionConfig(accessKey));
        const QString folder = freshFolder();
        TransferQueue queue(&session, QString());
        const QUuid id = queue.enqueueFileDownload(m_fileId, folder);
        const TransferItem item = waitUntilFinished(queue, id);
        QCOMPARE(item.state, TransferItem::State::Completed);
        QCOMPARE(QFileInfo(item.targetPath).fileName(), QStringLiteral("source.wav"));
        QCOMPARE(sha256Of(item.targetPath), m_sourceSha);
        QVERIFY(!QFile::exists(FileNameSanitizer::partPathFor(item.targetPath)));
        expectNoCredentialLeak(session);
    }

    void downloadsALiveVariantFileWithResume()
    {
        SandboxFixture live;
        QVERIFY(live.start(true, 4, 4));
        live.setFaults(QJsonObject{{QStringLiteral("dropAfterBytes"), 20 * 1024}});
        Session session(live.sessionConfig());
        const ReplySnapshot list =
            waitFor(session.platform()->listPage(PlatformClient::ListKind::Files, QString(), 10));
        QVERIFY2(list.ok(), qPrintable(list.error.details()));
        DecodeProblems problems;
        const auto page = decodePage<PlatformFile>(list.body, QStringLiteral("files"), &problems);
        QVERIFY(!page.items.isEmpty());
        PlatformFile biggest = page.items.first();
        for (const PlatformFile &f : page.items)
            if (f.filesize > biggest.filesize)
                biggest = f;
        QVERIFY(biggest.filesize > 20 * 1024);
        TransferQueue queue(&session, QString());
        queue.setDownloadRetryPolicy(SandboxFixture::fastRetries());
        const TransferItem item =
            waitUntilFinished(queue, queue.enqueueFileDownload(biggest.id, freshFolder()));
        QVERIFY2(item.state == TransferItem::State::Completed, qPrintable(item.errorDetails));
        QCOMPARE(QFileInfo(item.targetPath).size(), biggest.filesize);
        QCOMPARE(session.platform()->filesPath(), QStringLiteral("/storage_files"));
        const QString leak = SandboxFixture::credentialLeak(live.signedRequests(), live.credentials(),
                                                            session.platform()->token());
        QVERIFY2(leak.isEmpty(), qPrintable(leak));
    }

    void resumesAfterDroppedConnections()
    {
        // Every connection to the signed host closes after 700 kB: the 3 MiB file needs 5 resumes.
        m_sandbox.setFaults(QJsonObject{{QStringLiteral("dropAfterBytes"), 700 * 1024}});
        Session session(m_sandbox.sessionConfig());
        TransferQueue queue(&session, QString());
        queue.setDownloadRetryPolicy(SandboxFixture::fastRetries());
        const QUuid id = queue.enqueueFileDownload(m_fileId, freshFolder());
        const TransferItem item = waitUntilFinished(queue, id);
        QVERIFY2(item.state == TransferItem::State::Completed, qPrintable(item.errorDetails));
        QCOMPARE(sha256Of(item.targetPath), m_sourceSha);
        int ranged = 0;
        for (const QJsonValue &v : m_sandbox.signedRequests())
            for (const QJsonValue &h : v.toObject().value(QStringLiteral("headers")).toArray())
                if (h.toArray().at(0).toString().compare(QStringLiteral("range"), Qt::CaseInsensitive) == 0)
                    ++ranged;
        QVERIFY2(ranged >= 4, qPrintable(QString::number(ranged)));
        expectNoCredentialLeak(session);
    }

    void refreshesASignedUrlThatExpiresMidDownload()
    {
        // Connections drop every 400 kB and each answer waits 150 ms; once the first piece is on
        // disk the sandbox clock jumps past the URL's expiry (24 h), so the resume is refused
        // with 403 (the client's own clock still calls the URL fresh) and the client must fetch
        // a fresh URL to finish.
        m_sandbox.setFaults(
            QJsonObject{{QStringLiteral("dropAfterBytes"), 400 * 1024}, {QStringLiteral("latencyMs"), 150}});
        Session session(m_sandbox.sessionConfig());
        TransferQueue queue(&session, QString());
        RetryPolicy slow = SandboxFixture::fastRetries();
        slow.baseDelayMs = 300;
        slow.maxDelayMs = 600;
        slow.maxAttempts = 12;
        queue.setDownloadRetryPolicy(slow);
        const QUuid id = queue.enqueueFileDownload(m_fileId, freshFolder());
        QTRY_VERIFY_WITH_TIMEOUT(queue.at(queue.indexOf(id)).bytesDone > 0, 20000);
        QVERIFY(!queue.at(queue.indexOf(id)).isFinished());
        QVERIFY(m_sandbox.advanceClock(25 * 3600).contains(QStringLiteral("offsetSeconds")));
        const TransferItem item = waitUntilFinished(queue, id, 60000);
        QVERIFY2(item.state == TransferItem::State::Completed, qPrintable(item.errorDetails));
        QCOMPARE(sha256Of(item.targetPath), m_sourceSha);
        QSet<QString> urls;
        for (const QJsonValue &v : m_sandbox.signedRequests())
            urls.insert(v.toObject().value(QStringLiteral("query")).toString());
        QVERIFY2(urls.size() >= 2, "the download never needed a fresh signed URL");
        expectNoCredentialLeak(session);
    }

    void retriesA5xxBurstOnTheSignedHost()
    {
        m_sandbox.setFaults(
            QJsonObject{{QStringLiteral("failNext"),
                         QJsonObject{{QStringLiteral("status"), 503},
                                     {QStringLiteral("count"), 3},
                                     {QStringLiteral("retryAfter"), 0},
                                     {QStringLiteral("paths"), QStringLiteral("/signed/")}}}});
        Session session(m_sandbox.sessionConfig(true));
        TransferQueue queue(&session, QString());
        queue.setDownloadRetryPolicy(SandboxFixture::fastRetries());
        const TransferItem item =
            waitUntilFinished(queue, queue.enqueueFileDownload(m_fileId, freshFolder()));
        QVERIFY2(item.state == TransferItem::State::Completed, qPrintable(item.errorDetails));
        QCOMPARE(sha256Of(item.targetPath), m_sourceSha);
    }

    void neverOverwritesAnExistingFile()
    {
        Session session(m_sandbox.sessionConfig(true));
        const QString folder = freshFolder();
        QFile existing(QDir(folder).filePath(QStringLiteral("source.wav")));
        QVERIFY(existing.open(QIODevice::WriteOnly));
        existing.write("mine");
        existing.close();
        TransferQueue queue(&session, QString());
        const TransferItem item = waitUntilFinished(queue, queue.enqueueFileDownload(m_fileId, folder));
        QCOMPARE(item.state, TransferItem::State::Completed);
        QCOMPARE(QFileInfo(item.targetPath).fileName(), QStringLiteral("source (2).wav"));
        QCOMPARE(existing.size(), 4);
        QCOMPARE(sha256Of(item.targetPath), m_sourceSha);
    }

    void downloadsRecordings_data()
    {
        QTest::addColumn<bool>("live");
        QTest::newRow("documented: one WAV") << false;
        QTest::newRow("live: ZIP of legs") << true;
    }
    void downloadsRecordings()
    {
        QFETCH(bool, live);
        SandboxFixture sandbox;
        QVERIFY(sandbox.start(live, 6, 2));
        Session session(sandbox.sessionConfig());
        const ReplySnapshot list =
            waitFor(session.platform()->listPage(PlatformClient::ListKind::Recordings, QString(), 100));
        QVERIFY(list.ok());
        DecodeProblems problems;
        QUuid ended;
        for (const Recording &r :
             decodePage<Recording>(list.body, QStringLiteral("recordings"), &problems).items)
            if (r.isPlayable())
                ended = r.id;
        QVERIFY(!ended.isNull());
        TransferQueue queue(&session, QString());
        TransferTableModel model(&queue);
        const TransferItem item =
            waitUntilFinished(queue, queue.enqueueRecordingDownload(ended, freshFolder()));
        QVERIFY2(item.state == TransferItem::State::Completed, qPrintable(item.errorDetails));
        // The transfers panel names what was saved (e.g. "x (2).wav"), not what was asked for.
        QCOMPARE(model.index(0, TransferTableModel::NameColumn).data().toString(),
                 QFileInfo(item.targetPath).fileName());
        auto head = [](const QString &path) {
            QFile f(path);
            return f.open(QIODevice::ReadOnly) ? f.read(4) : QByteArray();
        };
        if (live) {
            // The ZIP of legs is unpacked into a folder of its own: one WAV per leg.
            const QJsonArray legs = item.result.value(QStringLiteral("legs")).toArray();
            QCOMPARE(legs.size(), 2);
            QVERIFY(legs.at(0).toString().endsWith(QStringLiteral("_in.wav")));
            QVERIFY(legs.at(1).toString().endsWith(QStringLiteral("_out.wav")));
            for (const QJsonValue &leg : legs)
                QCOMPARE(head(leg.toString()), QByteArray("RIFF"));
            QVERIFY(QFileInfo(item.targetPath).isDir());
            QCOMPARE(QDir(item.folder).entryList(QDir::Files).size(), 0); // no ZIP, no .part left
        } else {
            QCOMPARE(head(item.targetPath), QByteArray("RIFF"));
            QVERIFY(item.targetPath.endsWith(QStringLiteral(".wav")));
        }
        const QString leak = SandboxFixture::credentialLeak(sandbox.signedRequests(), sandbox.credentials(),
                                                            session.platform()->token());
        QVERIFY2(leak.isEmpty(), qPrintable(leak));
    }

    void cancelRemovesThePartAndRetryStartsAgain()
    {
        m_sandbox.setFaults(QJsonObject{{QStringLiteral("latencyMs"), 300}});
        Session session(m_sandbox.sessionConfig(true));
        TransferQueue queue(&session, QString());
        const QUuid id = queue.enqueueFileDownload(m_fileId, freshFolder());
        QTRY_COMPARE_WITH_TIMEOUT(queue.at(queue.indexOf(id)).state, TransferItem::State::Running, 5000);
        queue.cancel(id);
        QCOMPARE(queue.at(queue.indexOf(id)).state, TransferItem::State::Cancelled);
        m_sandbox.resetFaults();
        queue.retry(id);
        const TransferItem item = waitUntilFinished(queue, id);
        QCOMPARE(item.state, TransferItem::State::Completed);
        QCOMPARE(sha256Of(item.targetPath), m_sourceSha);
        QCOMPARE(QDir(item.folder).entryList(QDir::Files).size(), 1);
    }

    void respectsTheConcurrencyLimitAndTheModelStaysSound()
    {
        m_sandbox.setFaults(QJsonObject{{QStringLiteral("latencyMs"), 100}});
        Session session(m_sandbox.sessionConfig(true));
        TransferQueue queue(&session, QString());
        queue.setConcurrency(2);
        TransferTableModel model(&queue);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        int maxRunning = 0;
        connect(&queue, &TransferQueue::itemChanged, this,
                [&] { maxRunning = std::max(maxRunning, queue.runningCount()); });
        const QString folder = freshFolder();
        QList<QUuid> ids;
        for (const QUuid &fileId : someFileIds(session, 5))
            ids.append(queue.enqueueFileDownload(fileId, folder));
        QCOMPARE(model.rowCount(), ids.size());
        QTRY_VERIFY_WITH_TIMEOUT(queue.isIdle(), 30000);
        QCOMPARE(maxRunning, 2);
        for (int row = 0; row < model.rowCount(); ++row) {
            QCOMPARE(model.index(row, TransferTableModel::StateColumn).data().toString(),
                     TransferItem::stateName(TransferItem::State::Completed));
            QCOMPARE(model.index(row, TransferTableModel::ProgressColumn)
                         .data(TransferTableModel::ProgressRole)
                         .toInt(),
                     100);
        }
        queue.clearFinished();
        QCOMPARE(model.rowCount(), 0);
    }

    void queueSurvivesARestartWithoutLossOrDuplicates()
    {
        const QString store = m_work.filePath(QStringLiteral("queue-%1.json").arg(++m_counter));
        const QString folder = freshFolder();
        m_sandbox.setFaults(
            QJsonObject{{QStringLiteral("dropAfterBytes"), 500 * 1024}, {QStringLiteral("latencyMs"), 200}});
        QList<QUuid> ids;
        {
            Session session(m_sandbox.sessionConfig(true));
            TransferQueue queue(&session, store);
            queue.setConcurrency(1);
            queue.setDownloadRetryPolicy(SandboxFixture::fastRetries());
            ids.append(queue.enqueueFileDownload(m_fileId, folder));
            for (const QUuid &fileId : someFileIds(session, 2))
                if (fileId != m_fileId)
                    ids.append(queue.enqueueFileDownload(fileId, folder));
            // Asking twice for the same download does not add a second item.
            QCOMPARE(queue.enqueueFileDownload(m_fileId, folder), ids.first());
            QTRY_VERIFY_WITH_TIMEOUT(queue.at(0).bytesDone > 0, 10000);
            // The application closes mid-download (the queue is destroyed, the .part stays).
        }
        m_sandbox.resetFaults();
        Session session(m_sandbox.sessionConfig(true));
        TransferQueue queue(&session, store);
        QCOMPARE(queue.count(), ids.size());
        for (const QUuid &id : ids)
            QVERIFY(queue.indexOf(id) >= 0);
        QTRY_VERIFY_WITH_TIMEOUT(queue.isIdle(), 30000);
        for (const QUuid &id : ids)
            QCOMPARE(queue.at(queue.indexOf(id)).state, TransferItem::State::Completed);
        QCOMPARE(sha256Of(queue.at(queue.indexOf(ids.first())).targetPath), m_sourceSha);
        // One file per item, no leftovers.
        QCOMPARE(QDir(folder).entryList(QDir::Files).size(), ids.size());
    }

    void crashedRunningItemsResumeOrAskTheUser()
    {
        // A store as a crash leaves it: items still "running".
        const QString store = m_work.filePath(QStringLiteral("crashed.json"));
        TransferItem download;
        download.id = QUuid::createUuid();
        download.state = TransferItem::State::Running;
        download.source = TransferItem::Source::PlatformFile;
        download.remoteId = m_fileId;
        download.folder = freshFolder();
        TransferItem upload;
        upload.id = QUuid::createUuid();
        upload.direction = TransferItem::Direction::Upload;
        upload.destination = TransferItem::Destination::Assistant;
        upload.state = TransferItem::State::Running;
        upload.localPath = m_source;
        upload.uploadMayHaveReachedServer = true;
        QVERIFY(TransferStore(store).save({download, upload, download})); // a duplicate line too
        Session session(m_sandbox.sessionConfig(true));
        TransferQueue queue(&session, store);
        QCOMPARE(queue.count(), 2);
        QCOMPARE(queue.at(1).state, TransferItem::State::Failed);
        QVERIFY(queue.at(1).error.contains(QStringLiteral("may or may not have reached")));
        QTRY_COMPARE_WITH_TIMEOUT(queue.at(0).state, TransferItem::State::Completed, 20000);
    }

    void uploadsToEachDestination()
    {
        Session session(m_sandbox.sessionConfig());
        TransferQueue queue(&session, QString());
        const QString wav = m_work.filePath(QStringLiteral("upload.wav"));
        QFile f(wav);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("RIFF") + randomBytes(200 * 1024));
        f.close();
        AnalyticsMetadata meta;
        meta.fileName = QStringLiteral("queue/upload-%1.wav").arg(++m_counter);
        meta.uploadType = QStringLiteral("Audio");
        const QUuid toPlatform =
            queue.enqueueUpload(wav, TransferItem::Destination::Platform,
                                QJsonObject{{QStringLiteral("name"), QStringLiteral("Upload")}});
        const QUuid toAnalytics =
            queue.enqueueUpload(wav, TransferItem::Destination::Analytics, meta.toJson());
        const QUuid toAssistant = queue.enqueueUpload(wav, TransferItem::Destination::Assistant);
        QUuid recording;
        const ReplySnapshot list =
            waitFor(session.platform()->listPage(PlatformClient::ListKind::Recordings, QString(), 100));
        DecodeProblems problems;
        for (const Recording &r :
             decodePage<Recording>(list.body, QStringLiteral("recordings"), &problems).items)
            if (r.isPlayable())
                recording = r.id;
        AnalyticsMetadata signedMeta;
        signedMeta.fileName = QStringLiteral("queue/recording-%1.wav").arg(++m_counter);
        signedMeta.uploadType = QStringLiteral("Audio");
        const QUuid viaUrl = queue.enqueueRecordingToAnalytics(recording, signedMeta);
        for (const QUuid &id : {toPlatform, toAnalytics, toAssistant, viaUrl}) {
            const TransferItem item = waitUntilFinished(queue, id);
            QVERIFY2(item.state == TransferItem::State::Completed,
                     qPrintable(item.name + QLatin1Char(' ') + item.errorDetails));
            QVERIFY(!item.result.isEmpty());
        }
        QCOMPARE(queue.at(queue.indexOf(toPlatform)).result.value(QStringLiteral("filesize")).toInt(),
                 200 * 1024 + 4);
    }

    // A download is complete only when the wanted bytes are on disk: hostile signed-URL hosts
    // end in a failure that says what the server did, with nothing left in the folder.
    void redirectsThatGoNowhereFail_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<QString>("says");
        QTest::newRow("redirect loop")
            << QStringLiteral("redirectLoop") << QStringLiteral("redirected more than 5");
        QTest::newRow("redirect to file:") << QStringLiteral("redirectFile") << QStringLiteral("file:");
    }
    void redirectsThatGoNowhereFail()
    {
        QFETCH(QString, mode);
        QFETCH(QString, says);
        m_sandbox.setFaults(QJsonObject{{QStringLiteral("signedUrlMode"), mode}});
        Session session(m_sandbox.sessionConfig());
        TransferQueue queue(&session, QString());
        queue.setDownloadRetryPolicy(SandboxFixture::fastRetries());
        const QString folder = freshFolder();
        const TransferItem item = waitUntilFinished(queue, queue.enqueueFileDownload(m_fileId, folder));
        QCOMPARE(item.state, TransferItem::State::Failed);
        QVERIFY2(item.error.contains(says) || item.errorDetails.contains(says),
                 qPrintable(item.error + QLatin1Char('|') + item.errorDetails));
        QCOMPARE(QDir(folder).entryList(QDir::NoDotAndDotDot | QDir::AllEntries), QStringList());
        // The loop was cut after a few hops, not followed for ever.
        QVERIFY(m_sandbox.signedRequests().size() <= 6);
        expectNoCredentialLeak(session);
    }

    void aServerThatIgnoresRangeGivesUpWithASentence()
    {
        // Every answer is the whole file from byte 0, cut after 700 kB: resuming never gets further.
        m_sandbox.setFaults(QJsonObject{{QStringLiteral("signedUrlMode"), QStringLiteral("ignoreRange")},
                                        {QStringLiteral("dropAfterBytes"), 700 * 1024}});
        Session session(m_sandbox.sessionConfig());
        TransferQueue queue(&session, QString());
        RetryPolicy retries = SandboxFixture::fastRetries();
        queue.setDownloadRetryPolicy(retries);
        const QString folder = freshFolder();
        const TransferItem item = waitUntilFinished(queue, queue.enqueueFileDownload(m_fileId, folder));
        QCOMPARE(item.state, TransferItem::State::Failed);
        QVERIFY2(item.error.contains(QStringLiteral("would not resume")) ||
                     item.errorDetails.contains(QStringLiteral("would not resume")),
                 qPrintable(item.error + QLatin1Char('|') + item.errorDetails));
        // A bounded number of tries (the policy's), not one per restart. (QNAM itself may send a
        // GET again once when the server closes a reused connection, hence the factor 2.)
        int gets = 0;
        for (const QJsonValue &v : m_sandbox.signedRequests())
            gets += v.toObject().value(QStringLiteral("internal")).toBool() ? 0 : 1;
        QVERIFY2(gets <= 2 * (retries.maxAttempts + 1), qPrintable(QString::number(gets)));
        QVERIFY(!QFile::exists(QDir(folder).filePath(QStringLiteral("source.wav"))));
    }

    void aFileThatChangesMidDownloadIsNeverSpliced()
    {
        // Each resume gets a 206 of "another version" (a new ETag): appending it would splice two
        // versions, so the client starts again from zero instead, and never reports success.
        m_sandbox.setFaults(QJsonObject{{QStringLiteral("signedUrlMode"), QStringLiteral("newEtag")},
                                        {QStringLiteral("dropAfterBytes"), 700 * 1024}});
        Session session(m_sandbox.sessionConfig());
        TransferQueue queue(&session, QString());
        queue.setDownloadRetryPolicy(SandboxFixture::fastRetries());
        const QString folder = freshFolder();
        const QUuid id = queue.enqueueFileDownload(m_fileId, folder);
        TransferItem item = waitUntilFinished(queue, id);
        QCOMPARE(item.state, TransferItem::State::Failed);
        bool restartedFromZero = false;
        bool sawRange = false;
        for (const QJsonValue &v : m_sandbox.signedRequests()) {
            bool ranged = false;
            for (const QJsonValue &h : v.toObject().value(QStringLiteral("headers")).toArray())
                ranged = ranged || h.toArray().at(0).toString().compare(QStringLiteral("range"),
                                                                        Qt::CaseInsensitive) == 0;
            restartedFromZero = restartedFromZero || (sawRange && !ranged);
            sawRange = sawRange || ranged;
        }
        QVERIFY(sawRange);
        QVERIFY(restartedFromZero);
        // Once the server behaves, a retry finishes with the right bytes.
        m_sandbox.resetFaults();
        queue.retry(id);
        item = waitUntilFinished(queue, id);
        QVERIFY2(item.state == TransferItem::State::Completed, qPrintable(item.errorDetails));
        QCOMPARE(sha256Of(item.targetPath), m_sourceSha);
    }

    void aPlainHttpDownloadAddressIsRefused_data()
    {
        QTest::addColumn<QUrl>("url");
        QTest::newRow("http elsewhere") << QUrl(QStringLiteral("http://203.0.113.7/signed/x.wav?sig=secret"));
        QTest::newRow("ftp") << QUrl(QStringLiteral("ftp://127.0.0.1/x.wav"));
        QTest::newRow("file") << QUrl(QStringLiteral("file:///etc/passwd"));
    }
    void aPlainHttpDownloadAddressIsRefused()
    {
        // Nothing is fetched: the signature would cross the network in clear.
        QFETCH(QUrl, url);
        Session session(m_sandbox.sessionConfig());
        TransferQueue queue(&session, QString());
        const QString folder = freshFolder();
        const TransferItem item = waitUntilFinished(queue, queue.enqueueUrlDownload(url, folder), 5000);
        QCOMPARE(item.state, TransferItem::State::Failed);
        QVERIFY2((item.error + item.errorDetails).contains(QStringLiteral("not https")),
                 qPrintable(item.error + QLatin1Char('|') + item.errorDetails));
        QVERIFY(!(item.error + item.errorDetails).contains(QStringLiteral("secret")));
        QCOMPARE(QDir(folder).entryList(QDir::NoDotAndDotDot | QDir::AllEntries), QStringList());
    }

private:
    TransferItem waitUntilFinished(TransferQueue &queue, const QUuid &id, int timeoutMs = 30000)
    {
        const bool done =
            QTest::qWaitFor([&] { return queue.at(queue.indexOf(id)).isFinished(); }, timeoutMs);
        Q_UNUSED(done)
        return queue.at(queue.indexOf(id));
    }
    QString freshFolder()
    {
        const QString folder = m_work.filePath(QStringLiteral("out-%1").arg(++m_counter));
        QDir().mkpath(folder);
        return folder;
    }
    QList<QUuid> someFileIds(Session &session, int count)
    {
        const ReplySnapshot r =
            waitFor(session.platform()->listPage(PlatformClient::ListKind::Files, QString(), count));
        DecodeProblems problems;
        QList<QUuid> ids;
        for (const PlatformFile &f :
             decodePage<PlatformFile>(r.body, QStringLiteral("files"), &problems).items)
            ids.append(f.id);
        return ids;
    }
    void expectNoCredentialLeak(Session &session)
    {
        const QJsonArray log = m_sandbox.signedRequests();
        QVERIFY(!log.isEmpty());
        const QString leak =
            SandboxFixture::credentialLeak(log, m_sandbox.credentials(), session.platform()->token());
        QVERIFY2(leak.isEmpty(), qPrintable(leak));
    }

    SandboxFixture m_sandbox;
    QTemporaryDir m_work;
    QString m_source;
    QByteArray m_sourceSha;
    QUuid m_fileId;
    int m_counter = 0;
};

QTEST_GUILESS_MAIN(TestTransfers)
#include "tst_transfers.moc"
