#!/usr/bin/env bash
# Restores what backup.sh wrote: restore.sh BACKUP_DIR [--data DIR] [--pg-port P] [--rabbit-port R]
# Stop the services first (PostgreSQL and RabbitMQ stay up): each database is dropped and recreated from its dump,
# the broker definitions are imported (existing ones are kept), and the signing keys are put back.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
in=${1:?usage: restore.sh BACKUP_DIR [--data DIR] [--pg-port P] [--rabbit-port R]}; shift
data=$root/.data; pg_port=5433; rabbit_port=5673
while [ $# -gt 0 ]; do
  case "$1" in
    --data) data=$2; shift 2 ;;
    --pg-port) pg_port=$2; shift 2 ;;
    --rabbit-port) rabbit_port=$2; shift 2 ;;
    *) echo "restore.sh: unknown option $1" >&2; exit 2 ;;
  esac
done
[ -d "$in/databases" ] || { echo "restore.sh: $in holds no backup (no databases/ folder)" >&2; exit 1; }
in=$(realpath "$in")
bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
pg=(-h 127.0.0.1 -p "$pg_port" -U postgres)

count=0
for dump in "$in"/databases/*.dump; do
  db=$(basename "$dump" .dump)
  "$bin/psql" "${pg[@]}" -d postgres -qc "DROP DATABASE IF EXISTS \"$db\" WITH (FORCE)"
  "$bin/psql" "${pg[@]}" -d postgres -qc "CREATE DATABASE \"$db\""
  "$bin/pg_restore" "${pg[@]}" -d "$db" --no-owner --exit-on-error "$dump"
  count=$((count + 1))
done
if [ -f "$in/rabbitmq.json" ]; then
  bash "$root/deploy/local/rabbitmq.sh" import "$data/rabbitmq" "$rabbit_port" "$in/rabbitmq.json"
fi
if [ -d "$in/identity-keys" ]; then
  mkdir -p "$data" && rm -rf "$data/identity-keys" && cp -a "$in/identity-keys" "$data/identity-keys"
fi
echo "Restored $count databases and the broker definitions from $in"
