#pragma once

#include "analyticsclient.h"
#include "assistantclient.h"
#include "platformclient.h"
#include "proxyauthenticator.h"
#include "proxysettings.h"
#include "serviceconfig.h"

#include <QObject>

class QNetworkAccessManager;

namespace recdesk {

class PlatformPageSource;
class RecordingAudioService;
class RecordingContextResolver;

// Everything a Session needs: endpoints and credentials for the three services.
struct SessionConfig
{
    ServiceConfig platform;
    ServiceConfig analytics;
    ServiceConfig assistant;
    PlatformCredentials platformCredentials;
    AnalyticsCredentials analyticsCredentials;
    AssistantCredentials assistantCredentials;
    QString platformFilesPath; // remembered from an earlier discovery; empty: discover
    ProxySettings proxy;       // this session's own; the process-wide proxy is never changed
    // Where this profile's recordings are kept once fetched (AudioCache); empty: no audio service.
    QString audioCacheDir;
    qint64 audioCacheLimitBytes = qint64(1024) * 1024 * 1024;
};

// One profile's connection: one QNetworkAccessManager (no cookie jar, the profile's proxy) and the
// three service clients on it. The GUI and recdeskctl each make one per active profile.
class Session : public QObject
{
    Q_OBJECT
public:
    explicit Session(const SessionConfig &config, QObject *parent = nullptr);
    ~Session() override;

    QNetworkAccessManager *networkAccessManager() const { return m_nam; }
    PlatformClient *platform() const { return m_platform; }
    AnalyticsClient *analytics() const { return m_analytics; }
    AssistantClient *assistant() const { return m_assistant; }
    const SessionConfig &config() const { return m_config; }
    // Answers the proxy's requests for credentials; the GUI installs its prompt here.
    ProxyAuthenticator *proxyAuthenticator() const { return m_proxyAuthenticator; }

    // A page source for a paged table model (files or recordings).
    PlatformPageSource *createPageSource(PlatformClient::ListKind kind, QObject *parent = nullptr) const;
    // Fetches recordings' audio once into the profile's cache; nullptr without audioCacheDir.
    RecordingAudioService *recordingAudio();
    // The same, only if something already made it (nothing is created on disk).
    RecordingAudioService *recordingAudioIfStarted() const { return m_recordingAudio; }
    // The calls, conferences and agents behind this profile's recordings (made on first use).
    RecordingContextResolver *recordingContext();
    // Applies the same retry policy to every client (tests shorten it).
    void setRetryPolicy(const RetryPolicy &policy);

private:
    SessionConfig m_config;
    QNetworkAccessManager *m_nam;
    ProxyAuthenticator *m_proxyAuthenticator;
    PlatformClient *m_platform;
    AnalyticsClient *m_analytics;
    AssistantClient *m_assistant;
    RecordingAudioService *m_recordingAudio = nullptr;
    RecordingContextResolver *m_recordingContext = nullptr;
};

} // namespace recdesk
