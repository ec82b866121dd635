#pragma once

#include "apierror.h"

namespace recdesk {

// Exponential backoff with full jitter, honouring Retry-After. Which requests may be retried at
// all is decided by the caller (RetryMode); this only says how long to wait and when to stop.
struct RetryPolicy
{
    int maxAttempts = 5; // including the first
    int baseDelayMs = 400;
    int maxDelayMs = 20000;
    int maxRetryAfterMs = 120000; // a longer Retry-After is reported instead of waited for

    // Milliseconds to wait before attempt number `attempt` (2 = the first retry), or -1 to stop.
    int delayBeforeAttempt(int attempt, const ApiError &lastError) const;
};

// What may be retried for one request.
enum class RetryMode {
    Never,
    // GETs, HEADs, DELETEs and downloads: network errors, timeouts, 408, 429 and 5xx.
    Idempotent,
    // Uploads that would create a duplicate if sent twice: only when the server certainly did not
    // take the request (connection refused, host not found, 429, 503).
    NotProcessedOnly
};

bool shouldRetry(RetryMode mode, const ApiError &error);

} // namespace recdesk
