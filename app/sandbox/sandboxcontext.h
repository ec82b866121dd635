#pragma once

#include "faults.h"
#include "httputil.h"
#include "sandboxclock.h"
#include "sandboxhost.h"
#include "store.h"

#include <QJsonArray>
#include <QString>

namespace recdesk::sandbox {

// Fixed identities of the demo customer and accounts.
struct DemoIdentity
{
    static QString customerId();
    static QString adminAgentId(); // the "demo" account's own agent id
    static QString agentId();      // the "agent" account
    static QString tenantId();     // assistant tenant
};

// What the routes share: the store, the fault knobs, the clock, the keys and the data folder. Lives on the
// server thread; nothing here is touched from another thread.
class SandboxContext
{
public:
    SandboxContext(const SandboxOptions &options, const DemoCredentials &credentials);

    bool open(QString *error);

    const SandboxOptions &options() const { return m_options; }
    const DemoCredentials &credentials() const { return m_credentials; }
    Store &store() { return m_store; }
    Faults &faults() { return m_faults; }
    SandboxClock &clock() { return m_clock; }
    const SandboxClock &clock() const { return m_clock; }
    QByteArray signingKey() const { return m_signingKey; }
    QByteArray tokenKey() const { return m_tokenKey; }

    void setPort(quint16 port) { m_port = port; }
    quint16 port() const { return m_port; }
    QString origin() const; // http://127.0.0.1:<port>

    QString dataDir() const { return m_options.dataDir; }
    QString storedBodyPath(const QString &area, const QString &id) const; // uploaded bytes
    QString cachePath(const QString &name) const;                         // generated audio

    // Generated audio on disk (created on first use); empty string on failure.
    QString generatedWavPath(const QString &seed, qint64 samples);
    QString generatedZipPath(const QString &recordingId, qint64 samples);

    // Signed URLs: path is /signed/...; expires is Unix seconds.
    QString signedUrl(const QString &path, qint64 expiresUnix) const;
    qint64 signedUrlExpiry() const; // now + the current lifetime, at most 7 days when live (Unix seconds)

    void logSignedRequest(const Request &request, bool internal);
    QJsonArray signedRequestLog() const { return m_signedLog; }
    void resetSignedRequestLog() { m_signedLog = QJsonArray(); }

    // Largest accepted request body (each service answers an excess in its own way).
    qint64 maxBodyBytes() const { return m_options.maxBodyBytes; }

private:
    SandboxOptions m_options;
    DemoCredentials m_credentials;
    Store m_store;
    Faults m_faults;
    SandboxClock m_clock;
    QByteArray m_signingKey;
    QByteArray m_tokenKey;
    quint16 m_port = 0;
    QJsonArray m_signedLog;
};

} // namespace recdesk::sandbox
