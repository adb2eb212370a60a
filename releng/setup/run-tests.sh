#!/usr/bin/env bash
# Sets up a fresh Debian 12 machine (as root) and runs every test: protocol, agent, runtime,
# console core, and the console UI in the real workbench under Xvfb.
set -euo pipefail
. "$(dirname "$0")/common.sh"
require_root
install_packages
find_build_jdk
log "running the whole build and test suite"
cd "$CORRAL_ROOT"
# xvfb-run gives the UI tests a display of their own; -a picks a free server number.
# corral.debianTests: also build (once, cached) and boot a real debian-12 container with its own
# init and startup scripts, not only busybox.
exec xvfb-run -a -s "-screen 0 1280x1024x24" ./mvnw -B -ntp verify -Dcorral.debianTests=true "$@"
