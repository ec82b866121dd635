#!/usr/bin/env bash
# Runs a command against a private PulseAudio server whose one output is a null sink
# ("recdesk_null", played at the sink's clock and thrown away), so that playback tests have a
# real audio device without sound hardware or a desktop session. Root or not; no shared memory
# (containers); no autospawn. The server is stopped when the command ends.
# Usage: with-pulseaudio.sh COMMAND [ARGS...]
set -uo pipefail
runtime=$(mktemp -d)
home=$(mktemp -d)
pa_pid=""
cleanup() {
    if [[ -n "$pa_pid" ]]; then
        kill "$pa_pid" 2>/dev/null
        wait "$pa_pid" 2>/dev/null
    fi
    rm -rf "$runtime" "$home"
}
trap cleanup EXIT

export XDG_RUNTIME_DIR=$runtime
socket=$runtime/pa.sock
# Off the session bus: two of these servers (tests run in parallel) would both claim its
# org.PulseAudio1 name, and the second would refuse to start. Nothing here needs D-Bus.
HOME=$home DBUS_SESSION_BUS_ADDRESS=unix:path=$runtime/no-bus DISPLAY= pulseaudio --daemonize=no --exit-idle-time=-1 -n --use-pid-file=no --disable-shm=yes \
    --load="module-null-sink sink_name=recdesk_null rate=48000" \
    --load="module-native-protocol-unix auth-anonymous=1 socket=$socket" >"$runtime/pulseaudio.log" 2>&1 &
pa_pid=$!
for _ in $(seq 100); do
    [[ -S "$socket" ]] && break
    if ! kill -0 "$pa_pid" 2>/dev/null; then
        pa_pid=""
        break
    fi
    sleep 0.1
done
if [[ ! -S "$socket" ]]; then
    echo "with-pulseaudio.sh: PulseAudio did not start:" >&2
    cat "$runtime/pulseaudio.log" >&2
    exit 1
fi
export PULSE_SERVER=unix:$socket
"$@"
