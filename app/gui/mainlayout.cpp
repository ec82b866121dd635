#include "mainlayout.h"

#include "demobanner.h"
#include "detailspane.h"
#include "filesview.h"
#include "messagebar.h"
#include "playerpanel.h"
#include "recordingsview.h"
#include "reviewpanel.h"
#include "statussummary.h"
#include "transferspanel.h"

#include <QDockWidget>
#include <QGuiApplication>
#include <QMainWindow>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace recdesk::gui {

void MainLayout::setupUi(QMainWindow *window)
{
    demoBanner = new DemoBanner(window);
    demoBanner->hide();
    messages = new MessageBar(window);
    recordings = new RecordingsView(window);
    files = new FilesView(window);
    tabs = new QTabWidget(window);
    tabs->setAccessibleName(tr("Lists"));
    tabs->setDocumentMode(true);
    tabs->addTab(recordings, tr("&Recordings"));
    tabs->addTab(files, tr("&Files"));
    details = new DetailsPane(window);
    details->setMinimumWidth(240);
    player = new PlayerPanel(window);
    review = new ReviewPanel(player, window);

    browseSplitter = new QSplitter(Qt::Horizontal, window);
    browseSplitter->setObjectName(QStringLiteral("browseSplitter"));
    browseSplitter->addWidget(tabs);
    browseSplitter->addWidget(details);
    browseSplitter->setStretchFactor(0, 3);
    browseSplitter->setStretchFactor(1, 1);
    browseSplitter->setChildrenCollapsible(false);
    mainSplitter = new QSplitter(Qt::Vertical, window);
    mainSplitter->setObjectName(QStringLiteral("mainSplitter"));
    mainSplitter->addWidget(browseSplitter);
    playerSplitter = new QSplitter(Qt::Horizontal, window);
    playerSplitter->setObjectName(QStringLiteral("playerSplitter"));
    playerSplitter->addWidget(player);
    playerSplitter->addWidget(review);
    playerSplitter->setStretchFactor(0, 3);
    playerSplitter->setStretchFactor(1, 2);
    playerSplitter->setChildrenCollapsible(false);
    mainSplitter->addWidget(playerSplitter);
    mainSplitter->setStretchFactor(0, 1);
    mainSplitter->setStretchFactor(1, 0);
    mainSplitter->setChildrenCollapsible(false);

    auto *central = new QWidget(window);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(demoBanner);
    auto *body = new QVBoxLayout;
    body->setContentsMargins(8, 6, 8, 4);
    body->setSpacing(6);
    body->addWidget(messages);
    body->addWidget(mainSplitter, 1);
    layout->addLayout(body, 1);
    window->setCentralWidget(central);

    summary = new StatusSummary(window);
    window->statusBar()->addPermanentWidget(summary);
    summary->setConnection(tr("Not connected"));

    transfers = new TransfersPanel(window);
    transfersDock = new QDockWidget(tr("Transfers"), window);
    transfersDock->setObjectName(QStringLiteral("transfersDock"));
    transfersDock->setAccessibleName(tr("Transfers"));
    transfersDock->setWidget(transfers);
    transfersDock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable);
    window->addDockWidget(Qt::BottomDockWidgetArea, transfersDock);
    transfersDock->hide();
}

void MainLayout::restore(QMainWindow *window) const
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("mainWindow"));
    if (!window->restoreGeometry(settings.value(QStringLiteral("geometry")).toByteArray())) {
        const QRect screen = QGuiApplication::primaryScreen()
                                 ? QGuiApplication::primaryScreen()->availableGeometry()
                                 : QRect(0, 0, 1600, 1000);
        window->resize(std::min(1360, screen.width() * 9 / 10), std::min(860, screen.height() * 9 / 10));
    }
    window->restoreState(settings.value(QStringLiteral("state")).toByteArray());
    if (!mainSplitter->restoreState(settings.value(QStringLiteral("mainSplitter")).toByteArray()))
        mainSplitter->setSizes({560, 240});
    if (!browseSplitter->restoreState(settings.value(QStringLiteral("browseSplitter")).toByteArray()))
        browseSplitter->setSizes({940, 380});
    if (!playerSplitter->restoreState(settings.value(QStringLiteral("playerSplitter")).toByteArray()))
        playerSplitter->setSizes({800, 520});
    recordings->restoreLayout(settings);
    files->restoreLayout(settings);
    settings.endGroup();
}

void MainLayout::save(const QMainWindow *window) const
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("mainWindow"));
    settings.setValue(QStringLiteral("geometry"), window->saveGeometry());
    settings.setValue(QStringLiteral("state"), window->saveState());
    settings.setValue(QStringLiteral("mainSplitter"), mainSplitter->saveState());
    settings.setValue(QStringLiteral("browseSplitter"), browseSplitter->saveState());
    settings.setValue(QStringLiteral("playerSplitter"), playerSplitter->saveState());
    recordings->saveLayout(settings);
    files->saveLayout(settings);
    settings.endGroup();
}

} // namespace recdesk::gui
