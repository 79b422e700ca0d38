#!/usr/bin/env bash
# Builds leadflow and starts it on the embedded default: a real Kafka broker (KRaft) and a MongoDB-compatible
# store in-process, the four services as child JVMs. Options go to the launcher (--demo, --help, ...).
set -euo pipefail
cd "$(dirname "$0")"
mvn -B -q -DskipTests package
exec java -jar launcher/target/leadflow-launcher.jar "$@"
