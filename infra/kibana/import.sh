#!/usr/bin/env bash
# Import Khabar's data view, saved searches, visualizations and dashboard into Kibana (idempotent).
#   KIBANA_URL=http://127.0.0.1:5601 [KIBANA_USER=elastic KIBANA_PASSWORD=...] infra/kibana/import.sh
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
url="${KIBANA_URL:?set KIBANA_URL, e.g. http://127.0.0.1:5601}"
auth=()
if [[ -n "${KIBANA_USER:-}" ]]; then
    auth=(-u "$KIBANA_USER:${KIBANA_PASSWORD:?set KIBANA_PASSWORD with KIBANA_USER}")
fi
tls=()
if [[ -n "${KIBANA_CA_CERTS:-}" ]]; then
    tls=(--cacert "$KIBANA_CA_CERTS")
fi

response="$(curl -fsS "${auth[@]}" "${tls[@]}" -X POST \
    -H "kbn-xsrf: khabar" \
    --form "file=@$here/saved-objects.ndjson" \
    "$url/api/saved_objects/_import?overwrite=true")"
echo "$response"
grep -q '"success":true' <<<"$response" || { echo "import.sh: Kibana reported errors" >&2; exit 1; }
