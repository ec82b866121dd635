#include "session.h"

#include "media/recordingaudioservice.h"
#include "platformpagesource.h"

#include <QNetworkAccessManager>
#include <QNetworkCookie>
#include <QNetworkCookieJar>
#include <QNetworkProxyFactory>

namespace recdesk {

namespace {
// Keeps nothing and gives nothing: the platform honours a `token` cookie ahead of the header.
class NoCookieJar : public QNetworkCookieJar
{
public:
    using QNetworkCookieJar::QNetworkCookieJar;
    QList<QNetworkCookie> cookiesForUrl(const QUrl &) const override { return {}; }
    bool setCookiesFromUrl(const QList<QNetworkCookie> &, const QUrl &) override { return false; }
};
} // namespace

Session::Session(const SessionConfig &config, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_nam(new QNetworkAccessManager(this))
{
    if (config.useSystemProxy)
        QNetworkProxyFactory::setUseSystemConfiguration(true);
    m_nam->setCookieJar(new NoCookieJar(m_nam));
    m_nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_platform = new PlatformClient(m_nam, config.platform, config.platformCredentials, this);
    m_platform->setFilesPath(config.platformFilesPath);
    m_analytics = new AnalyticsClient(m_nam, config.analytics, config.analyticsCredentials, this);
    m_assistant = new AssistantClient(m_nam, config.assistant, config.assistantCredentials, this);
}

Session::~Session() = default;

PlatformPageSource *Session::createPageSource(PlatformClient::ListKind kind, QObject *parent) const
{
    return new PlatformPageSource(m_platform, kind, parent);
}

RecordingAudioService *Session::recordingAudio()
{
    if (!m_recordingAudio && !m_config.audioCacheDir.isEmpty())
        m_recordingAudio =
            new RecordingAudioService(this, m_config.audioCacheDir, m_config.audioCacheLimitBytes, this);
    return m_recordingAudio;
}

void Session::setRetryPolicy(const RetryPolicy &policy)
{
    m_platform->setRetryPolicy(policy);
    m_analytics->setRetryPolicy(policy);
    m_assistant->setRetryPolicy(policy);
}

} // namespace recdesk
