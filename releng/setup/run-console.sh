#!/usr/bin/env bash
# Sets up a Debian 12 machine (as root), builds Corral, starts a local agent on 127.0.0.1:2222
# and opens the console with that agent registered and trusted as its default host.
# Rerunning it reuses the build, the keys and a running agent.
set -euo pipefail
. "$(dirname "$0")/common.sh"
require_root
install_packages
find_build_jdk

PRODUCT="$CORRAL_ROOT/releng/dev.corral.product/target/products/dev.corral.app.product/linux/gtk/x86_64/corral"
STATE=${CORRAL_STATE_DIR:-/var/lib/corral}
HOME_DIR=${CORRAL_HOME:-$HOME/.corral}
PORT=${CORRAL_PORT:-2222}

if [ ! -x "$PRODUCT/corral" ] || [ ! -d "$CORRAL_ROOT/host-agent/agent/target/lib" ] || [ -n "${CORRAL_REBUILD:-}" ]; then
    log "building (tests skipped; run-tests.sh runs them)"
    mvnw -DskipTests verify
fi

# The operator's key for the local agent: the console and corralctl both use it.
mkdir -p "$HOME_DIR" "$STATE" /etc/corral
chmod 700 "$HOME_DIR"
KEY="$HOME_DIR/id_ed25519"
[ -f "$KEY" ] || ssh-keygen -q -t ed25519 -N "" -C "corral-console@$(hostname)" -f "$KEY"
touch "$STATE/authorized_keys"
grep -qF "$(cut -d' ' -f1-2 "$KEY.pub")" "$STATE/authorized_keys" || cat "$KEY.pub" >> "$STATE/authorized_keys"
chmod 600 "$STATE/authorized_keys"

agent_running() {
    [ -f "$STATE/agent.pid" ] && kill -0 "$(cat "$STATE/agent.pid")" 2>/dev/null
}

if ! agent_running; then
    log "starting the local agent on 127.0.0.1:$PORT (log: $STATE/agent.log)"
    rm -f "$STATE/agent.port"
    nohup "$CORRAL_ROOT/host-agent/corral-agent" --listen "127.0.0.1:$PORT" --state-dir "$STATE" \
        --authorized-keys "$STATE/authorized_keys" >>"$STATE/agent.log" 2>&1 &
    echo $! > "$STATE/agent.pid"
    # A set-up script, not a test: poll the port file the agent writes once it listens.
    for _ in $(seq 1 150); do
        [ -s "$STATE/agent.port" ] && break
        agent_running || die "the agent exited; see $STATE/agent.log"
        sleep 0.2
    done
    [ -s "$STATE/agent.port" ] || die "the agent did not start listening; see $STATE/agent.log"
fi

# Pin the agent's host key for corralctl and give it the local defaults.
HOSTKEY="$STATE/ssh_host_ed25519_key.pub"
[ -f "$HOSTKEY" ] || die "the agent wrote no host key at $HOSTKEY"
KNOWN="$HOME_DIR/known_hosts"
grep -v "^\[127.0.0.1\]:$PORT " "$KNOWN" 2>/dev/null > "$KNOWN.tmp" || true
echo "[127.0.0.1]:$PORT $(cut -d' ' -f1-2 "$HOSTKEY")" >> "$KNOWN.tmp"
mv "$KNOWN.tmp" "$KNOWN"
cat > /etc/corral/corralctl.conf <<CONF
host=127.0.0.1
port=$PORT
user=root
identity=$KEY
known_hosts=$KNOWN
CONF

SEED="$HOME_DIR/seed.properties"
cat > "$SEED" <<SEEDEOF
name=local
address=127.0.0.1
port=$PORT
user=root
keyFile=$KEY
hostKeyFile=$HOSTKEY
local=true
SEEDEOF

if [ -z "${DISPLAY:-}" ]; then
    # No desktop here: give the console a virtual one so it still runs (releng/screenshot.sh
    # shows how to look at it).
    display=:77
    if ! [ -e /tmp/.X11-unix/X77 ]; then
        Xvfb "$display" -screen 0 1280x1024x24 -nolisten tcp >/dev/null 2>&1 &
    fi
    export DISPLAY=$display
    log "no DISPLAY: the console runs on Xvfb $DISPLAY"
fi
log "opening the console (local agent registered as host 'local')"
exec "$PRODUCT/corral" -data "$HOME_DIR/workspace" -corralSeed "$SEED" "$@"
