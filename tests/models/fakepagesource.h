#pragma once

#include "domain/timestamp.h"
#include "models/pagesource.h"

#include <algorithm>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QTimer>

// A platform list in memory, served by the contract's paging rules: newest first by tm_create,
// the next page holds items created strictly before the token (the last item's tm_create).
// Answers later, from the event loop, as the network source does.
template<typename T> class FakePageSource : public recdesk::PageSource
{
public:
    using recdesk::PageSource::PageSource;

    QList<T> items; // keep sorted newest first (sortNewestFirst)
    int requests = 0;
    QString lastToken;
    int lastPageSize = 0;
    QString failNextWith;      // non-empty: the next request fails with this message
    QByteArray answerNextWith; // non-empty: the next request gets this body as is

    void sortNewestFirst()
    {
        std::stable_sort(items.begin(), items.end(),
                         [](const T &a, const T &b) { return b.created < a.created; });
    }

    void fetch(const QString &pageToken, int pageSize) override
    {
        if (m_busy)
            return;
        m_busy = true;
        ++requests;
        lastToken = pageToken;
        lastPageSize = pageSize;
        const int generation = ++m_generation;
        QTimer::singleShot(0, this, [this, generation, pageToken, pageSize] {
            if (generation != m_generation || !m_busy)
                return;
            m_busy = false;
            if (!failNextWith.isEmpty()) {
                const QString message = std::exchange(failNextWith, QString());
                emit failed(message);
                return;
            }
            if (!answerNextWith.isEmpty()) {
                emit pageArrived(std::exchange(answerNextWith, QByteArray()));
                return;
            }
            emit pageArrived(page(pageToken, pageSize));
        });
    }

    void cancel() override
    {
        m_busy = false;
        ++m_generation;
    }

    bool isBusy() const override { return m_busy; }

    QByteArray page(const QString &pageToken, int pageSize) const
    {
        recdesk::Timestamp before;
        if (!pageToken.isEmpty())
            recdesk::Timestamp::parse(pageToken, &before);
        QJsonArray result;
        QString next;
        for (const T &item : items) {
            if (!pageToken.isEmpty() && !(item.created < before))
                continue;
            if (result.size() == pageSize)
                break;
            result.append(item.toJson());
            next = item.created.toPlatformString();
        }
        QJsonObject body;
        body.insert(QLatin1String("result"), result);
        body.insert(QLatin1String("next_page_token"), next);
        return QJsonDocument(body).toJson(QJsonDocument::Compact);
    }

private:
    bool m_busy = false;
    int m_generation = 0;
};
