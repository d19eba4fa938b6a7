#!/usr/bin/env bash
# Backs up a running platform: backup.sh BACKUP_DIR [--data DIR] [--pg-port P] [--rabbit-port R] [--prefix PREFIX]
# Writes BACKUP_DIR/databases/<name>.dump (pg_dump custom format, one per service database), BACKUP_DIR/rabbitmq.json
# (the broker's exchanges, queues and bindings) and BACKUP_DIR/identity-keys (the token signing keys).
# Defaults are those of `dotnet run --project apphost/PartySchoolNet.AppHost`: data in .data, PostgreSQL on 5433,
# RabbitMQ on 5673. Each database is dumped from one consistent snapshot while the services keep running.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
out=${1:?usage: backup.sh BACKUP_DIR [--data DIR] [--pg-port P] [--rabbit-port R] [--prefix PREFIX]}; shift
data=$root/.data; pg_port=5433; rabbit_port=5673; prefix=""
while [ $# -gt 0 ]; do
  case "$1" in
    --data) data=$2; shift 2 ;;
    --pg-port) pg_port=$2; shift 2 ;;
    --rabbit-port) rabbit_port=$2; shift 2 ;;
    --prefix) prefix=$2; shift 2 ;;
    *) echo "backup.sh: unknown option $1" >&2; exit 2 ;;
  esac
done
bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
pg=(-h 127.0.0.1 -p "$pg_port" -U postgres)

mkdir -p "$out/databases"
out=$(realpath "$out")
databases=$("$bin/psql" "${pg[@]}" -d postgres -At -v prefix="$prefix" <<'SQL'
SELECT datname FROM pg_database WHERE NOT datistemplate AND datname <> 'postgres' AND starts_with(datname, :'prefix') ORDER BY 1
SQL
)
[ -n "$databases" ] || { echo "backup.sh: no database on 127.0.0.1:$pg_port starts with '$prefix'" >&2; exit 1; }
for db in $databases; do
  "$bin/pg_dump" "${pg[@]}" -Fc -f "$out/databases/$db.dump" "$db"
done
bash "$root/deploy/local/rabbitmq.sh" export "$data/rabbitmq" "$rabbit_port" "$out/rabbitmq.json"
if [ -d "$data/identity-keys" ]; then
  rm -rf "$out/identity-keys" && cp -a "$data/identity-keys" "$out/identity-keys"
fi
echo "Backed up $(echo "$databases" | wc -l) databases and the broker definitions to $out"
