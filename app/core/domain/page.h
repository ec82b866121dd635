#pragma once

#include "jsonreader.h"

#include <functional>
#include <QByteArray>
#include <QList>
#include <QString>

namespace recdesk {

// One page of a platform list: {"result": [...], "next_page_token": "..."}.
template<typename T> struct Page
{
    QList<T> items;
    QString nextPageToken;
    int skipped = 0; // items that were not objects or had no id (reported in problems)

    // The contract: a list ends when a page is empty or shorter than the page size asked for.
    bool isLast(int pageSize) const
    {
        return items.isEmpty() || items.size() < pageSize || nextPageToken.isEmpty();
    }
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
