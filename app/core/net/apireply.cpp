#include "apireply.h"

#include <QNetworkReply>
#include <QTimer>

namespace recdesk {

ApiReply::ApiReply(ApiRequest request, QObject *parent)
    : QObject(parent)
    , m_request(std::move(request))
    , m_retryTimer(new QTimer(this))
{
    m_retryTimer->setSingleShot(true);
}

ApiReply::~ApiReply()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

QByteArray ApiReply::rawHeader(const QByteArray &name) const
{
    for (const auto &h : m_headers)
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    return QByteArray();
}

void ApiReply::abort()
{
    if (m_finished || m_aborted)
        return;
    m_aborted = true;
    m_retryTimer->stop();
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
        m_reply = nullptr;
    }
    m_error = ApiError::cancelled(ApiError::Service::None);
    m_error.operation = m_request.operation;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_finished = true;
            emit finished();
            deleteLater();
        },
        Qt::QueuedConnection);
}

} // namespace recdesk
