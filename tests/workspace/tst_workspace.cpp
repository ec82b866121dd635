// The application layer without widgets: the connection's lifecycle (profile, demo, the race
// between them, sign-out), what a profile switch leaves behind, the upload fan-out to each
// destination, downloads of a selection, and the end of a batch, all against the real sandbox.
#include "demohost.h"
#include "domain/page.h"
#include "domain/platformfile.h"
#include "domain/recording.h"
#include "net/platformpagesource.h"
#include "sandboxfixture.h"
#include "settings/profilestore.h"
#include "transfer/transferqueue.h"
#include "workspace/workspace.h"

#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace recdesk;

class TestWorkspace : public QObject
{
    Q_OBJECT

    QTemporaryDir m_work;
    test::SandboxFixture m_service;

    Profile profileFor(const QString &name) const
    {
        Profile p;
        p.name = name;
        p.platformUrl = m_service.host()->platformBaseUrl();
        p.platformUsername = m_service.credentials().username;
        p.analyticsUrl = m_service.host()->analyticsBaseUrl();
        p.analyticsClientId = m_service.credentials().analyticsClientId;
        p.assistantUrl = m_service.host()->assistantBaseUrl();
        p.assistantUser = QStringLiteral("workspace-test");
        p.proxyMode = ProxySettings::Mode::None;
        return p;
    }
    ProfileSecrets secrets() const
    {
        ProfileSecrets s;
        s.platformPassword = m_service.credentials().password;
        s.analyticsClientSecret = m_service.credentials().analyticsClientSecret;
        s.assistantApiKey = m_service.credentials().assistantApiKey;
        return s;
    }
    QList<Recording> listRecordings(Session *session)
    {
        const test::ReplySnapshot list = test::waitFor(
            session->platform()->listPage(PlatformClient::ListKind::Recordings, QString(), 100));
        DecodeProblems problems;
        return decodePage<Recording>(list.body, QStringLiteral("recordings"), &problems).items;
    }
    QString writeFile(const QString &name, int bytes)
    {
        const QString path = m_work.filePath(name);
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write(QByteArray("RIFF") + QByteArray(bytes, 'a'));
        return path;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_work.isValid());
        QVERIFY(m_service.start(false, 12, 4));
    }

    void profileConnectsAndIsRemembered()
    {
        QSettings settings(m_work.filePath(QStringLiteral("profiles.ini")), QSettings::IniFormat);
        ProfileStore profiles(&settings);
        profiles.save(profileFor(QStringLiteral("Day shift")));
        Workspace workspace(&profiles, nullptr, nullptr);
        QSignalSpy changed(&workspace, &Workspace::sessionChanged);
        workspace.connectProfile(profileFor(QStringLiteral("Day shift")), secrets());
        QCOMPARE(changed.size(), 1);
        QVERIFY(workspace.session());
        QVERIFY(!workspace.isDemo());
        QCOMPARE(workspace.label(), QStringLiteral("Day shift"));
        QCOMPARE(profiles.currentName(), QStringLiteral("Day shift"));
        QVERIFY(workspace.transferQueue());
        QCOMPARE(workspace.transferQueue()->session(), workspace.session());
        // The files path the platform answers with is kept in the profile for the next start.
        const test::ReplySnapshot files = test::waitFor(
            workspace.session()->platform()->listPage(PlatformClient::ListKind::Files, QString(), 10));
        QVERIFY(files.ok());
        QTRY_VERIFY(!profiles.load(QStringLiteral("Day shift"))->platformFilesPath.isEmpty());
    }

    void switchingProfilesLeavesNothingBehind()
    {
        Workspace workspace(nullptr, nullptr, nullptr);
        TransferQueue *queue = nullptr;
        for (int i = 0; i < 5; ++i) {
            workspace.connectProfile(profileFor(QStringLiteral("P%1").arg(i)), secrets());
            auto *source = workspace.session()->createPageSource(PlatformClient::ListKind::Recordings,
                                                                 workspace.session());
            source->fetch(QString(), 5);
            if (!queue)
                queue = workspace.transferQueue();
            QCOMPARE(workspace.transferQueue(), queue); // one queue, moved to each session
        }
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QCOMPARE(workspace.findChildren<Session *>().size(), 1);
        QCOMPARE(workspace.findChildren<PlatformPageSource *>().size(), 1);
        workspace.signOut();
        QVERIFY(!workspace.session());
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QCOMPARE(workspace.findChildren<Session *>().size(), 0);
    }

    void demoStartsThenSignsOut()
    {
        QTemporaryDir data;
        DemoHost demo;
        Workspace workspace(nullptr, nullptr, &demo);
        QSignalSpy starting(&workspace, &Workspace::demoStarting);
        workspace.startDemo(data.path());
        QCOMPARE(starting.size(), 1);
        QVERIFY(!workspace.session()); // never from inside startDemo(): the start is in the background
        QTRY_VERIFY_WITH_TIMEOUT(workspace.session(), 30000);
        QVERIFY(workspace.isDemo());
        QVERIFY(demo.isRunning());
        // The demo keeps its recordings' audio beside its data.
        QCOMPARE(workspace.session()->config().audioCacheDir,
                 QDir(data.path()).filePath(QStringLiteral("audio-cache")));
        QVERIFY(!listRecordings(workspace.session()).isEmpty());
        workspace.signOut();
        QVERIFY(!workspace.session());
        QVERIFY(!demo.isRunning());
    }

    void profileChosenWhileTheDemoStarts()
    {
        // The demo seeds a fresh folder in the background; the person picks a profile meanwhile.
        QTemporaryDir data;
        DemoHost demo;
        Workspace workspace(nullptr, nullptr, &demo);
        workspace.startDemo(data.path());
        QVERIFY(demo.isStarting());
        workspace.connectProfile(profileFor(QStringLiteral("Night shift")), secrets());
        QSignalSpy changed(&workspace, &Workspace::sessionChanged);
        QSignalSpy failed(&workspace, &Workspace::demoFailed);
        QTRY_VERIFY_WITH_TIMEOUT(!demo.isStarting(), 30000);
        QCoreApplication::processEvents(); // whatever the start's end queued has run
        QCOMPARE(changed.size(), 0);       // the late demo did not replace the profile
        QCOMPARE(failed.size(), 0);
        QCOMPARE(workspace.label(), QStringLiteral("Night shift"));
        QVERIFY(!workspace.isDemo());
        QVERIFY(!demo.isRunning()); // stopped as soon as its start ended
    }

    void uploadsFanOutToEachDestination()
    {
        Workspace workspace(nullptr, nullptr, nullptr);
        workspace.connectProfile(profileFor(QStringLiteral("Uploads")), secrets());
        QList<Recording> ended;
        for (const Recording &r : listRecordings(workspace.session()))
            if (r.isPlayable())
                ended.append(r);
        QVERIFY(!ended.isEmpty());

        UploadBatch batch;
        batch.destinations =
            UploadDestination::PlatformFiles | UploadDestination::Analytics | UploadDestination::Assistant;
        for (const QString &name : {QStringLiteral("a.wav"), QStringLiteral("b.wav")}) {
            UploadItem item;
            item.localPath = writeFile(name, 4096);
            item.metadata.fileName = QStringLiteral("fanout/%1").arg(name);
            item.metadata.uploadType = QStringLiteral("Audio");
            batch.items.append(item);
        }
        batch.items[1].platformName = QStringLiteral("Second file");
        UploadItem recording; // a platform recording: only analytics fetches it, by its URL
        recording.recordingId = ended.constFirst().id;
        recording.metadata.fileName = QStringLiteral("fanout/recording.wav");
        recording.metadata.uploadType = QStringLiteral("Audio");
        batch.items.append(recording);

        QSignalSpy finished(&workspace, &Workspace::batchFinished);
        QCOMPARE(workspace.enqueueUploads(batch), 2 * 3 + 1);
        const QList<TransferItem> items = workspace.transferQueue()->items();
        QCOMPARE(items.size(), 7);
        QMap<TransferItem::Destination, int> perDestination;
        for (const TransferItem &item : items)
            ++perDestination[item.destination];
        QCOMPARE(perDestination.value(TransferItem::Destination::Platform), 2);
        QCOMPARE(perDestination.value(TransferItem::Destination::Analytics), 3);
        QCOMPARE(perDestination.value(TransferItem::Destination::Assistant), 2);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
        const auto summary = finished.constFirst().constFirst().value<TransferSummary>();
        for (const TransferItem &item : workspace.transferQueue()->items())
            QVERIFY2(item.state == TransferItem::State::Completed, qPrintable(item.error));
        QCOMPARE(summary.completed, 7);
        QCOMPARE(summary.failed, 0);
        QVERIFY(summary.isIdle());
        // The platform shows each file under the name asked for (its own by default).
        bool named = false;
        for (const TransferItem &item : workspace.transferQueue()->items())
            if (item.destination == TransferItem::Destination::Platform)
                named = named ||
                        item.result.value(QStringLiteral("name")).toString() == QLatin1String("Second file");
        QVERIFY(named);
    }

    void downloadsLeaveOutRecordingsWithoutAudio()
    {
        Workspace workspace(nullptr, nullptr, nullptr);
        workspace.connectProfile(profileFor(QStringLiteral("Downloads")), secrets());
        QList<Recording> ended, unended;
        for (const Recording &r : listRecordings(workspace.session()))
            (r.isPlayable() ? ended : unended).append(r);
        QVERIFY(!ended.isEmpty());
        QVERIFY(!unended.isEmpty());
        QTemporaryDir folder;
        QSignalSpy finished(&workspace, &Workspace::batchFinished);
        const Workspace::DownloadRequest request =
            workspace.enqueueDownloads({ended.constFirst(), unended.constFirst()}, {}, folder.path());
        QCOMPARE(request.queued, 1);
        QCOMPARE(request.skipped, 1);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
        const auto summary = finished.constFirst().constFirst().value<TransferSummary>();
        QCOMPARE(summary.completed, 1);
        QCOMPARE(QDir(folder.path()).entryList(QDir::Files).size(), 1);
        // The next batch is told of alone, not with what the queue still shows of the first.
        QTemporaryDir other;
        QCOMPARE(workspace.enqueueDownloads({ended.constLast()}, {}, other.path()).queued, 1);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 60000);
        QCOMPARE(workspace.transferQueue()->count(), 2);
        const auto second = finished.at(1).constFirst().value<TransferSummary>();
        QCOMPARE(second.total, 1);
        QCOMPARE(second.completed, 1);
        QCOMPARE(second.finishedText(), QStringLiteral("All transfers finished (1 done)."));
    }

    void recordingAudioNeedsAConnection()
    {
        Workspace workspace(nullptr, nullptr, nullptr);
        QVERIFY(!workspace.recordingAudio(QUuid::createUuid()));
        QCOMPARE(workspace.enqueueUploads(UploadBatch()), 0);
    }
};

QTEST_GUILESS_MAIN(TestWorkspace)
#include "tst_workspace.moc"
