#pragma once

#include "domain/recording.h"
#include "dragexport.h"
#include "listpane.h"
#include "review/reviewstore.h"

#include <functional>
#include <optional>
#include <QPointer>

namespace recdesk {
class PageSource;
class RecordingContextSource;
class RecordingFilterProxy;
class RecordingTableModel;
} // namespace recdesk

namespace recdesk::gui {

// The Recordings tab: started, ended, duration, status (word + colour), agent, customer,
// direction, outcome, reference, format, created; filter by text (also agent and customer),
// status, direction, reference type and creation date.
class RecordingsView : public ListPane
{
    Q_OBJECT
public:
    explicit RecordingsView(QWidget *parent = nullptr);

    // Shows the recordings of a page source (a new model each time; null: nothing), with who and
    // what from context (may be null: ids only).
    void setSource(PageSource *source, RecordingContextSource *context = nullptr);
    RecordingTableModel *model() const { return m_model; }
    // The profile's review states for the Review column and filter (null: none). Not owned.
    void setReviewStore(ReviewStore *store);
    // The first row, in the order shown after the current one, whose recording is wanted; -1.
    int nextSourceRowWhere(const std::function<bool(const Recording &)> &wanted) const;
    RecordingFilterProxy *proxy() const { return m_proxy; }

    QList<Recording> selectedRecordings() const;
    std::optional<Recording> currentRecording() const;
    std::optional<Recording> recordingAtSourceRow(int row) const;
    // What dragging these rows out gives: the ended recordings, as WAV files.
    QList<DragExport::Entry> dragEntries(const QList<int> &sourceRows) const;

protected:
    void applyFilter(const FilterState &state) override;
    QString countText(int shown, int loaded) const override;
    void setDefaultColumnWidths() override;

private:
    RecordingTableModel *m_model = nullptr;
    RecordingFilterProxy *m_proxy = nullptr;
    QPointer<ReviewStore> m_reviews;
};

} // namespace recdesk::gui
