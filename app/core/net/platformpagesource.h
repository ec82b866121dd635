#pragma once

#include "models/pagesource.h"
#include "platformclient.h"

#include <QPointer>

namespace recdesk {

// PageSource over GET /files (or the discovered files path) or GET /recordings.
class PlatformPageSource : public PageSource
{
    Q_OBJECT
public:
    PlatformPageSource(PlatformClient *client, PlatformClient::ListKind kind, QObject *parent = nullptr);
    ~PlatformPageSource() override;

    void fetch(const QString &pageToken, int pageSize) override;
    void cancel() override;
    bool isBusy() const override { return !m_reply.isNull(); }
    PageSource *createSibling(QObject *parent) const override;

    // The typed error of the last failure (failed() carries its display string).
    const ApiError &lastError() const { return m_lastError; }

private:
    QPointer<PlatformClient> m_client;
    PlatformClient::ListKind m_kind;
    QPointer<ApiReply> m_reply;
    ApiError m_lastError;
};

} // namespace recdesk
