#include "mainwindow.h"
#include "messagebar.h"
#include "models/recordingtablemodel.h"
#include "playerpanel.h"
#include "recordingrows.h"
#include "recordingsview.h"
#include "sandboxfixture.h"

#include <QAction>
#include <QDir>
#include <QStandardPaths>
#include <QtTest>

using namespace recdesk;
using namespace recdesk::gui;

// The live platform sends a recording as a ZIP of two legs: the player must play them together
// (as stereo) and the waveform must show both.
class TestLiveLegs : public QObject
{
    Q_OBJECT

private slots:
    void legsPlayTogether()
    {
        QStandardPaths::setTestModeEnabled(true);
        test::SandboxFixture sandbox(12, 3);
        sandbox.options.liveVariant = true;
        QVERIFY(sandbox.start());
        sandbox::SandboxHost &host = *sandbox.host();
        QDir dir(sandbox.dataDir());

        SessionConfig config;
        config.platform.baseUrl = host.platformBaseUrl();
        config.platformCredentials.username = host.credentials().username;
        config.platformCredentials.password = host.credentials().password;
        config.proxy.mode = ProxySettings::Mode::None;
        config.audioCacheDir = dir.filePath(QStringLiteral("audio-cache"));

        MainWindow window;
        window.show();
        window.setSession(new Session(config), QStringLiteral("Live"), false);
        QVERIFY(!window.isDemo());
        RecordingTableModel *model = window.recordingsView()->model();
        QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() > 0, 20000);
        const int row = test::firstPlayableRow(model);
        QVERIFY(row >= 0);
        window.recordingsView()->selectSourceRow(row);

        PlayerPanel *player = window.playerPanel();
        // The ZIP is replaced by a local stereo WAV made of its legs.
        QTRY_VERIFY_WITH_TIMEOUT(player->source().isLocalFile(), 20000);
        QTRY_COMPARE_WITH_TIMEOUT(player->waveform()->state(), WaveformWidget::State::Ready, 20000);
        QCOMPARE(player->waveform()->channels().size(), 2);
        QTRY_VERIFY_WITH_TIMEOUT(player->player()->duration() > 0, 15000);
        player->play();
        QTRY_COMPARE_WITH_TIMEOUT(player->player()->playbackState(), QMediaPlayer::PlayingState, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(player->player()->position() > 0, 10000);
        // Nothing was tried on the ZIP as if it were audio: no error shown.
        QVERIFY2(!window.messageBar()->isVisible() || window.messageBar()->kind() != MessageBar::Kind::Error,
                 qPrintable(window.messageBar()->text()));
    }
};

QTEST_MAIN(TestLiveLegs)
#include "tst_livelegs.moc"
