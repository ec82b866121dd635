#include "session.h"

#include "media/recordingaudioservice.h"
#include "platformpagesource.h"
#include "recordingcontextresolver.h"
#include "sessionnetworkaccessmanager.h"
#include "systemproxyfactory.h"

#include <QNetworkAccessManager>
#include <QNetworkCookie>
#include <QNetworkCookieJar>
#include <QNetworkProxy>

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

// The proxy goes on this session's manager only, so two profiles never share one.
void applyProxy(QNetworkAccessManager *nam, const ProxySettings &proxy)
{
    switch (proxy.mode) {
    case ProxySettings::Mode::None:
        nam->setProxy(QNetworkProxy(QNetworkProxy::NoProxy));
        return;
    case ProxySettings::Mode::Manual:
        // No credentials on the QNetworkProxy: ProxyAuthenticator gives them when the proxy asks
        // (and SessionNetworkAccessManager up front on plain http), so that a refusal reaches
        // the authenticator's rule of asking at most twice.
        nam->setProxy(QNetworkProxy(QNetworkProxy::HttpProxy, proxy.host, quint16(proxy.port)));
        return;
    case ProxySettings::Mode::System:
        nam->setProxyFactory(new SystemProxyFactory); // owned by nam
        return;
    }
}
} // namespace

Session::Session(const SessionConfig &config, QObject *parent)
    : QObject(parent)
    , m_config(config)
{
    auto *nam = new SessionNetworkAccessManager(this);
    m_nam = nam;
    m_proxyAuthenticator =
        new ProxyAuthenticator(m_nam, ProxyCredentials{config.proxy.user, config.proxy.password}, this);
    applyProxy(m_nam, config.proxy);
    nam->setProxyCredentialsSource(
        [authenticator = m_proxyAuthenticator] { return authenticator->current(); });
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

RecordingContextResolver *Session::recordingContext()
{
    if (!m_recordingContext)
        m_recordingContext = new RecordingContextResolver(m_platform, this);
    return m_recordingContext;
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
