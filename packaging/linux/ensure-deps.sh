#!/usr/bin/env bash
# Installs the Debian packages in build-deps.txt that are not installed yet. Fast (no apt call at
# all) when everything is present; uses sudo when not run as root. A line "a | b" names the same
# thing under the names of different Debian releases: the first one this release's archive has is
# the one wanted (asked of the local package lists, apt-cache).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
mapfile -t wanted < <(sed -e 's/#.*//' -e '/^\s*$/d' "$here/build-deps.txt")
installed() { [[ "$(dpkg-query -W -f='${Status}' "$1" 2>/dev/null || true)" == "install ok installed" ]]; }
available() { local out; out=$(apt-cache policy "$1" 2>/dev/null); [[ "$out" == *"Candidate: "* && "$out" != *"Candidate: (none)"* ]]; }
# The first of "a | b | ..." that the archive has, or nothing.
first_available() {
    local pkg
    IFS='|' read -ra choices <<<"$1"
    for pkg in "${choices[@]}"; do
        pkg=$(echo "$pkg" | xargs)
        if available "$pkg"; then
            echo "$pkg"
            return
        fi
    done
}
missing=()
for line in "${wanted[@]}"; do
    IFS='|' read -ra choices <<<"$line"
    if [[ ${#choices[@]} -eq 1 ]]; then
        installed "$(echo "$line" | xargs)" || missing+=("$line")
        continue
    fi
    pick=$(first_available "$line")
    [[ -n "$pick" ]] && installed "$pick" || missing+=("$line")
done
[[ ${#missing[@]} -eq 0 ]] && exit 0
sudo=""
[[ $(id -u) -eq 0 ]] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
install=()
for line in "${missing[@]}"; do
    chosen=$(first_available "$line")
    [[ -n "$chosen" ]] || { echo "None of these packages exists in this release's archive: $line" >&2; exit 1; }
    install+=("$chosen")
done
echo "Installing ${#install[@]} missing package(s): ${install[*]}" >&2
$sudo apt-get install -y -qq --no-install-recommends "${install[@]}"
