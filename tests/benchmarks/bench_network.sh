#!/usr/bin/env bash
# Network benchmark (not a test): download and upload of one 1 GiB file on loopback, recdeskctl
# against curl, with the same nginx as the server. recdeskctl goes through its real path: a
# profile whose platform base URL is nginx, GET /v1.0/files/{id} (a static File JSON) then the
# signed URL (a static 1 GiB file); uploads POST multipart to /v1.0/files, where nginx reads the
# whole body before it answers. Prints one line per figure: `name value unit`.
#
#   tests/benchmarks/bench_network.sh [path/to/recdeskctl] [size-in-MiB, default 1024]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
ctl=${1:-$root/build/client/app/cli/recdeskctl}
size_mib=${2:-1024}
[ -x "$ctl" ] || { echo "recdeskctl not found at $ctl (build it first)" >&2; exit 2; }
command -v nginx >/dev/null || { echo "nginx is needed (Debian: nginx-light)" >&2; exit 2; }

# In RAM when possible (/dev/shm), so that the disk does not decide who wins: the 1 GiB source,
# the downloads and nginx's upload temp files all stay in memory (about 3 GiB at the peak).
tmp_root=/tmp
[ -d /dev/shm ] && [ "$(df -k --output=avail /dev/shm | tail -1)" -gt $((4 * size_mib * 1024)) ] && tmp_root=/dev/shm
work=$(mktemp -d "$tmp_root/recdesk-bench.XXXXXX")
rounds=${ROUNDS:-8}
nginx_pid=
cleanup() {
    [ -n "$nginx_pid" ] && kill "$nginx_pid" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

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

# Runs a command, samples its peak RSS (VmHWM) until it exits; sets secs and hwm_kib.
measure() {
    local start end status=0
    start=$(date +%s.%N)
    "$@" &
    local pid=$! peak=0 v
    while kill -0 "$pid" 2>/dev/null; do
        v=$(awk '/VmHWM/ {print $2}' "/proc/$pid/status" 2>/dev/null || true)
        [ -n "$v" ] && [ "$v" -gt "$peak" ] && peak=$v
        sleep 0.02
    done
    wait "$pid" || status=$?
    end=$(date +%s.%N)
    [ "$status" -eq 0 ] || { echo "failed ($status): $*" >&2; exit 1; }
    secs=$(echo "$end - $start" | bc -l)
    hwm_kib=$peak
}
mib_s() { echo "scale=1; $bytes / 1048576 / $1" | bc -l; }

export XDG_CONFIG_HOME=$work/config XDG_DATA_HOME=$work/config RECDESK_PLATFORM_ACCESS_KEY=bench
"$ctl" profile set bench "platform-url=http://127.0.0.1:$port/v1.0" auth=accesskey files-path=/files >/dev/null

# Page cache warm for both: the first reader would otherwise pay for the disk.
cat "$work/www/signed/big.bin" > /dev/null

# Best of $rounds rounds each. The tools take turns and swap places every round (a busy moment
# of the machine, or going first, must not favour one tool), and each output is checked and
# deleted at once, so both write into the same amount of free memory.
best() { if [ -z "$1" ] || [ "$(echo "$2 < $1" | bc -l)" -eq 1 ]; then echo "$2"; else echo "$1"; fi; }
max() { if [ "$2" -gt "$1" ]; then echo "$2"; else echo "$1"; fi; }
curl_dl=; ctl_dl=; curl_ul=; ctl_ul=; curl_dl_rss=0; ctl_dl_rss=0; curl_ul_rss=0; ctl_ul_rss=0
download_curl() {
    measure curl -fsS -o "$work/out-curl/big.bin" "http://127.0.0.1:$port/signed/big.bin"
    curl_dl=$(best "$curl_dl" "$secs"); curl_dl_rss=$(max "$curl_dl_rss" "$hwm_kib")
    cmp -s "$work/www/signed/big.bin" "$work/out-curl/big.bin" || { echo "curl's download differs" >&2; exit 1; }
    rm -f "$work/out-curl/big.bin"
}
download_ctl() {
    measure "$ctl" --profile bench --quiet files download "$id" --to "$work/out-ctl" >/dev/null
    ctl_dl=$(best "$ctl_dl" "$secs"); ctl_dl_rss=$(max "$ctl_dl_rss" "$hwm_kib")
    cmp -s "$work/www/signed/big.bin" "$work/out-ctl/big.bin" || { echo "recdeskctl's download differs" >&2; exit 1; }
    rm -f "$work/out-ctl/big.bin"
}
upload_curl() {
    measure curl -fsS -o /dev/null -F "file=@$work/www/signed/big.bin" "http://127.0.0.1:$port/v1.0/files"
    curl_ul=$(best "$curl_ul" "$secs"); curl_ul_rss=$(max "$curl_ul_rss" "$hwm_kib")
}
upload_ctl() {
    measure "$ctl" --profile bench --quiet upload --to platform "$work/www/signed/big.bin" >/dev/null
    ctl_ul=$(best "$ctl_ul" "$secs"); ctl_ul_rss=$(max "$ctl_ul_rss" "$hwm_kib")
}
for round in $(seq "$rounds"); do
    if [ $((round % 2)) -eq 1 ]; then
        download_curl; download_ctl; upload_curl; upload_ctl
    else
        download_ctl; download_curl; upload_ctl; upload_curl
    fi
done

echo "net.download.size_bytes $bytes bytes"
echo "net.download.recdeskctl_mib_s $(mib_s "$ctl_dl") MiB/s"
echo "net.download.curl_mib_s $(mib_s "$curl_dl") MiB/s"
echo "net.download.ratio $(echo "scale=2; $curl_dl / $ctl_dl" | bc -l) x_curl"
echo "net.download.recdeskctl_peak_rss $((ctl_dl_rss / 1024)) MiB"
echo "net.download.curl_peak_rss $((curl_dl_rss / 1024)) MiB"
echo "net.upload.recdeskctl_mib_s $(mib_s "$ctl_ul") MiB/s"
echo "net.upload.curl_mib_s $(mib_s "$curl_ul") MiB/s"
echo "net.upload.ratio $(echo "scale=2; $curl_ul / $ctl_ul" | bc -l) x_curl"
echo "net.upload.recdeskctl_peak_rss $((ctl_ul_rss / 1024)) MiB"
echo "net.upload.curl_peak_rss $((curl_ul_rss / 1024)) MiB"
