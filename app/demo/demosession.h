#pragma once

#include "net/session.h"

namespace recdesk::sandbox {
class SandboxHost;
}

namespace recdesk {

// A SessionConfig for a running sandbox: its three base URLs and its demo credentials (platform
// by username/password, or by access key), never through a proxy (loopback).
SessionConfig demoSessionConfig(const sandbox::SandboxHost &host, const QString &assistantUser,
                                bool useAccessKey = false);

} // namespace recdesk
