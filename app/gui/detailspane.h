#pragma once

#include "domain/platformfile.h"
#include "domain/recording.h"

#include <QWidget>

class QFormLayout;
class QLabel;
class QStackedWidget;

namespace recdesk {
class RecordingTableModel;
}

namespace recdesk::gui {

// Why a recording cannot be played or downloaded yet, as a sentence; empty when it can.
QString unavailableReason(const Recording &recording);

// The side pane: every field of the selected recording or file, selectable for copying.
class DetailsPane : public QWidget
{
    Q_OBJECT
public:
    explicit DetailsPane(QWidget *parent = nullptr);

    // With the model, also who and what (agent, customer, direction, outcome, conference) as far
    // as its context source knows them.
    void showRecording(const Recording &recording, const RecordingTableModel *model = nullptr);
    void showFile(const PlatformFile &file);
    // Nothing or several rows selected.
    void showNothing(int selectedCount = 0);

    // The text of the value shown for a label (for tests and accessibility checks).
    QString valueFor(const QString &label) const;
    QString title() const;

private:
    void beginRows(const QString &title);
    void addRow(const QString &label, const QString &value);

    QLabel *m_title = nullptr;
    QLabel *m_note = nullptr;
    QLabel *m_placeholder = nullptr;
    QWidget *m_form = nullptr;
    QFormLayout *m_formLayout = nullptr;
};

} // namespace recdesk::gui
