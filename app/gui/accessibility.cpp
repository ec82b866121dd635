#include "accessibility.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QCalendarWidget>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QToolBar>
#include <QToolButton>

namespace recdesk::gui {
namespace {

void nameIfUnnamed(QWidget *widget, const QString &name)
{
    if (widget && widget->accessibleName().isEmpty())
        widget->setAccessibleName(name);
}

// QLineEdit's clear button is a tool button driven by an action of this object name (the same
// from Qt 5.2 to Qt 6.8). The action's text names the button and is its tool tip too.
void nameClearButton(QLineEdit *edit)
{
    QAction *clear = edit->findChild<QAction *>(QStringLiteral("_q_qlineeditclearaction"));
    if (!clear)
        return;
    if (clear->text().isEmpty())
        clear->setText(Accessibility::tr("Clear text"));
    for (QToolButton *button : edit->findChildren<QToolButton *>(Qt::FindDirectChildrenOnly))
        if (button->defaultAction() == clear)
            nameIfUnnamed(button, clear->text());
}

// A date edit's pop-up calendar: its month buttons and day grid (the month and year buttons say
// their month and year).
void nameCalendar(QCalendarWidget *calendar)
{
    nameIfUnnamed(calendar->findChild<QWidget *>(QStringLiteral("qt_calendar_prevmonth")),
                  Accessibility::tr("Previous month"));
    nameIfUnnamed(calendar->findChild<QWidget *>(QStringLiteral("qt_calendar_nextmonth")),
                  Accessibility::tr("Next month"));
    auto *days = calendar->findChild<QAbstractItemView *>(QStringLiteral("qt_calendar_calendarview"));
    nameIfUnnamed(days, Accessibility::tr("Days of the month"));
    if (days) // its table's corner "select all" button, hidden but a control all the same
        nameIfUnnamed(days->findChild<QAbstractButton *>(), Accessibility::tr("Select all"));
}

// On Unix, Qt names a combo box by its current item and takes no accessible name for it: a screen
// reader (AT-SPI) learns what the combo is from its label relation, a QLabel whose buddy it is. A
// combo named in code that has no such label gets one, hidden (the combo's "Any status"-style
// first item already says what it is to the eye), carrying its name.
void labelCombo(QComboBox *combo)
{
    QWidget *parent = combo->parentWidget();
    if (combo->accessibleName().isEmpty() || !parent)
        return;
    for (const QLabel *label : parent->findChildren<QLabel *>(Qt::FindDirectChildrenOnly))
        if (label->buddy() == combo)
            return;
    auto *label = new QLabel(combo->accessibleName(), parent);
    label->setObjectName(QStringLiteral("recdesk_combo_label"));
    label->setBuddy(combo);
    label->hide();
}

} // namespace

void Accessibility::nameInternalButtons(QWidget *root)
{
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *w : std::as_const(widgets)) {
        if (auto *edit = qobject_cast<QLineEdit *>(w)) {
            if (edit->isClearButtonEnabled())
                nameClearButton(edit);
        } else if (auto *combo = qobject_cast<QComboBox *>(w)) {
            // Its drop-down list is the combo's child for a screen reader: named the same.
            if (!combo->accessibleName().isEmpty())
                nameIfUnnamed(combo->view(), combo->accessibleName());
            labelCombo(combo);
        } else if (auto *date = qobject_cast<QDateTimeEdit *>(w)) {
            if (date->calendarPopup())
                nameCalendar(date->calendarWidget());
        } else if (auto *bar = qobject_cast<QToolBar *>(w)) {
            nameIfUnnamed(bar->findChild<QAbstractButton *>(QStringLiteral("qt_toolbar_ext_button")),
                          tr("More tools"));
        }
    }
}

} // namespace recdesk::gui
