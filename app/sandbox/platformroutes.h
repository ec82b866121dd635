#pragma once

#include "httputil.h"
#include "store.h"

#include <QJsonObject>
#include <QStringList>

namespace recdesk::sandbox {

class SandboxContext;

// The telephony platform (API.md section 1): login, files, recordings, the calls, conferences and
// agents they refer to, paging, the error envelope, and — when the live variant is on — /storage_files,
// /service_agents/files, RFC 3339 timestamps, ZIP recordings and 403 for agents on recordings.
class PlatformRoutes
{
public:
    explicit PlatformRoutes(SandboxContext &context);

    Reply handle(const Request &request);

    // The error envelope with a fresh request id (also in X-Request-Id).
    static Reply error(int status, const char *statusName, const char *reason, const QString &message);

private:
    struct Principal
    {
        QString username;
        bool admin = false;
        QString agentId;
    };
    enum class FilesScope { All, OwnAgent };

    Reply login(const Request &request);
    bool authenticate(const Request &request, Principal *principal, Reply *failure);
    Reply routeV1(const Request &request, const QStringList &segments, const Principal &who);

    Reply listFiles(const Request &request, FilesScope scope, const Principal &who);
    Reply getFile(const QString &id, FilesScope scope, const Principal &who);
    Reply deleteFile(const QString &id, FilesScope scope, const Principal &who);
    Reply fileRedirect(const QString &id, FilesScope scope, const Principal &who);
    Reply uploadFile(const Request &request, FilesScope scope, const Principal &who);

    Reply listRecordings(const Request &request);
    Reply getRecording(const QString &id);
    Reply deleteRecording(const QString &id);
    Reply recordingRedirect(const QString &id);

    // /calls, /calls/{id}, /conferences/{id}, /agents, /agents/{id}: admin only, except that an
    // agent account may read its own agent.
    Reply routeCallData(const Request &request, const QStringList &segments, const Principal &who);
    Reply listCalls(const Request &request);
    Reply getCall(const QString &id);
    Reply getConference(const QString &id);
    Reply listAgents(const Request &request);
    Reply getAgent(const QString &id);

    bool pageParams(const Request &request, int *pageSize, qint64 *before, Reply *failure) const;
    bool lookupFile(const QString &id, FilesScope scope, const Principal &who, FileRow *row, Reply *failure);
    void refreshDownloadUrl(FileRow &row);
    QJsonObject fileJson(FileRow row);
    QJsonObject recordingJson(const RecordingRow &row) const;
    QJsonValue timestamp(qint64 usec) const;
    // The next_page_token of a page whose last item was created at lastCreated (kNotHappened:
    // an empty page, no token), bent by the pageTokens fault.
    QString nextPageToken(const Request &request, qint64 before, qint64 lastCreated) const;
    // A list page's answer, bent by the listShape fault.
    Reply listReply(QJsonArray result, const QString &next) const;
    bool live() const;

    SandboxContext &m_context;
};

} // namespace recdesk::sandbox
