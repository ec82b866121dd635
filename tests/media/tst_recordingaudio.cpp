// A recording's audio is fetched once per profile into its cache, and everything reads those
// bytes: the progressive device while they arrive, Save (DownloadJob) from the cache. Against the
// real sandbox over loopback.

#include "domain/page.h"
#include "domain/recording.h"
#include "media/audiocache.h"
#include "media/progressiveaudiodevice.h"
#include "media/recordingaudio.h"
#include "media/recordingaudioservice.h"
#include "sandboxfixture.h"
#include "settings/profilestore.h"
#include "transfer/downloadjob.h"

#include <atomic>
#include <QCryptographicHash>
#include <QDirIterator>
#include <QSettings>
#include <QThread>
#include <QtTest>

using namespace recdesk;
using namespace recdesk::test;

namespace {

QList<QUuid> playableRecordings(Session &session)
{
    const ReplySnapshot list =
        waitFor(session.platform()->listPage(PlatformClient::ListKind::Recordings, QString(), 100));
    DecodeProblems problems;
    QList<QUuid> ids;
    for (const Recording &r : decodePage<Recording>(list.body, QStringLiteral("recordings"), &problems).items)
        if (r.isPlayable())
            ids.append(r.id);
    return ids;
}

int signedGets(SandboxFixture &sandbox)
{
    int n = 0;
    for (const QJsonValue &v : sandbox.signedRequests())
        if (v.toObject().value(QStringLiteral("method")).toString() == QLatin1String("GET") &&
            !v.toObject().value(QStringLiteral("internal")).toBool())
            ++n;
    return n;
}

bool waitReady(RecordingAudio *audio, int timeoutMs = 30000)
{
    QElapsedTimer t;
    t.start();
    while (!audio->isReady() && !audio->hasFailed() && t.elapsed() < timeoutMs)
        QTest::qWait(10);
    return audio->isReady();
}

QByteArray sha256Of(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return h.result();
}

// A sandbox, and a session on it whose audio cache is a fresh folder.
struct AudioSetup
{
    SandboxFixture sandbox;
    QTemporaryDir cacheDir;
    std::unique_ptr<Session> session;

    bool start(bool live = false, int recordings = 6)
    {
        if (!sandbox.start(live, recordings, 1))
            return false;
        session = std::make_unique<Session>(config());
        return true;
    }
    SessionConfig config() const
    {
        SessionConfig c = sandbox.sessionConfig();
        c.audioCacheDir = cacheDir.path();
        return c;
    }
};

// Retries that come back after about `ms` each time, as many as it takes.
RetryPolicy retryEvery(int ms)
{
    RetryPolicy p;
    p.baseDelayMs = ms;
    p.maxDelayMs = ms;
    p.maxAttempts = 1000;
    return p;
}

} // namespace

class TestRecordingAudio : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void fetchedOnceAndKeptAcrossSessions()
    {
        SandboxFixture sandbox;
        QVERIFY(sandbox.start(false, 6, 1));
        QTemporaryDir cacheDir;
        SessionConfig config = sandbox.sessionConfig();
        config.audioCacheDir = cacheDir.path();
        QUuid id;
        QByteArray firstHash;
        {
            Session session(config);
            const QList<QUuid> ids = playableRecordings(session);
            QVERIFY(!ids.isEmpty());
            id = ids.constFirst();
            sandbox.resetSignedLog();
            RecordingAudio *audio = session.recordingAudio()->fetch(id);
            QVERIFY2(waitReady(audio), qPrintable(audio->error().toDisplayString()));
            QCOMPARE(audio->content(), RecordingAudio::Content::Wav);
            QCOMPARE(signedGets(sandbox), 1);
            // The same handle, no second fetch.
            QCOMPARE(session.recordingAudio()->fetch(id), audio);
            QCOMPARE(signedGets(sandbox), 1);
            QFile wav(audio->playablePath());
            QVERIFY(wav.open(QIODevice::ReadOnly));
            QCOMPARE(wav.read(4), QByteArray("RIFF"));
            firstHash = sha256Of(audio->playablePath());
        }
        // No URL, token, password or user name in any name in the cache, nor in its index.
        const QString password = sandbox.credentials().password;
        QDirIterator it(cacheDir.path(), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            const QString name = QFileInfo(path).fileName();
            QVERIFY2(!name.contains(QStringLiteral("http")) && !name.contains(QStringLiteral("signature")) &&
                         !name.contains(password),
                     qPrintable(name));
            if (name == QLatin1String("index.json")) {
                QFile index(path);
                QVERIFY(index.open(QIODevice::ReadOnly));
                const QByteArray text = index.readAll();
                QVERIFY(!text.contains("http") && !text.contains(password.toUtf8()));
            }
        }
        // A new session on the same profile plays it from disk: nothing is fetched.
        Session again(config);
        sandbox.resetSignedLog();
        RecordingAudio *cached = again.recordingAudio()->fetch(id);
        QVERIFY(cached->isReady());
        QCOMPARE(sha256Of(cached->playablePath()), firstHash);
        QCOMPARE(signedGets(sandbox), 0);
    }

    void leastRecentlyUsedGoFirst()
    {
        AudioSetup setup;
        QVERIFY(setup.start(false, 8));
        Session &session = *setup.session;
        const QList<QUuid> ids = playableRecordings(session);
        QVERIFY(ids.size() >= 3);
        RecordingAudioService *service = session.recordingAudio();
        for (int i = 0; i < 3; ++i)
            QVERIFY(waitReady(service->fetch(ids.at(i))));
        // One byte short of all three: asking again for the first makes it the most recent, so
        // the second (now the least recently used) is the one that goes.
        service->cache().setLimitBytes(service->cache().totalBytes() - 1);
        service->fetch(ids.at(0));
        service->cache().trim({ids.at(0)});
        QVERIFY(service->cache().totalBytes() <= service->cache().limitBytes());
        QVERIFY(service->cache().isComplete(ids.at(0)));
        QVERIFY(!service->cache().isComplete(ids.at(1)));
        QVERIFY(!QFileInfo::exists(service->cache().audioPath(ids.at(1))));
        QVERIFY(service->cache().isComplete(ids.at(2)));

        // A limit below one recording never removes the one in use.
        service->cache().setLimitBytes(1);
        service->cache().trim({ids.at(2)});
        QVERIFY(service->cache().isComplete(ids.at(2)));
        QVERIFY(!service->cache().isComplete(ids.at(0)));
    }

    void removedWithTheProfile()
    {
        QTemporaryDir settingsDir;
        QSettings settings(settingsDir.filePath(QStringLiteral("recdesk.ini")), QSettings::IniFormat);
        ProfileStore store(&settings);
        Profile p;
        p.name = QStringLiteral("Night shift");
        p.platformUrl = QUrl(QStringLiteral("https://platform.example/v1.0"));
        store.save(p);
        const QString dir = AudioCache::directoryForProfile(p.name);
        QVERIFY(!dir.contains(p.name));
        AudioCache cache(dir);
        QFile f(cache.audioPath(QUuid::createUuid()));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("RIFF");
        f.close();
        QVERIFY(QFileInfo::exists(dir));
        QCOMPARE(makeSessionConfig(p, ProfileSecrets()).audioCacheDir, dir);
        store.remove(p.name);
        QVERIFY(!QFileInfo::exists(dir));
    }

    void readWhileArriving_data()
    {
        QTest::addColumn<int>("mode");
        QTest::newRow("random access, reader thread") << int(ProgressiveAudioDevice::Mode::RandomAccess);
        QTest::newRow("stream, this thread") << int(ProgressiveAudioDevice::Mode::Sequential);
    }
    void readWhileArriving()
    {
        QFETCH(int, mode);
        // The download server cuts every answer after 256 KiB and the resume waits 300 ms: the
        // reader must get the first part while the rest is still to come, then all of it.
        AudioSetup setup;
        QVERIFY(setup.start(false, 6));
        SandboxFixture &sandbox = setup.sandbox;
        Session &session = *setup.session;
        QList<QUuid> ids = playableRecordings(session);
        QVERIFY(!ids.isEmpty());
        sandbox.setFaults(QJsonObject{{QStringLiteral("dropAfterBytes"), 256 * 1024}});
        session.recordingAudio()->setRetryPolicy(retryEvery(300));
        RecordingAudio *audio = session.recordingAudio()->fetch(ids.constFirst());
        QTRY_VERIFY_WITH_TIMEOUT(audio->availableBytes() >= 64 * 1024, 10000);

        ProgressiveAudioDevice device(audio->path(), audio->arrival(), ProgressiveAudioDevice::Mode(mode));
        QVERIFY(device.open(QIODevice::ReadOnly));
        connect(audio, &RecordingAudio::progressed, &device, &ProgressiveAudioDevice::notifyArrival);
        QByteArray got;
        std::atomic<qint64> firstReadAt{-1};
        if (ProgressiveAudioDevice::Mode(mode) == ProgressiveAudioDevice::Mode::RandomAccess) {
            QVERIFY(!device.isSequential());
            // A media backend's thread: its reads wait for bytes that have not arrived.
            QThread *reader = QThread::create([&] {
                char buf[32 * 1024];
                while (!device.atEnd()) {
                    const qint64 n = device.read(buf, sizeof buf);
                    if (n < 0)
                        break;
                    if (firstReadAt < 0)
                        firstReadAt = audio->arrival()->snapshot().available;
                    got.append(buf, n);
                }
            });
            reader->start();
            QTRY_VERIFY_WITH_TIMEOUT(reader->isFinished(), 60000);
            delete reader;
        } else {
            QVERIFY(device.isSequential());
            // On the owner's thread a read never waits: what is there, then readyRead() for more.
            QSignalSpy more(&device, &QIODevice::readyRead);
            QElapsedTimer t;
            t.start();
            while (!device.atEnd() && t.elapsed() < 60000) {
                const QByteArray chunk = device.read(64 * 1024);
                if (!chunk.isEmpty() && firstReadAt < 0)
                    firstReadAt = audio->arrival()->snapshot().available;
                got += chunk;
                if (chunk.isEmpty())
                    QTest::qWait(5);
            }
            QVERIFY(more.count() > 0);
        }
        QVERIFY2(waitReady(audio), qPrintable(audio->error().toDisplayString()));
        const qint64 total = QFileInfo(audio->path()).size();
        QVERIFY2(
            firstReadAt > 0 && firstReadAt < total,
            qPrintable(
                QStringLiteral("first read when %1 of %2 bytes had arrived").arg(firstReadAt).arg(total)));
        QCOMPARE(got.size(), total);
        QCOMPARE(QCryptographicHash::hash(got, QCryptographicHash::Sha256), sha256Of(audio->path()));
    }

    void seekBeyondArrivalWaits()
    {
        // Random access: a read past what arrived waits there (on a backend thread) and returns
        // the right bytes once they come.
        AudioSetup setup;
        QVERIFY(setup.start(false, 6));
        SandboxFixture &sandbox = setup.sandbox;
        Session &session = *setup.session;
        const QList<QUuid> ids = playableRecordings(session);
        sandbox.setFaults(QJsonObject{{QStringLiteral("dropAfterBytes"), 128 * 1024}});
        session.recordingAudio()->setRetryPolicy(retryEvery(200));
        RecordingAudio *audio = session.recordingAudio()->fetch(ids.constFirst());
        QTRY_VERIFY_WITH_TIMEOUT(audio->totalBytes() > 0 && audio->availableBytes() > 0, 10000);
        const qint64 target = std::min<qint64>(audio->totalBytes() - 16, 300 * 1024);
        QVERIFY(target > audio->availableBytes());
        ProgressiveAudioDevice device(audio->path(), audio->arrival(),
                                      ProgressiveAudioDevice::Mode::RandomAccess);
        QVERIFY(device.open(QIODevice::ReadOnly));
        QCOMPARE(device.size(), audio->totalBytes());
        QByteArray got;
        QThread *reader = QThread::create([&] {
            device.seek(target);
            got = device.read(16);
        });
        reader->start();
        QTRY_VERIFY_WITH_TIMEOUT(reader->isFinished(), 30000);
        delete reader;
        QVERIFY(waitReady(audio));
        QFile whole(audio->path());
        QVERIFY(whole.open(QIODevice::ReadOnly) && whole.seek(target));
        QCOMPARE(got, whole.read(16));
    }

    void streamStartingMidFile()
    {
        // How a stream seeks: a header of its own, then the file from a given byte on.
        AudioSetup setup;
        QVERIFY(setup.start());
        Session &session = *setup.session;
        RecordingAudio *audio = session.recordingAudio()->fetch(playableRecordings(session).constFirst());
        QVERIFY(waitReady(audio));
        const QByteArray header("HEADER");
        const qint64 from = 1000;
        ProgressiveAudioDevice device(audio->path(), audio->arrival(),
                                      ProgressiveAudioDevice::Mode::Sequential);
        device.startAt(from, header);
        QVERIFY(device.open(QIODevice::ReadOnly));
        QCOMPARE(device.bytesAvailable(), header.size() + QFileInfo(audio->path()).size() - from);
        QByteArray got;
        while (!device.atEnd()) {
            const QByteArray chunk = device.read(777); // across the header's end
            QVERIFY(!chunk.isEmpty());
            got += chunk;
        }
        QFile whole(audio->path());
        QVERIFY(whole.open(QIODevice::ReadOnly) && whole.seek(from));
        QCOMPARE(got, header + whole.readAll());
    }

    void legsAreJoinedOnce()
    {
        AudioSetup setup;
        QVERIFY(setup.start(true, 4));
        Session &session = *setup.session;
        const QList<QUuid> ids = playableRecordings(session);
        QVERIFY(!ids.isEmpty());
        RecordingAudio *audio = session.recordingAudio()->fetch(ids.constFirst());
        QVERIFY2(waitReady(audio), qPrintable(audio->error().toDisplayString()));
        QCOMPARE(audio->content(), RecordingAudio::Content::Legs);
        QCOMPARE(audio->playablePath(), session.recordingAudio()->cache().stereoPath(ids.constFirst()));
        QFile stereo(audio->playablePath());
        QVERIFY(stereo.open(QIODevice::ReadOnly));
        const QByteArray header = stereo.read(44);
        QCOMPARE(header.left(4), QByteArray("RIFF"));
        QCOMPARE(int(uchar(header.at(22))), 2); // two channels: in and out
    }

    void saveComesFromTheCache()
    {
        AudioSetup setup;
        QVERIFY(setup.start(false, 6));
        QTemporaryDir saveDir;
        SandboxFixture &sandbox = setup.sandbox;
        Session &session = *setup.session;
        const QUuid id = playableRecordings(session).constFirst();
        RecordingAudio *audio = session.recordingAudio()->fetch(id);
        QVERIFY(waitReady(audio));
        sandbox.resetSignedLog();
        TransferItem item;
        item.source = TransferItem::Source::Recording;
        item.remoteId = id;
        item.folder = saveDir.path();
        item.name = QStringLiteral("call.wav");
        DownloadJob job(&session, item);
        QSignalSpy finished(&job, &DownloadJob::finished);
        job.start();
        QVERIFY(finished.wait(20000));
        QVERIFY(!finished.constFirst().constFirst().value<ApiError>().isError());
        QCOMPARE(QFileInfo(job.item().targetPath).fileName(), QStringLiteral("call.wav"));
        QCOMPARE(sha256Of(job.item().targetPath), sha256Of(audio->path()));
        QCOMPARE(signedGets(sandbox), 0);
    }

    void stalledDownloadGivesUpWithinItsBudget()
    {
        // Every answer of the download server is a 503: whatever the retry count allows, the job
        // ends when its time budget without progress is spent, with a sentence saying so.
        SandboxFixture sandbox;
        QVERIFY(sandbox.start(false, 4, 1));
        Session session(sandbox.sessionConfig());
        const QUuid id = playableRecordings(session).constFirst();
        sandbox.setFaults(QJsonObject{{QStringLiteral("failNext"),
                                       QJsonObject{{QStringLiteral("status"), 503},
                                                   {QStringLiteral("count"), 100000},
                                                   {QStringLiteral("retryAfter"), 0},
                                                   {QStringLiteral("paths"), QStringLiteral("/signed/")}}}});
        QTemporaryDir saveDir;
        TransferItem item;
        item.source = TransferItem::Source::Recording;
        item.remoteId = id;
        item.folder = saveDir.path();
        DownloadJob job(&session, item);
        job.setRetryPolicy(retryEvery(100));
        job.setStallBudgetMs(1500);
        QSignalSpy finished(&job, &DownloadJob::finished);
        QElapsedTimer t;
        t.start();
        job.start();
        QVERIFY(finished.wait(20000));
        const ApiError error = finished.constFirst().constFirst().value<ApiError>();
        QVERIFY(error.isError());
        QVERIFY2(error.toDisplayString().contains(QStringLiteral("sent nothing new")),
                 qPrintable(error.toDisplayString()));
        QVERIFY(t.elapsed() < 10000);
        QVERIFY(QDir(saveDir.path()).entryList(QDir::Files).isEmpty());
    }
};

QTEST_MAIN(TestRecordingAudio)
#include "tst_recordingaudio.moc"
