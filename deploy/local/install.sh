#!/usr/bin/env bash
# Installs PostgreSQL and RabbitMQ from the OS packages when they are missing (Debian/Ubuntu, as root).
# The packages' own system services are not started: deploy/local/postgres.sh and rabbitmq.sh run private
# loopback instances instead.
set -euo pipefail

need=()
ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1 || need+=(postgresql)
[ -x /usr/lib/rabbitmq/bin/rabbitmq-server ] || need+=(rabbitmq-server)
command -v python3 >/dev/null || need+=(python3)   # tests/run.sh reads the test results with it
[ ${#need[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null; then
  echo "PartySchoolNet needs these OS packages: ${need[*]}" >&2
  echo "Install them as root, e.g.: sudo apt-get install -y ${need[*]}" >&2
  exit 1
fi

echo "Installing ${need[*]} ..."
# Keep the packages' init scripts from starting system-wide services during the install.
policy=/usr/sbin/policy-rc.d
had_policy=0; [ -e $policy ] && had_policy=1
[ $had_policy -eq 1 ] || { printf '#!/bin/sh\nexit 101\n' > $policy; chmod +x $policy; }
trap '[ $had_policy -eq 1 ] || rm -f $policy' EXIT
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
echo "Installed ${need[*]}."
