#include "adminroutes.h"

#include "sandboxcontext.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace recdesk::sandbox {

AdminRoutes::AdminRoutes(SandboxContext &context, const SandboxOptions &startOptions)
    : m_context(context)
    , m_startOptions(startOptions)
{}

Reply AdminRoutes::handle(const Request &request)
{
    auto json = [](const QJsonObject &o) { return Reply::json(200, QJsonDocument(o)); };
    const QString &path = request.path;
    if (path == QLatin1String("/_sandbox/faults")) {
        if (request.method == "GET")
            return json(m_context.faults().toJson());
        if (request.method == "POST") {
            QJsonParseError parseError{};
            const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
            if (parseError.error != QJsonParseError::NoError || !doc.isObject())
                return Reply::json(
                    400, QJsonDocument(QJsonObject{
                             {QStringLiteral("error"), QStringLiteral("Body must be a JSON object")}}));
            QJsonObject changes = doc.object();
            if (changes.value(QStringLiteral("reset")).toBool()) {
                m_context.faults() = Faults::fromOptions(m_startOptions);
                changes.remove(QStringLiteral("reset"));
            }
            QString error;
            if (!m_context.faults().apply(changes, &error))
                return Reply::json(400, QJsonDocument(QJsonObject{{QStringLiteral("error"), error}}));
            return json(m_context.faults().toJson());
        }
    } else if (path == QLatin1String("/_sandbox/signed-requests") && request.method == "GET") {
        return Reply::json(200, QJsonDocument(m_context.signedRequestLog()));
    } else if (path == QLatin1String("/_sandbox/reset-log") && request.method == "POST") {
        m_context.resetSignedRequestLog();
        return json(QJsonObject{{QStringLiteral("ok"), true}});
    } else if (path == QLatin1String("/_sandbox/stats") && request.method == "GET") {
        Store &s = m_context.store();
        return json(QJsonObject{{QStringLiteral("recordings"), s.countRecordings()},
                                {QStringLiteral("recordingsListed"), s.countListedRecordings()},
                                {QStringLiteral("files"), s.countFiles()},
                                {QStringLiteral("filesListed"), s.countListedFiles()}});
    }
    return Reply::json(
        404, QJsonDocument(QJsonObject{{QStringLiteral("error"), QStringLiteral("No such admin endpoint")}}));
}

} // namespace recdesk::sandbox
