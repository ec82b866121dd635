// Issue #15: every interactive control has an accessible name (a speed box is "Playback speed",
// not "1.0×"), and Tab visits the controls in reading order. The window runs against the demo's
// in-process sandbox so that the lists, the player and the review panel are filled; every dialog
// and popup it can show is opened, and each walk happens while the walked widgets are visible.

#include "accessibility.h"
#include "demohost.h"
#include "filesview.h"
#include "filterbar.h"
#include "mainwindow.h"
#include "models/filetablemodel.h"
#include "models/recordingtablemodel.h"
#include "playerpanel.h"
#include "profilesdialog.h"
#include "proxycredentialsdialog.h"
#include "recordingrows.h"
#include "recordingsview.h"
#include "reviewpanel.h"
#include "shortcutsoverlay.h"
#include "ui_profilesdialog.h"
#include "ui_uploaddialog.h"
#include "uploaddialog.h"

#include <algorithm>
#include <QAbstractItemView>
#include <QAbstractScrollArea>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAction>
#include <QCalendarWidget>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSlider>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTextEdit>
#include <QToolBar>
#include <QToolButton>
#include <QtTest>

using namespace recdesk;
using namespace recdesk::gui;

namespace {

template<typename T> bool isA(const QObject *o)
{
    return qobject_cast<const T *>(o) != nullptr;
}

// Inside a compound control whose own interface speaks for it: a spin box's or an editable combo's
// line edit, an item view's headers, editors and scroll bars.
bool isPartOfCompound(const QWidget *w)
{
    for (const QWidget *p = w->parentWidget(); p; p = p->parentWidget()) {
        if (isA<QAbstractSpinBox>(p) || isA<QComboBox>(p) || isA<QAbstractItemView>(p))
            return true; // its header views and editors are cells of the view's own interface
        if (isA<QAbstractScrollArea>(p) && isA<QAbstractSlider>(w))
            return true; // a scroll area's own scroll bar
        if (p->isWindow())
            break;
    }
    return false;
}

// A button Qt makes inside a widget and shows only on the user's action: a line edit's clear
// button (on typing), a tab bar's scroll buttons and a tool bar's extension (on narrowing the
// window), a dock's title-bar buttons. They are checked whenever their parent is visible.
bool isInternalButton(const QWidget *w)
{
    const QWidget *p = w->parentWidget();
    return isA<QAbstractButton>(w) && p &&
           (isA<QLineEdit>(p) || isA<QTabBar>(p) || isA<QToolBar>(p) || isA<QDockWidget>(p));
}

// What a screen reader meets as a control: inputs, buttons, views, and anything else that takes
// the keyboard (a custom widget such as the waveform). Plain scroll areas are containers.
bool isControl(const QWidget *w)
{
    if (isPartOfCompound(w))
        return false;
    if (isA<QAbstractButton>(w) || isA<QComboBox>(w) || isA<QLineEdit>(w) || isA<QAbstractSpinBox>(w) ||
        isA<QAbstractItemView>(w) || isA<QTabBar>(w) || isA<QTextEdit>(w) || isA<QPlainTextEdit>(w) ||
        isA<QAbstractSlider>(w))
        return true;
    if (isA<QScrollArea>(w) || w->focusProxy())
        return false;
    return w->focusPolicy() != Qt::NoFocus;
}

// The value a control shows, which must not serve as its name.
QString valueOf(const QWidget *w)
{
    if (const auto *combo = qobject_cast<const QComboBox *>(w))
        return combo->currentText();
    if (const auto *spin = qobject_cast<const QAbstractSpinBox *>(w))
        return spin->text();
    if (const auto *slider = qobject_cast<const QAbstractSlider *>(w))
        return QString::number(slider->value());
    if (const auto *edit = qobject_cast<const QLineEdit *>(w))
        return edit->text();
    return QString();
}

// Qt's interface for a combo box reports its current item as its name on Unix and drops
// setAccessibleName there, by design ("on Linux we use relations for this, name is text",
// QAccessibleComboBox::text, the same in Qt 6.4 and 6.8): what names a combo for a screen reader
// there is its label relation, a QLabel whose buddy it is. Elsewhere the name is the name.
QString comboLabel(QAccessibleInterface *iface)
{
    const auto relations = iface->relations(QAccessible::Label);
    for (const auto &relation : relations) {
        const QString text = relation.first ? relation.first->text(QAccessible::Name).trimmed() : QString();
        if (!text.isEmpty())
            return text;
    }
    return QString();
}

QString describe(const QWidget *w)
{
    QStringList chain;
    for (const QWidget *p = w->parentWidget(); p; p = p->parentWidget()) {
        chain << QStringLiteral("%1(%2)").arg(QString::fromLatin1(p->metaObject()->className()),
                                              p->objectName());
        if (p->isWindow())
            break;
    }
    return QStringLiteral("%1 \"%2\" in %3, tooltip \"%4\"")
        .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName(),
             chain.join(QStringLiteral(" < ")), w->toolTip());
}

// The controls under root (root included) that are shown now, or would be on the user's action,
// and lack a name or are named by their value.
QStringList namingProblems(QWidget *root, const QString &where)
{
    QStringList problems;
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *w : std::as_const(widgets)) {
        if (!isControl(w))
            continue;
        const bool shown = w->isVisible() || (isInternalButton(w) && w->parentWidget()->isVisible());
        if (!shown)
            continue;
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
        if (!iface) {
            problems << QStringLiteral("%1: no accessible interface: %2").arg(where, describe(w));
            continue;
        }
        QString name = iface->text(QAccessible::Name).trimmed();
        const QString value = valueOf(w).trimmed();
        if (isA<QComboBox>(w) && (name.isEmpty() || name == value))
            name = comboLabel(iface);
        if (name.isEmpty() && isA<QComboBox>(w))
            problems << QStringLiteral("%1: combo box named only by its value \"%2\" (Qt drops its "
                                       "accessible name on Unix) and with no QLabel buddy: %3")
                            .arg(where, value, describe(w));
        else if (name.isEmpty())
            problems << QStringLiteral("%1: no name: %2").arg(where, describe(w));
        else if (!value.isEmpty() && name == value)
            problems << QStringLiteral("%1: named by its value \"%2\": %3").arg(where, value, describe(w));
    }
    return problems;
}

bool takesTab(const QWidget *w)
{
    return (w->focusPolicy() & Qt::TabFocus) && w->isVisible() && w->isEnabled() && !w->focusProxy() &&
           !isPartOfCompound(w) && !isA<QScrollArea>(w);
}

QString label(const QWidget *w)
{
    const QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(const_cast<QWidget *>(w));
    const QString name = iface ? iface->text(QAccessible::Name) : QString();
    return QStringLiteral("%1(%2)").arg(QString::fromLatin1(w->metaObject()->className()),
                                        name.isEmpty() ? w->objectName() : name);
}

QStringList labels(const QList<QWidget *> &widgets)
{
    QStringList out;
    for (const QWidget *w : widgets)
        out << label(w);
    return out;
}

QRect windowRect(const QWidget *w)
{
    return QRect(w->mapTo(w->window(), QPoint(0, 0)), w->size());
}

// The widgets in reading order, by recursive cuts: each time at the widest gap that a vertical or
// horizontal line can pass through without crossing a widget (a horizontal one on a tie), the
// part left of or above it first. So a row reads left to right, a form top to bottom, and two
// forms side by side (a wide gutter between the columns, narrow ones between the rows) one
// column after the other.
QList<QWidget *> readingOrder(QList<QWidget *> widgets)
{
    if (widgets.size() < 2)
        return widgets;
    bool cutColumns = false;
    int widest = -1;
    int cutAt = 0;
    for (const bool columns : {false, true}) {
        auto start = [columns](const QWidget *w) {
            return columns ? windowRect(w).left() : windowRect(w).top();
        };
        auto end = [columns](const QWidget *w) {
            const QRect r = windowRect(w);
            return columns ? r.left() + r.width() : r.top() + r.height();
        };
        std::stable_sort(widgets.begin(), widgets.end(),
                         [&](const QWidget *a, const QWidget *b) { return start(a) < start(b); });
        int reach = end(widgets.constFirst());
        for (const QWidget *w : std::as_const(widgets)) {
            if (start(w) >= reach && start(w) - reach > widest) {
                widest = start(w) - reach;
                cutColumns = columns;
                cutAt = start(w);
            }
            reach = std::max(reach, end(w));
        }
    }
    if (widest < 0) { // overlapping both ways: top, then left
        std::stable_sort(widgets.begin(), widgets.end(), [](const QWidget *a, const QWidget *b) {
            const QRect ra = windowRect(a), rb = windowRect(b);
            return ra.top() != rb.top() ? ra.top() < rb.top() : ra.left() < rb.left();
        });
        return widgets;
    }
    QList<QWidget *> before, after;
    for (QWidget *w : std::as_const(widgets))
        ((cutColumns ? windowRect(w).left() : windowRect(w).top()) < cutAt ? before : after).append(w);
    return readingOrder(before) + readingOrder(after);
}

// Compares the Tab chain through the given widgets (all in one window) with their reading order;
// returns a message when they differ.
QString focusOrderProblem(const QList<QWidget *> &widgets, const QString &where)
{
    if (widgets.size() < 2)
        return QStringLiteral("%1: fewer than two widgets take Tab").arg(where);
    const QList<QWidget *> expected = readingOrder(widgets);
    QList<QWidget *> chain;
    QWidget *w = expected.constFirst();
    for (int steps = 0; steps < 10000; ++steps) {
        if (widgets.contains(w) && !chain.contains(w))
            chain.append(w);
        w = w->nextInFocusChain();
        if (w == expected.constFirst())
            break;
    }
    if (chain == expected)
        return QString();
    return QStringLiteral("%1: Tab goes\n    %2\n  but the layout reads\n    %3")
        .arg(where, labels(chain).join(QStringLiteral(" → ")), labels(expected).join(QStringLiteral(" → ")));
}

QList<QWidget *> tabStopsIn(QWidget *container)
{
    QList<QWidget *> out;
    for (QWidget *w : container->findChildren<QWidget *>())
        if (takesTab(w))
            out.append(w);
    return out;
}

QAction *actionWithShortcut(QWidget *window, const QKeySequence &key)
{
    for (QAction *a : window->findChildren<QAction *>())
        if (a->shortcuts().contains(key))
            return a;
    return nullptr;
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_data;
    QTemporaryDir m_files;
    MainWindow *m_window = nullptr;
    QStringList m_orderProblems;

    // One failure listing every problem (QVERIFY2 would cut the message at 1 kB).
    static void failOn(const QStringList &problems)
    {
        if (!problems.isEmpty())
            QFAIL(qPrintable(QStringLiteral("\n%1 problem(s):\n  %2")
                                 .arg(problems.size())
                                 .arg(problems.join(QStringLiteral("\n  ")))));
    }

    // Opens the list of each combo box and the calendar of each date edit shown under root, one at
    // a time, and walks each while it is open.
    static QStringList popupProblems(QWidget *root)
    {
        QStringList problems;
        for (QComboBox *combo : root->findChildren<QComboBox *>()) {
            if (!combo->isVisible() || !combo->isEnabled())
                continue;
            combo->showPopup();
            QWidget *popup = combo->view()->window();
            if (!QTest::qWaitFor([popup] { return popup->isVisible(); }))
                problems << QStringLiteral("%1: its list did not open").arg(label(combo));
            problems += namingProblems(popup, QStringLiteral("list of %1").arg(label(combo)));
            combo->hidePopup();
            if (!QTest::qWaitFor([popup] { return !popup->isVisible(); }))
                problems << QStringLiteral("a pop-up did not close: %1").arg(describe(popup));
        }
        for (QDateTimeEdit *edit : root->findChildren<QDateTimeEdit *>()) {
            if (!edit->isVisible() || !edit->isEnabled() || !edit->calendarPopup())
                continue;
            // A click on the arrow (the right end) opens the calendar.
            QTest::mouseClick(edit, Qt::LeftButton, {}, QPoint(edit->width() - 4, edit->height() / 2));
            QWidget *popup = edit->calendarWidget()->window();
            if (!QTest::qWaitFor([popup] { return popup->isVisible(); }))
                problems << QStringLiteral("%1: its calendar did not open").arg(label(edit));
            problems += namingProblems(popup, QStringLiteral("calendar of %1").arg(label(edit)));
            popup->hide();
            if (!QTest::qWaitFor([popup] { return !popup->isVisible(); }))
                problems << QStringLiteral("a pop-up did not close: %1").arg(describe(popup));
        }
        return problems;
    }

    void checkNames(QWidget *root, const QString &where) { failOn(namingProblems(root, where)); }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_data.isValid());
        QVERIFY(m_files.isValid());
        QSettings().remove(QStringLiteral("mainWindow"));
        QFile::remove(QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                          .filePath(QStringLiteral("demo-transfers.json")));
        m_window = new MainWindow;
        m_window->show();
        m_window->startDemoAsync(m_data.path());
        QTRY_VERIFY_WITH_TIMEOUT(m_window->session(), 60000);
        RecordingsView *view = m_window->recordingsView();
        QTRY_VERIFY_WITH_TIMEOUT(view->model()->rowCount() > 0, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->filesView()->model()->rowCount() > 0, 30000);
        // A recording that plays: the player and the review panel fill in and enable.
        m_window->tabs()->setCurrentWidget(view);
        const int row = test::firstPlayableRow(view->model());
        QVERIFY(row >= 0);
        view->selectSourceRow(row);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->playerPanel()->canPlay(), 15000);
        QVERIFY(m_window->reviewPanel()->isVisible());
    }

    void cleanupTestCase()
    {
        delete m_window;
        m_window = nullptr;
    }

    // The checks themselves catch what they are for, on a small form made wrong on purpose.
    void checksCatchProblems()
    {
        QWidget form;
        auto *layout = new QHBoxLayout(&form);
        auto *first = new QPushButton(QStringLiteral("First"), &form);
        auto *combo = new QComboBox(&form);
        combo->addItem(QStringLiteral("1×"));
        combo->setAccessibleName(QStringLiteral("Playback speed")); // dropped on Unix, see comboLabel
        auto *edit = new QLineEdit(&form);
        edit->setClearButtonEnabled(true);
        edit->setAccessibleName(QStringLiteral("Search"));
        auto *icon = new QToolButton(&form);
        for (QWidget *w : {static_cast<QWidget *>(first), static_cast<QWidget *>(combo),
                           static_cast<QWidget *>(edit), static_cast<QWidget *>(icon)})
            layout->addWidget(w);
        QWidget::setTabOrder(first, edit); // Tab skips back to the combo after the line edit
        QWidget::setTabOrder(edit, combo);
        form.show();
        QVERIFY(QTest::qWaitForWindowExposed(&form));
        const QString problems = namingProblems(&form, QStringLiteral("form")).join(QLatin1Char('\n'));
        QVERIFY2(problems.contains(QLatin1String("QToolButton")), qPrintable(problems));
        QVERIFY2(problems.contains(QLatin1String("QLineEditIconButton")), qPrintable(problems)); // clear
#ifdef Q_OS_UNIX
        QVERIFY2(problems.contains(QLatin1String("QComboBox")), qPrintable(problems));
#endif
        QVERIFY(!focusOrderProblem(tabStopsIn(&form), QStringLiteral("form")).isEmpty());

        // Named, labelled and in order, nothing is left.
        auto *label = new QLabel(QStringLiteral("Speed"), &form);
        label->setBuddy(combo);
        icon->setAccessibleName(QStringLiteral("Settings"));
        Accessibility::nameInternalButtons(&form);
        QWidget::setTabOrder(first, combo);
        QWidget::setTabOrder(combo, edit);
        QWidget::setTabOrder(edit, icon);
        QCOMPARE(namingProblems(&form, QStringLiteral("form")), QStringList());
        QCOMPARE(focusOrderProblem(tabStopsIn(&form), QStringLiteral("form")), QString());
    }

    void mainWindowHasNames()
    {
        // The transfers dock shown; text in the search field, so that its clear button shows.
        m_window->transfersDock()->show();
        QTRY_VERIFY(m_window->transfersDock()->isVisible());
        m_window->recordingsView()->filterBar()->textEdit()->setText(QStringLiteral("a"));
        checkNames(m_window, QStringLiteral("main window, Recordings"));
        m_window->recordingsView()->filterBar()->clear();

        m_window->tabs()->setCurrentWidget(m_window->filesView());
        QTRY_VERIFY(m_window->filesView()->filterBar()->isVisible());
        checkNames(m_window, QStringLiteral("main window, Files"));
        m_window->tabs()->setCurrentWidget(m_window->recordingsView());
    }

    // The tool bar's extension button shows only when the window is too narrow for the tool bar
    // (narrower than the window's own minimum here); the walks check it whenever the tool bar is
    // shown, and here it is checked by name.
    void toolBarExtensionHasName()
    {
        auto *bar = m_window->findChild<QToolBar *>(QStringLiteral("mainToolBar"));
        QVERIFY(bar);
        auto *more = bar->findChild<QAbstractButton *>(QStringLiteral("qt_toolbar_ext_button"));
        QVERIFY(more);
        QVERIFY(isInternalButton(more) && isControl(more));
        QVERIFY(!QAccessible::queryAccessibleInterface(more)->text(QAccessible::Name).isEmpty());
    }

    void reviewPanelHasNames()
    {
        ReviewPanel *review = m_window->reviewPanel();
        review->startNote();
        QTRY_VERIFY(review->noteEditor()->isVisible());
        review->noteEditor()->setText(QStringLiteral("Greeting"));
        checkNames(review, QStringLiteral("review panel, writing a note"));
        QTest::keyClick(review->noteEditor(), Qt::Key_Escape);
        QVERIFY(review->noteEditor()->text().isEmpty());
    }

    void shortcutsOverlayHasNames()
    {
        QAction *shortcuts = actionWithShortcut(m_window, QKeySequence(Qt::Key_Question));
        QVERIFY(shortcuts);
        shortcuts->trigger();
        auto *overlay = m_window->findChild<ShortcutsOverlay *>();
        QVERIFY(overlay);
        QTRY_VERIFY(overlay->isVisible());
        checkNames(overlay, QStringLiteral("shortcuts overlay"));
        overlay->close();
        QTRY_VERIFY(!overlay->isVisible());
    }

    void filterPopupsHaveNames()
    {
        failOn(popupProblems(m_window->recordingsView()->filterBar()));
    }

    void profilesDialogHasNames()
    {
        // As File ▸ Profiles opens it (the current profile's page), then on a new profile.
        ProfilesDialog *dialog = m_window->openProfilesDialog(false);
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        checkNames(dialog, QStringLiteral("profiles dialog"));
        dialog->startNewProfile();
        QTRY_COMPARE(dialog->ui()->pages->currentWidget(), dialog->ui()->editPage);
        dialog->ui()->nameEdit->setText(QStringLiteral("Office"));
        checkNames(dialog, QStringLiteral("profiles dialog, new profile"));
        failOn(popupProblems(dialog));
        QPointer<ProfilesDialog> closing(dialog);
        dialog->reject();
        QTRY_VERIFY(!closing); // deleted on close: the next one is a new dialog

        dialog = m_window->openProfilesDialog(true);
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        checkNames(dialog, QStringLiteral("profiles dialog opened on a new profile"));
        closing = dialog;
        dialog->reject();
        QTRY_VERIFY(!closing);
    }

    void uploadDialogHasNames()
    {
        const QString wav = m_files.filePath(QStringLiteral("call.wav"));
        QFile f(wav);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("RIFF");
        f.close();
        UploadDialog *dialog = m_window->openUploadDialog({wav});
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QCOMPARE(dialog->fileCount(), 1);
        checkNames(dialog, QStringLiteral("upload dialog"));
        dialog->ui()->interactionDateCheck->setChecked(true); // enables the date edit
        failOn(popupProblems(dialog));
        dialog->reject();
        QTRY_VERIFY(!m_window->uploadDialog());
    }

    void proxyCredentialsDialogHasNames()
    {
        ProxyCredentialsRequest request;
        request.proxyAddress = QStringLiteral("proxy.example:3128");
        request.user = QStringLiteral("alice");
        request.refused = true;
        ProxyCredentialsDialog dialog(request, m_window);
        dialog.show();
        QTRY_VERIFY(dialog.isVisible());
        dialog.passwordEdit()->setText(QStringLiteral("secret"));
        checkNames(&dialog, QStringLiteral("proxy credentials dialog"));
        const QString order =
            focusOrderProblem(tabStopsIn(&dialog), QStringLiteral("proxy credentials dialog"));
        if (!order.isEmpty())
            QFAIL(qPrintable(order));
    }

    // Tab visits the controls of each part in the order they read.
    void focusFollowsLayout_data()
    {
        QTest::addColumn<QString>("part");
        for (const char *part : {"filter bar", "files filter bar", "player controls", "review panel",
                                 "review panel, writing a note", "upload dialog", "profiles dialog"})
            QTest::newRow(part) << QString::fromLatin1(part);
    }

    void focusFollowsLayout()
    {
        QFETCH(QString, part);
        QList<QWidget *> widgets;
        QWidget *dialog = nullptr;
        if (part == QLatin1String("filter bar")) {
            widgets = tabStopsIn(m_window->recordingsView()->filterBar());
        } else if (part == QLatin1String("files filter bar")) {
            m_window->tabs()->setCurrentWidget(m_window->filesView());
            QTRY_VERIFY(m_window->filesView()->filterBar()->isVisible());
            widgets = tabStopsIn(m_window->filesView()->filterBar());
        } else if (part == QLatin1String("player controls")) {
            // The row of buttons, seek slider, speed and volume (the widgets across the seek
            // slider's line).
            PlayerPanel *player = m_window->playerPanel();
            const QWidget *seek = player->seekSlider();
            const int top = seek->mapTo(m_window, QPoint(0, 0)).y();
            const int bottom = top + seek->height();
            for (QWidget *w : tabStopsIn(player)) {
                const int centre = w->mapTo(m_window, QPoint(0, w->height() / 2)).y();
                if (centre >= top && centre <= bottom)
                    widgets.append(w);
            }
            QVERIFY2(widgets.size() >= 5, qPrintable(labels(widgets).join(QStringLiteral(", "))));
        } else if (part == QLatin1String("review panel")) {
            widgets = tabStopsIn(m_window->reviewPanel());
        } else if (part == QLatin1String("review panel, writing a note")) {
            m_window->reviewPanel()->startNote();
            QTRY_VERIFY(m_window->reviewPanel()->noteEditor()->isVisible());
            widgets = tabStopsIn(m_window->reviewPanel());
        } else if (part == QLatin1String("upload dialog")) {
            const QString wav = m_files.filePath(QStringLiteral("order.wav"));
            QFile f(wav);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("RIFF");
            f.close();
            dialog = m_window->openUploadDialog({wav});
            QVERIFY(dialog);
            QTRY_VERIFY(dialog->isVisible());
            widgets = tabStopsIn(dialog);
        } else if (part == QLatin1String("profiles dialog")) {
            auto *profiles = m_window->openProfilesDialog(true);
            dialog = profiles;
            QVERIFY(profiles);
            QTRY_VERIFY(profiles->isVisible());
            QTRY_COMPARE(profiles->ui()->pages->currentWidget(), profiles->ui()->editPage);
            widgets = tabStopsIn(profiles);
        }
        const QString problem = focusOrderProblem(widgets, part);
        if (dialog) {
            QPointer<QWidget> closing(dialog);
            QMetaObject::invokeMethod(dialog, "reject");
            QTRY_VERIFY(!closing || !closing->isVisible());
        }
        if (part == QLatin1String("review panel, writing a note"))
            QTest::keyClick(m_window->reviewPanel()->noteEditor(), Qt::Key_Escape);
        m_window->tabs()->setCurrentWidget(m_window->recordingsView());
        if (!problem.isEmpty())
            QFAIL(qPrintable(problem));
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
