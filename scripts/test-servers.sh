#!/usr/bin/env bash
# Throwaway PostgreSQL and MariaDB servers on loopback for the tests.
#   scripts/test-servers.sh install      install the Debian packages when missing
#   scripts/test-servers.sh start DIR    start both in DIR (own data directories, free ports), write DIR/env
#   scripts/test-servers.sh stop DIR     stop them
# DIR/env exports PASSERELLE_TEST_POSTGRES, PASSERELLE_TEST_MARIADB and PASSERELLE_TEST_CHROMIUM.
set -uo pipefail

log() { echo "[test-servers] $*" >&2; }

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'
}

pg_bin() {
  local d
  for d in /usr/lib/postgresql/*/bin; do [ -x "$d/initdb" ] && { echo "$d"; return; }; done
  command -v initdb >/dev/null 2>&1 && dirname "$(command -v initdb)"
}

mariadb_bin() {
  command -v mariadbd || command -v mysqld || { [ -x /usr/sbin/mariadbd ] && echo /usr/sbin/mariadbd; } || { [ -x /usr/sbin/mysqld ] && echo /usr/sbin/mysqld; }
}

install() {
  local need=()
  [ -n "$(pg_bin)" ] && [ -x "$(pg_bin)/pg_ctl" ] || need+=(postgresql)
  [ -n "$(mariadb_bin)" ] || need+=(mariadb-server)
  command -v mariadb >/dev/null 2>&1 || command -v mysql >/dev/null 2>&1 || need+=(mariadb-client)
  [ -x /usr/bin/chromium ] || need+=(chromium)
  if [ ${#need[@]} -gt 0 ]; then
    log "installing ${need[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >/dev/null 2>&1 || log "apt-get update failed"
    apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null 2>&1 || log "apt-get install ${need[*]} failed"
    # The Debian packages start their own cluster/service; the tests use their own servers.
    service postgresql stop >/dev/null 2>&1 || true
    service mariadb stop >/dev/null 2>&1 || true
  fi
}

start() {
  local dir=$1
  mkdir -p "$dir"
  dir=$(cd "$dir" && pwd)
  : > "$dir/env"
  local run_as=()
  [ "$(id -u)" = 0 ] && run_as=(runuser -u postgres --)
  # PostgreSQL refuses to run as root: the data directory belongs to the postgres user.
  local bin; bin=$(pg_bin)
  if [ -n "$bin" ] && [ -x "$bin/pg_ctl" ]; then
    local port; port=$(free_port)
    rm -rf "$dir/pg"; mkdir -p "$dir/pg"
    [ "$(id -u)" = 0 ] && chown -R postgres:postgres "$dir/pg" && chmod 755 "$dir"
    if "${run_as[@]}" "$bin/initdb" -D "$dir/pg/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >"$dir/pg/initdb.log" 2>&1 \
      && "${run_as[@]}" "$bin/pg_ctl" -D "$dir/pg/data" -l "$dir/pg/server.log" -w -t 60 \
           -o "-c listen_addresses=127.0.0.1 -p $port -k $dir/pg -c fsync=off -c synchronous_commit=off -c full_page_writes=off" start >/dev/null 2>&1; then
      echo "export PASSERELLE_TEST_POSTGRES='Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres'" >> "$dir/env"
      echo "$bin" > "$dir/pg/bin"
      log "PostgreSQL on 127.0.0.1:$port"
    else
      log "PostgreSQL did not start (see $dir/pg)"
    fi
  else
    log "PostgreSQL not installed"
  fi

  local mysqld; mysqld=$(mariadb_bin)
  if [ -n "$mysqld" ]; then
    local port; port=$(free_port)
    rm -rf "$dir/mariadb"; mkdir -p "$dir/mariadb/data"
    local user_opt=()
    [ "$(id -u)" = 0 ] && user_opt=(--user=root)
    local installer; installer=$(command -v mariadb-install-db || command -v mysql_install_db)
    if "$installer" --no-defaults "${user_opt[@]}" --datadir="$dir/mariadb/data" --auth-root-authentication-method=normal \
         --skip-test-db >"$dir/mariadb/install.log" 2>&1; then
      "$mysqld" --no-defaults "${user_opt[@]}" --datadir="$dir/mariadb/data" --bind-address=127.0.0.1 --port="$port" \
        --socket="$dir/mariadb/mysqld.sock" --pid-file="$dir/mariadb/mysqld.pid" --skip-log-bin \
        --innodb-flush-log-at-trx-commit=0 --log-error="$dir/mariadb/server.log" >/dev/null 2>&1 &
      local client; client=$(command -v mariadb || command -v mysql)
      local ok=""
      for _ in $(seq 1 60); do
        if "$client" --no-defaults -uroot --protocol=socket -S "$dir/mariadb/mysqld.sock" -e "SELECT 1" >/dev/null 2>&1; then ok=1; break; fi
        sleep 0.5
      done
      if [ -n "$ok" ]; then
        "$client" --no-defaults -uroot -S "$dir/mariadb/mysqld.sock" -e \
          "CREATE USER IF NOT EXISTS 'passerelle'@'127.0.0.1' IDENTIFIED BY 'passerelle'; GRANT ALL ON *.* TO 'passerelle'@'127.0.0.1' WITH GRANT OPTION; FLUSH PRIVILEGES;" >/dev/null 2>&1
        echo "export PASSERELLE_TEST_MARIADB='Server=127.0.0.1;Port=$port;User ID=passerelle;Password=passerelle'" >> "$dir/env"
        log "MariaDB on 127.0.0.1:$port"
      else
        log "MariaDB did not start (see $dir/mariadb/server.log)"
      fi
    else
      log "mariadb-install-db failed (see $dir/mariadb/install.log)"
    fi
  else
    log "MariaDB not installed"
  fi

  if [ -x /usr/bin/chromium ]; then
    echo "export PASSERELLE_TEST_CHROMIUM=/usr/bin/chromium" >> "$dir/env"
  fi
}

stop() {
  local dir=$1
  [ -d "$dir" ] || return 0
  if [ -f "$dir/pg/bin" ] && [ -d "$dir/pg/data" ]; then
    local run_as=(); [ "$(id -u)" = 0 ] && run_as=(runuser -u postgres --)
    "${run_as[@]}" "$(cat "$dir/pg/bin")/pg_ctl" -D "$dir/pg/data" -m immediate stop >/dev/null 2>&1 || true
  fi
  if [ -f "$dir/mariadb/mysqld.pid" ]; then
    kill "$(cat "$dir/mariadb/mysqld.pid")" 2>/dev/null || true
    for _ in $(seq 1 20); do [ -f "$dir/mariadb/mysqld.pid" ] || break; sleep 0.5; done
  fi
  rm -rf "$dir"
}

case "${1:-}" in
  install) install ;;
  start) start "${2:?directory}" ;;
  stop) stop "${2:?directory}" ;;
  *) echo "usage: $0 install|start DIR|stop DIR" >&2; exit 2 ;;
esac
