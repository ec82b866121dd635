#pragma once

#include "domain/timestamp.h"

#include <optional>
#include <QList>
#include <QObject>
#include <QString>

namespace recdesk {

class PageSource;

// Finds, cheaply, where a platform list's items lie below an instant: a few one-item pages
// (page_size=1) asked for at once, at instants further and further back. A probe at t that comes
// back empty proves that nothing was created before t; one that brings an item proves something
// was, and its tm_create (the page's next_page_token) says when. A first round probes 1 day, 30
// days, 1 year and 10 years back (and the newest item, when the top is open); up to two more
// rounds probe evenly between the latest empty instant and the oldest item seen, so the bound is
// within a few percent of the history's span. Each round is one round trip.
class HistoryProbe : public QObject
{
    Q_OBJECT
public:
    // Probes go through siblings of `prototype` (PageSource::createSibling), `parallel` at once.
    HistoryProbe(const PageSource *prototype, int parallel, QObject *parent = nullptr);
    ~HistoryProbe() override;

    // Probes below `upper` (nullopt: the whole list, newest item included). `likeToken` is a
    // next_page_token of this server, whose form the probes' tokens take.
    void start(std::optional<Timestamp> upper, const QString &likeToken = QString());
    // Drops the probes in flight; no signal follows.
    void cancel();
    int requests() const { return m_requests; }

signals:
    // Nothing was created before `floor`; `newest` is the newest item below the upper end, or
    // nullopt when there is none at all (the list is empty there).
    void finished(recdesk::Timestamp floor, std::optional<recdesk::Timestamp> newest);
    void failed(const QString &message);

private:
    struct Probe
    {
        std::optional<Timestamp> at; // nullopt: the first page, no token
        bool top = false;            // the probe at the upper end
    };

    void runRound(const QList<Probe> &probes);
    void onAnswer(int probe, const QByteArray &json);
    void endRound();
    void fail(const QString &message);

    const PageSource *m_prototype;
    QList<PageSource *> m_sources;
    QList<Probe> m_probes; // this round's, one per source
    int m_parallel;
    std::optional<Timestamp> m_upper;
    QString m_likeToken;
    Timestamp m_reference;                  // what the first round counts back from
    std::optional<Timestamp> m_emptyBefore; // the latest instant with nothing before it
    std::optional<Timestamp> m_oldestSeen;  // the oldest item a probe brought
    std::optional<Timestamp> m_newest;
    bool m_topEmpty = false;
    int m_pending = 0;
    int m_round = 0;
    int m_requests = 0;
    bool m_done = false;
};

} // namespace recdesk
