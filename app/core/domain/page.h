#pragma once

#include "jsonreader.h"

#include <functional>
#include <QByteArray>
#include <QList>
#include <QString>

namespace recdesk {

// The contract's end of a list, the one rule for every listing (GUI and CLI): a page that is
// empty, shorter than the page size asked for, or without a next_page_token. received counts
// every item the server sent, readable or not, so an unreadable row never ends a list early.
inline bool isLastPage(int received, int pageSize, const QString &nextPageToken)
{
    return received == 0 || received < pageSize || nextPageToken.isEmpty();
}

// One page of a platform list: {"result": [...], "next_page_token": "..."}.
template<typename T> struct Page
{
    QList<T> items;
    QString nextPageToken;
    int skipped = 0; // items that were not objects or had no id (reported in problems)

    int received() const { return static_cast<int>(items.size()) + skipped; }
    bool isLast(int pageSize) const { return isLastPage(received(), pageSize, nextPageToken); }
};

namespace detail {
// Splits the envelope; calls decodeItem for each object in "result". Returns false (with a
// problem) when the envelope itself is unusable.
bool decodePageEnvelope(const QByteArray &json, const QString &what, DecodeProblems *problems,
                        QString *nextPageToken, const std::function<bool(const QJsonObject &)> &decodeItem,
                        int *skipped);
} // namespace detail

// Decodes a page of T (T::fromJson). Items without a usable id are skipped and reported;
// a malformed envelope gives an empty page and a problem.
template<typename T> Page<T> decodePage(const QByteArray &json, const QString &what, DecodeProblems *problems)
{
    Page<T> page;
    detail::decodePageEnvelope(
        json, what, problems, &page.nextPageToken,
        [&page, problems](const QJsonObject &o) {
            T item = T::fromJson(o, problems);
            if (item.id.isNull())
                return false;
            page.items.append(std::move(item));
            return true;
        },
        &page.skipped);
    return page;
}

} // namespace recdesk
