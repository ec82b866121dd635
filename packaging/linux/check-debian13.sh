#!/usr/bin/env bash
# Builds and tests Recdesk on Debian 13 (Qt 6.8) from a Debian 12 machine, in a chroot.
#
#   packaging/linux/check-debian13.sh
#
# 1. Makes a minimal Debian 13 root with debootstrap in a cache folder, or reuses the one there
#    (RECDESK_DEBIAN13_ROOT, default /var/cache/recdesk/debian13; RECDESK_DEBIAN_MIRROR picks the
#    mirror). A root is only reused once it was made completely.
# 2. Copies the checkout (tracked and untracked, not ignored files: what a clone with your changes
#    would hold) to /src/recdesk inside it, keeping the build folder there from the last run.
# 3. Runs the README's test command there (tests/run-all.sh: it installs its own packages with
#    apt, builds with warnings as errors and runs the whole suite on Qt 6.8).
# 4. Builds the .deb there, installs it with apt (dependencies resolved by apt), runs
#    `recdesk --version` and `recdeskctl --demo recordings list` from the installed files, purges
#    it and checks that none of its files is left.
# Needs root (debootstrap, mount, chroot); uses sudo otherwise.
set -euo pipefail
# The whole script is read before it runs (a block): editing it during a run cannot derail it.
{
if [[ $(id -u) -ne 0 ]]; then
    exec sudo --preserve-env=RECDESK_DEBIAN13_ROOT,RECDESK_DEBIAN_MIRROR "$0" "$@"
fi
checkout=$(cd "$(dirname "$0")/../.." && pwd)
root=${RECDESK_DEBIAN13_ROOT:-/var/cache/recdesk/debian13}
mirror=${RECDESK_DEBIAN_MIRROR:-http://deb.debian.org/debian}
ready="$root/.recdesk-root-complete"
mkdir -p "$(dirname "$root")"
# One run at a time per root: a second one waits instead of unmounting the first one's /proc.
exec 9>"$root.lock"
flock 9
log() { printf '[debian13 %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

# --- 1. The root
for tool in debootstrap rsync; do
    command -v "$tool" >/dev/null || {
        log "installing $tool"
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$tool" >/dev/null
    }
done
if [[ ! -e "$ready" ]]; then
    rm -rf "$root.partial"
    mkdir -p "$(dirname "$root")"
    log "making a Debian 13 root in $root (debootstrap, about a minute)"
    debootstrap --variant=minbase trixie "$root.partial" "$mirror" >"$(dirname "$root")/debootstrap.log" 2>&1 || {
        tail -20 "$(dirname "$root")/debootstrap.log" >&2
        log "debootstrap failed (log: $(dirname "$root")/debootstrap.log)"
        exit 1
    }
    rm -rf "$root"
    mv "$root.partial" "$root"
    touch "$ready"
else
    log "reusing the Debian 13 root in $root"
fi

# --- Mounts, undone on any exit
mounted=()
cleanup() {
    local i
    for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do
        umount -R "${mounted[i]}" 2>/dev/null || umount -l "${mounted[i]}" 2>/dev/null || true
    done
}
trap cleanup EXIT
mount_once() { # mount_once TARGET MOUNT-ARGS...
    local target=$1
    shift
    mountpoint -q "$target" && return 0
    mount "$@" "$target"
    mounted+=("$target")
}
mount_once "$root/proc" -t proc proc
mount_once "$root/dev" --rbind --make-rslave /dev
cp /etc/resolv.conf "$root/etc/resolv.conf"

# --- 2. The checkout, as a clone with the current changes would hold it. Staged first, then
# synchronised by content (rsync -c, no times kept): a changed file gets a new time and is rebuilt,
# an unchanged one keeps its time. Copying the times would hide an edit made after the last build
# in the root started, and Ninja would link stale objects.
src="$root/src/recdesk"
stage="$root/src/.stage"
rm -rf "$stage"
mkdir -p "$src" "$stage"
# (safe.directory: as root, git would refuse a checkout that belongs to another user.)
gitc=(git -c safe.directory="$checkout" -C "$checkout")
if "${gitc[@]}" rev-parse --is-inside-work-tree >/dev/null 2>&1; then
    "${gitc[@]}" ls-files -z --cached --others --exclude-standard |
        (cd "$checkout" && tar --null --ignore-failed-read -T - -cf -) | tar -xf - -C "$stage"
else
    (cd "$checkout" && tar --exclude=./build -cf - .) | tar -xf - -C "$stage"
fi
rsync -rlcE --delete --exclude=/build/ "$stage/" "$src/"
rm -rf "$stage"

in_root() {
    chroot "$root" /usr/bin/env -i HOME=/root LANG=C.UTF-8 TERM=dumb \
        PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
        RECDESK_DEBIAN13=inside bash -c "$1"
}

# --- 3. The README's test command
log "running tests/run-all.sh on $(in_root '. /etc/os-release; echo "$PRETTY_NAME"')"
in_root 'cd /src/recdesk && tests/run-all.sh'

# --- 4. The package, installed and removed by apt
log "building the .deb and installing it with apt"
in_root 'set -euo pipefail
    cd /src/recdesk/build/ci
    rm -rf /tmp/recdesk-deb && cpack -G DEB -B /tmp/recdesk-deb >/tmp/recdesk-cpack.log 2>&1 ||
        { cat /tmp/recdesk-cpack.log; exit 1; }
    deb=$(ls /tmp/recdesk-deb/recdesk_*.deb)
    echo "Depends: $(dpkg-deb -f "$deb" Depends)"
    export DEBIAN_FRONTEND=noninteractive
    apt-get install -y -qq "$deb" >/tmp/recdesk-apt.log 2>&1 || { cat /tmp/recdesk-apt.log; exit 1; }
    dpkg-query -L recdesk >/tmp/recdesk-files.txt
    export QT_QPA_PLATFORM=offscreen
    /usr/bin/recdesk --version
    HOME=$(mktemp -d) /usr/bin/recdeskctl --demo recordings list --limit 3
    apt-get purge -y -qq recdesk >/tmp/recdesk-apt.log 2>&1 || { cat /tmp/recdesk-apt.log; exit 1; }
    left=0
    while IFS= read -r path; do
        [[ -f "$path" || -L "$path" ]] && { echo "left behind: $path"; left=1; }
        [[ -d "$path" && "$path" == */recdesk* ]] && { echo "left behind: $path/"; left=1; }
    done </tmp/recdesk-files.txt
    [[ $left -eq 0 ]] || exit 1
    echo "installed, ran and purged: nothing left behind"'
log "Debian 13 (Qt 6.8): PASS"
exit 0
}
