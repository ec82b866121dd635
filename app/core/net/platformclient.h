#pragma once

#include "serviceclient.h"

#include <QList>
#include <QUuid>

namespace recdesk {

// The telephony platform (API.md §1): sign-in (JWT or access key), the files path found by
// itself, lists in pages, single items, deletes, uploads, and the 307 to a signed URL, whose
// Location is handed back and never followed with credentials.
class PlatformClient : public ServiceClient
{
    Q_OBJECT
public:
    enum class ListKind { Files, Recordings, Calls, Agents };

    PlatformClient(QNetworkAccessManager *nam, const ServiceConfig &config,
                   const PlatformCredentials &credentials, QObject *parent = nullptr);

    void setCredentials(const PlatformCredentials &credentials);
    bool usesAccessKey() const { return m_credentials.usesAccessKey(); }
    QString token() const { return m_credentials.token; }
    // Where the login lives: the host root of the base URL + /auth/login.
    QUrl loginUrl() const;

    // "/files", "/storage_files" or "/service_agents/files"; empty until discovered.
    QString filesPath() const { return m_filesPath; }
    void setFilesPath(const QString &path) { m_filesPath = path; }

    // Signs in now (password mode): finishes with the login answer. With an access key it checks
    // the key with a one-item recordings/files request instead.
    ApiReply *signIn();
    // The raw page body: {"result": [...], "next_page_token": "..."}.
    ApiReply *listPage(ListKind kind, const QString &pageToken, int pageSize);
    ApiReply *getFile(const QUuid &id);
    ApiReply *deleteFile(const QUuid &id);
    // GET /files/{id}/file: redirectUrl() is a fresh signed URL.
    ApiReply *fileDownloadLocation(const QUuid &id);
    ApiReply *getRecording(const QUuid &id);
    ApiReply *deleteRecording(const QUuid &id);
    // GET /recordingfiles/{id}: redirectUrl() is the audio's signed URL.
    ApiReply *recordingDownloadLocation(const QUuid &id);
    // Who and what a recording is about (API.md "Calls, conferences and agents"). An agent
    // account gets 403 on these, except on its own agent.
    ApiReply *getCall(const QUuid &id);
    ApiReply *getConference(const QUuid &id);
    ApiReply *getAgent(const QUuid &id);
    // POST {files}: multipart, streamed from disk. Not retried where a duplicate could result.
    ApiReply *uploadFile(const QString &localPath, const QString &name = QString(),
                         const QString &detail = QString());

signals:
    // A new JWT: the owner keeps it in the keychain (never in settings or logs).
    void tokenChanged(const QString &token);
    void filesPathDiscovered(const QString &path);

protected:
    void ensureAuthorized(ApiReply *reply, const AuthDone &done) override;
    void authorize(QNetworkRequest *request) const override;
    bool dropAuthorization() override;
    void decodeErrorBody(ApiError *error, const QByteArray &body) const override;

private:
    ApiRequest filesRequest(const QByteArray &verb, const QString &tail) const;
    ApiReply *getItem(const QString &collection, const QUuid &id);
    void ensureSignedIn(const AuthDone &done);
    void ensureFilesPath(const AuthDone &done);
    void probeFilesPath(const QStringList &candidates, const ApiError &lastError);
    void finishDiscovery(const ApiError &error);

    PlatformCredentials m_credentials;
    QString m_filesPath;
    QList<AuthDone> m_signInWaiters;
    QList<AuthDone> m_discoveryWaiters;
    bool m_signingIn = false;
    bool m_discovering = false;
};

} // namespace recdesk
