#!/usr/bin/env bash
# `make bench`: measures Onsite against the bare ncurses floor and peer programs
# (vim, htop, calcurse; tig and mc when installed) in one tuibench suite run,
# and rewrites docs/PERFORMANCE.md from the result.
#
# Installs what it needs (pip: pyte; Debian: vim htop calcurse gcc libncurses-dev),
# builds the static release binary in .build-static (as `make static`), builds the peers'
# fixtures under $TB (/tmp/tb), and writes the raw results under $BENCH_OUT.
#
# Generates sites of 10, 100 and 1,100 working days (`onsite generate`), times loading and one durable
# save in-process (`onsite bench-store`), and checks the long site with `onsite verify`.
#
# Knobs (environment): BENCH_RUNS [5]  BENCH_WARMUP [1]  BENCH_OUT [/tmp/tb/onsite-bench]
#                      BENCH_DAYS ["10 100 1100"]  BENCH_STORE_RUNS [31]
#                      BENCH_NO_INSTALL=1 (skip the install step)
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
SHARED=../shared
TUIBENCH=$SHARED/tools/tuibench.py
PEERS=$SHARED/tools/peers
export TB=/tmp/tb                       # peers.json names /tmp/tb; keep them in step
BENCH_OUT=${BENCH_OUT:-$TB/onsite-bench}
RUNS=${BENCH_RUNS:-5}
BENCH_DAYS=${BENCH_DAYS:-10 100 1100}  # generated sites (the last one is "the 3-year site")
STORE_RUNS=${BENCH_STORE_RUNS:-31}
WARMUP=${BENCH_WARMUP:-1}
PY=${PYTHON:-python3}
say() { printf '\n== %s\n' "$*" >&2; }
START=$(date +%s)

if [ ! -f "$TUIBENCH" ] || [ ! -f "$PEERS/peers.json" ] || [ ! -f "$PEERS/setup.sh" ]; then
    echo "bench: $ROOT/$TUIBENCH (and $PEERS/peers.json, setup.sh) not found." >&2
    echo "bench: the benchmark needs the shared/ folder cloned beside this repo (../shared)." >&2
    exit 1
fi

# --- 1. what the measurement needs ----------------------------------------
if [ "${BENCH_NO_INSTALL:-0}" != 1 ]; then
    say "checking tools"
    SUDO=""
    if [ "$(id -u)" != 0 ]; then SUDO=sudo; fi
    missing=""
    for p in vim htop calcurse gcc libncurses-dev git; do
        if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
            missing="$missing $p"
        fi
    done
    if [ -n "$missing" ]; then
        say "installing Debian packages:$missing"
        export DEBIAN_FRONTEND=noninteractive
        $SUDO apt-get update -qq
        # shellcheck disable=SC2086
        $SUDO apt-get install -y -qq $missing >/dev/null
    fi
    export PIP_ROOT_USER_ACTION=ignore PIP_DISABLE_PIP_VERSION_CHECK=1
    if ! "$PY" -c "import ptyprocess" 2>/dev/null; then
        say "installing pexpect (brings ptyprocess)"
        "$PY" -m pip install -q pexpect
    fi
    if ! "$PY" -c "import pyte" 2>/dev/null; then
        say "installing pyte"
        "$PY" -m pip install -q pyte
    fi
fi
"$PY" -c "import pyte, ptyprocess" || { echo "bench: python3 lacks pyte or ptyprocess" >&2; exit 1; }

say "peer fixtures in $TB"
sh "$PEERS/setup.sh" >&2

# --- 2. the binary a laptop gets: release, Swift and C++ runtimes linked in (make static) --
say "building onsite (release, Swift and C++ runtimes linked in, .build-static)"
if ! sh scripts/build-static.sh >"$TB/bench-build.log" 2>&1; then
    tail -n 30 "$TB/bench-build.log" >&2
    echo "bench: build failed (log: $TB/bench-build.log)" >&2
    exit 1
fi
BIN=$ROOT/.build-static/release/onsite

# --- 3. data: a demo site made once, copied for every run that changes it --
say "preparing the demo data"
rm -rf "$BENCH_OUT"
mkdir -p "$BENCH_OUT"
TEMPLATE=$BENCH_OUT/demo-template
"$PY" "$TUIBENCH" --ready Arrival --idle 0 --quit q --json-only -- \
    "$BIN" demo --lang en --data-dir "$TEMPLATE" >"$BENCH_OUT/template.json"
rm -f "$TEMPLATE/session.json" "$TEMPLATE/onsite.lock"
test -f "$TEMPLATE/sites/demo/site.json" || { echo "bench: the demo site was not created in $TEMPLATE" >&2; exit 1; }
cp -a "$TEMPLATE" "$BENCH_OUT/demo"

# --- 3b. generated sites of 10, 100 and 1,100 working days (onsite generate), each made once;
#         the entries run on copies (moves, opening days, start-up) or a fresh copy per run (ticks).
say "generating sites of ${BENCH_DAYS} working days (onsite generate)"
SITES=$BENCH_OUT/sites
mkdir -p "$SITES"
for n in $BENCH_DAYS; do
    "$BIN" generate --data-dir "$SITES/d$n" --days "$n" --open-today --seed 1 >"$BENCH_OUT/generate-d$n.txt"
    rm -f "$SITES/d$n/onsite.lock"
    cp -a "$SITES/d$n" "$SITES/d$n-start"
    cat "$BENCH_OUT/generate-d$n.txt" >&2
done
LAST=${BENCH_DAYS##* }
cp -a "$SITES/d$LAST" "$SITES/d$LAST-moves"
cp -a "$SITES/d$LAST" "$SITES/d$LAST-open"
"$BIN" verify --data-dir "$SITES/d$LAST" >"$BENCH_OUT/verify-d$LAST.txt" 2>&1 || { cat "$BENCH_OUT/verify-d$LAST.txt" >&2; exit 1; }

# --- 3c. in-process storage timings: start-up loading and the durable save of one action (on copies)
say "timing loads and saves in-process (onsite bench-store, $STORE_RUNS runs each)"
sync      # the generated files are written back first: their flush would slow the first fsyncs timed
for key in demo $(for n in $BENCH_DAYS; do printf 'd%s ' "$n"; done); do
    src=$TEMPLATE
    [ "$key" = demo ] || src=$SITES/$key
    rm -rf "$BENCH_OUT/store-scratch"
    cp -a "$src" "$BENCH_OUT/store-scratch"
    "$BIN" bench-store --data-dir "$BENCH_OUT/store-scratch" --runs "$STORE_RUNS" >"$BENCH_OUT/store-$key.json"
    cat "$BENCH_OUT/store-$key.json" >&2
done
rm -rf "$BENCH_OUT/store-scratch"

# --- 4. one suite: floor, peers, Onsite -----------------------------------
"$PY" scripts/bench-suite.py suite --peers "$PEERS/peers.json" --tb "$TB" --bin "$BIN" \
    --out "$BENCH_OUT" >"$BENCH_OUT/suite.json"
say "running tuibench: $RUNS rounds + $WARMUP warm-up (takes a few minutes)"
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
"$PY" "$TUIBENCH" --suite "$BENCH_OUT/suite.json" --runs "$RUNS" --warmup "$WARMUP" --format md \
    --json-out "$BENCH_OUT/result.json" >"$BENCH_OUT/tuibench.out"
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)
sed '$d' "$BENCH_OUT/tuibench.out" >&2        # the table (the last line is the JSON)

# --- 5. docs/PERFORMANCE.md ------------------------------------------------
"$PY" scripts/bench-suite.py report --result "$BENCH_OUT/result.json" \
    --tuibench-out "$BENCH_OUT/tuibench.out" --load-before "$LOAD_BEFORE" --load-after "$LOAD_AFTER" \
    --runs "$RUNS" --warmup "$WARMUP" --elapsed "$(( $(date +%s) - START ))" \
    --store-dir "$BENCH_OUT" --notes scripts/bench-notes.md --doc docs/PERFORMANCE.md
say "docs/PERFORMANCE.md written ($(( $(date +%s) - START )) s; raw results in $BENCH_OUT)"
