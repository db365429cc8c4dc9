#!/usr/bin/env bash
# Start one Elasticsearch 7.10.2 node on 127.0.0.1 from the Maven jars; print its URL once healthy.
#   infra/elasticsearch/start.sh [--port 9200] [--dir var/es] [--heap 512m]
# A no-op (printing the URL) when the node of --dir is already running.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cache="${KHABAR_CACHE:-$root/var/es-cache}"
timeout_s="${KHABAR_ES_START_TIMEOUT:-180}"
port=9200
dir="$root/var/es"
heap=512m

usage() { echo "usage: $0 [--port P] [--dir D] [--heap 512m]" >&2; exit 2; }
while [[ $# -gt 0 ]]; do
    case "$1" in
        --port) port="${2:?}"; shift 2 ;;
        --dir) dir="${2:?}"; shift 2 ;;
        --heap) heap="${2:?}"; shift 2 ;;
        *) usage ;;
    esac
done
[[ "$port" =~ ^[0-9]+$ ]] || usage
# At most 1 GB: the node shares a 2-core, CI-sized machine with Redis and the workers.
[[ "$heap" =~ ^([0-9]+)([mMgG])$ ]] || { echo "start.sh: --heap must look like 512m or 1g" >&2; exit 2; }
heap_mb="${BASH_REMATCH[1]}"
[[ "${BASH_REMATCH[2]}" =~ [gG] ]] && heap_mb=$((heap_mb * 1024))
((heap_mb >= 128 && heap_mb <= 1024)) || { echo "start.sh: --heap must be 128m..1g" >&2; exit 2; }

mkdir -p "$dir"
dir="$(cd "$dir" && pwd)"
pidfile="$dir/es.pid"
log="$dir/logs/khabar.log"

running_pid() {
    [[ -f "$pidfile" ]] || return 1
    local pid
    pid="$(cat "$pidfile")"
    kill -0 "$pid" 2>/dev/null && grep -q 'khabar.es.KhabarNode' "/proc/$pid/cmdline" 2>/dev/null && echo "$pid"
}

healthy() {
    curl -fsS -o /dev/null --max-time 5 \
        "http://127.0.0.1:$1/_cluster/health?wait_for_status=yellow&timeout=2s" 2>/dev/null
}

if pid="$(running_pid)"; then
    port="$(cat "$dir/http.port")"
else
    "$here/fetch.sh"
    mkdir -p "$dir/data" "$dir/logs" "$dir/tmp" "$dir/home/modules" "$dir/home/plugins"
    # Modules come from the classpath; the empty modules/ and plugins/ folders keep the node's scan happy.
    mapfile -t jvm_opts < <(grep -Ev '^\s*(#|$)' "$here/config/jvm.options")
    : >"$dir/logs/stdout.log"
    # setsid: the node outlives this shell and ignores Ctrl-C sent to the caller's process group.
    setsid java "${jvm_opts[@]}" "-Xms$heap" "-Xmx$heap" \
        "-Djava.io.tmpdir=$dir/tmp" "-Des.path.conf=$here/config" \
        -cp "$cache/lib/*:$cache/classes" khabar.es.KhabarNode \
        "-Epath.home=$dir/home" "-Epath.data=$dir/data" "-Epath.logs=$dir/logs" \
        "-Ehttp.port=$port" \
        </dev/null >>"$dir/logs/stdout.log" 2>&1 &
    pid=$!
    echo "$pid" >"$pidfile"
    echo "$port" >"$dir/http.port"
fi

deadline=$((SECONDS + timeout_s))
until healthy "$port"; do
    if ! kill -0 "$pid" 2>/dev/null; then
        echo "start.sh: the node exited during start-up; see $log and $dir/logs/stdout.log" >&2
        # The node sends its stderr to its log once logging is up, so show both.
        tail -n 20 "$dir/logs/stdout.log" "$log" >&2 2>/dev/null || true
        rm -f "$pidfile"
        exit 1
    fi
    if ((SECONDS >= deadline)); then
        echo "start.sh: no yellow/green health on port $port after ${timeout_s}s; see $log" >&2
        exit 1
    fi
    sleep 0.5
done
echo "http://127.0.0.1:$port"
