#!/usr/bin/env bash
# Install, start and stop a local redis-server bound to 127.0.0.1.
#   infra/redis.sh install                                  apt-get install redis-server if missing
#   infra/redis.sh start [--port 6379] [--dir var/redis] [--aof]   prints redis://127.0.0.1:P/0
#   infra/redis.sh stop [--dir var/redis]                   stops only the server of that pidfile
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
port=6379
dir="$root/var/redis"
aof=no
timeout_s="${KHABAR_REDIS_TIMEOUT:-30}"

usage() {
    echo "usage: $0 install | start [--port P] [--dir D] [--aof] | stop [--dir D]" >&2
    exit 2
}

apt_install() {
    apt-get install -y -qq --no-install-recommends -o DPkg::Lock::Timeout=300 "$@" >/dev/null
}

install() {
    command -v redis-server >/dev/null && return 0
    [[ $(id -u) -eq 0 ]] || { echo "redis.sh: run as root, or install redis-server yourself" >&2; exit 1; }
    export DEBIAN_FRONTEND=noninteractive
    if ! apt-cache show redis-server >/dev/null 2>&1; then
        apt-get update -qq -o DPkg::Lock::Timeout=300
    fi
    # Keep the package's init script from starting a second server on 6379 during install.
    local policy=/usr/sbin/policy-rc.d made_policy=no status=0
    if [[ ! -e $policy ]]; then
        printf '#!/bin/sh\nexit 101\n' >"$policy"
        chmod +x "$policy"
        made_policy=yes
    fi
    # A stale package list can name a version the mirror no longer has: refresh once and retry.
    apt_install redis-server || { apt-get update -qq && apt_install redis-server; } || status=$?
    [[ $made_policy == no ]] || rm -f "$policy"
    return "$status"
}

running_pid() {
    [[ -f "$dir/redis.pid" ]] || return 1
    local pid
    pid="$(cat "$dir/redis.pid")"
    kill -0 "$pid" 2>/dev/null && grep -q '^redis-server' "/proc/$pid/cmdline" 2>/dev/null && echo "$pid"
}

start() {
    mkdir -p "$dir"
    dir="$(cd "$dir" && pwd)"
    if running_pid >/dev/null; then
        port="$(cat "$dir/redis.port")"
    else
        command -v redis-server >/dev/null || install
        local persistence=(--save "" --appendonly no)
        if [[ $aof == yes ]]; then
            # AOF fsynced once a second, plus redis' default RDB save points.
            persistence=(--appendonly yes --appendfsync everysec)
        fi
        rm -f "$dir/redis.pid"
        redis-server --bind 127.0.0.1 --protected-mode yes --port "$port" \
            --daemonize yes --pidfile "$dir/redis.pid" --logfile "$dir/redis.log" --dir "$dir" \
            "${persistence[@]}"
        echo "$port" >"$dir/redis.port"
    fi
    local deadline=$((SECONDS + timeout_s))
    until [[ "$(redis-cli -h 127.0.0.1 -p "$port" ping 2>/dev/null)" == PONG ]]; do
        if ((SECONDS >= deadline)); then
            echo "redis.sh: no PONG on port $port after ${timeout_s}s; see $dir/redis.log" >&2
            tail -n 20 "$dir/redis.log" >&2 || true
            exit 1
        fi
        sleep 0.1
    done
    echo "redis://127.0.0.1:$port/0"
}

stop() {
    local pid
    pid="$(running_pid)" || { rm -f "$dir/redis.pid"; return 0; }
    kill -TERM "$pid"
    local deadline=$((SECONDS + timeout_s))
    while kill -0 "$pid" 2>/dev/null; do
        if ((SECONDS >= deadline)); then
            echo "redis.sh: redis-server $pid still running after ${timeout_s}s" >&2
            exit 1
        fi
        sleep 0.1
    done
    rm -f "$dir/redis.pid"
}

[[ $# -ge 1 ]] || usage
command="$1"
shift
while [[ $# -gt 0 ]]; do
    case "$1" in
        --port) port="${2:?}"; shift 2 ;;
        --dir) dir="${2:?}"; shift 2 ;;
        --aof) aof=yes; shift ;;
        *) usage ;;
    esac
done
[[ "$port" =~ ^[0-9]+$ ]] || usage

case "$command" in
    install) install ;;
    start) start ;;
    stop) stop ;;
    *) usage ;;
esac
