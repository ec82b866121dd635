#include "filesview.h"

#include "models/filefilterproxy.h"
#include "models/filetablemodel.h"

#include <QHeaderView>
#include <QTableView>

namespace recdesk::gui {

FilesView::FilesView(QWidget *parent)
    : ListPane(FilterBar::Mode::Files, QStringLiteral("files"), parent)
{
    setAccessibleName(tr("Files"));
    tableView()->setAccessibleName(tr("Files list"));
}

void FilesView::setSource(PageSource *source)
{
    auto *oldModel = m_model;
    auto *oldProxy = m_proxy;
    m_model = new FileTableModel(source, this);
    m_proxy = new FileFilterProxy(this);
    attach(m_model, m_proxy, FileTableModel::CreatedColumn);
    applyFilter(filterBar()->state());
    delete oldProxy;
    delete oldModel;
}

void FilesView::setDefaultColumnWidths()
{
    QTableView *t = tableView();
    const QFontMetrics fm = t->fontMetrics();
    const int dateWidth = fm.horizontalAdvance(QLocale().toString(
                              QDateTime(QDate(2026, 12, 28), QTime(23, 58)), QLocale::ShortFormat)) +
                          24;
    t->setColumnWidth(FileTableModel::NameColumn, fm.averageCharWidth() * 28);
    t->setColumnWidth(FileTableModel::FileNameColumn, fm.averageCharWidth() * 26);
    t->setColumnWidth(FileTableModel::SizeColumn, fm.horizontalAdvance(QStringLiteral("000.0 MB")) + 24);
    t->setColumnWidth(FileTableModel::ReferenceColumn, fm.horizontalAdvance(tr("Recording")) + 30);
    t->setColumnWidth(FileTableModel::OwnerColumn,
                      fm.horizontalAdvance(QStringLiteral("0000000000000")) + 16);
    t->setColumnWidth(FileTableModel::CreatedColumn, dateWidth);
    t->setColumnWidth(FileTableModel::ExpiresColumn, dateWidth);
    t->horizontalHeader()->setSectionHidden(FileTableModel::IdColumn, true);
}

void FilesView::applyFilter(const FilterState &state)
{
    if (!m_proxy)
        return;
    m_proxy->setFilterText(state.text);
    m_proxy->setReferenceType(state.referenceType ? std::optional(FileReferenceType(*state.referenceType))
                                                  : std::nullopt);
    const QDateTime from = state.from.isValid() ? state.from.startOfDay() : QDateTime();
    const QDateTime to = state.to.isValid() ? state.to.endOfDay() : QDateTime();
    m_proxy->setCreatedRange(from, to);
}

QString FilesView::countText(int shown, int loaded) const
{
    if (shown == loaded)
        return tr("%Ln file(s)", nullptr, loaded);
    return tr("%L1 of %L2 files match").arg(shown).arg(loaded);
}

QList<PlatformFile> FilesView::selectedFiles() const
{
    QList<PlatformFile> out;
    if (!m_model)
        return out;
    for (int row : selectedSourceRows())
        out.append(m_model->fileAt(row));
    return out;
}

std::optional<PlatformFile> FilesView::fileAtSourceRow(int row) const
{
    if (!m_model || row < 0 || row >= m_model->rowCount())
        return std::nullopt;
    return m_model->fileAt(row);
}

QList<DragExport::Entry> FilesView::dragEntries(const QList<int> &sourceRows) const
{
    QList<DragExport::Entry> entries;
    for (int row : sourceRows) {
        if (const auto f = fileAtSourceRow(row))
            entries.append(
                {DragExport::Entry::Kind::File, f->id, f->filename.isEmpty() ? f->name : f->filename});
    }
    return entries;
}

std::optional<PlatformFile> FilesView::currentFile() const
{
    return fileAtSourceRow(currentSourceRow());
}

} // namespace recdesk::gui
