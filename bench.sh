#!/usr/bin/env bash
# Builds leadflow and measures it on this machine (see launcher/README.md): by default the whole pipeline on the
# embedded default, all four services, with a raw Kafka loop on the same broker to compare with; --mode assignment
# measures one assignment-service alone. Options go to the benchmark (--help lists them).
set -euo pipefail
cd "$(dirname "$0")"
mvn -B -q -DskipTests package
exec java -cp launcher/target/leadflow-launcher.jar io.leadflow.launcher.bench.Bench "$@"
