#pragma once

#include "domain/platformfile.h"
#include "dragexport.h"
#include "listpane.h"

#include <optional>

namespace recdesk {
class FileFilterProxy;
class FileTableModel;
class PageSource;
} // namespace recdesk

namespace recdesk::gui {

// The Files tab: name, file name, size, reference, owner, created, link expiry; filter by
// text, reference type and creation date.
class FilesView : public ListPane
{
    Q_OBJECT
public:
    explicit FilesView(QWidget *parent = nullptr);

    void setSource(PageSource *source);
    FileTableModel *model() const { return m_model; }
    FileFilterProxy *proxy() const { return m_proxy; }

    QList<PlatformFile> selectedFiles() const;
    std::optional<PlatformFile> currentFile() const;
    std::optional<PlatformFile> fileAtSourceRow(int row) const;
    // What dragging these rows out gives: each file under its own name.
    QList<DragExport::Entry> dragEntries(const QList<int> &sourceRows) const;

protected:
    void applyFilter(const FilterState &state) override;
    QString countText(int shown, int loaded) const override;
    void setDefaultColumnWidths() override;

private:
    FileTableModel *m_model = nullptr;
    FileFilterProxy *m_proxy = nullptr;
};

} // namespace recdesk::gui
