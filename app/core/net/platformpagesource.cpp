#include "platformpagesource.h"

namespace recdesk {

PlatformPageSource::PlatformPageSource(PlatformClient *client, PlatformClient::ListKind kind, QObject *parent)
    : PageSource(parent)
    , m_client(client)
    , m_kind(kind)
{}

PlatformPageSource::~PlatformPageSource()
{
    cancel();
}

void PlatformPageSource::fetch(const QString &pageToken, int pageSize)
{
    if (isBusy())
        return;
    if (!m_client) {
        m_lastError = ApiError::local(ApiError::Service::Platform, ApiError::Kind::Invalid,
                                      tr("Not connected to the platform"));
        QMetaObject::invokeMethod(
            this, [this] { emit failed(m_lastError.toDisplayString()); }, Qt::QueuedConnection);
        return;
    }
    ApiReply *reply = m_client->listPage(m_kind, pageToken, pageSize);
    m_reply = reply;
    connect(reply, &ApiReply::finished, this, [this, reply] {
        if (m_reply != reply)
            return;
        m_reply = nullptr;
        if (reply->isOk()) {
            emit pageArrived(reply->body());
        } else {
            m_lastError = reply->error();
            emit failed(m_lastError.toDisplayString());
        }
    });
}

PageSource *PlatformPageSource::createSibling(QObject *parent) const
{
    return new PlatformPageSource(m_client, m_kind, parent);
}

void PlatformPageSource::cancel()
{
    if (ApiReply *reply = m_reply) {
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
    }
}

} // namespace recdesk
