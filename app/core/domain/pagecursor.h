#pragma once

#include <QCoreApplication>
#include <QSet>
#include <QString>

namespace recdesk {

class Timestamp;

// A page_token of our own making: "items created strictly before t". Written in the form of
// `likeToken` (a next_page_token this server sent: RFC 3339 from the live platform), else in the
// documented form.
QString pageTokenAt(Timestamp t, const QString &likeToken = QString());

// Follows a platform listing's next_page_token and refuses one that would never end it. The
// contract's cursor is a timestamp: the next page holds items created strictly before the token.
// So each token must be strictly older than the one before; a token that repeats, or moves
// forward in time, would list the same pages for ever (a listing loop, not an end). Tokens that
// are not timestamps (other servers) must at least never repeat.
class PageCursor
{
    Q_DECLARE_TR_FUNCTIONS(PageCursor)

public:
    // The token to send for the next page ("" for the first).
    QString token() const { return m_token; }
    // Takes the next_page_token of the page just received. Returns "" when it may be followed,
    // otherwise a sentence saying what the server did (the listing must end with that error).
    QString advance(const QString &nextToken);
    // Back to the first page; with a start token, the first page holds the items created
    // strictly before it (a listing that starts at a chosen moment).
    void reset(const QString &startToken = QString());

private:
    QString m_token;
    QSet<QString> m_seen;
};

} // namespace recdesk
