#pragma once

#include <memory>
#include <QObject>
#include <QString>
#include <QUrl>

namespace recdesk::sandbox {

// Start-up options of the sandbox (also the recdesk-sandbox command line).
struct SandboxOptions
{
    quint16 port = 0;         // 0: any free port
    QString dataDir;          // SQLite database + file bodies; created when missing
    bool liveVariant = false; // serve the live platform's paths and forms (see API.md)
    qint64 maxBodyBytes = 512LL * 1024 * 1024;
    int signedUrlLifetimeSec = 24 * 3600;
    int platformTokenLifetimeSec = 7 * 24 * 3600;
    int analyticsTokenLifetimeSec = 3600;
    int latencyMs = 0;          // added before every answer
    qint64 dropAfterBytes = -1; // signed-URL bodies: close the connection after N bytes (-1: never)
    int recordingCount = 300;   // demo data seeded into an empty data folder
    int fileCount = 120;
    bool quiet = false;

    // The one default data folder, shared by the recdesk-sandbox program and the demo of the app
    // and of recdeskctl (so that they show the same data): <generic data>/recdesk/sandbox.
    static QString defaultDataDir();
};

// The credentials the sandbox accepts; printed at start, never built into the client.
struct DemoCredentials
{
    QString username; // platform admin account (may list everything)
    QString password;
    QString agentUsername; // platform agent account (live variant: 403 on recordings)
    QString agentPassword;
    QString accessKey; // platform ?accesskey=
    QString analyticsClientId;
    QString analyticsClientSecret;
    QString assistantApiKey;
};

class SandboxServer;

// Runs the sandbox on its own thread so that a GUI or a test can host it in-process.
class SandboxHost : public QObject
{
    Q_OBJECT
public:
    explicit SandboxHost(QObject *parent = nullptr);
    ~SandboxHost() override;

    // Blocks until the server listens (or fails, with a sentence in *error).
    bool start(const SandboxOptions &options, QString *error = nullptr);
    void stop();
    bool isRunning() const;

    quint16 port() const;
    QUrl rootUrl() const;          // http://127.0.0.1:<port>  (POST /auth/login is here)
    QUrl platformBaseUrl() const;  // rootUrl + /v1.0
    QUrl analyticsBaseUrl() const; // rootUrl + /analytics   (/connect/token, /Media/Upload)
    QUrl assistantBaseUrl() const; // rootUrl + /assistant/v1 (/files/upload)
    DemoCredentials credentials() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace recdesk::sandbox
