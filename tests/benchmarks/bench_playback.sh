#!/usr/bin/env bash
# Click-to-audible benchmark (not a test): runs bench_playback twice, on unshaped loopback with
# no added latency, then at 100 Mbit/s with the sandbox answering 50 ms late. The shaped run is
# in its own network namespace (unshare -n, so the machine's loopback is left alone) whose
# loopback goes through a token bucket filter (netem is not on the development VM). Needs root
# for the shaped run. Prints one line per figure: `name value unit`.
#
#   tests/benchmarks/bench_playback.sh [path/to/bench_playback] [rounds, default 10]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
bench=${1:-$root/build/ci/tests/benchmarks/bench_playback}
rounds=${2:-10}
[ -x "$bench" ] || { echo "bench_playback not found at $bench (build it first)" >&2; exit 2; }
[ "$(id -u)" -eq 0 ] || { echo "the 100 Mbit/s run needs root (unshare -n, tc)" >&2; exit 2; }

# The benchmark keeps its sandbox data and caches in temporary folders of its own; this one only
# holds the runtime directory the media backend wants.
work=$(mktemp -d /tmp/recdesk-bench-playback.XXXXXX)
cleanup() { rm -rf "$work"; }
trap cleanup EXIT
mkdir -m 700 "$work/runtime"
export XDG_RUNTIME_DIR=$work/runtime QT_QPA_PLATFORM=offscreen

"$bench" --rounds "$rounds" --latency-ms 0 --label loopback

# The namespace (and its qdisc) goes away with the last process in it.
unshare -n -- bash -c '
    set -euo pipefail
    ip link set lo up
    tc qdisc add dev lo root tbf rate 100mbit burst 1mb latency 100ms
    exec "$@"' shaped "$bench" --rounds "$rounds" --latency-ms 50 --label 100mbit_50ms
