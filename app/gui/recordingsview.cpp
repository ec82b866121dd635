#include "recordingsview.h"

#include "models/recordingfilterproxy.h"
#include "models/recordingtablemodel.h"
#include "statusdelegate.h"
#include "util/displayformat.h"

#include <QHeaderView>
#include <QTableView>
#include <QTimeZone>

namespace recdesk::gui {

RecordingsView::RecordingsView(QWidget *parent)
    // "-v3": the columns changed (agent, customer, direction, outcome; then review); a header saved with the
    // old ones is not applied to the new.
    : ListPane(FilterBar::Mode::Recordings, QStringLiteral("recordings-v3"), parent)
{
    setAccessibleName(tr("Recordings"));
    tableView()->setAccessibleName(tr("Recordings list"));
    tableView()->setItemDelegateForColumn(RecordingTableModel::StatusColumn, new StatusDelegate(this));
}

void RecordingsView::setSource(PageSource *source, RecordingContextSource *context)
{
    auto *oldModel = m_model;
    auto *oldProxy = m_proxy;
    m_model = new RecordingTableModel(source, this);
    m_model->setContextSource(context);
    m_model->setReviewStore(m_reviews);
    m_proxy = new RecordingFilterProxy(this);
    attach(m_model, m_proxy, RecordingTableModel::CreatedColumn);
    applyFilter(filterBar()->state());
    delete oldProxy;
    delete oldModel;
}

void RecordingsView::setReviewStore(ReviewStore *store)
{
    m_reviews = store;
    if (m_model)
        m_model->setReviewStore(store);
}

int RecordingsView::nextSourceRowWhere(const std::function<bool(const Recording &)> &wanted) const
{
    // In the order shown, after the current row (from the top when there is none), wrapping once.
    if (!m_proxy || !m_model)
        return -1;
    const int rows = m_proxy->rowCount();
    const int current = currentSourceRow();
    int start = 0;
    if (current >= 0) {
        const QModelIndex at = m_proxy->mapFromSource(m_model->index(current, 0));
        start = at.isValid() ? at.row() + 1 : 0;
    }
    for (int i = 0; i < rows; ++i) {
        const int sourceRow = m_proxy->mapToSource(m_proxy->index((start + i) % rows, 0)).row();
        if (sourceRow != current && wanted(m_model->recordingAt(sourceRow)))
            return sourceRow;
    }
    return -1;
}

void RecordingsView::setDefaultColumnWidths()
{
    QTableView *t = tableView();
    const QFontMetrics fm = t->fontMetrics();
    const int dateWidth = fm.horizontalAdvance(QLocale().toString(
                              QDateTime(QDate(2026, 12, 28), QTime(23, 58)), QLocale::ShortFormat)) +
                          24;
    t->setColumnWidth(RecordingTableModel::StartedColumn, dateWidth);
    t->setColumnWidth(RecordingTableModel::EndedColumn, dateWidth);
    t->setColumnWidth(RecordingTableModel::CreatedColumn, dateWidth);
    t->setColumnWidth(RecordingTableModel::DurationColumn, fm.horizontalAdvance(tr("Duration")) + 18);
    t->setColumnWidth(RecordingTableModel::StatusColumn, fm.horizontalAdvance(tr("Recording")) + 34);
    t->setColumnWidth(RecordingTableModel::ReferenceTypeColumn, fm.horizontalAdvance(tr("Conference")) + 24);
    t->setColumnWidth(RecordingTableModel::AgentColumn,
                      fm.horizontalAdvance(QStringLiteral("Valentina Moreno")) + 16);
    t->setColumnWidth(RecordingTableModel::CustomerColumn,
                      fm.horizontalAdvance(QStringLiteral("Laura Gómez (+34 600 000 000)")) + 16);
    t->setColumnWidth(RecordingTableModel::DirectionColumn, fm.horizontalAdvance(tr("Outgoing")) + 24);
    t->setColumnWidth(RecordingTableModel::OutcomeColumn, fm.horizontalAdvance(tr("No answer")) + 24);
    t->setColumnWidth(RecordingTableModel::ReviewColumn, fm.horizontalAdvance(tr("Not reviewed")) + 16);
    t->setColumnWidth(RecordingTableModel::FormatColumn, fm.horizontalAdvance(tr("Format")) + 18);
    // The ids are long and rarely read, and the end follows from the start and the duration:
    // hidden until asked for from the header menu, so that who and what fit beside the details.
    t->horizontalHeader()->setSectionHidden(RecordingTableModel::IdColumn, true);
    t->horizontalHeader()->setSectionHidden(RecordingTableModel::EndedColumn, true);
}

void RecordingsView::applyFilter(const FilterState &state)
{
    if (!m_proxy)
        return;
    m_proxy->setFilterText(state.text);
    m_proxy->setStatuses(state.status ? QList<RecordingStatus>{RecordingStatus(*state.status)}
                                      : QList<RecordingStatus>{});
    m_proxy->setReferenceType(
        state.referenceType ? std::optional(RecordingReferenceType(*state.referenceType)) : std::nullopt);
    m_proxy->setDirection(state.direction ? std::optional(CallDirection(*state.direction)) : std::nullopt);
    m_proxy->setReviewState(state.reviewState ? std::optional(ReviewState(*state.reviewState))
                                              : std::nullopt);
    // The range is whole local days, both ends included.
    const QDateTime from = state.from.isValid() ? state.from.startOfDay() : QDateTime();
    const QDateTime to = state.to.isValid() ? state.to.endOfDay() : QDateTime();
    m_proxy->setDateRange(from, to, RecordingFilterProxy::DateField::Created);
}

QString RecordingsView::countText(int shown, int loaded) const
{
    if (shown == loaded)
        return tr("%Ln recording(s)", nullptr, loaded);
    return tr("%L1 of %L2 recordings match").arg(shown).arg(loaded);
}

QList<Recording> RecordingsView::selectedRecordings() const
{
    QList<Recording> out;
    if (!m_model)
        return out;
    for (int row : selectedSourceRows())
        out.append(m_model->recordingAt(row));
    return out;
}

std::optional<Recording> RecordingsView::recordingAtSourceRow(int row) const
{
    if (!m_model || row < 0 || row >= m_model->rowCount())
        return std::nullopt;
    return m_model->recordingAt(row);
}

QList<DragExport::Entry> RecordingsView::dragEntries(const QList<int> &sourceRows) const
{
    QList<DragExport::Entry> entries;
    for (int row : sourceRows) {
        const auto r = recordingAtSourceRow(row);
        if (r && r->isPlayable()) // only ended recordings have audio
            entries.append({DragExport::Entry::Kind::Recording, r->id,
                            QStringLiteral("recording-%1.wav").arg(DisplayFormat::id(r->id))});
    }
    return entries;
}

std::optional<Recording> RecordingsView::currentRecording() const
{
    return recordingAtSourceRow(currentSourceRow());
}

} // namespace recdesk::gui
