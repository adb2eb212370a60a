#!/usr/bin/env bash
# Migration benchmark (as root): frozen and total time vs container memory for Corral's
# stop-and-copy and post-copy migration between two lab hosts, against plain `criu dump` +
# `criu restore` of the same workload on this host; prints a Markdown table (docs/benchmarks.md).
#   bench/migration.sh                          # 16 MiB, 256 MiB, 1 GiB; 5 rounds each
#   ROUNDS=3 SIZES=16,256 bench/migration.sh
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
. "$root/releng/setup/common.sh"
require_root
install_packages
find_build_jdk
apt_install gcc libc6-dev || die "apt-get install gcc failed"
log "building the agent and the benchmarks"
(cd "$root" && ./mvnw -B -q -f host-agent/pom.xml -DskipTests install)
(cd "$root" && ./mvnw -B -q -f bench/pom.xml -DskipTests package)
exec "$JAVA_HOME/bin/java" -Drounds="${ROUNDS:-5}" -Dsizes="${SIZES:-16,256,1024}" \
    -Dorg.slf4j.simpleLogger.defaultLogLevel=warn \
    -cp "$root/bench/target/corral-bench-0.1.0-SNAPSHOT.jar:$root/bench/target/lib/*" \
    dev.corral.bench.MigrationMain "$root/host-agent" "$root/bench"
