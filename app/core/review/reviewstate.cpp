#include "reviewstate.h"

namespace recdesk {

QString reviewStateKey(ReviewState state)
{
    switch (state) {
    case ReviewState::NotReviewed:
        return QStringLiteral("not-reviewed");
    case ReviewState::Reviewed:
        return QStringLiteral("reviewed");
    case ReviewState::Flagged:
        return QStringLiteral("flagged");
    }
    return QString();
}

bool reviewStateFromKey(QStringView key, ReviewState *state)
{
    for (ReviewState s : {ReviewState::NotReviewed, ReviewState::Reviewed, ReviewState::Flagged}) {
        if (key == reviewStateKey(s)) {
            *state = s;
            return true;
        }
    }
    return false;
}

QString ReviewStateText::displayName(ReviewState state)
{
    switch (state) {
    case ReviewState::NotReviewed:
        return tr("Not reviewed");
    case ReviewState::Reviewed:
        return tr("Reviewed");
    case ReviewState::Flagged:
        return tr("Flagged");
    }
    return QString();
}

} // namespace recdesk
