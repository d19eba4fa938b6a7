#!/usr/bin/env bash
# The benchmarks: starts the same private PostgreSQL and RabbitMQ as the tests, then runs the named benchmark
# (default: all) in Release and prints its figures, each as a ratio to a baseline measured in the same run.
#   bash tests/bench.sh [site-search|instructor-matching]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
source tests/infrastructure.sh
export Logging__LogLevel__Default=Warning
dotnet run -c Release --project tests/PartySchoolNet.Benchmarks -- "$@"
