#!/usr/bin/env bash
# Installs CRIU >= 4.2 into /usr/local. Debian 12's criu 3.17 fails `criu check` on current
# kernels and 4.1 cannot dump inet sockets on kernels >= 6.16, so we build Debian sid's source
# package, with the fixes in criu-patches/ applied. The build is cached: a criu >= 4.2 on PATH built
# with the same patches (recorded in $STAMP) makes this a no-op.
set -euo pipefail
. "$(dirname "$0")/common.sh"

MIN_MAJOR=4 MIN_MINOR=2
CACHE=${CORRAL_CACHE:-/var/cache/corral}
PATCHES="$(cd "$(dirname "$0")" && pwd)/criu-patches"
STAMP=/usr/local/share/corral/criu-patches.sha256
# what the installed build must have been made with: the patches' checksum
wanted=$(cat "$PATCHES"/*.patch 2>/dev/null | sha256sum | cut -d' ' -f1)

criu_ok() {
    local v
    v=$(criu --version 2>/dev/null | sed -n 's/^Version: *//p') || return 1
    [ -n "$v" ] || return 1
    local major=${v%%.*} rest=${v#*.}
    local minor=${rest%%.*}
    [ "$major" -gt $MIN_MAJOR ] || { [ "$major" -eq $MIN_MAJOR ] && [ "$minor" -ge $MIN_MINOR ]; }
}

if criu_ok && [ "$(cat "$STAMP" 2>/dev/null)" = "$wanted" ]; then
    exit 0
fi

apt_install build-essential libprotobuf-c-dev protobuf-c-compiler protobuf-compiler \
    libprotobuf-dev libnl-3-dev libnet1-dev libcap-dev pkg-config libbsd-dev libgnutls28-dev \
    libnftables-dev uuid-dev python3-protobuf libaio-dev iptables xz-utils patch \
    || die "cannot install CRIU's build dependencies"

# A private apt configuration reads sid's source index without touching the system's sources.
mirror=$(sed -n 's/^URIs: *//p' /etc/apt/sources.list.d/debian.sources 2>/dev/null | grep -v security | head -1)
[ -n "$mirror" ] || mirror=$(awk '/^deb .*debian\/? /{print $2; exit}' /etc/apt/sources.list 2>/dev/null)
[ -n "$mirror" ] || die "cannot find the Debian mirror in the apt configuration"
apt_dir="$CACHE/apt-sid"
mkdir -p "$apt_dir/lists/partial" "$CACHE/src"
echo "deb-src $mirror sid main" > "$apt_dir/sources.list"
apt_opts=(-o "Dir::Etc::sourcelist=$apt_dir/sources.list" -o "Dir::Etc::sourceparts=-"
    -o "Dir::State::Lists=$apt_dir/lists")
log "reading Debian sid's source index for criu"
apt-get "${apt_opts[@]}" update -qq || die "apt-get update for sid sources failed"

cd "$CACHE/src"
if ! ls criu_*.orig.tar.* >/dev/null 2>&1; then
    # The .debian.tar.xz sometimes 404s; the upstream tarball is all we need.
    apt-get "${apt_opts[@]}" source --download-only criu -qq || true
fi
tarball=$(ls -t criu_*.orig.tar.* 2>/dev/null | head -1)
[ -n "$tarball" ] || die "could not download CRIU's source from Debian sid"
version=$(basename "$tarball" | sed 's/^criu_\(.*\)\.orig\.tar\..*/\1/')
major=${version%%.*} rest=${version#*.}; minor=${rest%%.*}
if ! { [ "$major" -gt $MIN_MAJOR ] || { [ "$major" -eq $MIN_MAJOR ] && [ "$minor" -ge $MIN_MINOR ]; }; }; then
    die "Debian sid has CRIU $version; Corral needs >= $MIN_MAJOR.$MIN_MINOR on this kernel"
fi

log "building CRIU $version (about 30 s on 2 cores)"
rm -rf "criu-$version"
tar xf "$tarball"
cd "criu-$version"
for p in "$PATCHES"/*.patch; do
    [ -e "$p" ] || continue
    patch -p1 --quiet <"$p" || die "cannot apply $(basename "$p") to CRIU $version"
done
make -j"$(nproc)" criu >"$CACHE/criu-build.log" 2>&1 || die "CRIU build failed, see $CACHE/criu-build.log"
make install-criu PREFIX=/usr/local >>"$CACHE/criu-build.log" 2>&1 || die "CRIU install failed, see $CACHE/criu-build.log"
hash -r
criu_ok || die "installed CRIU does not report version >= $MIN_MAJOR.$MIN_MINOR"
mkdir -p "$(dirname "$STAMP")"
echo "$wanted" >"$STAMP"
log "CRIU $(criu --version | sed -n 's/^Version: *//p') installed in /usr/local"
