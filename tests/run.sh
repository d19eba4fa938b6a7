#!/usr/bin/env bash
# The test command: installs what is missing, starts a private PostgreSQL and RabbitMQ on loopback, builds,
# runs every test project against them, prints "N passed, N failed", and stops what it started.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

source tests/infrastructure.sh

dotnet build PartySchoolNet.sln -nologo -clp:ErrorsOnly
status=0
run_tests() { PSN_FAULT_REPORT=$work/faults.tsv dotnet test "$@" --no-build -nologo --logger "trx" --results-directory "$work/results" || status=$?; }
if [ $# -gt 0 ]; then
  run_tests PartySchoolNet.sln "$@"
else
  # The in-process test projects side by side, then the whole platform (two of them: scenarios and faults, each with its
  # own PostgreSQL, RabbitMQ, DCP and seven processes) on a machine no longer busy with them: two cores cannot host all
  # of it at once within the platform's start deadlines.
  run_tests PartySchoolNet.sln --filter "FullyQualifiedName!~PartySchoolNet.Platform.Tests"
  run_tests tests/PartySchoolNet.Platform.Tests
fi
bash tests/fault-table.sh "$work/faults.tsv"

summary=0
python3 - "$work/results" <<'PY' || summary=$?
import glob, sys, xml.etree.ElementTree as ET
ns = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}
passed = failed = skipped = 0
for path in glob.glob(sys.argv[1] + "/*.trx"):
    c = ET.parse(path).getroot().find("t:ResultSummary/t:Counters", ns).attrib
    passed += int(c["passed"]); failed += int(c["failed"]) + int(c.get("error", 0)) + int(c.get("timeout", 0)) + int(c.get("aborted", 0))
    skipped += int(c["notExecuted"])
print(f"{passed} passed, {failed} failed, {skipped} skipped")
sys.exit(1 if failed or passed == 0 else 0)
PY
[ $status -eq 0 ] && [ $summary -eq 0 ]
