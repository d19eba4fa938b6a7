#!/usr/bin/env bash
# Prints the fault scenarios' report (tab-separated rows from FaultReport) as a table.
report=${1:?report file}
[ -s "$report" ] || exit 0
echo
echo "Fault injection (PSN_FAULT_SCALE=${PSN_FAULT_SCALE:-ci}):"
python3 - "$report" <<'PY'
import sys
rows = [["scenario", "sent", "effects", "duplicates", "lost", "recovery_s", "note"]]
rows += [line.rstrip("\n").split("\t") for line in open(sys.argv[1], encoding="utf-8") if line.strip()]
widths = [max(len(r[i]) if i < len(r) else 0 for r in rows) for i in range(len(rows[0]))]
for r in rows:
    print("  ".join(c.ljust(widths[i]) for i, c in enumerate(r)).rstrip())
PY
