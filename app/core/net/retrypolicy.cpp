#include "retrypolicy.h"

#include <algorithm>
#include <QRandomGenerator>

namespace recdesk {

int RetryPolicy::delayBeforeAttempt(int attempt, const ApiError &lastError) const
{
    if (attempt > maxAttempts)
        return -1;
    if (lastError.retryAfterSeconds >= 0) {
        const qint64 ms = qint64(lastError.retryAfterSeconds) * 1000;
        if (ms > maxRetryAfterMs)
            return -1;
        // A little jitter on top, so that many clients told the same time do not come back at once.
        return int(ms) + int(QRandomGenerator::global()->bounded(std::max(1, baseDelayMs / 4)));
    }
    const qint64 cap = std::min<qint64>(maxDelayMs, qint64(baseDelayMs) << std::min(attempt - 2, 16));
    // Half fixed, half random: never zero, never in lock-step.
    return int(cap / 2 + QRandomGenerator::global()->bounded(cap / 2 + 1));
}

bool shouldRetry(RetryMode mode, const ApiError &error)
{
    switch (mode) {
    case RetryMode::Never:
        return false;
    case RetryMode::Idempotent:
        return ApiError::isTransient(error.kind, error.httpStatus, error.networkError);
    case RetryMode::NotProcessedOnly:
        if (error.kind == ApiError::Kind::Http)
            return error.httpStatus == 429 || error.httpStatus == 503;
        return error.kind == ApiError::Kind::Network &&
               (error.networkError == QNetworkReply::ConnectionRefusedError ||
                error.networkError == QNetworkReply::HostNotFoundError);
    }
    return false;
}

} // namespace recdesk
