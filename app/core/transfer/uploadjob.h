#pragma once

#include "net/apireply.h"
#include "transferjob.h"

#include <QPointer>

namespace recdesk {

// Uploads a local file (streamed from disk) to the platform, the analytics service or the
// assistant, or sends a platform recording to analytics by its signed URL. Retries are left to
// the service clients, which only repeat an upload where no duplicate can result.
class UploadJob : public TransferJob
{
    Q_OBJECT
public:
    using TransferJob::TransferJob;

    void start() override;
    void stop(bool discardPartial) override;

private:
    void send(ApiReply *reply);
    void sendSignedUrl(ApiReply *locationReply);
    void onFinished(ApiReply *reply);

    QPointer<ApiReply> m_reply;
    bool m_stopped = false;
};

} // namespace recdesk
