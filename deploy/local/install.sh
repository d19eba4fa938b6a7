#!/usr/bin/env bash
# Installs PostgreSQL, RabbitMQ (and the few tools the build and tests use) from the OS packages when they are missing (Debian/Ubuntu, as root).
# The packages' own system services are not started: deploy/local/postgres.sh and rabbitmq.sh run private
# loopback instances instead.
set -euo pipefail

need=()
ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1 || need+=(postgresql)
[ -x /usr/lib/rabbitmq/bin/rabbitmq-server ] || need+=(rabbitmq-server)
command -v python3 >/dev/null || need+=(python3)   # tests/run.sh reads the test results with it
command -v npm >/dev/null || need+=(npm)           # the portal's build installs ECharts from npm (its package.json)
exec bash "$(dirname "$0")/apt-install.sh" "${need[@]}"
