#pragma once

#include <QCoreApplication>

class QWidget;

namespace recdesk::gui {

// Accessible names for the controls Qt builds inside its own widgets, which a screen reader would
// otherwise announce without a name (issue #15): a line edit's clear button, a tool bar's
// extension button, a date edit's pop-up calendar, a combo box's drop-down list (named after its
// combo), and a combo box named in code a label relation (Qt on Unix names a combo only by its
// current item). A dock's title-bar buttons Qt names itself. Call it on a window or dialog once its
// widgets are made; it names what is there then and leaves names already given alone.
class Accessibility
{
    Q_DECLARE_TR_FUNCTIONS(Accessibility)

public:
    static void nameInternalButtons(QWidget *root);
};

} // namespace recdesk::gui
