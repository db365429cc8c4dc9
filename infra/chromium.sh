#!/usr/bin/env bash
# Install Debian's headless Chromium and its driver for the browser test of the search page.
set -euo pipefail
case "${1:-install}" in
  install)
    if command -v chromium >/dev/null && command -v chromedriver >/dev/null; then exit 0; fi
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >/dev/null
    apt-get install -y -qq chromium chromium-driver >/dev/null
    ;;
  *) echo "usage: $0 install" >&2; exit 2 ;;
esac
