#!/usr/bin/env bash
# A private RabbitMQ node on loopback: rabbitmq.sh run|start|stop|status|queues|export|import DIR PORT [FILE]
#   run    the node in the foreground until SIGTERM/SIGINT (the AppHost's messaging resource)
#   start  the node as a daemon (the test command)
# Node name, cookie, data and logs all live under DIR, so several nodes (platform, tests) can run side by side.
set -euo pipefail
cmd=${1:?start|stop|status}; dir=$(realpath -m "${2:?data dir}"); port=${3:?port}

export PATH=/usr/lib/rabbitmq/bin:$PATH HOME=$dir
export RABBITMQ_NODENAME="rabbit$port@localhost" RABBITMQ_NODE_IP_ADDRESS=127.0.0.1 RABBITMQ_NODE_PORT=$port
export RABBITMQ_DIST_PORT=$((port + 20000)) ERL_EPMD_ADDRESS=127.0.0.1
export RABBITMQ_MNESIA_BASE=$dir/mnesia RABBITMQ_LOG_BASE=$dir/log RABBITMQ_PID_FILE=$dir/rabbit.pid ERL_CRASH_DUMP=$dir/erl_crash.dump
export RABBITMQ_ENABLED_PLUGINS_FILE=$dir/enabled_plugins RABBITMQ_CONFIG_FILE=$dir/rabbitmq
export RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS="-kernel inet_dist_use_interface {127,0,0,1}"

[ -x /usr/lib/rabbitmq/bin/rabbitmq-server ] || { echo "RabbitMQ is not installed: run 'bash deploy/local/install.sh' as root (or apt-get install rabbitmq-server)." >&2; exit 1; }
configure() {
  mkdir -p "$dir/log"
  printf 'listeners.tcp.default = 127.0.0.1:%s\nloopback_users = none\n' "$port" > "$dir/rabbitmq.conf"
  [ -f "$dir/enabled_plugins" ] || echo '[].' > "$dir/enabled_plugins"
}
source "$(dirname "$0")/supervise.sh"
# epmd is shared by every node on the machine: stop it only when no node is left.
stop_idle_epmd() { if ! epmd -names 2>/dev/null | grep -q '^name '; then epmd -kill >/dev/null 2>&1 || true; fi; }

case "$cmd" in
  run)
    configure
    before_each_start() { rm -f "$dir/rabbit.pid"; }
    status=0
    supervise RabbitMQ TERM rabbitmq-server || status=$?   # the server script stops the node gracefully on TERM
    rm -f "$dir/rabbit.pid"
    stop_idle_epmd
    exit $status
    ;;
  start)
    configure
    if rabbitmqctl -q status >/dev/null 2>&1; then
      echo "RabbitMQ already running on 127.0.0.1:$port"; exit 0
    fi
    rm -f "$dir/rabbit.pid"
    rabbitmq-server -detached
    # rabbitmqctl wait fails at once (garbage_in_pid_file) if it reads the file between its creation and the pid's write.
    for _ in $(seq 1 900); do grep -qE '^[0-9]+' "$dir/rabbit.pid" 2>/dev/null && break; sleep 0.1; done
    rabbitmqctl -q wait "$dir/rabbit.pid" --timeout 90 >/dev/null
    echo "RabbitMQ running on 127.0.0.1:$port (data: $dir)"
    ;;
  stop)
    [ -f "$dir/rabbit.pid" ] || exit 0
    rabbitmqctl -q shutdown >/dev/null 2>&1 || true
    rm -f "$dir/rabbit.pid"
    stop_idle_epmd
    ;;
  status)
    rabbitmqctl -q status >/dev/null && echo running
    ;;
  queues)
    # name<TAB>ready<TAB>unacknowledged, one queue a line
    rabbitmqctl -q list_queues --no-table-headers name messages_ready messages_unacknowledged
    ;;
  export)
    # exchanges, queues, bindings, users and policies as JSON (messages are not part of it)
    rabbitmqctl -q export_definitions "${4:?file}"
    ;;
  import)
    rabbitmqctl -q import_definitions "${4:?file}"
    ;;
  *) echo "usage: $0 run|start|stop|status|queues|export|import DIR PORT [FILE]" >&2; exit 2 ;;
esac
