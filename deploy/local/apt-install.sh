#!/usr/bin/env bash
# Installs the named OS packages (Debian/Ubuntu, as root) without letting their init scripts start system-wide services:
# the platform runs its own loopback instances (postgres.sh, rabbitmq.sh), the benchmarks their own nginx.
#   bash deploy/local/apt-install.sh PACKAGE...
set -euo pipefail
[ $# -eq 0 ] && exit 0

if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null; then
  echo "PartySchoolNet needs these OS packages: $*" >&2
  echo "Install them as root, e.g.: sudo apt-get install -y $*" >&2
  exit 1
fi

echo "Installing $* ..."
policy=/usr/sbin/policy-rc.d
had_policy=0; [ -e $policy ] && had_policy=1
[ $had_policy -eq 1 ] || { printf '#!/bin/sh\nexit 101\n' > $policy; chmod +x $policy; }
trap '[ $had_policy -eq 1 ] || rm -f $policy' EXIT
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "$@" >/dev/null
echo "Installed $*."
