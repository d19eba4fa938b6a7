#!/usr/bin/env bash
# The benchmarks: installs the load tools (h2load, wrk, nginx as the peer), starts the same private PostgreSQL and RabbitMQ as
# the tests, builds Release, runs the named benchmarks (default: all) and prints one table of ratios, each against a baseline
# measured in the same run, with the raw figures beside it.
#   bash tests/bench.sh [platform|outreach|outbox|site-search|instructor-matching ...]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

need=()
command -v h2load >/dev/null || need+=(nghttp2-client)
command -v wrk >/dev/null || need+=(wrk)
command -v nginx >/dev/null || need+=(nginx-light)
bash deploy/local/apt-install.sh "${need[@]}"

source tests/infrastructure.sh

# The platform benchmark runs the services as the image ships them (deploy/Dockerfile): published ReadyToRun.
if [ $# -eq 0 ] || [[ " $* " == *" platform "* ]] || [[ " $* " == *" outreach "* ]]; then
  echo "Publishing the services ReadyToRun ..."
  for project in $(grep -o '\.\./\.\./[^"]*\.csproj' apphost/PartySchoolNet.AppHost/PartySchoolNet.AppHost.csproj); do
    dotnet publish "apphost/PartySchoolNet.AppHost/$project" -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -nologo -v quiet
  done
fi
export Logging__LogLevel__Default=Warning
dotnet run -c Release --project tests/PartySchoolNet.Benchmarks -- "$@"
