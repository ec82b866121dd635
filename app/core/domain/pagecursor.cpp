#include "pagecursor.h"

#include "timestamp.h"

namespace recdesk {

QString PageCursor::advance(const QString &nextToken)
{
    if (nextToken.isEmpty()) {
        m_token.clear();
        return QString();
    }
    if (m_seen.contains(nextToken))
        return tr("The server sent a page cursor it had sent before, so the list would never end. "
                  "The listing was stopped; try again later or report it to the platform's administrator.");
    if (!m_token.isEmpty()) {
        Timestamp previous;
        Timestamp next;
        if (Timestamp::parse(m_token, &previous) == Timestamp::ParseResult::Ok &&
            Timestamp::parse(nextToken, &next) == Timestamp::ParseResult::Ok && !(next < previous)) {
            return tr("The server's next page would not start before the last one, so the list would never "
                      "end. The listing was stopped; try again later or report it to the platform's "
                      "administrator.");
        }
    }
    m_seen.insert(nextToken);
    m_token = nextToken;
    return QString();
}

void PageCursor::reset(const QString &startToken)
{
    m_token = startToken;
    m_seen.clear();
}

QString pageTokenAt(Timestamp t, const QString &likeToken)
{
    return likeToken.contains(QLatin1Char('T')) ? t.toRfc3339() : t.toPlatformString();
}

} // namespace recdesk
