#!/bin/sh
# Installs what host-agent/runtime and its tests need on a Debian host. Idempotent: packages already
# present are not fetched again. --no-install-recommends keeps Debian's criu 3.17 (runc recommends
# it) off the machine: it fails on our kernels and would shadow nothing but confuse `criu check`.
set -eu

PACKAGES="runc busybox-static iproute2 nftables debootstrap util-linux mount procps kmod curl"

missing=""
for p in $PACKAGES; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing="$missing $p"
    fi
done

if [ -n "$missing" ]; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    # shellcheck disable=SC2086
    apt-get install -y -qq --no-install-recommends $missing
fi

# Containers use overlayfs roots and veth pairs on a bridge.
modprobe overlay 2>/dev/null || true
modprobe veth 2>/dev/null || true
modprobe bridge 2>/dev/null || true
