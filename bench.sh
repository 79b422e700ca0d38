#!/usr/bin/env bash
# Builds leadflow and measures the routing decisions per second one assignment-service sustains on this machine,
# end to end over a real Kafka broker (see launcher/README.md). Options go to the benchmark (--help lists them).
set -euo pipefail
cd "$(dirname "$0")"
mvn -B -q -DskipTests package
exec java -cp launcher/target/leadflow-launcher.jar io.leadflow.launcher.bench.RoutingBenchmark "$@"
