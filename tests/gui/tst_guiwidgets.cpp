#include "demobanner.h"
#include "detailspane.h"
#include "filterbar.h"
#include "mainwindow.h"
#include "messagebar.h"
#include "playerpanel.h"
#include "profilesdialog.h"
#include "proxycredentialsdialog.h"
#include "settings/profilestore.h"
#include "settings/secretstore.h"
#include "statusdelegate.h"
#include "transfer/transferqueue.h"
#include "transferspanel.h"
#include "uploaddialog.h"
#include "util/displayformat.h"
#include "waveformwidget.h"

#include <cmath>
#include <QAction>
#include <QAudioOutput>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSlider>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>

using namespace recdesk;
using namespace recdesk::gui;

class TestGuiWidgets : public QObject
{
    Q_OBJECT

private:
    static Recording recording(RecordingStatus status)
    {
        Recording r;
        r.id = QUuid::createUuid();
        r.status = status;
        r.started = Timestamp::fromMicroseconds(1'700'000'000'000'000);
        if (status == RecordingStatus::Ended)
            r.ended = Timestamp::fromMicroseconds(1'700'000'000'000'000 + 65'000'000);
        return r;
    }

    // Every interactive widget below root has an accessible name.
    static QStringList unnamedControls(QWidget *root)
    {
        QStringList missing;
        for (QWidget *w : root->findChildren<QWidget *>()) {
            const bool control = qobject_cast<QAbstractButton *>(w) || qobject_cast<QComboBox *>(w) ||
                                 qobject_cast<QLineEdit *>(w) || qobject_cast<QAbstractSlider *>(w) ||
                                 qobject_cast<QAbstractSpinBox *>(w);
            // Parts of a compound control (a spin box's line edit, a line edit's clear button,
            // a scroll area's scroll bars) are named by their owner.
            // Qt's own helpers (toolbar and menu bar overflow buttons) are named "qt_...".
            if (qobject_cast<QScrollBar *>(w) || qobject_cast<QLineEdit *>(w->parentWidget()) ||
                w->objectName().startsWith(QLatin1String("qt_")))
                continue;
            if (control && !qobject_cast<QAbstractSpinBox *>(w->parentWidget()) &&
                !qobject_cast<QComboBox *>(w->parentWidget()) && w->accessibleName().isEmpty() &&
                (!qobject_cast<QAbstractButton *>(w) || qobject_cast<QAbstractButton *>(w)->text().isEmpty()))
                missing.append(QString::fromLatin1(w->metaObject()->className()) + QLatin1Char('/') +
                               w->objectName());
        }
        return missing;
    }

private slots:
    void filterBarState()
    {
        FilterBar bar(FilterBar::Mode::Recordings);
        QSignalSpy spy(&bar, &FilterBar::changed);
        QVERIFY(bar.state().isEmpty());
        bar.statusCombo()->setCurrentIndex(bar.statusCombo()->findData(int(RecordingStatus::Ended)));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(bar.state().status, std::optional<int>(int(RecordingStatus::Ended)));
        bar.textEdit()->setText(QStringLiteral("  abc "));
        QTRY_COMPARE(spy.count(), 2); // debounced
        QCOMPARE(bar.state().text, QStringLiteral("abc"));
        bar.fromEdit()->setDate(QDate(2024, 5, 1));
        QCOMPARE(bar.state().from, QDate(2024, 5, 1));
        QVERIFY(!bar.state().to.isValid());
        bar.clear();
        QVERIFY(bar.state().isEmpty());
        QVERIFY2(unnamedControls(&bar).isEmpty(), qPrintable(unnamedControls(&bar).join(u',')));

        FilterBar files(FilterBar::Mode::Files);
        QVERIFY(!files.statusCombo());
        files.referenceCombo()->setCurrentIndex(
            files.referenceCombo()->findData(int(FileReferenceType::Recording)));
        QCOMPARE(files.state().referenceType, std::optional<int>(int(FileReferenceType::Recording)));
    }

    void waveformCrispAtDevicePixels()
    {
        WaveformWidget w;
        w.resize(200, 60);
        WaveformChannel ch;
        // A full-scale square wave in the first half, silence in the second.
        for (int i = 0; i < 400; ++i) {
            ch.mins.append(i < 200 ? -1.f : 0.f);
            ch.maxs.append(i < 200 ? 1.f : 0.f);
        }
        w.setChannels({ch});
        w.setDuration(10'000);
        w.setPosition(0);
        QCOMPARE(w.state(), WaveformWidget::State::Ready);
        for (qreal dpr : {1.0, 2.0}) {
            QImage img(QSize(200, 60) * dpr, QImage::Format_ARGB32_Premultiplied);
            img.setDevicePixelRatio(dpr);
            w.render(&img);
            const QColor base = w.palette().color(QPalette::Base);
            // Loud half: the middle column is drawn from near the top to near the bottom.
            const int x = int(50 * dpr);
            QVERIFY(img.pixelColor(x, int(30 * dpr)) != base);
            QVERIFY(img.pixelColor(x, int(5 * dpr)) != base);
            // Quiet half: only the centre line, nothing a few pixels away.
            const int qx = int(150 * dpr);
            QCOMPARE(img.pixelColor(qx, int(10 * dpr)), base);
            // Sharp: along a row inside the waveform, pixels are either waveform or background,
            // no blended columns at device-pixel level in the loud part.
            const QColor c1 = img.pixelColor(int(20 * dpr), int(15 * dpr));
            const QColor c2 = img.pixelColor(int(20 * dpr) + 1, int(15 * dpr));
            QCOMPARE(c1, c2);
        }
        QSignalSpy seek(&w, &WaveformWidget::seekRequested);
        QTest::mouseClick(&w, Qt::LeftButton, {}, QPoint(100, 30));
        QCOMPARE(seek.count(), 1);
        QVERIFY(std::abs(seek.at(0).at(0).toLongLong() - 5000) < 100);
        w.setLoading();
        QCOMPARE(w.state(), WaveformWidget::State::Loading);
    }

    void messageBarDetailsOnDemand()
    {
        QWidget host;
        auto *bar = new MessageBar(&host);
        host.show();
        QVERIFY(!bar->isVisible());
        bar->showError(QStringLiteral("The list could not be loaded."), QStringLiteral("request id: 42"));
        QVERIFY(bar->isVisible());
        QCOMPARE(bar->text(), QStringLiteral("The list could not be loaded."));
        QVERIFY(!bar->detailsVisible());
        auto *details = bar->findChild<QToolButton *>();
        QVERIFY(details);
        details->click();
        QVERIFY(bar->detailsVisible());
        bar->dismiss();
        QVERIFY(!bar->isVisible());
        QVERIFY2(unnamedControls(bar).isEmpty(), qPrintable(unnamedControls(bar).join(u',')));
    }

    void detailsPaneFields()
    {
        DetailsPane pane;
        const Recording ended = recording(RecordingStatus::Ended);
        pane.showRecording(ended);
        QCOMPARE(pane.valueFor(QStringLiteral("Status")), displayName(RecordingStatus::Ended));
        QCOMPARE(pane.valueFor(QStringLiteral("Duration")), QStringLiteral("1:05"));
        QCOMPARE(pane.valueFor(QStringLiteral("Recording id")), ended.id.toString(QUuid::WithoutBraces));
        const Recording live = recording(RecordingStatus::Recording);
        pane.showRecording(live);
        QVERIFY(pane.valueFor(QStringLiteral("Ended")).isEmpty()); // not happened: empty, never 9999
        QVERIFY(!unavailableReason(live).isEmpty());
        PlatformFile f;
        f.id = QUuid::createUuid();
        f.name = QStringLiteral("Greeting");
        f.filename = QStringLiteral("greeting.wav");
        f.filesize = 1'500'000;
        pane.showFile(f);
        QCOMPARE(pane.title(), QStringLiteral("Greeting"));
        QCOMPARE(pane.valueFor(QStringLiteral("File name")), QStringLiteral("greeting.wav"));
        QCOMPARE(pane.valueFor(QStringLiteral("Size")), DisplayFormat::size(1'500'000));
    }

    void transfersFollowNewRowsLikeALog()
    {
        // Many downloads queued at once: the list shows the newest; scrolled up to an older one,
        // a new transfer does not pull it away.
        QTemporaryDir folder;
        TransferQueue queue(nullptr, QString()); // no session: the items wait
        TransfersPanel panel;
        panel.setQueue(&queue);
        panel.resize(700, 180);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QTableView *table = panel.tableView();
        auto lastRowShown = [table] {
            const int last = table->model()->rowCount() - 1;
            return table->viewport()->rect().contains(table->visualRect(table->model()->index(last, 0)));
        };
        for (int i = 0; i < 30; ++i) {
            queue.enqueueFileDownload(QUuid::createUuid(), folder.path(), QStringLiteral("f%1.wav").arg(i));
            QCoreApplication::processEvents();
        }
        QCOMPARE(table->model()->rowCount(), 30);
        QTRY_VERIFY(lastRowShown());
        table->scrollToTop();
        const int maximumBefore = table->verticalScrollBar()->maximum();
        queue.enqueueFileDownload(QUuid::createUuid(), folder.path(), QStringLiteral("late.wav"));
        QTRY_VERIFY(table->verticalScrollBar()->maximum() > maximumBefore); // laid out with the new row
        QCOMPARE(table->verticalScrollBar()->value(), 0);
    }

    void playerRefusesUnendedRecordings()
    {
        PlayerPanel panel;
        QSignalSpy asked(&panel, &PlayerPanel::audioRequested);
        panel.setRecording(recording(RecordingStatus::Recording));
        QCOMPARE(asked.count(), 0);
        QVERIFY(!panel.canPlay());
        QVERIFY(!panel.playPauseAction()->isEnabled());
        QCOMPARE(panel.waveform()->state(), WaveformWidget::State::Failed);
        const Recording ended = recording(RecordingStatus::Ended);
        panel.setRecording(ended);
        QCOMPARE(asked.count(), 1);
        QCOMPARE(asked.at(0).at(0).toUuid(), ended.id);
        QCOMPARE(panel.waveform()->state(), WaveformWidget::State::Loading);
        panel.setSourceError(QStringLiteral("Gone."));
        QCOMPARE(panel.statusText(), QStringLiteral("Gone."));
        QVERIFY(!panel.playPauseAction()->isEnabled());
        // Speed choices 0.5x to 2x.
        QCOMPARE(panel.speedCombo()->itemData(0).toReal(), 0.5);
        QCOMPARE(panel.speedCombo()->itemData(panel.speedCombo()->count() - 1).toReal(), 2.0);
        panel.setPlaybackRate(1.5);
        QCOMPARE(panel.player()->playbackRate(), 1.5);
        panel.volumeSlider()->setValue(30);
        QVERIFY(std::abs(panel.audioOutput()->volume() - 0.3f) < 0.01f);
        QVERIFY2(unnamedControls(&panel).isEmpty(), qPrintable(unnamedControls(&panel).join(u',')));
        // The shortcuts the issue asks for.
        QVERIFY(panel.playPauseAction()->shortcuts().contains(QKeySequence(Qt::Key_Space)));
        QVERIFY(panel.playPauseAction()->shortcuts().contains(QKeySequence(Qt::Key_K)));
        QVERIFY(panel.backAction()->shortcuts().contains(QKeySequence(Qt::Key_J)));
        QVERIFY(panel.forwardAction()->shortcuts().contains(QKeySequence(Qt::Key_L)));
        QVERIFY(panel.forwardAction()->shortcuts().contains(QKeySequence(Qt::Key_Right)));
    }

    void demoBannerOffersProfile()
    {
        DemoBanner banner;
        QSignalSpy spy(&banner, &DemoBanner::addProfileRequested);
        banner.addProfileButton()->click();
        QCOMPARE(spy.count(), 1);
        QVERIFY(banner.text().contains(QStringLiteral("Demo")));
    }

    void everyControlIsNamed()
    {
        MainWindow window;
        QVERIFY2(unnamedControls(&window).isEmpty(), qPrintable(unnamedControls(&window).join(u',')));
        UploadDialog upload;
        QVERIFY2(unnamedControls(&upload).isEmpty(), qPrintable(unnamedControls(&upload).join(u',')));
        QSettings settings(QDir::temp().filePath(QStringLiteral("recdesk-a11y-test.ini")),
                           QSettings::IniFormat);
        ProfileStore store(&settings);
        SecretStore secrets(QStringLiteral("RecdeskTest"));
        ProfilesDialog profiles(&store, &secrets);
        QVERIFY2(unnamedControls(&profiles).isEmpty(), qPrintable(unnamedControls(&profiles).join(u',')));
    }

    void proxyPromptSaysWhichProxyAndWhy()
    {
        ProxyCredentialsDialog asked(ProxyCredentialsRequest{QStringLiteral("proxy.example.invalid:3128"),
                                                             QStringLiteral("desk-7"), false});
        QVERIFY2(unnamedControls(&asked).isEmpty(), qPrintable(unnamedControls(&asked).join(u',')));
        const QString askText = asked.findChild<QLabel *>()->text();
        QVERIFY(askText.contains(QStringLiteral("proxy.example.invalid:3128")));
        QVERIFY(askText.contains(QStringLiteral("asks for")));
        QCOMPARE(asked.userEdit()->text(), QStringLiteral("desk-7"));
        QCOMPARE(asked.passwordEdit()->echoMode(), QLineEdit::Password);
        // Signing in needs both; what was typed is the answer.
        auto *ok = asked.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled());
        asked.passwordEdit()->setText(QStringLiteral("typed"));
        QVERIFY(ok->isEnabled());
        QCOMPARE(asked.credentials().user, QStringLiteral("desk-7"));
        QCOMPARE(asked.credentials().password, QStringLiteral("typed"));

        ProxyCredentialsDialog refused(
            ProxyCredentialsRequest{QStringLiteral("proxy.example.invalid:3128"), QString(), true});
        QVERIFY(refused.findChild<QLabel *>()->text().contains(QStringLiteral("refused")));
        // ask() is modal; cancelling gives no answer, so the session stops asking.
        QTimer::singleShot(0, this, [] {
            if (auto *dialog = qobject_cast<ProxyCredentialsDialog *>(QApplication::activeModalWidget()))
                dialog->reject();
        });
        QVERIFY(!ProxyCredentialsDialog::ask(
                     ProxyCredentialsRequest{QStringLiteral("proxy.example.invalid:3128"), QString(), false},
                     nullptr)
                     .has_value());
    }

    void statusColours()
    {
        QVERIFY(StatusDelegate::colorFor(int(RecordingStatus::Ended)).isValid());
        QVERIFY(StatusDelegate::colorFor(int(RecordingStatus::Ended)) !=
                StatusDelegate::colorFor(int(RecordingStatus::Recording)));
        QVERIFY(!StatusDelegate::colorFor(int(RecordingStatus::Unknown)).isValid());
    }
};

QTEST_MAIN(TestGuiWidgets)
#include "tst_guiwidgets.moc"
