#include "demobanner.h"
#include "demohost.h"
#include "desktopnotifier.h"
#include "detailspane.h"
#include "dragexport.h"
#include "filesview.h"
#include "filterbar.h"
#include "mainwindow.h"
#include "media/audiocache.h"
#include "media/recordingaudio.h"
#include "media/recordingaudioservice.h"
#include "messagebar.h"
#include "models/filetablemodel.h"
#include "models/listingrange.h"
#include "models/pagedtablemodel.h"
#include "models/recordingfilterproxy.h"
#include "models/recordingtablemodel.h"
#include "net/platformpagesource.h"
#include "net/retrypolicy.h"
#include "playerpanel.h"
#include "profilesdialog.h"
#include "recordingsview.h"
#include "review/reviewnotemodel.h"
#include "review/reviewstore.h"
#include "reviewpanel.h"
#include "sandboxfixture.h"
#include "shortcutsoverlay.h"
#include "transfer/transferqueue.h"
#include "transfer/transfertablemodel.h"
#include "transferspanel.h"
#include "ui_profilesdialog.h"
#include "ui_uploaddialog.h"
#include "uploaddialog.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonObject>
#include <QLineEdit>
#include <QMimeData>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QToolButton>
#include <QTreeWidget>
#include <QtTest>

using namespace recdesk;
using namespace recdesk::gui;

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_data;
    MainWindow *m_window = nullptr;

    // The first playable recording whose audio nobody has asked for yet (not cached either).
    int firstRowNotFetchedYet() const
    {
        RecordingTableModel *model = m_window->recordingsView()->model();
        RecordingAudioService *audio = m_window->session()->recordingAudio();
        for (int row = 0; row < model->rowCount(); ++row) {
            const Recording r = model->recordingAt(row);
            if (r.isPlayable() && !audio->find(r.id) && !audio->cache().isComplete(r.id))
                return row;
        }
        return -1;
    }

    int firstRowWithStatus(RecordingStatus status) const
    {
        RecordingTableModel *model = m_window->recordingsView()->model();
        for (int row = 0; row < model->rowCount(); ++row)
            if (model->recordingAt(row).status == status)
                return row;
        return -1;
    }

    QJsonDocument sandboxAdmin(const QByteArray &verb, const QString &path, const QJsonObject &body = {})
    {
        QUrl url = m_window->session()->platform()->config().baseUrl;
        url.setPath(path);
        QNetworkAccessManager nam;
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QNetworkReply *reply = nam.sendCustomRequest(
            request, verb, body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson());
        QSignalSpy done(reply, &QNetworkReply::finished);
        done.wait(10000);
        const QJsonDocument doc = QJsonDocument::fromJson(reply->readAll());
        delete reply;
        return doc;
    }

    // GETs of a recording's audio at the download server (the sandbox's log of signed requests).
    int signedGetsFor(const QUuid &recordingId)
    {
        int n = 0;
        const QString id = recordingId.toString(QUuid::WithoutBraces);
        for (const QJsonValue &v : sandboxAdmin("GET", QStringLiteral("/_sandbox/signed-requests")).array()) {
            const QJsonObject o = v.toObject();
            if (o.value(QStringLiteral("method")).toString() == QLatin1String("GET") &&
                o.value(QStringLiteral("path")).toString().contains(id))
                ++n;
        }
        return n;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_data.isValid());
    }

    // Every test gets a window of its own, in demo mode over the same demo data (seeded by the
    // first), with no layout and no transfers left by an earlier test: the order does not matter.
    // The tests that are about making windows make their own.
    void init()
    {
        static const QStringList ownWindow = {QStringLiteral("switchingSessionsLeavesNothingBehind"),
                                              QStringLiteral("profileChosenWhileTheDemoStarts"),
                                              QStringLiteral("demoStartsWithoutBlocking")};
        QSettings().remove(QStringLiteral("mainWindow"));
        QFile::remove(QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                          .filePath(QStringLiteral("demo-transfers.json")));
        if (ownWindow.contains(QString::fromLatin1(QTest::currentTestFunction())))
            return;
        m_window = new MainWindow;
        m_window->show();
        m_window->startDemoAsync(m_data.path());
        QTRY_VERIFY_WITH_TIMEOUT(m_window->session(), 60000);
        QVERIFY(m_window->isDemo());
        QVERIFY(m_window->demoBanner()->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(m_window->recordingsView()->model()->rowCount() > 0, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->filesView()->model()->rowCount() > 0, 30000);
    }

    void cleanup()
    {
        delete m_window;
        m_window = nullptr;
    }

    void switchingSessionsLeavesNothingBehind()
    {
        test::SandboxFixture service;
        QVERIFY(service.start(false, 4, 2));
        MainWindow window;
        for (int i = 0; i < 4; ++i) {
            window.setSession(new Session(service.sessionConfig()), QStringLiteral("S%1").arg(i), false);
            QTRY_VERIFY_WITH_TIMEOUT(window.recordingsView()->model()->rowCount() > 0, 20000);
        }
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        // One session, its two page sources and one model of each kind: none of the earlier ones.
        QCOMPARE(window.findChildren<Session *>().size(), 1);
        QCOMPARE(window.findChildren<PlatformPageSource *>().size(), 2);
        QCOMPARE(window.findChildren<RecordingTableModel *>().size(), 1);
        QCOMPARE(window.findChildren<FileTableModel *>().size(), 1);
    }

    void profileChosenWhileTheDemoStarts()
    {
        // The demo starts in the background (a fresh data folder: it seeds its data first) and
        // the user picks a profile before it is up. The late demo must not replace the profile.
        test::SandboxFixture service;
        QVERIFY(service.start(false, 4, 2));
        QTemporaryDir demoData;
        MainWindow window;
        window.startDemoAsync(demoData.path());
        QVERIFY(window.demoHost()->isStarting());
        Profile profile;
        profile.name = QStringLiteral("Day shift");
        profile.platformUrl = service.host()->platformBaseUrl();
        profile.platformUsername = service.credentials().username;
        profile.proxyMode = ProxySettings::Mode::None;
        ProfileSecrets secrets;
        secrets.platformPassword = service.credentials().password;
        window.connectProfile(profile, secrets);
        QVERIFY(!window.isDemo());
        QTRY_VERIFY_WITH_TIMEOUT(!window.demoHost()->isStarting(), 30000);
        QTest::qWait(50); // anything queued by the start's end has run
        QVERIFY(!window.isDemo());
        QCOMPARE(window.session()->platform()->config().baseUrl, service.host()->platformBaseUrl());
        QVERIFY(!window.demoHost()->isRunning()); // stopped once its start ended
        QVERIFY(!window.messageBar()->isVisible() || window.messageBar()->kind() != MessageBar::Kind::Error);
    }

    void demoStartsWithoutBlocking()
    {
        QTemporaryDir data;
        MainWindow window;
        window.show();
        window.startDemoAsync(data.path());
        // Returns at once: the sandbox seeds and starts on another thread.
        QVERIFY(!window.session());
        QTRY_VERIFY_WITH_TIMEOUT(window.session(), 30000);
        QVERIFY(window.isDemo());
        QVERIFY(window.demoBanner()->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(window.recordingsView()->model()->rowCount() > 0, 30000);
    }

    void titleSaysTheConnectionOnce()
    {
        // The window title names the connection; Qt adds the application's display name itself,
        // so the title must not carry it too ("Recdesk — demo — Recdesk").
        QCOMPARE(m_window->windowTitle(), MainWindow::tr("Demo"));
        QVERIFY(!m_window->windowTitle().contains(QStringLiteral("Recdesk")));
    }

    void modelWiring()
    {
        RecordingsView *view = m_window->recordingsView();
        QCOMPARE(view->tableView()->model(), view->proxy());
        QCOMPARE(view->proxy()->sourceModel(), view->model());
        QCOMPARE(view->proxy()->rowCount(), view->model()->rowCount());
        QVERIFY(view->footerText().contains(QString::number(view->model()->rowCount())));
        // Lazy loading: scrolling to the end asks for the next page.
        const int before = view->model()->rowCount();
        QVERIFY(view->model()->canFetchMore(QModelIndex()));
        view->tableView()->scrollToBottom();
        QTRY_VERIFY_WITH_TIMEOUT(view->model()->rowCount() > before, 20000);
    }

    void filterByStatus()
    {
        RecordingsView *view = m_window->recordingsView();
        QComboBox *status = view->filterBar()->statusCombo();
        status->setCurrentIndex(status->findData(int(RecordingStatus::Recording)));
        QTRY_VERIFY_WITH_TIMEOUT(view->model()->isComplete(), 30000); // a filter loads the whole list
        const int shown = view->proxy()->rowCount();
        QVERIFY(shown > 0);
        QVERIFY(shown < view->model()->rowCount());
        for (int row = 0; row < shown; ++row)
            QCOMPARE(view->proxy()->index(row, 0).data(PagedTableModel::StatusRole).toInt(),
                     int(RecordingStatus::Recording));
        view->filterBar()->clear();
        QCOMPARE(view->proxy()->rowCount(), view->model()->rowCount());
    }

    void filterByDateAndText()
    {
        RecordingsView *view = m_window->recordingsView();
        QTRY_VERIFY_WITH_TIMEOUT(view->model()->isComplete() || !view->model()->isLoading(), 30000);
        // The creation days go to the server's cursor: the model then holds those days only, listed
        // from the range's end, and the footer says which days and that they are all there.
        const Recording middle = view->model()->recordingAt(view->model()->rowCount() / 2);
        const QDate day = middle.created.toDateTime().toLocalTime().date();
        view->filterBar()->fromEdit()->setDate(day.addDays(-1));
        view->filterBar()->toEdit()->setDate(day);
        QCOMPARE(view->model()->range(), ListingRange::ofLocalDays(day.addDays(-1), day));
        QTRY_VERIFY_WITH_TIMEOUT(view->model()->isComplete(), 30000);
        QVERIFY(view->model()->rowOfId(middle.id) >= 0);
        QCOMPARE(view->proxy()->rowCount(), view->model()->rowCount());
        for (const Recording &r : view->model()->items()) {
            const QDate created = r.created.toDateTime().toLocalTime().date();
            QVERIFY(created == day || created == day.addDays(-1));
        }
        const QString format = QStringLiteral("d MMM yyyy");
        QVERIFY2(view->footerText().startsWith(
                     QStringLiteral("Showing %1 – %2")
                         .arg(QLocale().toString(day.addDays(-1), format), QLocale().toString(day, format))),
                 qPrintable(view->footerText()));
        QVERIFY2(view->footerText().endsWith(QStringLiteral("complete")), qPrintable(view->footerText()));
        // Clearing the range goes back to the newest-first listing.
        view->filterBar()->clear();
        QCOMPARE(view->model()->range(), ListingRange());
        QTRY_VERIFY_WITH_TIMEOUT(view->model()->rowCount() > 0 && !view->model()->isLoading(), 30000);
        QVERIFY(!view->footerText().startsWith(QStringLiteral("Showing")));
        // Text: a recording's id finds exactly that recording.
        view->filterBar()->textEdit()->setText(middle.id.toString(QUuid::WithoutBraces));
        QTRY_COMPARE_WITH_TIMEOUT(view->proxy()->rowCount(), 1, 30000);
        view->filterBar()->clear();
        QCOMPARE(view->proxy()->rowCount(), view->model()->rowCount());
    }

    void filterHidingTheSelectionFollowsNoOtherRow()
    {
        // A recording is chosen; typing in the search then hides it. The view moves its current
        // index to a neighbour without selecting it: the details, the player, the review panel
        // and the actions must not follow that row (a review key would mark a recording nobody chose).
        RecordingsView *view = m_window->recordingsView();
        m_window->tabs()->setCurrentWidget(view);
        const int chosenRow = firstRowWithStatus(RecordingStatus::Ended);
        QVERIFY(chosenRow >= 0);
        const Recording chosen = view->model()->recordingAt(chosenRow);
        view->selectSourceRow(chosenRow);
        QCOMPARE(m_window->playerPanel()->recordingId(), chosen.id);
        QCOMPARE(m_window->reviewPanel()->subject().recordingId, chosen.id);
        QVERIFY(m_window->sendToAnalyticsAction()->isEnabled());
        // A text no recording matches except one other: the chosen row leaves the list.
        int otherRow = -1;
        for (int r = 0; r < view->model()->rowCount() && otherRow < 0; ++r)
            if (view->model()->recordingAt(r).id != chosen.id)
                otherRow = r;
        const Recording other = view->model()->recordingAt(otherRow);
        view->filterBar()->textEdit()->setText(other.id.toString(QUuid::WithoutBraces));
        QTRY_COMPARE_WITH_TIMEOUT(view->proxy()->rowCount(), 1, 30000);
        QCOMPARE(view->selectedCount(), 0);
        QCOMPARE(view->currentRecording(), std::nullopt);
        QCOMPARE(m_window->detailsPane()->valueFor(QStringLiteral("Status")),
                 QString()); // no recording shown
        QCOMPARE(m_window->reviewPanel()->subject().recordingId, QUuid());
        QCOMPARE(m_window->playerPanel()->recordingId(), chosen.id); // still the one chosen
        QVERIFY(!m_window->sendToAnalyticsAction()->isEnabled());
        // Choosing the row left is what moves them.
        view->selectSourceRow(view->proxy()->mapToSource(view->proxy()->index(0, 0)).row());
        QCOMPARE(m_window->playerPanel()->recordingId(), other.id);
        QCOMPARE(m_window->reviewPanel()->subject().recordingId, other.id);
        view->filterBar()->clear();
    }

    void ctrlTShowsAndHidesTransfers()
    {
        QDockWidget *dock = m_window->findChild<QDockWidget *>();
        QVERIFY(dock);
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window));
        QTableView *table = m_window->recordingsView()->tableView();
        table->setFocus();
        const bool before = dock->isVisible();
        QTest::keyClick(table, Qt::Key_T, Qt::ControlModifier);
        QTRY_COMPARE(dock->isVisible(), !before);
        QTest::keyClick(m_window->focusWidget() ? m_window->focusWidget() : m_window, Qt::Key_T,
                        Qt::ControlModifier);
        QTRY_COMPARE(dock->isVisible(), before);
        QTest::keyClick(m_window->focusWidget() ? m_window->focusWidget() : m_window, Qt::Key_T,
                        Qt::ControlModifier);
        QTRY_COMPARE(dock->isVisible(), !before);
    }

    void listErrorLeavesTheBarOnceTheListAnswers()
    {
        // The platform fails the listing: the bar says so. Once Try again gets an answer, the
        // bar no longer claims that the platform cannot be reached.
        RetryPolicy once;
        once.maxAttempts = 1;
        m_window->session()->setRetryPolicy(once);
        const QString listPath =
            m_window->session()->platform()->config().baseUrl.path() + QStringLiteral("/recordings");
        sandboxAdmin(
            "POST", QStringLiteral("/_sandbox/faults"),
            QJsonObject{{QStringLiteral("failNext"), QJsonObject{{QStringLiteral("status"), 500},
                                                                 {QStringLiteral("count"), 1},
                                                                 {QStringLiteral("paths"), listPath}}}});
        RecordingsView *view = m_window->recordingsView();
        m_window->tabs()->setCurrentWidget(view);
        m_window->refreshAction()->trigger();
        MessageBar *bar = m_window->messageBar();
        QTRY_VERIFY_WITH_TIMEOUT(bar->isVisible() && bar->kind() == MessageBar::Kind::Error, 20000);
        QToolButton *tryAgain = nullptr;
        for (QToolButton *b : view->findChildren<QToolButton *>())
            if (b->text() == ListPane::tr("Try again"))
                tryAgain = b;
        QVERIFY(tryAgain);
        QTRY_VERIFY(tryAgain->isVisible());
        tryAgain->click();
        QTRY_VERIFY_WITH_TIMEOUT(!view->pagedModel()->isLoading() && !tryAgain->isVisible(), 20000);
        QVERIFY(view->pagedModel()->lastError().isEmpty());
        QTRY_VERIFY(!bar->isVisible() || bar->kind() != MessageBar::Kind::Error);
    }

    void whoAndWhatFillTheTableAndTheForm()
    {
        RecordingsView *view = m_window->recordingsView();
        RecordingTableModel *model = view->model();
        // A row selected before its look-ups arrive: the details fill in when they do.
        m_window->tabs()->setCurrentWidget(view);
        view->selectSourceRow(0);
        // The look-ups arrive after the rows: names, customers and outcomes fill in.
        QTRY_VERIFY_WITH_TIMEOUT(model->contextSource() && model->contextSource()->isIdle(), 30000);
        QTRY_COMPARE(m_window->detailsPane()->valueFor(QStringLiteral("Agent")),
                     model->agentText(model->recordingAt(0)));
        int row = -1;
        for (int r = 0; r < model->rowCount() && row < 0; ++r) {
            const Recording &rec = model->recordingAt(r);
            if (rec.status == RecordingStatus::Ended && rec.referenceType == RecordingReferenceType::Call &&
                model->agentOf(rec) && model->callOf(rec) && model->callOf(rec)->customer().isPhoneNumber())
                row = r;
        }
        QVERIFY(row >= 0);
        const Recording rec = model->recordingAt(row);
        const Agent agent = *model->agentOf(rec);
        const Call call = *model->callOf(rec);
        QCOMPARE(model->index(row, RecordingTableModel::AgentColumn).data().toString(), agent.displayName());
        QVERIFY(model->index(row, RecordingTableModel::CustomerColumn)
                    .data()
                    .toString()
                    .contains(call.customer().number()));
        // The direction filter of the bar.
        QComboBox *direction = view->filterBar()->directionCombo();
        direction->setCurrentIndex(direction->findData(int(call.direction)));
        QTRY_VERIFY_WITH_TIMEOUT(view->proxy()->rowCount() > 0, 10000);
        for (int r = 0; r < view->proxy()->rowCount(); ++r)
            QCOMPARE(view->proxy()->index(r, RecordingTableModel::DirectionColumn).data().toString(),
                     displayName(call.direction));
        view->filterBar()->clear();
        // The details pane and the analytics form say the same.
        m_window->tabs()->setCurrentWidget(view);
        view->selectSourceRow(row);
        QCOMPARE(m_window->detailsPane()->valueFor(QStringLiteral("Agent")), agent.displayName());
        QCOMPARE(m_window->detailsPane()->valueFor(QStringLiteral("Customer number")),
                 call.customer().number());
        m_window->sendToAnalyticsAction()->trigger();
        UploadDialog *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = m_window->findChild<UploadDialog *>()) && dialog->isVisible(),
                                 10000);
        QCOMPARE(dialog->ui()->phoneEdit->text(), call.customer().number());
        QCOMPARE(dialog->ui()->agentCodeEdit->text(), agent.username);
        QCOMPARE(dialog->ui()->agentFirstNameEdit->text(), agent.firstName());
        QCOMPARE(dialog->ui()->directionCombo->currentData().toString(),
                 call.direction == CallDirection::Incoming ? QStringLiteral("Inbound")
                                                           : QStringLiteral("Outbound"));
        dialog->reject();
    }

    void anotherOrderLoadsTheWholeList()
    {
        // Sorted other than newest first, a partly loaded list would show the oldest loaded row
        // first and insert older ones above it while scrolling: another order loads the rest.
        RecordingsView *view = m_window->recordingsView();
        view->model()->setPageSize(10);
        view->model()->clear();
        QTRY_VERIFY_WITH_TIMEOUT(view->model()->rowCount() > 0 && !view->model()->isLoading(), 30000);
        QVERIFY(!view->model()->isComplete());
        view->tableView()->sortByColumn(RecordingTableModel::CreatedColumn, Qt::DescendingOrder);
        QVERIFY(!view->model()->isLoading()); // the server's order: pages as you scroll
        view->tableView()->sortByColumn(RecordingTableModel::DurationColumn, Qt::AscendingOrder);
        QTRY_VERIFY_WITH_TIMEOUT(view->model()->isComplete(), 30000);
        // Emptied while sorted so (a new range, a new session): the whole list again.
        view->model()->clear();
        QTRY_VERIFY_WITH_TIMEOUT(view->model()->isComplete() && view->model()->rowCount() > 10, 30000);
    }

    void enterPlaysTheFocusedRow()
    {
        // The focused row is not always the chosen one (a filter left it current, Ctrl+arrows):
        // Enter chooses it and plays it, not the recording chosen before.
        RecordingsView *view = m_window->recordingsView();
        m_window->tabs()->setCurrentWidget(view);
        QList<int> rows;
        for (int r = 0; r < view->proxy()->rowCount() && rows.size() < 2; ++r) {
            const int source = view->proxy()->mapToSource(view->proxy()->index(r, 0)).row();
            if (view->model()->recordingAt(source).isPlayable())
                rows.append(source);
        }
        QCOMPARE(rows.size(), 2);
        view->selectSourceRow(rows.at(0));
        QTableView *table = view->tableView();
        table->selectionModel()->setCurrentIndex(
            view->proxy()->mapFromSource(view->model()->index(rows.at(1), 0)), QItemSelectionModel::NoUpdate);
        table->setFocus();
        QTest::keyClick(table, Qt::Key_Return);
        const QUuid focused = view->model()->recordingAt(rows.at(1)).id;
        QCOMPARE(m_window->playerPanel()->recordingId(), focused);
        QCOMPARE(view->currentRecording()->id, focused);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->playerPanel()->currentPosition() > 0, 20000);
        m_window->playerPanel()->pause();
    }

    void clickingAnotherRowAsksNothingMoreOfTheFirst()
    {
        // A mouse press makes the new row current a moment before selecting it: that moment must
        // not choose the old row again (which fetched its audio again when it had not come yet).
        RecordingsView *view = m_window->recordingsView();
        m_window->tabs()->setCurrentWidget(view);
        view->selectSourceRow(0);
        const QUuid first = view->model()->recordingAt(0).id;
        QSignalSpy asked(m_window->playerPanel(), &PlayerPanel::audioRequested);
        QTableView *table = view->tableView();
        const QModelIndex second = view->proxy()->index(1, 0);
        QVERIFY(second.isValid());
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(second).center());
        QCOMPARE(view->currentSourceRow(), view->proxy()->mapToSource(second).row());
        for (const QList<QVariant> &call : asked)
            QVERIFY(call.at(0).toUuid() != first);
    }

    void loadEverythingButton()
    {
        RecordingsView *view = m_window->recordingsView();
        // Small pages, so that scrolling has loaded only part of the list.
        view->model()->setPageSize(10);
        view->model()->clear();
        QTRY_VERIFY_WITH_TIMEOUT(view->model()->rowCount() > 0 && !view->model()->isLoading(), 30000);
        QVERIFY(!view->model()->isComplete());
        QToolButton *loadAll = nullptr;
        for (QToolButton *b : view->findChildren<QToolButton *>()) {
            if (b->accessibleName() == QLatin1String("Load everything"))
                loadAll = b;
        }
        QVERIFY(loadAll);
        QVERIFY(loadAll->isVisible());
        loadAll->click();
        QTRY_VERIFY_WITH_TIMEOUT(view->model()->isComplete(), 30000);
        QVERIFY(view->model()->lastError().isEmpty());
        QVERIFY(!loadAll->isVisible());
        // The demo's ~290 listed recordings, each once, newest first.
        QVERIFY(view->model()->rowCount() > 250);
        QSet<QUuid> ids;
        const QList<Recording> &rows = view->model()->items();
        for (qsizetype i = 0; i < rows.size(); ++i) {
            ids.insert(rows.at(i).id);
            QVERIFY(i == 0 || !(rows.at(i - 1).created < rows.at(i).created));
        }
        QCOMPARE(ids.size(), rows.size());
        view->model()->setPageSize(PagedTableModel::kMaxPageSize);
    }

    void unendedRecordingSaysWhy()
    {
        const int row = firstRowWithStatus(RecordingStatus::Recording);
        QVERIFY(row >= 0);
        m_window->tabs()->setCurrentWidget(m_window->recordingsView());
        m_window->recordingsView()->selectSourceRow(row);
        const Recording r = m_window->recordingsView()->model()->recordingAt(row);
        QCOMPARE(m_window->detailsPane()->valueFor(QStringLiteral("Status")), displayName(r.status));
        QVERIFY(!m_window->downloadAction()->isEnabled());
        QVERIFY(!m_window->sendToAnalyticsAction()->isEnabled());
        QCOMPARE(m_window->downloadAction()->toolTip(), unavailableReason(r));
        QVERIFY(!m_window->playerPanel()->canPlay());
    }

    void playEndedRecording()
    {
        // An ended recording whose audio is not in the demo's cache yet (an earlier test may have
        // played one).
        RecordingTableModel *model = m_window->recordingsView()->model();
        int row = -1;
        for (int i = 0; i < model->rowCount() && row < 0; ++i)
            if (model->recordingAt(i).status == RecordingStatus::Ended &&
                !m_window->session()->recordingAudio()->cache().isComplete(model->recordingAt(i).id))
                row = i;
        QVERIFY(row >= 0);
        m_window->recordingsView()->selectSourceRow(row);
        const Recording r = model->recordingAt(row);
        PlayerPanel *player = m_window->playerPanel();
        QCOMPARE(player->recordingId(), r.id);
        QVERIFY(m_window->downloadAction()->isEnabled());
        QVERIFY(m_window->sendToAnalyticsAction()->isEnabled());
        // The audio arrives in the profile's cache and plays from there: never from the signed URL
        // itself (the media backend would fetch it with its own HTTP client).
        QTRY_VERIFY_WITH_TIMEOUT(player->canPlay(), 15000);
        QVERIFY(!player->source().scheme().startsWith(QStringLiteral("http")));
        QTRY_VERIFY_WITH_TIMEOUT(player->player()->mediaStatus() == QMediaPlayer::LoadedMedia ||
                                     player->player()->mediaStatus() == QMediaPlayer::BufferedMedia,
                                 15000);
        QTRY_VERIFY_WITH_TIMEOUT(player->player()->duration() > 0, 15000);
        player->playPauseAction()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(player->player()->playbackState(), QMediaPlayer::PlayingState, 10000);
        QCOMPARE(player->playPauseAction()->text(), PlayerPanel::tr("Pause"));
        QTRY_VERIFY_WITH_TIMEOUT(player->player()->position() > 0, 10000);
        player->playPauseAction()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(player->player()->playbackState(), QMediaPlayer::PausedState, 10000);
        // +10 s and back.
        const qint64 pos = player->player()->position();
        const qint64 expected = std::min(pos + PlayerPanel::kSkipMs, player->player()->duration());
        player->forwardAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(std::abs(player->player()->position() - expected) < 600, 5000);
        player->backAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(player->player()->position() < expected, 5000);
        // The waveform is computed from the audio.
        QTRY_COMPARE_WITH_TIMEOUT(player->waveform()->state(), WaveformWidget::State::Ready, 20000);
        QVERIFY(!player->waveform()->channels().isEmpty());
        // Playing, seeking and drawing fetched the recording once.
        QCOMPARE(signedGetsFor(r.id), 1);
    }

    void playsWhileTheRestArrives()
    {
        // The download server cuts every answer after 256 KiB and each resume waits about 2 s: the
        // recording must start playing from the first part.
        RecordingTableModel *model = m_window->recordingsView()->model();
        int row = -1;
        for (int i = model->rowCount() - 1; i >= 0 && row < 0; --i) {
            const Recording r = model->recordingAt(i);
            if (r.isPlayable() && r.durationMs() > 60'000 &&
                !m_window->session()->recordingAudio()->cache().isComplete(r.id))
                row = i;
        }
        QVERIFY(row >= 0);
        const Recording r = model->recordingAt(row);
        sandboxAdmin("POST", QStringLiteral("/_sandbox/faults"),
                     QJsonObject{{QStringLiteral("dropAfterBytes"), 256 * 1024}});
        RetryPolicy slow;
        slow.baseDelayMs = 4000;
        slow.maxDelayMs = 4000;
        slow.maxAttempts = 100;
        m_window->session()->recordingAudio()->setRetryPolicy(slow);
        m_window->recordingsView()->selectSourceRow(row);
        PlayerPanel *player = m_window->playerPanel();
        QTRY_VERIFY_WITH_TIMEOUT(player->canPlay(), 15000);
        QVERIFY(player->isProgressive());
        player->play();
        QTRY_VERIFY_WITH_TIMEOUT(player->player()->position() > 0, 10000);
        RecordingAudio *audio = m_window->session()->recordingAudio()->find(r.id);
        QVERIFY(audio);
        QVERIFY2(!audio->isReady() && audio->availableBytes() < audio->totalBytes(),
                 "playback only started once the whole recording had arrived");
        QVERIFY(player->statusText().contains(QStringLiteral("%")));
        // Seeking within what has arrived works at once, while the rest is still on its way.
        player->seek(5'000);
        QTRY_VERIFY_WITH_TIMEOUT(player->currentPosition() > 5'000 && player->currentPosition() < 7'000,
                                 3000);
        QCOMPARE(player->player()->playbackState(), QMediaPlayer::PlayingState);
        QVERIFY(!audio->isReady());
        sandboxAdmin("POST", QStringLiteral("/_sandbox/faults"),
                     QJsonObject{{QStringLiteral("reset"), true}});
        m_window->session()->recordingAudio()->setRetryPolicy(RetryPolicy());
        QTRY_VERIFY_WITH_TIMEOUT(audio->isReady(), 30000);
        // Once all of it is there, seeking works (on a stream too: the whole file replaces it).
        player->seek(30'000);
        QTRY_VERIFY_WITH_TIMEOUT(std::abs(player->player()->position() - 30'000) < 1500, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(player->player()->playbackState(), QMediaPlayer::PlayingState, 10000);
        player->pause();
    }

    void playAfterAFailedFetchTriesAgain()
    {
        // The audio could not be fetched (the status says to try again); once the service is
        // back, Play asks for it again and plays, without choosing another row first.
        RecordingAudioService *audio = m_window->session()->recordingAudio();
        const int row = firstRowNotFetchedYet();
        QVERIFY(row >= 0);
        RetryPolicy once;
        once.maxAttempts = 1;
        audio->setRetryPolicy(once);
        auto restore = qScopeGuard([audio] { audio->setRetryPolicy(RetryPolicy()); });
        const QString path =
            m_window->session()->platform()->config().baseUrl.path() + QStringLiteral("/recordingfiles");
        sandboxAdmin("POST", QStringLiteral("/_sandbox/faults"),
                     QJsonObject{{QStringLiteral("failNext"), QJsonObject{{QStringLiteral("status"), 500},
                                                                          {QStringLiteral("count"), 1000},
                                                                          {QStringLiteral("paths"), path}}}});
        m_window->tabs()->setCurrentWidget(m_window->recordingsView());
        m_window->recordingsView()->selectSourceRow(row);
        PlayerPanel *player = m_window->playerPanel();
        QTRY_VERIFY_WITH_TIMEOUT(player->canRetryAudio(), 20000);
        QVERIFY(!player->canPlay());
        QAction *playPause = player->shortcutActions().constFirst();
        QVERIFY(playPause->isEnabled());
        sandboxAdmin("POST", QStringLiteral("/_sandbox/faults"),
                     QJsonObject{{QStringLiteral("reset"), true}});
        playPause->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(player->currentPosition() > 0, 20000);
        QVERIFY(player->isPlaying());
        player->pause();
    }

    void enterPlaysBeforeTheAudioArrived()
    {
        // Enter (or a double-click) on a row whose audio is not cached comes before its first
        // bytes: the press is kept and playback starts once they are here, instead of nothing.
        const int row = firstRowNotFetchedYet();
        QVERIFY(row >= 0);
        // The recordingfiles 307 answers late, so the press surely comes first.
        sandboxAdmin("POST", QStringLiteral("/_sandbox/faults"),
                     QJsonObject{{QStringLiteral("latencyMs"), 500}});
        m_window->tabs()->setCurrentWidget(m_window->recordingsView());
        QTableView *table = m_window->recordingsView()->tableView();
        m_window->recordingsView()->selectSourceRow(row);
        table->setFocus();
        PlayerPanel *player = m_window->playerPanel();
        QVERIFY(!player->canPlay());
        QTest::keyClick(table, Qt::Key_Return);
        sandboxAdmin("POST", QStringLiteral("/_sandbox/faults"),
                     QJsonObject{{QStringLiteral("reset"), true}});
        QVERIFY(!player->canPlay());
        QTRY_VERIFY_WITH_TIMEOUT(player->player()->position() > 0, 15000);
        QCOMPARE(player->player()->playbackState(), QMediaPlayer::PlayingState);
        player->pause();
    }

    void dropFilesOpensUploadForm()
    {
        QTemporaryDir dir;
        const QString wav = dir.filePath(QStringLiteral("dropped.wav"));
        const QString chat = dir.filePath(QStringLiteral("chat.zip"));
        for (const QString &p : {wav, chat}) {
            QFile f(p);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("data");
        }
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(wav), QUrl::fromLocalFile(chat)});
        const QPoint at(m_window->width() / 2, m_window->height() / 2);
        QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_window, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_window, &drop);
        QVERIFY(drop.isAccepted());
        UploadDialog *dialog = m_window->uploadDialog();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QCOMPARE(dialog->fileCount(), 2);
        QCOMPARE(dialog->batch().items.at(0).localPath, QFileInfo(wav).absoluteFilePath());
        QCOMPARE(dialog->batch().items.at(1).metadata.uploadType, QStringLiteral("Chat"));
        dialog->reject();
        QTRY_VERIFY(!m_window->uploadDialog());

        // Something that is not a file is refused.
        QMimeData text;
        text.setText(QStringLiteral("hello"));
        QDragEnterEvent refuse(at, Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
        refuse.setAccepted(false);
        QApplication::sendEvent(m_window, &refuse);
        QVERIFY(!refuse.isAccepted());
    }

    void downloadAndUploadThroughQueue()
    {
        m_window->tabs()->setCurrentWidget(m_window->recordingsView());
        const int row = firstRowWithStatus(RecordingStatus::Ended);
        m_window->recordingsView()->selectSourceRow(row);
        QTemporaryDir folder;
        QSignalSpy finished(m_window, &MainWindow::batchFinished);
        QCOMPARE(m_window->downloadSelectionTo(folder.path()), 1);
        QVERIFY(m_window->transfersDock()->isVisible());
        TransferQueue *queue = m_window->transferQueue();
        QVERIFY(queue);
        QCOMPARE(m_window->transfersPanel()->model()->rowCount(), queue->count());
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        const TransferItem &item = queue->at(queue->count() - 1);
        QCOMPARE(item.state, TransferItem::State::Completed);
        QVERIFY(QFileInfo(item.targetPath).size() > 44); // a WAV with audio
        QVERIFY(m_window->transfersPanel()->summaryText().contains(QStringLiteral("done")));
        // The batch's end goes to the desktop as well as to the window's bar.
        QVERIFY(m_window->notifier());
        QCOMPARE(m_window->notifier()->lastText(), finished.at(0).at(0).toString());
        QCOMPARE(m_window->messageBar()->text(), finished.at(0).at(0).toString());
        QVERIFY(m_window->messageBar()->isVisible());

        // Upload the downloaded file to analytics and the assistant in one batch.
        UploadBatch batch;
        batch.destinations = UploadDestinations(UploadDestination::Analytics) | UploadDestination::Assistant;
        UploadItem up;
        up.localPath = item.targetPath;
        up.metadata.fileName =
            QStringLiteral("gui-test-%1.wav").arg(QUuid::createUuid().toString(QUuid::Id128));
        up.metadata.uploadType = QStringLiteral("Audio");
        batch.items.append(up);
        const int before = queue->count();
        m_window->enqueueUploads(batch);
        QCOMPARE(queue->count(), before + 2);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 30000);
        for (int i = before; i < queue->count(); ++i)
            QVERIFY2(queue->at(i).state == TransferItem::State::Completed, qPrintable(queue->at(i).error));
        // Clear finished empties the panel.
        m_window->transfersPanel()->clearButton()->click();
        QCOMPARE(m_window->transfersPanel()->model()->rowCount(), 0);
    }

    void sendRecordingToAnalytics()
    {
        m_window->tabs()->setCurrentWidget(m_window->recordingsView());
        const int row = firstRowWithStatus(RecordingStatus::Ended);
        m_window->recordingsView()->selectSourceRow(row);
        const Recording r = m_window->recordingsView()->model()->recordingAt(row);
        QVERIFY(m_window->sendToAnalyticsAction()->isEnabled());
        m_window->sendToAnalyticsAction()->trigger();
        UploadDialog *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = m_window->findChild<UploadDialog *>()) && dialog->isVisible(),
                                 10000);
        // Pre-filled from the recording, sent by link.
        const UploadBatch batch = dialog->batch();
        QCOMPARE(batch.items.size(), 1);
        QVERIFY(batch.items.constFirst().signedUrl.isValid());
        QCOMPARE(batch.items.constFirst().recordingId, r.id);
        QVERIFY(dialog->canAccept());
        QSignalSpy finished(m_window, &MainWindow::batchFinished);
        const int before = m_window->transferQueue()->count();
        dialog->ui()->buttonBox->button(QDialogButtonBox::Ok)->click();
        QCOMPARE(m_window->transferQueue()->count(), before + 1);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        const TransferItem &item = m_window->transferQueue()->at(before);
        QVERIFY2(item.state == TransferItem::State::Completed, qPrintable(item.error));
        QCOMPARE(item.destination, TransferItem::Destination::Analytics);
    }

    void dragOutCarriesFiles()
    {
        const int row = firstRowWithStatus(RecordingStatus::Ended);
        const Recording r = m_window->recordingsView()->model()->recordingAt(row);
        DragExport::Entry e;
        e.kind = DragExport::Entry::Kind::Recording;
        e.id = r.id;
        e.fileName = QStringLiteral("call.wav");
        // Played (so cached) before it is dragged out.
        RecordingAudio *played = m_window->session()->recordingAudio()->fetch(r.id);
        QTRY_VERIFY_WITH_TIMEOUT(played->isReady(), 20000);
        const int before = signedGetsFor(r.id);
        std::unique_ptr<QMimeData> mime(m_window->makeDragExport({e}));
        QVERIFY(mime);
        QVERIFY(mime->hasUrls());
        auto *drag = qobject_cast<DragExport *>(mime.get());
        QVERIFY(drag);
        // The files are fetched in the background while the drag goes on; nothing waits.
        QTRY_COMPARE_WITH_TIMEOUT(drag->pendingCount(), 0, 20000);
        const QList<QUrl> urls = mime->urls(); // what a file manager asks for at drop time
        QCOMPARE(urls.size(), 1);
        // It comes from the cache, not from the server again.
        QCOMPARE(signedGetsFor(r.id), before);
        QVERIFY(urls.constFirst().isLocalFile());
        const QFileInfo saved(urls.constFirst().toLocalFile());
        QCOMPARE(saved.fileName(), QStringLiteral("call.wav"));
        QVERIFY(saved.size() > 44);
        QFile wav(saved.filePath());
        QVERIFY(wav.open(QIODevice::ReadOnly));
        QVERIFY(wav.read(4) == "RIFF");
    }

    void profilesFromTheBanner()
    {
        // The demo banner's button opens the profiles form on a new profile.
        m_window->demoBanner()->addProfileButton()->click();
        ProfilesDialog *dialog = m_window->findChild<ProfilesDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QCOMPARE(dialog->ui()->pages->currentWidget(), dialog->ui()->editPage);
        QVERIFY(dialog->ui()->nameEdit->text().isEmpty());
        dialog->reject();
    }

    void keyboardNavigation()
    {
        m_window->tabs()->setCurrentWidget(m_window->recordingsView());
        QTableView *table = m_window->recordingsView()->tableView();
        m_window->recordingsView()->selectSourceRow(firstRowWithStatus(RecordingStatus::Ended));
        table->setFocus();
        const QString before = m_window->detailsPane()->valueFor(QStringLiteral("Recording id"));
        QTest::keyClick(table, Qt::Key_Down);
        const auto current = m_window->recordingsView()->currentRecording();
        QVERIFY(current);
        QCOMPARE(m_window->detailsPane()->valueFor(QStringLiteral("Recording id")),
                 current->id.toString(QUuid::WithoutBraces));
        QVERIFY(m_window->detailsPane()->valueFor(QStringLiteral("Recording id")) != before);
        // Ctrl+F goes to the search field.
        QAction *find = nullptr;
        for (QAction *a : m_window->findChildren<QAction *>())
            if (a->shortcuts().contains(QKeySequence(QKeySequence::Find)))
                find = a;
        QVERIFY(find);
        find->trigger();
        // (focusWidget: the offscreen test window need not be the active one)
        QTRY_COMPARE(m_window->focusWidget(), m_window->recordingsView()->filterBar()->textEdit());
    }

    // A whole review by keys alone, in the window as a supervisor uses it: pick a recording, play,
    // loop a stretch, jump between stretches of speech, write a note at the playhead, go to it,
    // mark the recording, undo and redo, go on to the next unreviewed one, see the shortcuts.
    void reviewByKeysAlone()
    {
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window));
        QTableView *table = m_window->recordingsView()->tableView();
        RecordingTableModel *model = m_window->recordingsView()->model();
        ReviewStore *store = m_window->reviewStore();
        QVERIFY(store);
        PlayerPanel *player = m_window->playerPanel();
        ReviewPanel *review = m_window->reviewPanel();
        auto key = [](int k, Qt::KeyboardModifiers mods = Qt::NoModifier) {
            QWidget *focus = QApplication::focusWidget();
            QVERIFY(focus);
            QTest::keyClick(focus, Qt::Key(k), mods);
        };

        // Down the list to an ended recording nobody has reviewed yet.
        m_window->recordingsView()->selectSourceRow(0);
        table->setFocus();
        QTRY_VERIFY(table->hasFocus());
        std::optional<Recording> current = m_window->recordingsView()->currentRecording();
        for (int i = 0;
             i < 40 && !(current->isPlayable() && store->state(current->id) == ReviewState::NotReviewed &&
                         store->notes(current->id).isEmpty());
             ++i) {
            key(Qt::Key_Down);
            current = m_window->recordingsView()->currentRecording();
        }
        QVERIFY(current->isPlayable());
        QCOMPARE(review->subject().recordingId, current->id);
        QTRY_VERIFY_WITH_TIMEOUT(player->canPlay(), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(!player->silences().isEmpty(), 20000); // found from the samples

        // Play, pause, +5 s.
        key(Qt::Key_Space);
        QTRY_VERIFY_WITH_TIMEOUT(player->currentPosition() > 300, 10000);
        key(Qt::Key_Space);
        const qint64 paused = player->currentPosition();
        key(Qt::Key_Right, Qt::ShiftModifier);
        QTRY_VERIFY_WITH_TIMEOUT(
            std::abs(player->currentPosition() - (paused + PlayerPanel::kShortSkipMs)) < 700, 5000);

        // A focused slider keeps its arrows (the volume moves, the playhead does not), a focused
        // button its Space (pressed, playback stays paused).
        const qint64 still = player->currentPosition();
        player->volumeSlider()->setFocus();
        QTRY_VERIFY(player->volumeSlider()->hasFocus());
        const int volume = player->volumeSlider()->value();
        key(Qt::Key_Left);
        QCOMPARE(player->volumeSlider()->value(), volume - player->volumeSlider()->singleStep());
        QCOMPARE(player->currentPosition(), still);
        player->skipSilenceButton()->setFocus();
        const bool skipping = player->skipsSilences();
        key(Qt::Key_Space);
        QCOMPARE(player->skipsSilences(), !skipping);
        key(Qt::Key_Space);
        QVERIFY(!player->isPlaying());
        table->setFocus();
        QTRY_VERIFY(table->hasFocus());

        // A–B: A here, B ten seconds on; setting B goes back to A. Shift+A clears the loop.
        key(Qt::Key_A);
        const qint64 a = player->loopStart();
        QVERIFY(a >= 0);
        key(Qt::Key_Right);
        key(Qt::Key_B);
        QVERIFY(player->isLooping());
        QVERIFY(player->loopEnd() > a);
        QTRY_VERIFY_WITH_TIMEOUT(std::abs(player->currentPosition() - a) < 700, 5000);
        QCOMPARE(player->waveform()->loop().startMs, a);
        key(Qt::Key_A, Qt::ShiftModifier);
        QVERIFY(!player->isLooping());

        // Next speech, then previous speech: the starts of the stretches found in the samples.
        const qint64 from = player->currentPosition();
        const qint64 nextStart = player->silences().nextSpeech(from);
        QVERIFY(nextStart > from);
        key(Qt::Key_Period);
        QTRY_VERIFY_WITH_TIMEOUT(std::abs(player->currentPosition() - nextStart) < 400, 5000);
        QCOMPARE(player->silences().silenceAt(player->currentPosition() + SilenceMap::kLeadInMs), -1);
        const qint64 previousStart = player->silences().previousSpeech(player->currentPosition());
        key(Qt::Key_Comma);
        QTRY_VERIFY_WITH_TIMEOUT(
            std::abs(player->currentPosition() - std::max<qint64>(0, previousStart)) < 400, 5000);
        key(Qt::Key_Period);
        QTRY_VERIFY_WITH_TIMEOUT(std::abs(player->currentPosition() -
                                          player->silences().nextSpeech(std::max<qint64>(0, previousStart))) <
                                     400,
                                 5000);

        // N writes a note at the playhead; Enter saves it and the keyboard goes back to the list.
        const qint64 at = player->currentPosition();
        key(Qt::Key_N);
        QTRY_VERIFY(review->noteEditor()->hasFocus());
        QTest::keyClicks(review->noteEditor(), QStringLiteral("Greeting, then the refund policy"));
        key(Qt::Key_Return);
        QList<ReviewNote> notes = store->notes(current->id);
        QCOMPARE(notes.size(), 1);
        QCOMPARE(notes.first().text, QStringLiteral("Greeting, then the refund policy"));
        QVERIFY(std::abs(notes.first().offsetMs - at) < 400);
        QTRY_VERIFY(table->hasFocus());
        QCOMPARE(player->waveform()->markers().size(), 1);
        QCOMPARE(review->notesModel()->rowCount(), 1);

        // Back to the start (Left), then ] jumps to the note.
        for (int i = 0; i < 30 && player->currentPosition() > 0; ++i)
            key(Qt::Key_Left);
        QTRY_COMPARE_WITH_TIMEOUT(player->currentPosition(), qint64(0), 5000);
        key(Qt::Key_BracketRight);
        QTRY_VERIFY_WITH_TIMEOUT(std::abs(player->currentPosition() - notes.first().offsetMs) < 400, 5000);

        // R marks it reviewed: the Review column says so.
        key(Qt::Key_R);
        QCOMPARE(store->state(current->id), ReviewState::Reviewed);
        const int row = m_window->recordingsView()->currentSourceRow();
        QCOMPARE(model->index(row, RecordingTableModel::ReviewColumn).data().toString(),
                 ReviewStateText::displayName(ReviewState::Reviewed));
        QVERIFY(review->stateButton(ReviewState::Reviewed)->isChecked());

        // Undo takes back the mark, then the note; redo brings the note back with its own id.
        key(Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(store->state(current->id), ReviewState::NotReviewed);
        key(Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(store->notes(current->id).isEmpty());
        QCOMPARE(player->waveform()->markers().size(), 0);
        key(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        notes = store->notes(current->id);
        QCOMPARE(notes.size(), 1);
        key(Qt::Key_F);
        QCOMPARE(store->state(current->id), ReviewState::Flagged);

        // Shift+N: the next recording nobody has reviewed.
        key(Qt::Key_N, Qt::ShiftModifier);
        const std::optional<Recording> next = m_window->recordingsView()->currentRecording();
        QVERIFY(next && next->id != current->id);
        QCOMPARE(store->state(next->id), ReviewState::NotReviewed);
        QVERIFY(next->isPlayable());

        // ? lists the keys (made from the actions themselves); Esc closes it.
        key(Qt::Key_Question);
        auto *overlay = m_window->findChild<ShortcutsOverlay *>();
        QVERIFY(overlay);
        QTRY_VERIFY(overlay->isVisible());
        QVERIFY(!overlay->list()->findItems(ReviewPanel::tr("Mark reviewed"), Qt::MatchExactly).isEmpty());
        QVERIFY(!overlay->list()->findItems(PlayerPanel::tr("Next speech"), Qt::MatchExactly).isEmpty());
        // Steady names for actions whose text follows their state, and only keys a desk has.
        QVERIFY(!overlay->list()->findItems(PlayerPanel::tr("Play or pause"), Qt::MatchExactly).isEmpty());
        const QList<QTreeWidgetItem *> undo =
            overlay->list()->findItems(ReviewPanel::tr("Undo"), Qt::MatchExactly);
        QCOMPARE(undo.size(), 1);
        QVERIFY(undo.constFirst()->text(1).startsWith(
            QKeySequence(Qt::CTRL | Qt::Key_Z).toString(QKeySequence::NativeText)));
        for (int i = 0; i < overlay->list()->topLevelItemCount(); ++i)
            QVERIFY2(!overlay->list()->topLevelItem(i)->text(1).contains(QLatin1String("F14")),
                     qPrintable(overlay->list()->topLevelItem(i)->text(0)));
        // Keys go to the list, not to the window behind it: R marks nothing.
        key(Qt::Key_R);
        QCOMPARE(store->state(next->id), ReviewState::NotReviewed);
        key(Qt::Key_Escape);
        QTRY_VERIFY(!overlay->isVisible());

        // Under a "Not reviewed" filter, marking the recording under review keeps it selected and
        // in the list (it leaves once another is chosen).
        FilterBar *filters = m_window->recordingsView()->filterBar();
        filters->reviewCombo()->setCurrentIndex(
            filters->reviewCombo()->findData(int(ReviewState::NotReviewed)));
        QTRY_COMPARE(m_window->recordingsView()->currentRecording()->id, next->id);
        table->setFocus();
        key(Qt::Key_R);
        QCOMPARE(store->state(next->id), ReviewState::Reviewed);
        QCOMPARE(m_window->recordingsView()->currentRecording()->id, next->id);
        QCOMPARE(review->subject().recordingId, next->id);
        key(Qt::Key_U);
        QCOMPARE(store->state(next->id), ReviewState::NotReviewed);

        // The filter shows only what is in a state (and the recording under review).
        filters->reviewCombo()->setCurrentIndex(filters->reviewCombo()->findData(int(ReviewState::Flagged)));
        QTRY_COMPARE(m_window->recordingsView()->proxy()->rowCount(), 2);
        QSet<QUuid> shown;
        for (int i = 0; i < 2; ++i)
            shown.insert(
                m_window->recordingsView()->proxy()->index(i, 0).data(PagedTableModel::IdRole).toUuid());
        QCOMPARE(shown, (QSet<QUuid>{current->id, next->id}));

        // File ▸ Export reviews: JSON (and CSV) with the note and the state.
        QTemporaryDir out;
        const QString json = out.filePath(QStringLiteral("reviews.json"));
        QVERIFY(m_window->exportReviewsTo(json));
        QFile file(json);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonArray reviews =
            QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("reviews")).toArray();
        bool found = false;
        for (const QJsonValue &v : reviews) {
            const QJsonObject o = v.toObject();
            if (o.value(QStringLiteral("recording_id")).toString() ==
                current->id.toString(QUuid::WithoutBraces)) {
                found = true;
                QCOMPARE(o.value(QStringLiteral("note")).toString(),
                         QStringLiteral("Greeting, then the refund policy"));
                QCOMPARE(o.value(QStringLiteral("state")).toString(), QStringLiteral("flagged"));
            }
        }
        QVERIFY(found);
        QVERIFY(m_window->exportReviewsTo(out.filePath(QStringLiteral("reviews.csv"))));
        QFile csv(out.filePath(QStringLiteral("reviews.csv")));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QVERIFY(
            csv.readLine().startsWith("recording_id,call_id,agent,customer,start,offset,note,author,state"));
        QVERIFY(!m_window->exportReviewsTo(out.filePath(QStringLiteral("no/such/folder/r.csv"))));
        QCOMPARE(m_window->messageBar()->kind(), MessageBar::Kind::Error);

        store->setState(ReviewSubject{current->id, {}, {}, {}, {}},
                        ReviewState::NotReviewed); // leave the demo as it was
        store->removeNote(notes.first().id);
    }

    void layoutIsRemembered()
    {
        QTableView *table = m_window->recordingsView()->tableView();
        table->horizontalHeader()->setSectionHidden(RecordingTableModel::FormatColumn, true);
        table->setColumnWidth(RecordingTableModel::StartedColumn, 211);
        // Fits the GUI tests' 1600x1000 screen: Qt 6.8 shrinks a restored geometry to fit it.
        m_window->resize(1111, 777);
        m_window->close(); // saves the layout
        MainWindow second;
        second.setSession(new Session(m_window->session()->config()), QStringLiteral("Again"), false);
        QTableView *again = second.recordingsView()->tableView();
        QVERIFY(again->horizontalHeader()->isSectionHidden(RecordingTableModel::FormatColumn));
        QCOMPARE(again->columnWidth(RecordingTableModel::StartedColumn), 211);
        QCOMPARE(second.size(), QSize(1111, 777));
    }

    void filesTab()
    {
        m_window->tabs()->setCurrentWidget(m_window->filesView());
        FilesView *files = m_window->filesView();
        files->selectSourceRow(0);
        const PlatformFile f = files->model()->fileAt(0);
        QCOMPARE(m_window->detailsPane()->valueFor(QStringLiteral("File name")), f.filename);
        QVERIFY(m_window->downloadAction()->isEnabled());
        QVERIFY(!m_window->sendToAnalyticsAction()->isEnabled());
        files->tableView()->selectAll();
        QVERIFY(files->selectedFiles().size() > 1);
        QVERIFY(m_window->detailsPane()->valueFor(QStringLiteral("File name")).isEmpty());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
