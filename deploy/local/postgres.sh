#!/usr/bin/env bash
# A private PostgreSQL on loopback: postgres.sh start|stop|status DIR PORT
# Data lives in DIR/data; trust auth on 127.0.0.1 only. Runs as user postgres when started by root.
set -euo pipefail
cmd=${1:?start|stop|status}; dir=$(realpath -m "${2:?data dir}"); port=${3:?port}
bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
as_pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

case "$cmd" in
  start)
    mkdir -p "$dir"
    [ "$(id -u)" -eq 0 ] && chown postgres:postgres "$dir"
    chmod 700 "$dir"
    if [ ! -f "$dir/data/PG_VERSION" ]; then
      as_pg "$bin/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
    fi
    if as_pg "$bin/pg_ctl" -D "$dir/data" status >/dev/null 2>&1; then
      echo "PostgreSQL already running on 127.0.0.1:$port"; exit 0
    fi
    extra=${PG_EXTRA_OPTS:-}
    as_pg "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
      -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c max_connections=400 $extra" start >/dev/null
    echo "PostgreSQL running on 127.0.0.1:$port (data: $dir/data)"
    ;;
  stop)
    [ -f "$dir/data/PG_VERSION" ] || exit 0
    as_pg "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
    ;;
  status)
    as_pg "$bin/pg_ctl" -D "$dir/data" status
    ;;
  *) echo "usage: $0 start|stop|status DIR PORT" >&2; exit 2 ;;
esac
