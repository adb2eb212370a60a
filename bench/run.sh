#!/usr/bin/env bash
# Runs Corral's benchmarks on this machine (as root) and prints a Markdown report.
#   bench/run.sh                 # containers: start vs runc, CPU inside vs host, density
#   PAIRS=20 DENSITY=100 bench/run.sh
#   DENSITY=0 CPU_ITERATIONS=0 bench/run.sh   # start latency only (see docs/benchmarks.md)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
. "$root/releng/setup/common.sh"
require_root
install_packages
find_build_jdk
log "building the agent and the benchmarks"
(cd "$root" && ./mvnw -B -q -f host-agent/pom.xml -DskipTests install)
(cd "$root" && ./mvnw -B -q -f bench/pom.xml -DskipTests package)
exec "$JAVA_HOME/bin/java" -Dpairs="${PAIRS:-10}" -Ddensity="${DENSITY:-200}" \
    -DcpuIterations="${CPU_ITERATIONS:-8000000}" -Dorg.slf4j.simpleLogger.defaultLogLevel=warn \
    -cp "$root/bench/target/corral-bench-0.1.0-SNAPSHOT.jar:$root/bench/target/lib/*" \
    dev.corral.bench.Main "$root/host-agent"
