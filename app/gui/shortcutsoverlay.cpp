#include "shortcutsoverlay.h"

#include <QAction>
#include <QApplication>
#include <QFrame>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QRegularExpression>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace recdesk::gui {

ShortcutsOverlay::ShortcutsOverlay(QWidget *window, const QList<Group> &groups)
    : QWidget(window)
{
    setObjectName(QStringLiteral("shortcutsOverlay"));
    setAccessibleName(tr("Keyboard shortcuts"));
    setAttribute(Qt::WA_NoSystemBackground);

    auto *panel = new QFrame(this);
    panel->setFrameShape(QFrame::StyledPanel);
    panel->setAutoFillBackground(true);
    panel->setBackgroundRole(QPalette::Window);
    panel->setMaximumSize(760, 640);

    auto *title = new QLabel(tr("Keyboard shortcuts"), panel);
    QFont tf = title->font();
    tf.setBold(true);
    tf.setPointSizeF(tf.pointSizeF() * 1.25);
    title->setFont(tf);
    auto *hint = new QLabel(
        tr("A whole review needs no mouse. Keys with one letter work while no text field has the keyboard."),
        panel);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);

    m_list = new QTreeWidget(panel);
    m_list->setAccessibleName(tr("Keyboard shortcuts"));
    m_list->setColumnCount(2);
    m_list->setHeaderLabels({tr("Action"), tr("Keys")});
    m_list->setRootIsDecorated(false);
    m_list->setItemsExpandable(false);
    m_list->setUniformRowHeights(true);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(false);
    m_list->installEventFilter(this);

    auto *close = new QPushButton(tr("Close"), panel);
    close->setAccessibleName(tr("Close the shortcuts"));
    connect(close, &QPushButton::clicked, this, &ShortcutsOverlay::close);

    auto *inner = new QVBoxLayout(panel);
    inner->setContentsMargins(18, 14, 18, 14);
    inner->setSpacing(8);
    inner->addWidget(title);
    inner->addWidget(hint);
    inner->addWidget(m_list, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(close);
    inner->addLayout(buttons);

    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(40, 30, 40, 30);
    outer->addWidget(panel, 0, Qt::AlignCenter);
    panel->setMinimumSize(520, 420);

    fill(groups);
    window->installEventFilter(this);
    setGeometry(window->rect());
    hide();
}

ShortcutsOverlay *ShortcutsOverlay::toggle(QWidget *window, const QList<Group> &groups)
{
    auto *overlay =
        window->findChild<ShortcutsOverlay *>(QStringLiteral("shortcutsOverlay"), Qt::FindDirectChildrenOnly);
    if (!overlay)
        overlay = new ShortcutsOverlay(window, groups);
    if (overlay->isVisible())
        overlay->close();
    else
        overlay->open();
    return overlay;
}

void ShortcutsOverlay::fill(const QList<Group> &groups)
{
    QFont bold = font();
    bold.setBold(true);
    for (const Group &g : groups) {
        auto *header = new QTreeWidgetItem(m_list, {g.title});
        header->setFirstColumnSpanned(true);
        header->setFont(0, bold);
        header->setFlags(Qt::ItemIsEnabled);
        for (const QAction *a : g.actions) {
            if (!a || a->shortcuts().isEmpty())
                continue;
            QStringList keys;
            for (const QKeySequence &k : a->shortcuts()) {
                // Standard keys carry F13–F35 on X11 (Undo is Ctrl+Z and F14): no desk keyboard has them.
                const int key = k.isEmpty() ? 0 : k[0].key();
                if (key >= Qt::Key_F13 && key <= Qt::Key_F35)
                    continue;
                keys.append(k.toString(QKeySequence::NativeText));
            }
            // Actions whose text follows their state (Play/Pause, "Undo mark as reviewed") give
            // the overlay a steady name.
            const QVariant steady = a->property(kOverlayTextProperty);
            QString text = steady.isValid() ? steady.toString() : a->text();
            text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
            auto *item =
                new QTreeWidgetItem(m_list, {text, keys.join(tr(", ", "between two keys of one action"))});
            item->setData(1, Qt::AccessibleTextRole, tr("%1: %2").arg(text, keys.join(tr(" or "))));
        }
    }
}

void ShortcutsOverlay::open()
{
    QWidget *focus = QApplication::focusWidget();
    if (focus && !isAncestorOf(focus))
        m_focusBefore = focus;
    setGeometry(parentWidget()->rect());
    raise();
    show();
    m_list->setFocus(Qt::ShortcutFocusReason);
    if (m_list->topLevelItemCount() > 1)
        m_list->setCurrentItem(m_list->topLevelItem(1));
}

void ShortcutsOverlay::close()
{
    hide();
    if (m_focusBefore)
        m_focusBefore->setFocus(Qt::OtherFocusReason);
    m_focusBefore.clear();
}

void ShortcutsOverlay::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape || event->key() == Qt::Key_Question || event->key() == Qt::Key_F1) {
        close();
        return;
    }
    QWidget::keyPressEvent(event);
}

bool ShortcutsOverlay::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize)
        setGeometry(parentWidget()->rect());
    // While the list is open it has every key: the window's one-letter shortcuts must not play,
    // mark or write behind it. Esc, ? and F1 close it.
    if (watched == m_list && event->type() == QEvent::ShortcutOverride) {
        event->accept();
        return true;
    }
    if (watched == m_list && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Escape || key == Qt::Key_Question || key == Qt::Key_F1) {
            close();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ShortcutsOverlay::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    QColor dim = palette().color(QPalette::Shadow);
    dim.setAlphaF(0.45f);
    p.fillRect(rect(), dim);
}

} // namespace recdesk::gui
