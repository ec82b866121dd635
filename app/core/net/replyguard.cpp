#include "replyguard.h"

#include <QNetworkReply>

namespace recdesk {

ReplyGuard::ReplyGuard(QNetworkReply *reply, qint64 maxBodyBytes, int headersDeadlineMs, int answerDeadlineMs)
    : QObject(reply)
    , m_reply(reply)
    , m_maxBody(maxBodyBytes)
    , m_headersMs(headersDeadlineMs)
    , m_answerMs(answerDeadlineMs)
{
    setObjectName(QStringLiteral("recdesk-reply-guard"));
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this,
            [this] { abortFor(m_headersIn ? Breach::AnswerLate : Breach::HeadersLate); });
    if (m_headersMs > 0)
        m_timer.start(m_headersMs);
    // While a request body is still going out the server cannot be late yet: each piece sent
    // (the last one included) starts the headers' deadline again.
    connect(reply, &QNetworkReply::uploadProgress, this, [this] {
        if (!m_headersIn && m_headersMs > 0)
            m_timer.start(m_headersMs);
    });
    connect(reply, &QNetworkReply::metaDataChanged, this, [this] {
        if (m_headersIn)
            return;
        m_headersIn = true;
        if (m_answerMs > 0)
            m_timer.start(m_answerMs);
        else
            m_timer.stop();
        bool known = false;
        const qint64 length = m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&known);
        if (m_maxBody >= 0 && known && length > m_maxBody)
            abortFor(Breach::TooLarge);
    });
    connect(reply, &QNetworkReply::downloadProgress, this, [this](qint64 received, qint64) {
        if (m_maxBody >= 0 && received > m_maxBody)
            abortFor(Breach::TooLarge);
    });
    connect(reply, &QNetworkReply::finished, &m_timer, &QTimer::stop);
}

void ReplyGuard::abortFor(Breach breach)
{
    if (m_breach != Breach::None || m_reply->isFinished())
        return;
    m_breach = breach;
    m_timer.stop();
    m_reply->abort();
}

ReplyGuard::Breach ReplyGuard::breachOf(const QNetworkReply *reply)
{
    const auto *guard = reply ? reply->findChild<ReplyGuard *>(QStringLiteral("recdesk-reply-guard"),
                                                               Qt::FindDirectChildrenOnly)
                              : nullptr;
    return guard ? guard->breach() : Breach::None;
}

QString ReplyGuard::describe(Breach breach, qint64 maxBodyBytes, int deadlineMs)
{
    switch (breach) {
    case Breach::None:
        return QString();
    case Breach::TooLarge:
        return tr("The server's answer is larger than %1 MiB, far more than such an "
                  "answer can be; it was not read.")
            .arg(maxBodyBytes / (1024 * 1024));
    case Breach::HeadersLate:
        return tr("The server did not start its answer within %n second(s).", nullptr,
                  (deadlineMs + 999) / 1000);
    case Breach::AnswerLate:
        return tr("The server's answer did not end within %n second(s) (it trickled "
                  "in, or had no end).",
                  nullptr, (deadlineMs + 999) / 1000);
    }
    return QString();
}

} // namespace recdesk
