#include "page.h"

#include <QJsonArray>

namespace recdesk::detail {

bool decodePageEnvelope(const QByteArray &json, const QString &what, DecodeProblems *problems,
                        QString *nextPageToken, const std::function<bool(const QJsonObject &)> &decodeItem,
                        int *skipped)
{
    const int before = problems->messages.size();
    const QJsonObject root = parseJsonObject(json, what, problems);
    if (problems->messages.size() != before)
        return false;
    const QJsonValue result = root.value(QLatin1String("result"));
    if (result.isUndefined()) {
        problems->add(QStringLiteral("%1: the answer has no \"result\" list").arg(what));
        return false;
    }
    if (!result.isArray() && !result.isNull()) {
        problems->add(
            QStringLiteral("%1: \"result\" should be a list but is %2").arg(what, jsonTypeName(result)));
        return false;
    }
    JsonReader r(root, what, problems);
    *nextPageToken = r.string(QLatin1String("next_page_token"));
    const QJsonArray items = result.toArray();
    for (const QJsonValue &v : items) {
        if (!v.isObject()) {
            problems->add(QStringLiteral("%1: an item is %2, not an object").arg(what, jsonTypeName(v)));
            ++*skipped;
            continue;
        }
        if (!decodeItem(v.toObject()))
            ++*skipped;
    }
    return true;
}

} // namespace recdesk::detail
