#!/usr/bin/env bash
# Installs what is missing (Debian 12 or 13), builds Recdesk and starts it in demo mode: the built-in
# sandbox serves sample files and recordings, so no account is needed. Extra arguments go to recdesk.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
packaging/linux/ensure-deps.sh
cmake --preset release >/dev/null
cmake --build --preset release -j "$(nproc)"
exec build/release/app/gui/recdesk --demo "$@"
