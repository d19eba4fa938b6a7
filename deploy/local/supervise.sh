# Sourced by postgres.sh and rabbitmq.sh (run): keeps a server in the foreground as a service manager would.
#   supervise NAME STOP_SIGNAL COMMAND...
# A server started again right after a crash can exit within seconds while the dead one's port, lock or shared memory is
# still held (RabbitMQ exits 0 on dist_port_already_used; PostgreSQL refuses a still-attached shared memory block): one
# that exits within 30 s of starting gets eight tries five seconds apart, about a minute. One that ran for a while and
# stopped is not restarted. SIGTERM/SIGINT to this script stop the server with STOP_SIGNAL and end the loop. A script may
# define before_each_start to clean up between tries.
supervise() {
  local name=$1 signal=$2; shift 2
  stopping=""; server=""
  trap 'stopping=1; [ -z "$server" ] || kill -"$signal" "$server" 2>/dev/null' TERM INT
  local attempt started status=0
  for attempt in 1 2 3 4 5 6 7 8; do
    if declare -F before_each_start >/dev/null; then before_each_start; fi
    started=$SECONDS
    "$@" &
    server=$!
    status=0
    while kill -0 "$server" 2>/dev/null; do wait "$server" && status=0 || status=$?; done
    if [ -n "$stopping" ] || [ $((SECONDS - started)) -ge 30 ] || [ "$attempt" -eq 8 ]; then break; fi
    echo "$name stopped while starting, status $status (try $attempt of 8); trying again in 5 s" >&2
    sleep 5
    [ -z "$stopping" ] || break
  done
  return "$status"
}
