#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

namespace recdesk {

// Where a paged table model gets its pages from: one platform list (GET /files or
// GET /recordings, page_size + page_token). The network implementation lives in net/
// (PlatformPageSource); the model only asks for the next page and decodes what arrives.
// At most one request is in flight per source; fetch() while busy is ignored.
class PageSource : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~PageSource() override = default;

    // Ask for the page after pageToken (empty: the first page). Answers with exactly one of
    // pageArrived or failed, later (never from inside this call).
    virtual void fetch(const QString &pageToken, int pageSize) = 0;
    // Drop the request in flight, if any: neither signal follows for it.
    virtual void cancel() = 0;
    virtual bool isBusy() const = 0;
    // Another source over the same list (the same client and path), for listing several parts of
    // it at once (SlicedListing, HistoryProbe); nullptr when this source cannot make one, and then
    // the list is loaded one page at a time.
    virtual PageSource *createSibling(QObject *parent) const
    {
        Q_UNUSED(parent);
        return nullptr;
    }

signals:
    // The raw list body: {"result": [...], "next_page_token": "..."}.
    void pageArrived(const QByteArray &json);
    // A sentence for people (already mapped from the service's error).
    void failed(const QString &message);
};

} // namespace recdesk
