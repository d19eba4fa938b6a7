#!/usr/bin/env bash
# Sourced by tests/run.sh and tests/bench.sh: installs what is missing, starts a private PostgreSQL and RabbitMQ on
# loopback under a temporary folder, exports where they are (PSN_TEST_*), and stops them when the script exits.
bash deploy/local/install.sh
# The portal's browser tests drive Debian's Chromium (Playwright's own download cannot work here); without the CJK fonts
# Chinese renders as boxes in their screenshots.
browser=()
command -v chromium >/dev/null || browser+=(chromium)
[ -f /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc ] || browser+=(fonts-noto-cjk)
bash deploy/local/apt-install.sh "${browser[@]}"
work=$(mktemp -d /tmp/psn-tests.XXXXXX)
chmod 755 "$work"   # PostgreSQL runs as user postgres and must reach its folder
pg_port=${PSN_TEST_PG_PORT:-5434}
rabbit_port=${PSN_TEST_RABBIT_PORT:-5674}
cleanup() {
  bash deploy/local/rabbitmq.sh stop "$work/rabbitmq" "$rabbit_port" || true
  bash deploy/local/postgres.sh stop "$work/postgres" "$pg_port" || true
  rm -rf "$work"
}
trap cleanup EXIT

# fsync off is fine for throwaway test data; the platform's own run keeps PostgreSQL's defaults.
PG_EXTRA_OPTS="-c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
  bash deploy/local/postgres.sh start "$work/postgres" "$pg_port"
bash deploy/local/rabbitmq.sh start "$work/rabbitmq" "$rabbit_port"
export PSN_TEST_POSTGRES="Host=127.0.0.1;Port=$pg_port;Username=postgres"
export PSN_TEST_RABBITMQ="amqp://guest:guest@127.0.0.1:$rabbit_port/"
