#pragma once

#include "net/apierror.h"

namespace recdesk::cli {

// recdeskctl's exit codes; scripts may rely on them (docs/CLI.md). With several items, the
// first failure's code is returned.
enum ExitCode {
    ExitOk = 0,
    ExitFailure = 1,     // anything not listed below
    ExitUsage = 2,       // bad command line
    ExitAuth = 3,        // credentials refused or missing
    ExitNotFound = 4,    // no such file or recording
    ExitUnavailable = 5, // network error, timeout, 5xx or 429 after the retries
    ExitInvalid = 6,     // invalid input: metadata, unreadable local file, refused by the service (400, 409)
    ExitForbidden = 7,   // the account may not do this (403)
    ExitLocalIo = 8,     // a local file could not be written
    ExitBadAnswer = 9,   // the server's answer could not be used: an unreadable list, a listing loop
    ExitPartial = 10,    // listed, but some rows could not be read and were left out (said on stderr)
    ExitCancelled = 130
};

ExitCode exitCodeFor(const ApiError &error);

} // namespace recdesk::cli
