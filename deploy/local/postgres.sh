#!/usr/bin/env bash
# A private PostgreSQL on loopback: postgres.sh run|start|stop|status DIR [PORT]
#   run   creates the cluster in DIR/data when it is missing and runs the server in the foreground until SIGTERM/SIGINT,
#         then stops it fast (the AppHost's postgres resource; the port comes from PORT or $PGPORT)
#   start/stop/status  the same server as a daemon (the test command)
# Trust auth on 127.0.0.1 only. Started by root, the server runs as user postgres; if that user cannot enter DIR's parent
# (any folder under /root), the data lives in /var/lib/partyschoolnet/<hash of DIR> and DIR links to it.
set -euo pipefail
cmd=${1:?run|start|stop|status}; dir=$(realpath -m "${2:?data dir}"); port=${3:-${PGPORT:-5432}}
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -n "$bin" ] || { echo "PostgreSQL is not installed: run 'bash deploy/local/install.sh' as root (or apt-get install postgresql)." >&2; exit 1; }
root() { [ "$(id -u)" -eq 0 ]; }
as_postgres=(); if root; then as_postgres=(setpriv --reuid postgres --regid postgres --init-groups --); fi
as_pg() { "${as_postgres[@]}" "$@"; }

prepare() {
  if root && [ ! -e "$dir" ]; then
    parent=$(dirname "$dir"); mkdir -p "$parent"
    if ! runuser -u postgres -- test -x "$parent" 2>/dev/null; then
      home=/var/lib/partyschoolnet/$(printf '%s' "$dir" | sha1sum | cut -c1-12)
      mkdir -p "$home" && ln -s "$home" "$dir"
      echo "PostgreSQL's data lives in $home (linked from $dir): user postgres cannot enter $parent."
      dir=$home
    fi
  fi
  mkdir -p "$dir"
  if root; then chown postgres:postgres "$dir"; fi
  chmod 700 "$dir"
  if [ ! -f "$dir/data/PG_VERSION" ]; then
    as_pg "$bin/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
    echo "Created a PostgreSQL cluster in $dir/data"
  fi
}

source "$(dirname "$0")/supervise.sh"
options() { echo "-c listen_addresses=127.0.0.1 -p $port -k $dir -c max_connections=400 ${PG_EXTRA_OPTS:-}"; }
case "$cmd" in
  run)
    prepare
    # shellcheck disable=SC2046 # the options are words; setpriv execs, so the supervised pid is the postmaster's
    supervise PostgreSQL INT "${as_postgres[@]}" "$bin/postgres" -D "$dir/data" $(options)   # SIGINT: fast shutdown
    ;;
  start)
    prepare
    if as_pg "$bin/pg_ctl" -D "$dir/data" status >/dev/null 2>&1; then
      echo "PostgreSQL already running on 127.0.0.1:$port"; exit 0
    fi
    as_pg "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 -o "$(options)" start >/dev/null
    echo "PostgreSQL running on 127.0.0.1:$port (data: $dir/data)"
    ;;
  stop)
    [ -f "$dir/data/PG_VERSION" ] || exit 0
    as_pg "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
    ;;
  status)
    as_pg "$bin/pg_ctl" -D "$dir/data" status
    ;;
  *) echo "usage: $0 run|start|stop|status DIR [PORT]" >&2; exit 2 ;;
esac
