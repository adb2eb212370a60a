# Shared by the set-up scripts: finds a JDK, installs what Corral needs on Debian 12.
# Sourced, not run. Every step is idempotent so the scripts can be rerun at will.

CORRAL_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)

log() { printf '\033[1m[corral]\033[0m %s\n' "$*" >&2; }
die() { log "error: $*"; exit 1; }

require_root() {
    [ "$(id -u)" = 0 ] || die "run as root: containers need namespaces, cgroups and runc"
}

# Eclipse 4.3x bundles need Java 21+ to build and run; the agent itself runs on 17.
find_build_jdk() {
    if [ -n "${JAVA_HOME:-}" ] && jdk_major "$JAVA_HOME" >/dev/null && [ "$(jdk_major "$JAVA_HOME")" -ge 21 ]; then
        return 0
    fi
    local best="" best_major=0 dir major
    for dir in /usr/lib/jvm/*; do
        [ -x "$dir/bin/javac" ] || continue
        major=$(jdk_major "$dir") || continue
        if [ "$major" -ge 21 ] && [ "$major" -gt "$best_major" ]; then
            best=$dir best_major=$major
        fi
    done
    if [ -z "$best" ]; then
        log "no JDK 21+ under /usr/lib/jvm; trying Debian's openjdk-21"
        apt_install openjdk-21-jdk-headless || die "a JDK 21 or newer is needed to build the console (set JAVA_HOME)"
        best=$(ls -d /usr/lib/jvm/java-21-openjdk-* | head -1)
    fi
    export JAVA_HOME=$best
    log "building with JAVA_HOME=$JAVA_HOME"
}

jdk_major() {
    local v
    v=$("$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
    [ -n "$v" ] || return 1
    echo "${v%%.*}"
}

APT_UPDATED=""
apt_install() {
    local missing=() p
    for p in "$@"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    [ ${#missing[@]} = 0 ] && return 0
    if [ -z "$APT_UPDATED" ]; then
        log "apt-get update"
        DEBIAN_FRONTEND=noninteractive apt-get update -qq || return 1
        APT_UPDATED=1
    fi
    log "installing ${missing[*]}"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# What the console (GTK under X), the agent (runc, namespaces) and the tests need.
install_packages() {
    apt_install ca-certificates curl xvfb xauth libgtk-3-0 openssh-client iproute2 iptables \
        nftables runc busybox-static procps psmisc util-linux x11-utils imagemagick \
        || die "apt-get install failed"
    if [ -x "$CORRAL_ROOT/releng/setup/runtime-deps.sh" ]; then
        bash "$CORRAL_ROOT/releng/setup/runtime-deps.sh"
    fi
    if [ -f "$CORRAL_ROOT/releng/setup/criu.sh" ]; then
        bash "$CORRAL_ROOT/releng/setup/criu.sh"
    fi
}

mvnw() {
    (cd "$CORRAL_ROOT" && ./mvnw -B -ntp "$@")
}
