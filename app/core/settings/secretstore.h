#pragma once

#include "profile.h"

#include <functional>
#include <QObject>
#include <QString>

namespace recdesk {

// The profile secrets in the OS keychain (QtKeychain: Secret Service, macOS Keychain, Windows
// Credential Manager), one entry per profile and secret. Asynchronous; the callbacks run on the
// caller's thread. Values are never logged.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    enum class Secret {
        PlatformPassword,
        PlatformToken,
        PlatformAccessKey,
        AnalyticsClientSecret,
        AssistantApiKey,
        ProxyPassword
    };
    // error is empty on success; a missing entry is not an error (the value is empty).
    using ReadDone = std::function<void(const QString &value, const QString &error)>;
    using Done = std::function<void(const QString &error)>;
    using ReadAllDone = std::function<void(const ProfileSecrets &secrets, const QString &error)>;

    explicit SecretStore(QString service = QStringLiteral("Recdesk"), QObject *parent = nullptr);

    void read(const QString &profile, Secret secret, const ReadDone &done);
    // An empty value deletes the entry.
    void write(const QString &profile, Secret secret, const QString &value, const Done &done);
    void readAll(const QString &profile, const ReadAllDone &done);
    // Writes every secret of the profile (empty ones are deleted).
    void writeAll(const QString &profile, const ProfileSecrets &secrets, const Done &done);
    void removeAll(const QString &profile, const Done &done);

    static QString keyFor(const QString &profile, Secret secret);

    // Blocking forms for recdeskctl and tests (a local event loop).
    QString readBlocking(const QString &profile, Secret secret, QString *error = nullptr);
    bool writeBlocking(const QString &profile, Secret secret, const QString &value, QString *error = nullptr);
    ProfileSecrets readAllBlocking(const QString &profile, QString *error = nullptr);

private:
    QString m_service;
};

} // namespace recdesk
