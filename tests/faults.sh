#!/usr/bin/env bash
# The fault-injection scenarios alone, against a platform of their own (its own PostgreSQL and RabbitMQ, which they
# kill, crash and pause), printing sent / effects / duplicates / lost / recovery per scenario.
#   bash tests/faults.sh          # the size CI runs (1,000 events per scenario)
#   bash tests/faults.sh --full   # full size (10,000 events through the broker kill)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
[ "${1:-}" = "--full" ] && export PSN_FAULT_SCALE=full

bash deploy/local/install.sh
dotnet build tests/PartySchoolNet.Platform.Tests -nologo -clp:ErrorsOnly
report=$(mktemp /tmp/psn-faults.XXXXXX.tsv)
status=0
PSN_FAULT_REPORT=$report dotnet test tests/PartySchoolNet.Platform.Tests --no-build -nologo --filter "Category=Faults" || status=$?
bash tests/fault-table.sh "$report"
rm -f "$report"
exit $status
