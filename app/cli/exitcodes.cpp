#include "exitcodes.h"

namespace recdesk::cli {

ExitCode exitCodeFor(const ApiError &error)
{
    switch (error.kind) {
    case ApiError::Kind::None:
        return ExitOk;
    case ApiError::Kind::Cancelled:
        return ExitCancelled;
    case ApiError::Kind::Network:
        return error.isProxyAuthFailure() ? ExitAuth : ExitUnavailable;
    case ApiError::Kind::Timeout:
        return ExitUnavailable;
    case ApiError::Kind::Invalid:
        return ExitInvalid;
    case ApiError::Kind::Io:
        return error.service == ApiError::Service::Local ? ExitLocalIo : ExitInvalid;
    case ApiError::Kind::BadResponse:
        return ExitFailure;
    case ApiError::Kind::Http:
        break;
    }
    if (error.isAuthFailure() ||
        (error.httpStatus == 400 && error.operation.contains(QLatin1String("/auth/login"))))
        return ExitAuth;
    if (error.httpStatus == 404)
        return ExitNotFound;
    if (error.httpStatus == 403 && error.service != ApiError::Service::SignedUrl)
        return ExitForbidden;
    if (error.httpStatus == 429 || error.httpStatus >= 500)
        return ExitUnavailable;
    if (error.httpStatus >= 400 && error.httpStatus < 500)
        return ExitInvalid;
    return ExitFailure;
}

} // namespace recdesk::cli
