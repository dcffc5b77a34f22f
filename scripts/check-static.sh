#!/bin/sh
# Checks that a static Onsite binary runs without the Swift runtime libraries.
set -e
bin=${1:-dist/onsite}
if ldd "$bin" | grep -q 'libswift\|libFoundation'; then
  echo "FAIL: $bin still links Swift libraries:"; ldd "$bin"; exit 1
fi
# Hide the toolchain so nothing can be picked up from it.
out=$(env -i PATH=/usr/bin:/bin HOME=/tmp "$bin" --version)
[ -n "$out" ] || { echo "FAIL: $bin --version printed nothing"; exit 1; }
data=$(mktemp -d)
env -i PATH=/usr/bin:/bin HOME=/tmp "$bin" list --data-dir "$data" >/dev/null
rm -rf "$data"
echo "static binary OK: $bin (version $out), $(du -h "$bin" | cut -f1), links: $(ldd "$bin" | awk '{print $1}' | tr '\n' ' ')"
