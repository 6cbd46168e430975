#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the store tests, on a loopback port under a temporary folder.
#
#   bash Tests/PostgreSQL/cluster.sh start [WATCH_PID]  prints the folder on line 1 and the superuser's URL on line 2
#   bash Tests/PostgreSQL/cluster.sh restart FOLDER     starts its server again (after a test killed it)
#   bash Tests/PostgreSQL/cluster.sh stop FOLDER        stops it and deletes the folder
#
# The cluster checks passwords (scram-sha-256) on TCP, as a real server does, so tests can try a wrong one. With
# WATCH_PID, a watcher stops the cluster when that process ends (a test run that starts its own server leaves
# nothing behind). initdb refuses to run as root: as root the cluster is run as the `postgres` user that Debian's
# package creates. Exits non-zero, with the reason on standard error, when no server can be started.
set -euo pipefail
# Foundation's Process (the tests start this script) leaves a socket open in its child: a server or watcher that
# inherited it would keep the test process waiting for this script's end for ever. Only 0-2 are passed on.
for fd in /proc/$$/fd/*; do n=${fd##*/}; if [ "$n" -gt 2 ]; then eval "exec $n>&-" 2>/dev/null || true; fi; done
bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
if [ -z "$bindir" ] && command -v pg_config >/dev/null; then bindir=$(pg_config --bindir); fi
[ -n "$bindir" ] && [ -x "$bindir/initdb" ] || { echo "no PostgreSQL server installed (initdb not found)" >&2; exit 1; }

as_owner() {
  if [ "$(id -u)" = 0 ]; then
    id postgres >/dev/null 2>&1 || { echo "running as root and no postgres user to run the server as" >&2; exit 1; }
    setpriv --reuid=postgres --regid="$(id -g postgres)" --init-groups -- "$@"
  else
    "$@"
  fi
}

case "${1:-}" in
start)
  folder=$(mktemp -d /tmp/outturn-pg.XXXXXX)
  chmod 755 "$folder"
  [ "$(id -u)" = 0 ] && chown postgres "$folder"
  password=outturn-test
  echo "$password" > "$folder/pw"
  [ "$(id -u)" = 0 ] && chown postgres "$folder/pw"
  as_owner "$bindir/initdb" -D "$folder/data" -U outturn --pwfile="$folder/pw" --auth-host=scram-sha-256 \
    --auth-local=trust -E UTF8 --locale=C.UTF-8 >"$folder/initdb.log" 2>&1 \
    || { echo "initdb failed: $(tail -n 3 "$folder/initdb.log")" >&2; exit 1; }
  # A free loopback port: the kernel's choice for a socket bound to port 0.
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
  echo "-c listen_addresses=127.0.0.1 -p $port -k $folder -c fsync=off -c max_connections=200" > "$folder/options"
  as_owner "$bindir/pg_ctl" -D "$folder/data" -l "$folder/server.log" -w -t 60 -o "$(cat "$folder/options")" start >/dev/null \
    || { echo "the server did not start: $(tail -n 3 "$folder/server.log")" >&2; exit 1; }
  if [ -n "${2:-}" ]; then
    watched=$2
    ( while kill -0 "$watched" 2>/dev/null; do sleep 1; done
      as_owner "$bindir/pg_ctl" -D "$folder/data" -m immediate stop >/dev/null 2>&1 || true
      rm -rf "$folder" ) </dev/null >/dev/null 2>&1 &
  fi
  echo "$folder"
  echo "postgresql://outturn:$password@127.0.0.1:$port/postgres"
  ;;
restart)
  folder=${2:?the cluster folder}
  # A killed postmaster may linger a moment, or as a zombie that nothing reaps (a container's init): wait for
  # it to go, and drop its lock file if only its zombie is left (the server refuses to start beside a live PID).
  old=$(head -n 1 "$folder/data/postmaster.pid" 2>/dev/null || true)
  state() { awk '/^State:/ { print $2 }' "/proc/$1/status" 2>/dev/null || true; }
  for _ in $(seq 1 100); do
    if [ -z "$old" ] || [ ! -d "/proc/$old" ] || [ "$(state "$old")" = Z ]; then break; fi
    sleep 0.1
  done
  if [ -n "$old" ] && [ "$(state "$old")" = Z ]; then rm -f "$folder/data/postmaster.pid" "$folder"/.s.PGSQL.*.lock; fi
  as_owner "$bindir/pg_ctl" -D "$folder/data" -l "$folder/server.log" -w -t 60 -o "$(cat "$folder/options")" start >/dev/null \
    || { echo "the server did not start again: $(tail -n 3 "$folder/server.log")" >&2; exit 1; }
  ;;
stop)
  folder=${2:?the cluster folder}
  as_owner "$bindir/pg_ctl" -D "$folder/data" -m fast stop >/dev/null 2>&1 || true
  rm -rf "$folder"
  ;;
*)
  echo "usage: cluster.sh start [WATCH_PID] | restart FOLDER | stop FOLDER" >&2; exit 2 ;;
esac
