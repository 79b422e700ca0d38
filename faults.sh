#!/usr/bin/env bash
# Builds leadflow and runs the fault suite (see launcher/README.md): each scenario starts the embedded default in a
# fresh directory, sends a burst of leads, injects its faults (kill -9, broker or store outage, instances joining and
# leaving, a full replay, poison records, disordered facts, a burst ten times larger, timers due during a crash) and
# checks the invariants from the topics. Prints a table; exits 1 when an invariant breaks. Options: --help.
set -euo pipefail
cd "$(dirname "$0")"
mvn -B -q -DskipTests package
exec java -cp launcher/target/leadflow-launcher.jar io.leadflow.launcher.faults.FaultSuite "$@"
