#!/usr/bin/env bash
# Builds Recdesk and runs the whole test suite, as CI does (.ci/run calls this).
# Installs missing Debian packages first (apt-get, via sudo when not root). Idempotent: a second
# run with nothing changed only re-runs the tests. Arguments go to ctest (e.g. -L unit).
#
# On Debian 12 (Qt 6.4) it then runs the same command again on Debian 13 (Qt 6.8), in a chroot
# made by packaging/linux/check-debian13.sh, and builds, installs and removes the .deb there.
# RECDESK_DEBIAN13=skip leaves that second run out (for quick local runs; CI never sets it).
# Between the two, the fuzz targets run for a minute each (tests/fuzz/run-fuzzers.sh).
set -euo pipefail
{ # read whole before it runs: an edit during a run cannot derail it
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
packaging/linux/ensure-deps.sh
cmake --preset ci >/dev/null
cmake --build --preset ci -j "$(nproc)"
# Real services for the tests that need them: a D-Bus session with an unlocked GNOME keyring
# (QtKeychain's secret service) and an X server (screenshots, drag and drop).
dbus-run-session -- bash -c '
    printf "recdesk-test\n" | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1 || true
    xvfb-run -a -s "-screen 0 1600x1000x24" ctest --preset ci -j 2 -LE debian13 "$@"
' bash "$@"

# The fuzz targets, 60 s each under ASan and UBSan (natively only: the Debian 13 run fuzzes the
# same code again for little gain). RECDESK_FUZZ_SECONDS changes the time, 0 leaves them out.
if [[ $# -eq 0 && "${RECDESK_DEBIAN13:-}" != inside && "${RECDESK_FUZZ_SECONDS:-60}" != 0 ]]; then
    tests/fuzz/run-fuzzers.sh "${RECDESK_FUZZ_SECONDS:-60}"
fi

ID="" VERSION_ID=""
# shellcheck source=/dev/null
[[ -r /etc/os-release ]] && . /etc/os-release
if [[ "${ID:-}" == debian && "${VERSION_ID:-}" == 12 && "${RECDESK_DEBIAN13:-}" != skip && $# -eq 0 ]]; then
    # The ctest test debian13_qt68 (label debian13) runs packaging/linux/check-debian13.sh.
    ctest --preset ci -L debian13 -V
fi
exit 0
}
