#pragma once

#include "domain/page.h"
#include "pagedtablemodel.h"

#include <algorithm>
#include <optional>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QUuid>
#include <vector>

namespace recdesk {

namespace detail {
// The key of the id → row index. QUuid's own qHash XORs its fields, so ids that differ in only a
// few bits of a few fields (as sequential ids do) share buckets and lookups turn linear; hashing
// all 16 bytes keeps them O(1).
struct RowKey
{
    QUuid id;
    friend bool operator==(const RowKey &a, const RowKey &b) noexcept { return a.id == b.id; }
};
inline size_t qHash(const RowKey &key, size_t seed = 0) noexcept
{
    static_assert(sizeof(QUuid) == 16, "QUuid is hashed as its 16 bytes");
    return qHashBits(&key.id, sizeof(QUuid), seed);
}
} // namespace detail

// The rows of a platform list model: the items themselves (QList<T>, no per-row QVariant or JSON)
// and an id → row index. T needs `QUuid id`, `Timestamp created` and `static T fromJson(...)`.
//
// Merging a page: rows [0, confirmed) hold the list as the server sent it in this pass; rows after
// that are left over from before a refresh. The platform orders a list newest first by tm_create
// and the next page holds what was created strictly before the last item, so once a page has
// arrived every item created at or after its last one is known: left-over rows in that window
// that the page did not carry are gone, the page's items move up to follow the confirmed rows, and
// older left-over rows stay until a later page reaches them. A plain load (no left-over rows) is a
// single append.
template<typename T> class PagedRowModel : public PagedTableModel
{
public:
    int rowCount(const QModelIndex &parent = QModelIndex()) const override
    {
        return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
    }

    const T &itemAt(int row) const { return m_rows.at(row); }
    const QList<T> &items() const { return m_rows; }
    // -1 when the id is not loaded.
    int rowOfId(const QUuid &id) const { return m_rowById.value(detail::RowKey{id}, -1); }
    QModelIndex indexOfId(const QUuid &id, int column = 0) const
    {
        const int row = rowOfId(id);
        return row < 0 ? QModelIndex() : index(row, column);
    }

protected:
    using PagedTableModel::PagedTableModel;

    // Names the list in decode problems, e.g. "recordings page".
    virtual QString listName() const = 0;
    // A faster decoder for the common case; false: use decodePage (which reports problems).
    virtual bool scanPage(const QByteArray &json, Page<T> *page) const
    {
        Q_UNUSED(json);
        Q_UNUSED(page);
        return false;
    }

    // Decodes a page; items created before `floor` are left out (and reachedFloor set: the list is
    // newest first, so every later item would be older still).
    QList<T> decodeItems(const QByteArray &json, std::optional<Timestamp> floor, PageOutcome *outcome) const
    {
        DecodeProblems problems;
        Page<T> page;
        if (!scanPage(json, &page))
            page = decodePage<T>(json, listName(), &problems);
        outcome->received = static_cast<int>(page.items.size()) + page.skipped;
        // With no item and none skipped, any problem is about the envelope itself.
        if (outcome->received == 0 && !problems.isEmpty()) {
            outcome->ok = false;
            // An explicit context: lupdate cannot file tr() of a template under its base class.
            outcome->problem = QCoreApplication::translate("recdesk::PagedTableModel",
                                                           "The server sent a list that cannot be read: %1")
                                   .arg(problems.summary());
            return {};
        }
        outcome->nextToken = page.nextPageToken;
        if (floor) {
            const auto older = std::find_if(page.items.begin(), page.items.end(),
                                            [&floor](const T &item) { return item.created < *floor; });
            outcome->reachedFloor = older != page.items.end();
            page.items.erase(older, page.items.end());
        }
        return std::move(page.items);
    }

    PageOutcome mergePage(const QByteArray &json) override
    {
        PageOutcome outcome;
        QList<T> items = decodeItems(json, range().from, &outcome);
        if (!outcome.ok)
            return outcome;
        outcome.last = outcome.reachedFloor || isLastPage(outcome.received, outcome.nextToken);
        mergeItems(std::move(items), outcome.last);
        return outcome;
    }

    SlicedListing::PageDigest takeSlicePage(int slice, const QByteArray &json, Timestamp floor) override
    {
        PageOutcome outcome;
        QList<T> items = decodeItems(json, floor, &outcome);
        SlicedListing::PageDigest digest;
        digest.ok = outcome.ok;
        digest.problem = outcome.problem;
        digest.received = outcome.received;
        digest.nextToken = outcome.nextToken;
        digest.reachedFloor = outcome.reachedFloor;
        QList<T> &kept = m_sliceRows[slice];
        if (kept.isEmpty())
            kept = std::move(items);
        else
            kept.append(std::move(items));
        return digest;
    }

    void commitSlice(int slice) override
    {
        QList<T> items = m_sliceRows.take(slice);
        // An empty chunk says nothing about the rows after the confirmed ones (see mergeItems).
        if (!items.isEmpty())
            mergeItems(std::move(items), false);
    }

    void dropSlices() override { m_sliceRows.clear(); }
    void dropUnconfirmedRows() override
    {
        if (m_confirmed < m_rows.size())
            mergeItems({}, true);
    }

    int confirmedRowCount() const override { return m_confirmed; }
    void restartConfirmation() override { m_confirmed = 0; }
    void clearRows() override
    {
        beginResetModel();
        m_rows.clear();
        m_rowById.clear();
        m_confirmed = 0;
        endResetModel();
    }

private:
    void emitRowsChanged(int first, int last)
    {
        if (first <= last)
            emit dataChanged(index(first, 0), index(last, columnCount() - 1));
    }

    void reindexFrom(int row)
    {
        for (int r = row, n = static_cast<int>(m_rows.size()); r < n; ++r)
            m_rowById.insert(detail::RowKey{m_rows.at(r).id}, r);
    }

    void mergeItems(QList<T> items, bool last)
    {
        const bool hasWindow = !items.isEmpty();
        const Timestamp windowEnd = hasWindow ? items.constLast().created : Timestamp();

        // Items already confirmed in this pass (equal tm_create across a page boundary) or repeated
        // within the page: update in place, keep the first.
        QList<T> fresh;
        fresh.reserve(items.size());
        QHash<detail::RowKey, int> freshIndex;
        freshIndex.reserve(items.size());
        for (T &item : items) {
            const int row = rowOfId(item.id);
            if (row >= 0 && row < m_confirmed) {
                m_rows[row] = std::move(item);
                emitRowsChanged(row, row);
                continue;
            }
            if (freshIndex.contains(detail::RowKey{item.id}))
                continue;
            freshIndex.insert(detail::RowKey{item.id}, static_cast<int>(fresh.size()));
            fresh.append(std::move(item));
        }

        const int p = m_confirmed;
        if (p == m_rows.size()) {
            appendRows(std::move(fresh));
            return;
        }

        // 1. Left-over rows in the page's window that the page does not carry are gone.
        std::vector<int> doomed;
        for (int r = p, n = static_cast<int>(m_rows.size()); r < n; ++r) {
            const T &row = m_rows.at(r);
            if (!last && hasWindow && row.created < windowEnd)
                break;
            if (!freshIndex.contains(detail::RowKey{row.id}))
                doomed.push_back(r);
        }
        removeRowRuns(doomed);

        // 2. Rows the page carries move up, in page order, right after the confirmed rows.
        std::vector<int> survivorRows; // current rows of the page's known ids, in page order
        std::vector<char> isSurvivor(fresh.size(), 0);
        for (qsizetype i = 0; i < fresh.size(); ++i) {
            const int row = rowOfId(fresh.at(i).id);
            if (row >= p) {
                survivorRows.push_back(row);
                isSurvivor[static_cast<size_t>(i)] = 1;
            }
        }
        moveRowsToFront(p, survivorRows);

        // 3. New ids go in at their page positions; known ones take the page's values.
        for (qsizetype i = 0; i < fresh.size();) {
            const int pos = p + static_cast<int>(i);
            if (isSurvivor[static_cast<size_t>(i)]) {
                m_rows[pos] = std::move(fresh[i]);
                ++i;
                continue;
            }
            qsizetype end = i;
            while (end < fresh.size() && !isSurvivor[static_cast<size_t>(end)])
                ++end;
            const int count = static_cast<int>(end - i);
            beginInsertRows(QModelIndex(), pos, pos + count - 1);
            m_rows.insert(pos, count, T());
            for (qsizetype k = i; k < end; ++k)
                m_rows[p + static_cast<int>(k)] = std::move(fresh[k]);
            reindexFrom(pos);
            endInsertRows();
            i = end;
        }
        m_confirmed = p + static_cast<int>(fresh.size());
        emitRowsChanged(p, m_confirmed - 1);
    }

    void appendRows(QList<T> fresh)
    {
        if (fresh.isEmpty())
            return;
        const int first = static_cast<int>(m_rows.size());
        // Grow by doubling: appending a range only reserves what it needs, which would copy every
        // row on every page.
        const qsizetype needed = m_rows.size() + fresh.size();
        if (m_rows.capacity() < needed)
            m_rows.reserve(qMax(needed, m_rows.capacity() * 2));
        beginInsertRows(QModelIndex(), first, first + static_cast<int>(fresh.size()) - 1);
        for (T &item : fresh)
            m_rows.append(std::move(item));
        reindexFrom(first);
        endInsertRows();
        m_confirmed = static_cast<int>(m_rows.size());
    }

    // rows ascending; removed as contiguous runs from the bottom up.
    void removeRowRuns(const std::vector<int> &rows)
    {
        for (size_t end = rows.size(); end > 0;) {
            size_t begin = end - 1;
            while (begin > 0 && rows[begin - 1] == rows[begin] - 1)
                --begin;
            const int first = rows[begin];
            const int last = rows[end - 1];
            beginRemoveRows(QModelIndex(), first, last);
            for (int r = first; r <= last; ++r)
                m_rowById.remove(detail::RowKey{m_rows.at(r).id});
            m_rows.remove(first, last - first + 1);
            reindexFrom(first);
            endRemoveRows();
            end = begin;
        }
    }

    // Reorders rows [from, end) so that `rows` (all >= from) come first in the given order, the
    // others following in their current order. A layout change: persistent indexes follow.
    void moveRowsToFront(int from, const std::vector<int> &rows)
    {
        bool inPlace = true;
        for (size_t i = 0; i < rows.size() && inPlace; ++i)
            inPlace = rows[i] == from + static_cast<int>(i);
        if (inPlace)
            return;

        emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
        const int n = static_cast<int>(m_rows.size());
        std::vector<int> newRowOf(static_cast<size_t>(n - from), -1);
        int next = from;
        for (int row : rows)
            newRowOf[static_cast<size_t>(row - from)] = next++;
        for (int r = from; r < n; ++r) {
            if (newRowOf[static_cast<size_t>(r - from)] < 0)
                newRowOf[static_cast<size_t>(r - from)] = next++;
        }
        QList<T> reordered(n - from);
        for (int r = from; r < n; ++r)
            reordered[newRowOf[static_cast<size_t>(r - from)] - from] = std::move(m_rows[r]);
        for (int r = from; r < n; ++r)
            m_rows[r] = std::move(reordered[r - from]);

        const QModelIndexList before = persistentIndexList();
        QModelIndexList oldIndexes;
        QModelIndexList newIndexes;
        for (const QModelIndex &idx : before) {
            if (idx.row() < from)
                continue;
            oldIndexes.append(idx);
            newIndexes.append(index(newRowOf[static_cast<size_t>(idx.row() - from)], idx.column()));
        }
        changePersistentIndexList(oldIndexes, newIndexes);
        reindexFrom(from);
        emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    }

    QList<T> m_rows;
    QHash<detail::RowKey, int> m_rowById;
    int m_confirmed = 0;
    QHash<int, QList<T>> m_sliceRows; // loadEverything(): pages of slices not yet committed
};

} // namespace recdesk
