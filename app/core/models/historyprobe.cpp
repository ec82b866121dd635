#include "historyprobe.h"

#include "domain/pagecursor.h"
#include "pagesource.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <utility>

namespace recdesk {

namespace {
constexpr std::int64_t kDayUs = 24LL * 3600 * 1000000;
constexpr int kMaxRounds = 3;
// Refining stops once the unknown stretch is this small a part of the history probed.
constexpr std::int64_t kEnoughFraction = 64;
} // namespace

HistoryProbe::HistoryProbe(const PageSource *prototype, int parallel, QObject *parent)
    : QObject(parent)
    , m_prototype(prototype)
    , m_parallel(qMax(parallel, 1))
{}

HistoryProbe::~HistoryProbe()
{
    cancel();
}

void HistoryProbe::start(std::optional<Timestamp> upper, const QString &likeToken)
{
    m_upper = upper;
    m_likeToken = likeToken;
    m_reference = upper ? *upper : Timestamp::now();
    QList<Probe> probes;
    // The top: is there anything below the upper end at all, and how new is it?
    probes.append(Probe{upper, true});
    for (std::int64_t days : {1, 30, 365, 3650})
        probes.append(Probe{Timestamp::fromMicroseconds(m_reference.microseconds() - days * kDayUs), false});
    runRound(probes);
}

void HistoryProbe::cancel()
{
    m_done = true;
    for (PageSource *source : std::as_const(m_sources))
        source->cancel();
}

void HistoryProbe::runRound(const QList<Probe> &probes)
{
    ++m_round;
    m_probes = probes;
    while (m_sources.size() < probes.size()) {
        PageSource *source = m_prototype ? m_prototype->createSibling(this) : nullptr;
        if (!source) {
            fail(tr("This list cannot be probed."));
            return;
        }
        const int index = static_cast<int>(m_sources.size());
        connect(source, &PageSource::pageArrived, this,
                [this, index](const QByteArray &json) { onAnswer(index, json); });
        connect(source, &PageSource::failed, this, &HistoryProbe::fail);
        m_sources.append(source);
    }
    m_pending = static_cast<int>(probes.size());
    for (int i = 0; i < probes.size(); ++i) {
        const std::optional<Timestamp> at = probes.at(i).at;
        ++m_requests;
        m_sources.at(i)->fetch(at ? pageTokenAt(*at, m_likeToken) : QString(), 1);
    }
}

void HistoryProbe::onAnswer(int probe, const QByteArray &json)
{
    if (m_done || probe >= m_probes.size())
        return;
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    const QJsonValue result = doc.object().value(QLatin1String("result"));
    if (!doc.isObject() || !result.isArray()) {
        fail(tr("The server sent a list that cannot be read."));
        return;
    }
    const std::optional<Timestamp> at = m_probes.at(probe).at;
    const bool top = m_probes.at(probe).top;
    const QString token = doc.object().value(QLatin1String("next_page_token")).toString();
    if (!token.isEmpty() && !token.contains(QLatin1Char('\n')))
        m_likeToken = token;
    if (result.toArray().isEmpty()) {
        if (top) {
            m_topEmpty = true;
        } else if (!m_emptyBefore || *m_emptyBefore < *at) {
            m_emptyBefore = at;
        }
    } else {
        // The item's creation time is the page's token (the contract); a token that is not a
        // time still proves that something lies before the probe's instant.
        Timestamp created;
        if (Timestamp::parse(token, &created) != Timestamp::ParseResult::Ok || (at && !(created < *at)))
            created = at ? Timestamp::fromMicroseconds(at->microseconds() - 1) : m_reference;
        if (!m_oldestSeen || created < *m_oldestSeen)
            m_oldestSeen = created;
        if (top)
            m_newest = created;
    }
    if (--m_pending == 0)
        endRound();
}

void HistoryProbe::endRound()
{
    if (m_topEmpty || !m_oldestSeen) {
        // Nothing below the upper end at all.
        m_done = true;
        emit finished(m_upper ? *m_upper : m_reference, std::nullopt);
        return;
    }
    // Probes that all found items: the history goes back further than 10 years; the epoch is the
    // one safe floor (and the next round narrows it).
    const Timestamp floor = m_emptyBefore ? *m_emptyBefore : Timestamp::fromMicroseconds(0);
    const Timestamp oldest = *m_oldestSeen;
    const Timestamp top = m_newest ? *m_newest : m_reference;
    const std::int64_t gap = oldest.microseconds() - floor.microseconds();
    const std::int64_t span = qMax<std::int64_t>(1, top.microseconds() - floor.microseconds());
    if (m_round >= kMaxRounds || gap <= span / kEnoughFraction || gap < 2) {
        m_done = true;
        emit finished(floor, m_newest ? m_newest : std::optional<Timestamp>(top));
        return;
    }
    // Evenly between the floor and the oldest item seen; the last probe sits on that item, so an
    // empty answer there would make it the oldest of all.
    const int count = static_cast<int>(qMin<std::int64_t>(m_parallel, gap));
    QList<Probe> probes;
    for (int i = 1; i <= count; ++i)
        probes.append(Probe{Timestamp::fromMicroseconds(floor.microseconds() + gap * i / count), false});
    runRound(probes);
}

void HistoryProbe::fail(const QString &message)
{
    if (m_done)
        return;
    cancel();
    emit failed(message);
}

} // namespace recdesk
