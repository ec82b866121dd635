#!/usr/bin/env bash
# Usage: test_linux_packages.sh BUILD_DIR VERSION QT_PLUGIN_DIR
# Builds the DEB and RPM packages, checks their dependencies, unpacks them into scratch roots and
# runs `recdesk --version` and `recdeskctl --version` from the unpacked files.
set -euo pipefail
build=$1
version=$2
qtplugins=$3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

cd "$build"
cpack -G "DEB;RPM" -B "$work/out" >"$work/cpack.log" 2>&1 || { cat "$work/cpack.log"; fail "cpack failed"; }
deb=$(ls "$work"/out/recdesk_*.deb)
rpm=$(ls "$work"/out/recdesk-*.rpm)
echo "built: $(basename "$deb") $(basename "$rpm")"

# --- DEB: metadata and dependencies (including the runtime plugins shlibdeps cannot see)
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
for needed in libqt6core6 libqt6widgets6 libqt6multimedia6 libqt6network6; do # t64 names match too
    grep -q "$needed" <<<"$depends" || fail "the .deb does not depend on $needed"
done
# The plugins Qt loads at run time, whatever this Debian release calls their packages.
owner() { dpkg-query -S "$1" 2>/dev/null | sed 's/[:,].*//'; }
for plugin in sqldrivers/libqsqlite.so platforms/libqxcb.so; do
    pkg=$(owner "$qtplugins/$plugin")
    [[ -n "$pkg" ]] && grep -qw "$pkg" <<<"$depends" || fail "the .deb does not depend on $pkg ($plugin)"
done
backend_ok=0
for plugin in "$qtplugins"/multimedia/*.so; do
    pkg=$(owner "$plugin")
    [[ -n "$pkg" ]] && grep -qw "$pkg" <<<"$depends" && backend_ok=1
done
[[ $backend_ok -eq 1 ]] || fail "the .deb depends on no package holding a Qt Multimedia backend"
if [[ -e "$qtplugins/multimedia/libgstreamermediaplugin.so" && ! -e "$qtplugins/multimedia/libffmpegmediaplugin.so" ]] ||
   grep -q "gstreamer1.0" <<<"$depends"; then
    # The GStreamer backend plays WAV over HTTP with souphttpsrc and wavparse (plugins-good).
    grep -qw gstreamer1.0-plugins-good <<<"$depends" || fail "GStreamer backend without gstreamer1.0-plugins-good"
    grep -qw gstreamer1.0-libav <<<"$depends" || fail "GStreamer backend without gstreamer1.0-libav"
fi
[[ $(dpkg-deb -f "$deb" Version) == "$version" ]] || fail "the .deb version is not $version"
# Every dependency must be installable from this machine's archive.
apt-get install --simulate --no-install-recommends "$deb" >"$work/apt.log" 2>&1 || {
    cat "$work/apt.log"; fail "apt cannot satisfy the .deb's dependencies"; }

contents=$(dpkg-deb -c "$deb")
for f in ./usr/bin/recdesk ./usr/bin/recdeskctl ./usr/bin/recdesk-sandbox \
         ./usr/share/applications/io.github.recdesk.Recdesk.desktop \
         ./usr/share/metainfo/io.github.recdesk.Recdesk.metainfo.xml \
         ./usr/share/icons/hicolor/scalable/apps/io.github.recdesk.Recdesk.svg \
         ./usr/share/icons/hicolor/48x48/apps/io.github.recdesk.Recdesk.png; do
    grep -q " $f\$" <<<"$contents" || fail "the .deb lacks $f"
done

root="$work/debroot"
dpkg-deb -x "$deb" "$root"
export QT_QPA_PLATFORM=offscreen
out=$("$root/usr/bin/recdesk" --version)
grep -q "$version" <<<"$out" || fail "installed recdesk --version printed '$out'"
out=$("$root/usr/bin/recdeskctl" --version)
grep -q "$version" <<<"$out" || fail "installed recdeskctl --version printed '$out'"
desktop-file-validate "$root/usr/share/applications/io.github.recdesk.Recdesk.desktop"
appstreamcli validate --no-net "$root/usr/share/metainfo/io.github.recdesk.Recdesk.metainfo.xml" >/dev/null
echo "deb: installed binaries report $version"

# --- RPM: requirements and unpacked binaries
requires=$(rpm -qpR "$rpm" 2>/dev/null)
grep -q "gstreamer1-plugins-good" <<<"$requires" || fail "the .rpm does not require gstreamer1-plugins-good"
grep -q "libQt6Widgets" <<<"$requires" || fail "the .rpm has no automatic Qt requirements"
rroot="$work/rpmroot"
mkdir -p "$rroot"
(cd "$rroot" && rpm2cpio "$rpm" | cpio -idm --quiet)
out=$("$rroot/usr/bin/recdeskctl" --version)
grep -q "$version" <<<"$out" || fail "rpm recdeskctl --version printed '$out'"
out=$("$rroot/usr/bin/recdesk" --version)
grep -q "$version" <<<"$out" || fail "rpm recdesk --version printed '$out'"
echo "rpm: installed binaries report $version"
echo "PASS"
