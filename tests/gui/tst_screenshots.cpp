#include "demohost.h"
#include "filesview.h"
#include "mainwindow.h"
#include "messagebar.h"
#include "models/filetablemodel.h"
#include "models/recordingtablemodel.h"
#include "playerpanel.h"
#include "profilesdialog.h"
#include "recordingsview.h"
#include "review/reviewstore.h"
#include "reviewpanel.h"
#include "sandboxfixture.h"
#include "ui_profilesdialog.h"
#include "ui_uploaddialog.h"
#include "uploaddialog.h"
#include "voicesbar.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace recdesk;
using namespace recdesk::gui;

class TestScreenshots : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_data;
    QString m_out;

    static QPalette darkPalette()
    {
        QPalette p;
        const QColor window(0x2b, 0x2d, 0x31), base(0x1f, 0x21, 0x24), text(0xe8, 0xea, 0xed);
        p.setColor(QPalette::Window, window);
        p.setColor(QPalette::WindowText, text);
        p.setColor(QPalette::Base, base);
        p.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2c));
        p.setColor(QPalette::Text, text);
        p.setColor(QPalette::Button, QColor(0x35, 0x37, 0x3c));
        p.setColor(QPalette::ButtonText, text);
        p.setColor(QPalette::Highlight, QColor(0x3d, 0x8b, 0xe0));
        p.setColor(QPalette::HighlightedText, Qt::white);
        p.setColor(QPalette::ToolTipBase, base);
        p.setColor(QPalette::ToolTipText, text);
        p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0xa0, 0xa6));
        p.setColor(QPalette::Light, QColor(0x45, 0x47, 0x4c));
        p.setColor(QPalette::Midlight, QColor(0x3a, 0x3c, 0x41));
        p.setColor(QPalette::Mid, QColor(0x24, 0x26, 0x29));
        p.setColor(QPalette::Dark, QColor(0x1a, 0x1b, 0x1e));
        p.setColor(QPalette::Shadow, Qt::black);
        p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x84, 0x8a));
        p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x84, 0x8a));
        p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x84, 0x8a));
        return p;
    }

    void save(QWidget *w, const QString &name)
    {
        // Let pending layout requests (a message that just appeared) settle first.
        for (int i = 0; i < 3; ++i) {
            if (w->layout())
                w->layout()->activate();
            QApplication::processEvents();
        }
        const QImage img = w->grab().toImage();
        QVERIFY(!img.isNull());
        const QString path = QDir(m_out).filePath(name);
        QVERIFY2(img.save(path), qPrintable(path));
        qInfo("screenshot: %s", qPrintable(path));
    }

    // The picture is not blank: many distinct colours.
    static int distinctColours(const QImage &img)
    {
        QSet<QRgb> colours;
        for (int y = 0; y < img.height(); y += 3)
            for (int x = 0; x < img.width(); x += 3)
                colours.insert(img.pixel(x, y));
        return int(colours.size());
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        m_out = QStringLiteral(RECDESK_ARTIFACTS_DIR);
        QVERIFY(QDir().mkpath(m_out));
        QVERIFY(m_data.isValid());
        // The pictures show this run's transfers only, not what earlier runs left in the queue.
        QFile::remove(QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                          .filePath(QStringLiteral("demo-transfers.json")));
    }

    // A two-leg recording of the live platform under review: two lanes, silences, an A–B loop,
    // notes on the waveform and in the list, the review state set.
    void twoLegRecordingUnderReview()
    {
        test::SandboxFixture sandbox(12, 3);
        sandbox.options.liveVariant = true;
        QVERIFY(sandbox.start());
        SessionConfig config = sandbox.sessionConfig();
        config.audioCacheDir = QDir(sandbox.dataDir()).filePath(QStringLiteral("audio-cache"));
        for (const bool dark : {false, true}) {
            QApplication::setPalette(dark ? darkPalette() : QApplication::style()->standardPalette());
            MainWindow window;
            window.resize(1360, 860);
            window.show();
            window.setSession(new Session(config), QStringLiteral("Screenshots live %1").arg(dark), false);
            RecordingTableModel *model = window.recordingsView()->model();
            QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() > 0, 20000);
            int row = -1;
            for (int r = 0; r < model->rowCount() && row < 0; ++r)
                if (model->recordingAt(r).isPlayable() && model->recordingAt(r).durationMs() > 30'000)
                    row = r;
            QVERIFY(row >= 0);
            window.recordingsView()->selectSourceRow(row);
            PlayerPanel *player = window.playerPanel();
            WaveformWidget *waveform = player->waveform();
            QTRY_VERIFY_WITH_TIMEOUT(waveform->state() == WaveformWidget::State::Ready, 30000);
            QCOMPARE(waveform->channels().size(), 2);
            QTRY_VERIFY_WITH_TIMEOUT(!player->silences().isEmpty(), 20000);
            QTRY_VERIFY_WITH_TIMEOUT(player->canPlay(), 15000);
            const qint64 d = waveform->duration();
            player->setLoop(d / 4, d / 4 + d / 8);
            ReviewPanel *review = window.reviewPanel();
            ReviewStore *store = window.reviewStore();
            QVERIFY(store);
            const ReviewSubject subject = review->subject();
            for (const ReviewNote &n : store->notes(subject.recordingId)) // an earlier run's
                store->removeNote(n.id);
            store->addNote(subject, d / 10, QStringLiteral("Greeting and identity check: complete"),
                           QStringLiteral("maria.lopez"));
            store->addNote(subject, d / 4 + d / 16,
                           QStringLiteral("Customer asks twice about the refund date"),
                           QStringLiteral("maria.lopez"));
            store->addNote(subject, d * 2 / 3, QStringLiteral("Hold without telling the customer"),
                           QStringLiteral("maria.lopez"));
            store->setState(subject, ReviewState::Flagged);
            QTRY_COMPARE(waveform->markers().size(), 3);
            // The review engine plays it (the test runs with an audio device): the voices row shows.
            QTRY_VERIFY_WITH_TIMEOUT(player->usesReviewEngine(), 15000);
            QVERIFY(player->voicesBar()->isVisible());
            // (A seek before the media has loaded may be dropped by the backend: ask until it holds.)
            const qint64 at = d / 4 + d / 16;
            QTRY_VERIFY_WITH_TIMEOUT((player->seek(at), std::abs(player->currentPosition() - at) < 1000),
                                     15000);
            QTRY_VERIFY_WITH_TIMEOUT(model->contextSource() && model->contextSource()->isIdle(), 30000);
            const QString name =
                dark ? QStringLiteral("review-dark.png") : QStringLiteral("review-light.png");
            save(&window, name);
            QVERIFY(distinctColours(QImage(QDir(m_out).filePath(name))) > 20);
        }
    }

    void mainWindowInDemoMode()
    {
        for (const bool dark : {false, true}) {
            QApplication::setPalette(dark ? darkPalette() : QApplication::style()->standardPalette());
            MainWindow window;
            window.resize(1360, 860);
            window.show();
            window.startDemoAsync(m_data.path());
            QTRY_VERIFY_WITH_TIMEOUT(window.session(), 30000);
            RecordingTableModel *model = window.recordingsView()->model();
            QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() > 0, 30000);
            int row = -1;
            for (int r = 0; r < model->rowCount() && row < 0; ++r)
                if (model->recordingAt(r).isPlayable() && model->recordingAt(r).durationMs() > 60'000)
                    row = r;
            QVERIFY(row >= 0);
            window.recordingsView()->selectSourceRow(row);
            WaveformWidget *waveform = window.playerPanel()->waveform();
            QTRY_VERIFY2_WITH_TIMEOUT(waveform->state() == WaveformWidget::State::Ready,
                                      qPrintable(waveform->message()), 40000);
            QTRY_VERIFY_WITH_TIMEOUT(window.playerPanel()->canPlay() && waveform->duration() > 0, 15000);
            const qint64 third = waveform->duration() / 3;
            QTRY_VERIFY_WITH_TIMEOUT((window.playerPanel()->seek(third),
                                      std::abs(window.playerPanel()->currentPosition() - third) < 1000),
                                     15000);
            // Who and what have arrived (the details pane redraws when they do).
            QTRY_VERIFY_WITH_TIMEOUT(model->contextSource() && model->contextSource()->isIdle(), 30000);
            const QString name =
                dark ? QStringLiteral("mainwindow-dark.png") : QStringLiteral("mainwindow-light.png");
            save(&window, name);
            const QImage img(QDir(m_out).filePath(name));
            QVERIFY(distinctColours(img) > 20);
            if (dark) // the window really is dark
                QVERIFY(qGray(img.pixel(img.width() / 2, img.height() - 5)) < 100);

            // A download in the transfers panel.
            QSignalSpy finished(&window, &MainWindow::batchFinished);
            QTemporaryDir downloads;
            QVERIFY(window.downloadSelectionTo(downloads.path()) == 1);
            QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
            save(&window, dark ? QStringLiteral("mainwindow-transfers-dark.png")
                               : QStringLiteral("mainwindow-transfers-light.png"));

            // The profiles dialog with a new profile.
            ProfilesDialog *profiles = window.openProfilesDialog(true);
            profiles->ui()->nameEdit->setText(QStringLiteral("Production"));
            profiles->ui()->platformUrlEdit->setText(QStringLiteral("https://api.voipbin.net/v1.0"));
            profiles->ui()->usernameEdit->setText(QStringLiteral("supervisor"));
            save(profiles, dark ? QStringLiteral("profiles-dark.png") : QStringLiteral("profiles-light.png"));
            profiles->reject();

            // The upload form with an inline problem.
            UploadDialog *dialog = window.openUploadDialog({});
            QTemporaryDir files;
            QFile f(files.filePath(QStringLiteral("call-2024-05-27.wav")));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray(4096, '\0'));
            f.close();
            dialog->addFiles({f.fileName()});
            dialog->ui()->agentFirstNameEdit->setText(QStringLiteral("Ana"));
            dialog->ui()->agentLastNameEdit->setText(QStringLiteral("García"));
            dialog->ui()->emailEdit->setText(QStringLiteral("ana@"));
            QVERIFY(!dialog->fieldError(QStringLiteral("Email")).isEmpty());
            save(dialog, dark ? QStringLiteral("upload-dark.png") : QStringLiteral("upload-light.png"));
            dialog->reject();

            // The Files tab with a file selected.
            window.tabs()->setCurrentWidget(window.filesView());
            QTRY_VERIFY_WITH_TIMEOUT(window.filesView()->model()->rowCount() > 0, 30000);
            window.filesView()->selectSourceRow(0);
            save(&window, dark ? QStringLiteral("mainwindow-files-dark.png")
                               : QStringLiteral("mainwindow-files-light.png"));

            // The service goes away: the window says so in a sentence, with details on demand.
            window.demoHost()->stop();
            window.refreshAction()->trigger();
            QTRY_VERIFY_WITH_TIMEOUT(window.messageBar()->isVisible() &&
                                         window.messageBar()->kind() == MessageBar::Kind::Error,
                                     30000);
            QVERIFY(!window.messageBar()->text().contains(QLatin1Char('{')));
            save(&window, dark ? QStringLiteral("mainwindow-error-dark.png")
                               : QStringLiteral("mainwindow-error-light.png"));
        }
        QApplication::setPalette(QApplication::style()->standardPalette());
    }
};

QTEST_MAIN(TestScreenshots)
#include "tst_screenshots.moc"
