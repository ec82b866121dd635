#pragma once

#include <optional>
#include <QDate>
#include <QString>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QTimer;
class QToolButton;

namespace recdesk::gui {

// What the user asked to see. Enum values are stored as their underlying integers so that one
// struct serves recordings (RecordingStatus, RecordingReferenceType) and files
// (FileReferenceType).
struct FilterState
{
    QString text;
    std::optional<int> status;
    std::optional<int> referenceType;
    std::optional<int> direction;   // recordings: CallDirection
    std::optional<int> reviewState; // recordings: ReviewState
    QDate from;                     // invalid: no lower bound
    QDate to;                       // invalid: no upper bound (inclusive day)

    bool isEmpty() const
    {
        return text.isEmpty() && !status && !referenceType && !direction && !reviewState && !from.isValid() &&
               !to.isValid();
    }
};

// The bar above a table: free text, status, call direction, reference type and a creation-date
// range.
// Emits changed() (text edits debounced) with the whole state.
class FilterBar : public QWidget
{
    Q_OBJECT
public:
    enum class Mode { Recordings, Files };

    explicit FilterBar(Mode mode, QWidget *parent = nullptr);

    FilterState state() const;
    void clear();

    QLineEdit *textEdit() const { return m_text; }
    QComboBox *statusCombo() const { return m_status; }
    QComboBox *referenceCombo() const { return m_reference; }
    QComboBox *directionCombo() const { return m_direction; }
    QComboBox *reviewCombo() const { return m_review; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }

signals:
    void changed(const recdesk::gui::FilterState &state);

private:
    void emitChanged();
    QDate dateOf(const QDateEdit *edit) const;

    Mode m_mode;
    QLineEdit *m_text = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_reference = nullptr;
    QComboBox *m_direction = nullptr;
    QComboBox *m_review = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QToolButton *m_clear = nullptr;
    QTimer *m_debounce = nullptr;
};

} // namespace recdesk::gui
