#include "filterbar.h"

#include "appicons.h"
#include "domain/callenums.h"
#include "domain/enums.h"
#include "review/reviewstate.h"

#include <algorithm>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>
#include <QToolButton>

namespace recdesk::gui {
namespace {
// The date edits show "Any" at this date (QDateTimeEdit's special value text).
const QDate kNoDate(2000, 1, 1);

QDateEdit *makeDateEdit(QWidget *parent)
{
    auto *edit = new QDateEdit(parent);
    edit->setCalendarPopup(true);
    edit->setMinimumDate(kNoDate);
    edit->setSpecialValueText(FilterBar::tr("Any"));
    edit->setDate(kNoDate);
    edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    // Never narrower than its "Any" (longer in Spanish: "Cualquiera"), which QDateEdit does not
    // size for: a squeezed bar cut it at the left.
    const QFontMetrics fm = edit->fontMetrics();
    const int longer = fm.horizontalAdvance(edit->specialValueText()) -
                       fm.horizontalAdvance(QLocale().toString(QDate(2026, 12, 28), QLocale::ShortFormat));
    edit->setMinimumWidth(edit->sizeHint().width() + std::max(0, longer));
    return edit;
}
} // namespace

FilterBar::FilterBar(Mode mode, QWidget *parent)
    : QWidget(parent)
    , m_mode(mode)
{
    m_text = new QLineEdit(this);
    m_text->setClearButtonEnabled(true);
    m_text->setPlaceholderText(mode == Mode::Recordings ? tr("Search agent, customer, number, id…")
                                                        : tr("Search name, file name, id…"));
    m_text->setAccessibleName(tr("Search"));
    m_text->setMinimumWidth(120); // the bar must not hold a narrow window wider than it needs

    if (mode == Mode::Recordings) {
        m_status = new QComboBox(this);
        m_status->setAccessibleName(tr("Status filter"));
        m_status->addItem(tr("Any status"));
        for (RecordingStatus s : {RecordingStatus::Ended, RecordingStatus::Recording,
                                  RecordingStatus::Initiating, RecordingStatus::Stopping})
            m_status->addItem(displayName(s), int(s));
        connect(m_status, &QComboBox::currentIndexChanged, this, &FilterBar::emitChanged);

        m_direction = new QComboBox(this);
        m_direction->setAccessibleName(tr("Direction filter"));
        m_direction->addItem(tr("Any direction"));
        for (CallDirection d : {CallDirection::Incoming, CallDirection::Outgoing})
            m_direction->addItem(displayName(d), int(d));
        connect(m_direction, &QComboBox::currentIndexChanged, this, &FilterBar::emitChanged);

        m_review = new QComboBox(this);
        m_review->setAccessibleName(tr("Review state filter"));
        m_review->addItem(tr("Any review state"));
        for (ReviewState r : {ReviewState::NotReviewed, ReviewState::Reviewed, ReviewState::Flagged})
            m_review->addItem(ReviewStateText::displayName(r), int(r));
        connect(m_review, &QComboBox::currentIndexChanged, this, &FilterBar::emitChanged);
    }

    m_reference = new QComboBox(this);
    m_reference->setAccessibleName(tr("Reference type filter"));
    m_reference->addItem(tr("Any reference"));
    if (mode == Mode::Recordings) {
        for (RecordingReferenceType t : {RecordingReferenceType::Call, RecordingReferenceType::Confbridge})
            m_reference->addItem(displayName(t), int(t));
    } else {
        for (FileReferenceType t : {FileReferenceType::None, FileReferenceType::Recording})
            m_reference->addItem(displayName(t), int(t));
    }
    connect(m_reference, &QComboBox::currentIndexChanged, this, &FilterBar::emitChanged);

    m_from = makeDateEdit(this);
    m_from->setAccessibleName(tr("Created from"));
    m_to = makeDateEdit(this);
    m_to->setAccessibleName(tr("Created until"));
    connect(m_from, &QDateEdit::dateChanged, this, &FilterBar::emitChanged);
    connect(m_to, &QDateEdit::dateChanged, this, &FilterBar::emitChanged);

    m_clear = new QToolButton(this);
    m_clear->setIcon(AppIcons::symbolic(QStringLiteral("close")));
    m_clear->setToolTip(tr("Clear all filters"));
    m_clear->setAccessibleName(tr("Clear filters"));
    m_clear->setAutoRaise(true);
    connect(m_clear, &QToolButton::clicked, this, &FilterBar::clear);

    // Typing refilters after a short pause rather than on every key.
    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(200);
    connect(m_text, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, &FilterBar::emitChanged);

    // The combos may shrink below their longest item (eliding it) in a narrow window, instead of
    // holding the whole window wider than the screen.
    for (QComboBox *combo : {m_status, m_direction, m_review, m_reference}) {
        if (combo)
            combo->setMinimumWidth(combo->fontMetrics().horizontalAdvance(QStringLiteral("Any stat")) + 28);
    }

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_text, 1);
    if (m_status)
        layout->addWidget(m_status);
    if (m_direction)
        layout->addWidget(m_direction);
    if (m_review)
        layout->addWidget(m_review);
    layout->addWidget(m_reference);
    auto *fromLabel = new QLabel(tr("Created"), this);
    fromLabel->setBuddy(m_from);
    layout->addSpacing(6);
    layout->addWidget(fromLabel);
    layout->addWidget(m_from);
    auto *toLabel = new QLabel(tr("to"), this);
    toLabel->setBuddy(m_to);
    layout->addWidget(toLabel);
    layout->addWidget(m_to);
    layout->addWidget(m_clear);
}

QDate FilterBar::dateOf(const QDateEdit *edit) const
{
    return edit->date() == kNoDate ? QDate() : edit->date();
}

FilterState FilterBar::state() const
{
    FilterState s;
    s.text = m_text->text().trimmed();
    if (m_status && m_status->currentData().isValid())
        s.status = m_status->currentData().toInt();
    if (m_reference->currentData().isValid())
        s.referenceType = m_reference->currentData().toInt();
    if (m_direction && m_direction->currentData().isValid())
        s.direction = m_direction->currentData().toInt();
    if (m_review && m_review->currentData().isValid())
        s.reviewState = m_review->currentData().toInt();
    s.from = dateOf(m_from);
    s.to = dateOf(m_to);
    return s;
}

void FilterBar::clear()
{
    const QSignalBlocker b1(m_text), b2(m_reference), b3(m_from), b4(m_to);
    m_text->clear();
    if (m_status) {
        const QSignalBlocker b5(m_status);
        m_status->setCurrentIndex(0);
    }
    if (m_direction) {
        const QSignalBlocker b6(m_direction);
        m_direction->setCurrentIndex(0);
    }
    if (m_review) {
        const QSignalBlocker b7(m_review);
        m_review->setCurrentIndex(0);
    }
    m_reference->setCurrentIndex(0);
    m_from->setDate(kNoDate);
    m_to->setDate(kNoDate);
    m_debounce->stop();
    emitChanged();
}

void FilterBar::emitChanged()
{
    m_debounce->stop();
    emit changed(state());
}

} // namespace recdesk::gui
