#!/usr/bin/env bash
# Network benchmark (not a test): download and upload of one file, recdeskctl against curl, with
# the same nginx as the server, on loopback — unshaped, or shaped to a given rate inside a network
# namespace of its own. recdeskctl goes through its real path: a profile whose platform base URL
# is nginx, GET /v1.0/files/{id} (a static File JSON) then the signed URL (a static file of random
# bytes); uploads POST multipart to /v1.0/files, where nginx reads the whole body before it
# answers. Prints one line per figure: `name value unit`; per-round figures go to stderr.
#
#   tests/benchmarks/bench_network.sh [--rate R] [--rounds N] [path/to/recdeskctl] [size-in-MiB]
#
# --rate R (tc's syntax: 100mbit, 1gbit) re-runs this script under `unshare -n` (root only): a
# fresh network namespace whose lo is brought up and given `tbf rate R burst 1mb latency 100ms`,
# so that both tools meet the same bottleneck and nothing else shares it. Without --rate the
# host's loopback is used unshaped (for information: there the CPU is the bottleneck).
# Default size: 256 MiB up to 200 Mbit/s, 512 MiB above, 1024 MiB unshaped. Default rounds: 6
# (ROUNDS in the environment is honoured too; keep it even, so that each tool takes each place
# in the order equally often). Each figure is the median over the rounds.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
self=$(cd "$(dirname "$0")" && pwd)/$(basename "$0")

rate=
rounds=${ROUNDS:-6}
args=()
while [ $# -gt 0 ]; do
    case $1 in
    --rate) rate=${2:?--rate needs a value, e.g. 100mbit}; shift 2 ;;
    --rate=*) rate=${1#--rate=}; shift ;;
    --rounds) rounds=${2:?--rounds needs a number}; shift 2 ;;
    --rounds=*) rounds=${1#--rounds=}; shift ;;
    -h | --help) awk 'NR > 1 && !/^#/ { exit } NR > 1 { sub(/^# ?/, ""); print }' "$0"; exit 0 ;;
    *) args+=("$1"); shift ;;
    esac
done
set -- "${args[@]+"${args[@]}"}"

default_ctl=$root/build/release/app/cli/recdeskctl
[ -x "$default_ctl" ] || default_ctl=$root/build/client/app/cli/recdeskctl
ctl=$(realpath "${1:-$default_ctl}" 2>/dev/null || echo "${1:-$default_ctl}")
[ -x "$ctl" ] || { echo "recdeskctl not found at $ctl (build it first)" >&2; exit 2; }
command -v nginx >/dev/null || { echo "nginx is needed (Debian: nginx-light)" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "GNU time is needed at /usr/bin/time (Debian: time)" >&2; exit 2; }

# Shaped: into a namespace of our own first, then shape its loopback.
rate_bits=
if [ -n "$rate" ]; then
    here=$(readlink /proc/self/ns/net)
    if [ -z "${RECDESK_BENCH_PARENT_NETNS:-}" ]; then
        [ "$(id -u)" -eq 0 ] || { echo "--rate needs root (unshare -n, tc)" >&2; exit 2; }
        command -v tc >/dev/null || { echo "tc is needed (Debian: iproute2)" >&2; exit 2; }
        exec env RECDESK_BENCH_PARENT_NETNS="$here" unshare -n -- \
            "$self" --rate "$rate" --rounds "$rounds" "$ctl" ${2:+"$2"}
    fi
    # Never shape a loopback anyone else uses: only a namespace other than the parent's, holding
    # nothing but a lo that is still down (as unshare -n leaves it), is ours.
    if [ "$here" = "$RECDESK_BENCH_PARENT_NETNS" ] || [ "$(ip -o link show | wc -l)" -ne 1 ] ||
        ip -o link show lo | grep -q '[<,]UP[,>]'; then
        echo "not in a fresh network namespace of its own; refusing to shape lo" >&2
        exit 2
    fi
    ip link set lo up
    tc qdisc add dev lo root tbf rate "$rate" burst 1mb latency 100ms
    rate_bits=$(echo "$rate" | awk '{ v = $0 + 0; u = tolower($0); sub(/^[0-9.]+/, "", u);
        m = (u == "kbit") ? 1e3 : (u == "mbit") ? 1e6 : (u == "gbit") ? 1e9 : (u == "bit" || u == "") ? 1 : -1;
        if (m < 0) exit 1; printf "%d\n", v * m }') || { echo "rate $rate: use bit, kbit, mbit or gbit" >&2; exit 2; }
fi
if [ -n "${2:-}" ]; then size_mib=$2
elif [ -z "$rate_bits" ]; then size_mib=1024
elif [ "$rate_bits" -le 200000000 ]; then size_mib=256
else size_mib=512
fi

# In RAM when possible (/dev/shm), so that the disk does not decide who wins: the source, the
# downloads and nginx's upload temp files all stay in memory (about 3× the size at the peak).
tmp_root=/tmp
[ -d /dev/shm ] && [ "$(df -k --output=avail /dev/shm | tail -1)" -gt $((4 * size_mib * 1024)) ] && tmp_root=/dev/shm
work=$(mktemp -d "$tmp_root/recdesk-bench.XXXXXX")
nginx_pid=
cleanup() {
    if [ -n "$nginx_pid" ]; then
        kill "$nginx_pid" 2>/dev/null || true
        wait "$nginx_pid" 2>/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

mkdir -p "$work"/{www/signed,body,logs,out-ctl,out-curl,config}
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
id=0b0c5f8e-1b2a-4c3d-9e8f-123456789abc
bytes=$((size_mib * 1024 * 1024))
head -c "$bytes" /dev/urandom > "$work/www/signed/big.bin"
file_json="{\"id\":\"$id\",\"customer_id\":\"$id\",\"owner_id\":\"00000000-0000-0000-0000-000000000000\",\"reference_type\":\"none\",\"reference_id\":\"00000000-0000-0000-0000-000000000000\",\"name\":\"big\",\"detail\":\"\",\"filename\":\"big.bin\",\"filesize\":$bytes,\"uri_download\":\"http://127.0.0.1:$port/signed/big.bin\",\"tm_download_expire\":\"9999-01-01 00:00:00.000000\",\"tm_create\":\"2026-01-01 00:00:00.000000\",\"tm_update\":\"2026-01-01 00:00:00.000000\",\"tm_delete\":\"9999-01-01 00:00:00.000000\"}"

cat > "$work/nginx.conf" <<CONF
daemon off;
master_process off;
worker_processes 1;
error_log $work/logs/error.log warn;
pid $work/logs/nginx.pid;
events { worker_connections 64; }
http {
    access_log off;
    sendfile on;
    tcp_nopush on;
    client_body_temp_path $work/body;
    proxy_temp_path $work/body;
    fastcgi_temp_path $work/body;
    uwsgi_temp_path $work/body;
    scgi_temp_path $work/body;
    server {
        listen 127.0.0.1:$port;
        location = /v1.0/files/$id { default_type application/json; return 200 '$file_json'; }
        location /signed/ { root $work/www; }
        # An upload: nginx reads the whole body (to a temp file it deletes), then answers through
        # a body-less subrequest; so the clock stops only after every byte was received.
        location = /v1.0/files {
            client_max_body_size 0;
            client_body_buffer_size 1m;
            client_body_in_file_only clean;
            proxy_pass_request_body off;
            proxy_set_header Content-Length "";
            proxy_pass http://127.0.0.1:$port/uploaded;
        }
        location = /uploaded { default_type application/json; return 200 '$file_json'; }
    }
}
CONF
nginx -p "$work" -c "$work/nginx.conf" &
nginx_pid=$!
for _ in $(seq 50); do curl -fs -o /dev/null "http://127.0.0.1:$port/v1.0/files/$id" && break; sleep 0.1; done

# Runs a command under GNU time; sets secs (wall clock, start-up included), cpu (user + system
# seconds) and rss_kib (peak resident set, the kernel's ru_maxrss).
measure() {
    local start end status=0
    start=$(date +%s.%N)
    /usr/bin/time -f '%U %S %M' -o "$work/time.txt" "$@" || status=$?
    end=$(date +%s.%N)
    [ "$status" -eq 0 ] || { echo "failed ($status): $*" >&2; exit 1; }
    secs=$(echo "$end - $start" | bc -l)
    read -r user sys rss_kib < <(tail -1 "$work/time.txt")
    cpu=$(echo "$user + $sys" | bc -l)
}

export XDG_CONFIG_HOME=$work/config XDG_DATA_HOME=$work/config RECDESK_PLATFORM_ACCESS_KEY=bench
"$ctl" profile set bench "platform-url=http://127.0.0.1:$port/v1.0" auth=accesskey files-path=/files >/dev/null

# Page cache warm for both: the first reader would otherwise pay for the disk.
cat "$work/www/signed/big.bin" > /dev/null

# The tools take turns and swap places every round (a busy moment of the machine, or going
# first, must not favour one tool), and each output is checked and deleted at once, so both
# write into the same amount of free memory. Per tool and direction: one line per round in
# $work/<tool>-<dir>.txt holding `seconds cpu-seconds rss-KiB`.
# After each transfer, an untimed request that nginx answers only once it is idle again: after an
# upload its single worker unlinks the body's temp file (0.25 s for 512 MiB on tmpfs), which
# otherwise lands on the clock of whichever transfer comes next.
record() {
    echo "$secs $cpu $rss_kib" >> "$work/$1.txt"
    curl -fs -o /dev/null "http://127.0.0.1:$port/v1.0/files/$id"
}
download_curl() {
    measure curl -fsS -o "$work/out-curl/big.bin" "http://127.0.0.1:$port/signed/big.bin"
    record curl-dl
    cmp -s "$work/www/signed/big.bin" "$work/out-curl/big.bin" || { echo "curl's download differs" >&2; exit 1; }
    rm -f "$work/out-curl/big.bin"
}
download_ctl() {
    measure "$ctl" --profile bench --quiet files download "$id" --to "$work/out-ctl" >/dev/null
    record ctl-dl
    cmp -s "$work/www/signed/big.bin" "$work/out-ctl/big.bin" || { echo "recdeskctl's download differs" >&2; exit 1; }
    rm -f "$work/out-ctl/big.bin"
}
upload_curl() {
    measure curl -fsS -o /dev/null -F "file=@$work/www/signed/big.bin" "http://127.0.0.1:$port/v1.0/files"
    record curl-ul
}
upload_ctl() {
    measure "$ctl" --profile bench --quiet upload --to platform "$work/www/signed/big.bin" >/dev/null
    record ctl-ul
}
last() { tail -1 "$work/$1.txt" | awk '{ printf "%.2fs %.2fcpu %dMiB", $1, $2, $3 / 1024 }'; }
for round in $(seq "$rounds"); do
    if [ $((round % 2)) -eq 1 ]; then
        download_curl; download_ctl; upload_curl; upload_ctl
    else
        download_ctl; download_curl; upload_ctl; upload_curl
    fi
    echo "round $round/$rounds: download curl $(last curl-dl), recdeskctl $(last ctl-dl);" \
        "upload curl $(last curl-ul), recdeskctl $(last ctl-ul); load $(cut -d' ' -f1 /proc/loadavg)" >&2
done

# Median of column $2 of file $1 (mean of the middle two for an even count); max of a column.
median() { awk -v c="$2" '{ print $c }' "$work/$1.txt" | sort -g | awk '{ v[NR] = $1 }
    END { printf "%.4f\n", (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
maxcol() { awk -v c="$2" 'BEGIN { m = 0 } $c > m { m = $c } END { print m }' "$work/$1.txt"; }
mib_s() { printf '%.1f\n' "$(echo "scale=4; $bytes / 1048576 / $1" | bc -l)"; }
cpu_per_gib() { printf '%.2f\n' "$(echo "scale=4; $1 * 1073741824 / $bytes" | bc -l)"; }

verdict=PASS
failures=
echo "net.link ${rate:-unshaped} (tbf burst 1mb latency 100ms when shaped)"
echo "net.size_bytes $bytes bytes"
echo "net.rounds $rounds rounds"
for dir in download upload; do
    d=${dir:0:1}l
    ctl_s=$(median "ctl-$d" 1); curl_s=$(median "curl-$d" 1)
    ratio=$(echo "scale=3; $curl_s / $ctl_s" | bc -l)
    ctl_rss=$(( $(maxcol "ctl-$d" 3) / 1024 ))
    echo "net.$dir.recdeskctl_mib_s $(mib_s "$ctl_s") MiB/s"
    echo "net.$dir.curl_mib_s $(mib_s "$curl_s") MiB/s"
    echo "net.$dir.ratio $(printf '%.3f' "$ratio") x_curl"
    echo "net.$dir.recdeskctl_peak_rss $ctl_rss MiB"
    echo "net.$dir.curl_peak_rss $(( $(maxcol "curl-$d" 3) / 1024 )) MiB"
    echo "net.$dir.recdeskctl_cpu_s_per_gib $(cpu_per_gib "$(median "ctl-$d" 2)") s/GiB"
    echo "net.$dir.curl_cpu_s_per_gib $(cpu_per_gib "$(median "curl-$d" 2)") s/GiB"
    if [ "$(echo "$ratio < 0.97" | bc -l)" -eq 1 ]; then
        verdict=FAIL; failures="$failures $dir-ratio"
    fi
    if [ "$ctl_rss" -ge 40 ]; then
        verdict=FAIL; failures="$failures $dir-rss"
    fi
done
if [ -n "$rate" ]; then
    echo "net.verdict $verdict (targets: ratio >= 0.97 each way, recdeskctl peak RSS < 40 MiB)${failures:+ failed:$failures}"
else
    echo "net.verdict info (unshaped loopback; would be $verdict against the shaped targets)"
fi
