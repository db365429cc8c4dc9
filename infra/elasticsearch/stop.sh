#!/usr/bin/env bash
# Stop the node that start.sh started in --dir (SIGTERM, then wait for a clean exit).
#   infra/elasticsearch/stop.sh [--dir var/es]
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
dir="$root/var/es"
timeout_s="${KHABAR_ES_STOP_TIMEOUT:-60}"
while [[ $# -gt 0 ]]; do
    case "$1" in
        --dir) dir="${2:?}"; shift 2 ;;
        *) echo "usage: $0 [--dir D]" >&2; exit 2 ;;
    esac
done
pidfile="$dir/es.pid"

[[ -f "$pidfile" ]] || exit 0
pid="$(cat "$pidfile")"
# Only a live process that is our launcher: a stale pidfile may name a recycled pid.
if kill -0 "$pid" 2>/dev/null && grep -q 'khabar.es.KhabarNode' "/proc/$pid/cmdline" 2>/dev/null; then
    kill -TERM "$pid"
    deadline=$((SECONDS + timeout_s))
    while kill -0 "$pid" 2>/dev/null; do
        if ((SECONDS >= deadline)); then
            echo "stop.sh: node $pid still running after ${timeout_s}s; sending SIGKILL" >&2
            kill -KILL "$pid" 2>/dev/null || true
            break
        fi
        sleep 0.2
    done
fi
rm -f "$pidfile"
