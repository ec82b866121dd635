#!/usr/bin/env bash
# Installs the Debian packages in build-deps.txt that are not installed yet. Fast (no apt call at
# all) when everything is present; uses sudo when not run as root. A line "a | b" names the same
# thing under the names of different Debian releases: it is satisfied by either, and installs the
# first one the release has.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
mapfile -t wanted < <(sed -e 's/#.*//' -e '/^\s*$/d' "$here/build-deps.txt")
installed() { [[ "$(dpkg-query -W -f='${Status}' "$1" 2>/dev/null || true)" == "install ok installed" ]]; }
available() { apt-cache policy "$1" 2>/dev/null | grep -q 'Candidate: [^(]'; }
missing=()
for line in "${wanted[@]}"; do
    IFS='|' read -ra choices <<<"$line"
    satisfied=0
    for pkg in "${choices[@]}"; do
        pkg=$(echo "$pkg" | xargs)
        if installed "$pkg"; then
            satisfied=1
            break
        fi
    done
    [[ $satisfied -eq 1 ]] || missing+=("$line")
done
[[ ${#missing[@]} -eq 0 ]] && exit 0
sudo=""
[[ $(id -u) -eq 0 ]] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
install=()
for line in "${missing[@]}"; do
    IFS='|' read -ra choices <<<"$line"
    chosen=""
    for pkg in "${choices[@]}"; do
        pkg=$(echo "$pkg" | xargs)
        if available "$pkg"; then
            chosen=$pkg
            break
        fi
    done
    [[ -n "$chosen" ]] || { echo "None of these packages exists in this release's archive: $line" >&2; exit 1; }
    install+=("$chosen")
done
echo "Installing ${#install[@]} missing package(s): ${install[*]}" >&2
$sudo apt-get install -y -qq --no-install-recommends "${install[@]}"
