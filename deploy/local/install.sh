#!/usr/bin/env bash
# Installs PostgreSQL and RabbitMQ from the OS packages when they are missing (Debian/Ubuntu, as root).
# The packages' own system services are not started: deploy/local/postgres.sh and rabbitmq.sh run private
# loopback instances instead.
set -euo pipefail

need=()
ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1 || need+=(postgresql)
[ -x /usr/lib/rabbitmq/bin/rabbitmq-server ] || need+=(rabbitmq-server)
command -v python3 >/dev/null || need+=(python3)   # tests/run.sh reads the test results with it
exec bash "$(dirname "$0")/apt-install.sh" "${need[@]}"
