#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringView>

namespace recdesk {

// Where a reviewer is with a recording. NotReviewed is every recording's state until someone says
// otherwise; the store keeps only the other two.
enum class ReviewState { NotReviewed, Reviewed, Flagged };

// The stable keys of the review database and of exports: "not-reviewed", "reviewed", "flagged".
// They never change with the language, and a new state gets a new key, never an old one.
QString reviewStateKey(ReviewState state);
// The state a key names; false (and *state untouched) for anything else.
bool reviewStateFromKey(QStringView key, ReviewState *state);

// The state in words for people, translated: "Not reviewed", "Reviewed", "Flagged".
class ReviewStateText
{
    Q_DECLARE_TR_FUNCTIONS(ReviewStateText)
public:
    static QString displayName(ReviewState state);
};

} // namespace recdesk
