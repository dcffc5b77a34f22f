#!/usr/bin/env python3
"""Helpers of `make bench` (scripts/bench.sh).

  bench-suite.py suite  --peers PEERS.json --tb DIR --bin ONSITE --out DIR  > suite.json
      a copy of the shared peers suite restricted to the floor, vim, htop,
      calcurse (tig and mc when installed), plus Onsite's entries: the demo site
      and the generated sites of 10, 100 and 1,100 days (made by bench.sh in DIR).
  bench-suite.py report --result result.json --tuibench-out FILE --doc docs/PERFORMANCE.md ...
      docs/PERFORMANCE.md from tuibench's JSON (--json-out, with per-key samples).
"""

import argparse
import json
import os
import platform
import shutil
import sys
import time

PEERS_WANTED = ["floor", "vim", "htop", "calcurse"]
PEERS_OPTIONAL = ["tig", "mc"]          # measured only when already installed
LIST_PROGRAMS = ["htop", "calcurse", "tig", "mc", "ncdu"]   # DESIGN §5 "list programs"
ONSITE = "onsite"                       # demo site: first frame, list moves, idle, memory
TICK = "onsite tick"                    # Space on the arrival checklist: key + durable save
WELCOME = "onsite welcome"              # first start on an empty data dir
Y3 = "onsite 3y"                        # the 1,100-day site: first frame, moves in the list of days, idle, memory
Y3_OPEN = "onsite 3y open"              # Enter on a day of the list: the day (and the one before) read from disk and drawn
Y3_TICK = "onsite 3y tick"              # Space on today's cleanup list: key + durable save of the day
GROWTH = {10: "onsite 10d", 100: "onsite 100d", 1100: "onsite 1100d"}   # start only: first frame and memory
ONSITE_ENTRIES = [ONSITE, TICK, WELCOME, Y3, Y3_OPEN, Y3_TICK] + list(GROWTH.values())
MOVES = "A," + ",".join(["DOWN*19,UP*19"] * 5)   # A once, then 190 list moves (20 items: never past an end)
TICKS = "A,SPACE*40"
Y3_MOVES = "D," + ",".join(["DOWN*19,UP*19"] * 5)            # the list of 1,101 days: 190 moves, within one screen
Y3_OPENS = "D," + ",".join(["DOWN,ENTER,ESC"] * 20)          # 20 different days opened (and left)
Y3_TICKS = "T," + "DOWN*7,ENTER," + "SPACE*20"               # today, its cleanup list, 20 ticks/unticks
# Which keys of a script count for an entry (the A, D or T that opens the list does not).
KEYSET = {ONSITE: {"DOWN", "UP"}, TICK: {"SPACE"}, Y3: {"DOWN", "UP"}, Y3_OPEN: {"ENTER"}, Y3_TICK: {"SPACE"}}
ONSITE_IDLE = 10                        # DESIGN §5: CPU and wake-ups while idle 10 s
HOME_READY = "Phases"                   # on a site's home screen, where a generated site's session starts


# --------------------------------------------------------------------------
# suite
# --------------------------------------------------------------------------
def retarget(obj, tb):
    if isinstance(obj, str):
        return obj.replace("/tmp/tb", tb)
    if isinstance(obj, list):
        return [retarget(x, tb) for x in obj]
    if isinstance(obj, dict):
        return {k: retarget(v, tb) for k, v in obj.items()}
    return obj


def make_suite(a):
    with open(a.peers) as f:
        peers = retarget(json.load(f), a.tb)
    by_name = {p["name"]: p for p in peers["programs"]}
    progs = [by_name[n] for n in PEERS_WANTED if n in by_name]
    progs += [by_name[n] for n in PEERS_OPTIONAL if n in by_name and shutil.which(by_name[n]["cmd"][0])]
    out = os.path.abspath(a.out)
    demo, work, template, empty = (os.path.join(out, d) for d in ("demo", "tick", "demo-template", "empty"))
    shutil.rmtree(empty, ignore_errors=True)
    progs += [
        # The keys only move: the data does not change (session.json is rewritten on
        # quit, and `onsite demo` always opens on the site's home screen).
        {"name": ONSITE, "cmd": [a.bin, "demo", "--lang", "en", "--data-dir", demo],
         "ready": "Arrival", "keys": MOVES, "reps": 1, "idle": ONSITE_IDLE, "quit": "q"},
        # Ticking writes the site durably: every run starts from a fresh copy of the
        # demo data (so this entry's first frame includes rm + cp; it is not used).
        {"name": TICK, "cmd": ["sh", "-c", 'rm -rf "$1" && cp -a "$2" "$1" && exec "$3" demo --lang en --data-dir "$1"',
                               "sh", work, template, a.bin],
         "ready": "Arrival", "keys": TICKS, "reps": 1, "idle": 0, "quit": "q"},
        # The welcome screen of a data dir without sites (created by the first, warm-up, run).
        {"name": WELCOME, "cmd": [a.bin, "--lang", "en", "--data-dir", empty],
         "ready": "Start a new site", "keys": "", "idle": 0, "quit": "q"},
    ]
    # Generated sites (bench.sh: `onsite generate --days N --open-today`; the session opens on the site's home).
    # Moving and opening days changes no record; "ESC,q" quits from the home screen, so the next run starts there too.
    sites = os.path.join(out, "sites")
    y3 = lambda d: os.path.join(sites, d)
    if os.path.isdir(y3("d1100")):
        progs += [
            {"name": Y3, "cmd": [a.bin, "--lang", "en", "--data-dir", y3("d1100-moves")],
             "ready": HOME_READY, "keys": Y3_MOVES, "reps": 1, "idle": ONSITE_IDLE, "quit": "ESC,q"},
            {"name": Y3_OPEN, "cmd": [a.bin, "--lang", "en", "--data-dir", y3("d1100-open")],
             "ready": HOME_READY, "keys": Y3_OPENS, "reps": 1, "idle": 0, "quit": "ESC,q"},
            # Ticking writes: a fresh copy of the site every run (this entry's first frame includes rm + cp; not used).
            {"name": Y3_TICK, "cmd": ["sh", "-c", 'rm -rf "$1" && cp -a "$2" "$1" && exec "$3" --lang en --data-dir "$1"',
                                     "sh", y3("d1100-tick"), y3("d1100"), a.bin],
             "ready": HOME_READY, "keys": Y3_TICKS, "reps": 1, "idle": 0, "quit": "q"},
        ]
    for days, name in GROWTH.items():
        if os.path.isdir(y3("d%d" % days)):
            progs.append({"name": name, "cmd": [a.bin, "--lang", "en", "--data-dir", y3("d%d-start" % days)],
                          "ready": HOME_READY, "keys": "", "idle": 0, "quit": "q"})
    suite = {"defaults": peers.get("defaults", {}), "baseline": peers.get("baseline", "floor"),
             "programs": progs}
    json.dump(suite, sys.stdout, indent=1)
    sys.stdout.write("\n")


# --------------------------------------------------------------------------
# report
# --------------------------------------------------------------------------
def percentile(xs, p):                  # the same definition as tuibench's
    if not xs:
        return None
    s = sorted(xs)
    k = (len(s) - 1) * p / 100.0
    lo = int(k)
    hi = min(lo + 1, len(s) - 1)
    return s[lo] + (s[hi] - s[lo]) * (k - lo)


def median(xs):
    xs = [x for x in xs if x is not None]
    return percentile(xs, 50) if xs else None


def samples_of(name, runs):
    keys = KEYSET.get(name)
    out = [s for r in runs for s in r.get("key_samples", []) if keys is None or s["key"] in keys]
    return out


def key_metrics(samples):
    lat = [s["last_ms"] for s in samples if "last_ms" in s]
    byt = [s["bytes"] for s in samples]
    return {"p50": percentile(lat, 50), "p95": percentile(lat, 95),
            "bytes": (sum(byt) / len(byt)) if byt else None, "bytes_p50": percentile(byt, 50), "n": len(samples),
            "no_response": len(samples) - len(lat)}


def idle_rate(r):
    """idle CPU (schedstat) in ms per 10 s of idle; None when idle was not measured."""
    s, t = r.get("idle_cpu_sched_s"), r.get("idle_s")
    if s is None or not t:
        return None
    return s * 1e3 * 10.0 / t


def run_metrics(name, r):
    k = key_metrics(samples_of(name, [r]))
    return {"first": r["ready_s"] * 1e3 if r.get("ready_s") is not None else None,
            "p50": k["p50"], "p95": k["p95"], "bytes": k["bytes"],
            "idle": idle_rate(r), "rss": r["peak_rss_kb"] / 1024.0 if r.get("peak_rss_kb") else None}


def summary(name, runs):
    k = key_metrics(samples_of(name, runs))
    idles = [r.get("idle_s") for r in runs if r.get("idle_s")]
    return {"first": median([r.get("ready_s") and r["ready_s"] * 1e3 for r in runs]),
            "p50": k["p50"], "p95": k["p95"], "bytes": k["bytes"], "bytes_p50": k["bytes_p50"], "keys": k["n"],
            "no_response": k["no_response"],
            "idle_s": median(idles) if idles else 0,
            "idle": median([idle_rate(r) for r in runs]),
            "idle_max": max([idle_rate(r) for r in runs if idle_rate(r) is not None], default=None),
            "wake": median([r.get("idle_ctxsw") for r in runs if r.get("idle_s")]),
            "wake_max": max([r.get("idle_ctxsw") or 0 for r in runs if r.get("idle_s")], default=None),
            "rss": median([r.get("peak_rss_kb") and r["peak_rss_kb"] / 1024.0 for r in runs]),
            "ok": sum(1 for r in runs if r.get("ok")), "runs": len(runs),
            "errors": [r.get("error") for r in runs if r.get("error")]}


METRICS = [("first", "first frame"), ("p50", "key p50"), ("p95", "key p95"),
           ("bytes", "bytes/key"), ("idle", "idle CPU"), ("rss", "peak RSS")]


def ratio(allruns, a, b, metric):
    """median over rounds of a/b computed within the same round."""
    by_round = {r["run"]: r for r in allruns[b]}
    vals = []
    for r in allruns[a]:
        o = by_round.get(r["run"])
        if o is None:
            continue
        x, y = run_metrics(a, r)[metric], run_metrics(b, o)[metric]
        if x is not None and y:
            vals.append(x / y)
    return median(vals)


def f(v, digits=1, unit=""):
    return "-" if v is None else ("%." + str(digits) + "f%s") % (v, unit)


def kib(size):
    """A file size in KiB: one decimal below 10 KiB, whole above."""
    return "%.1f" % (size / 1024.0) if size < 10 * 1024 else "%.0f" % (size / 1024.0)


def cpu_model():
    try:
        with open("/proc/cpuinfo") as fh:
            for line in fh:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def load_store(folder):
    """The in-process storage timings (`onsite bench-store`), by site: demo, d10, d100, d1100."""
    out = {}
    if not folder:
        return out
    for key in ("demo", "d10", "d100", "d1100"):
        path = os.path.join(folder, "store-%s.json" % key)
        if os.path.exists(path):
            with open(path) as fh:
                lines = [x for x in fh.read().splitlines() if x.startswith("{")]
            if lines:
                out[key] = json.loads(lines[-1])
    for key in ("d10", "d100", "d1100"):
        path = os.path.join(folder, "generate-%s.txt" % key)
        if os.path.exists(path):
            with open(path) as fh:
                text = fh.read().strip().splitlines()
            if text:
                out.setdefault("generated", {})[key] = text[-1]
    path = os.path.join(folder, "verify-d1100.txt")
    if os.path.exists(path):
        with open(path) as fh:
            out["verify"] = " ".join(fh.read().split())
    return out


def growth_section(w, allruns, S, store, base):
    """Start-up, memory and a save as the site grows: the demo, then 10, 100 and 1,100 generated days."""
    if not store and not any(n in S for n in GROWTH.values()):
        return
    w("## Growth with the site's age")
    w("")
    w("First frame and peak RSS: the start-only entries (medians of the rounds; ratio to the floor within each round). "
      "In-process (`onsite bench-store`, medians of its runs, on a copy of the data): *load* = `SiteStore.loadAll()` as at "
      "start-up (read and decode every `site.json` and `days.txt`, list the days folder, stat each day file); *decode* = "
      "decoding `site.json` alone; *save, day* = the durable save of an action on the day alone (a tick, a roll call: the "
      "day file; the unchanged `days.txt` and `site.json` are not written again); *save, day + index* = an action that "
      "changes the day's line in the index (a log entry: the day file, then `days.txt`); *save, day + index + site* = one "
      "that also changes the registers (a problem: the day file, `days.txt`, then `site.json`, whose unchanged problems "
      "come from their kept encodings), and *encode* a whole encoding of `site.json` by `JSONEncoder` (what the first "
      "save after a start does; later saves encode only the problems that changed).")
    w("")
    w("| site | days | problems | site.json KiB | days.txt KiB | first frame ms | × floor | peak RSS MiB | load ms | decode site.json ms | save, day ms (p95) | save, day + index ms (p95) | save, day + index + site ms (p95) | encode site.json ms |")
    w("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    rows = [("demo", ONSITE)] + [("d%d" % d, GROWTH[d]) for d in (10, 100, 1100)]
    for key, entry in rows:
        st = store.get(key, {})
        e = S.get(entry)
        if not st and not e:
            continue
        label = "demo (list entry)" if key == "demo" else "generated, %s days" % key[1:]
        w("| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s (%s) | %s (%s) | %s (%s) | %s |" % (
            label, st.get("days", "-"), st.get("problems", "-"),
            f(st["site_bytes"] / 1024.0, 0) if st else "-", kib(st["index_bytes"]) if st else "-",
            f(e and e["first"], 1), f(ratio(allruns, entry, base, "first") if e and base in S else None, 2, "×"),
            f(e and e["rss"], 1), f(st.get("load_ms"), 2), f(st.get("decode_site_ms"), 2),
            f(st.get("save_day_ms"), 2), f(st.get("save_day_p95_ms"), 2),
            f(st.get("save_index_ms"), 2), f(st.get("save_index_p95_ms"), 2),
            f(st.get("save_ms"), 2), f(st.get("save_p95_ms"), 2), f(st.get("encode_site_ms"), 2)))
    w("")
    for key, text in sorted(store.get("generated", {}).items()):
        w("- `onsite generate` (%s): %s" % (key, text))
    if store.get("verify"):
        w("- `onsite verify` on the 1,100-day site: `%s`" % store["verify"])
    w("")


def make_report(a):
    with open(a.result) as fh:
        res = json.load(fh)
    allruns = res["runs"]
    names = list(allruns.keys())
    base = res.get("baseline") or "floor"
    peers = [n for n in names if n not in ONSITE_ENTRIES]
    S = {n: summary(n, allruns[n]) for n in names}
    on, tick, wel = S.get(ONSITE), S.get(TICK), S.get(WELCOME)
    y3, y3open, y3tick = S.get(Y3), S.get(Y3_OPEN), S.get(Y3_TICK)
    store = load_store(a.store_dir)
    raw_table = ""
    if a.tuibench_out and os.path.exists(a.tuibench_out):
        with open(a.tuibench_out) as fh:
            raw_table = "".join(fh.readlines()[:-1]).strip()   # the last line is the JSON
    nproc = os.cpu_count()
    L = []
    w = L.append
    w("# Performance")
    w("")
    w("_Generated by `make bench` (scripts/bench.sh, scripts/bench-suite.py) from tuibench's JSON; "
      "every run rewrites this file, so do not edit it by hand._")
    w("")
    # When the suite's result was written: the report can be made again from the same results.
    w("- **Date:** %s" % time.strftime("%Y-%m-%d %H:%M %Z", time.localtime(os.path.getmtime(a.result))))
    w("- **Command:** `make bench` — %d measured rounds + %d warm-up round, all programs "
      "round-robin in one `tuibench.py --suite` run (%s), %s terminal; took %s s."
      % (a.runs, a.warmup, res.get("suite", "suite.json"), "100x30", a.elapsed))
    w("- **Machine:** %d CPUs (`nproc`), %s; %s; load average %s before, %s after the suite."
      % (nproc, cpu_model(), platform.platform(), a.load_before, a.load_after))
    w("- **Caveat:** these machines are noisy, and other work (compiles) may run at the same time, "
      "which makes absolute numbers pessimistic. Compare the same-round ratios, and rerun "
      "`make bench` to refresh them.")
    w("")
    w("## What is measured")
    w("")
    w("Every program runs in a real pty (tools/tuibench.py, pyte as the terminal). Peers and the "
      "bare C ncurses floor come from `../shared/tools/peers/peers.json` (fixtures by "
      "`peers/setup.sh`); Onsite's entries are added to a copy of that suite, so every ratio below "
      "is taken within one round of one run.")
    w("")
    w("| entry | command | ready text | keys | idle |")
    w("|---|---|---|---|---|")
    w("| `%s` | `onsite demo --lang en --data-dir DEMO` (demo site made once before the run) | Arrival | "
      "`A`, then `DOWN*19,UP*19` ×5 on the 20-item arrival checklist: 190 list moves a run, none past an end | %d s |" % (ONSITE, ONSITE_IDLE))
    w("| `%s` | the same, on a fresh copy of the demo data every run (`sh -c 'rm -rf; cp -a; exec onsite …'`) "
      "| Arrival | `A,SPACE*40`: 40 ticks/unticks of the first item, each a durable save | 0 |" % TICK)
    w("| `%s` | `onsite --lang en --data-dir Y3` on the generated 3-year site (below), which opens on its home | %s | "
      "`D`, then `DOWN*19,UP*19` ×5 in the list of days: 190 moves, none past the screen | %d s |" % (Y3, HOME_READY, ONSITE_IDLE))
    w("| `%s` | the same site | %s | `D`, then `DOWN,ENTER,ESC` ×20: 20 different days opened (each read from disk), only Enter counted | 0 |"
      % (Y3_OPEN, HOME_READY))
    w("| `%s` | a fresh copy of the same site every run (`rm -rf; cp -a; exec`) | %s | `T,DOWN*7,ENTER` (today's cleanup), "
      "then `SPACE*20`: each a durable save of the day file (a tick leaves the index and `site.json` as they are) | 0 |" % (Y3_TICK, HOME_READY))
    w("| `%s` | generated sites of 10, 100 and 1,100 days, started and quit | %s | none | 0 |"
      % ("`, `".join(GROWTH.values()), HOME_READY))
    w("| `%s` | `onsite --lang en --data-dir EMPTY` (no site: the welcome screen) | Start a new site | none | 0 |" % WELCOME)
    w("| peers | as in peers.json: vim on a 2,000-line file, htop, calcurse with 30 appointments%s | | "
      "`DOWN*20,UP*20` ×5 (vim `j*200`) | 5 s |" % (", tig, mc" if any(n in names for n in ("tig", "mc")) else ""))
    w("")
    w("The generated sites come from `onsite generate --days N --open-today` (Monday-to-Saturday working days "
      "ending yesterday, each briefed, logged, cleaned up, signed and sealed; ~20 problems a week with their "
      "reports, solutions and confirmations; extra work, borrowings, materials short; today briefed and in progress), "
      "made once per `make bench` run with seed 1.")
    w("")
    w("Onsite's key columns count only the keys named (list moves, Enter, or Space); the `A`, `D` or `T` that opens "
      "the list is left out (tuibench's raw table at the end includes it). First frame = spawn "
      "until the ready text is on screen. Idle CPU is schedstat CPU time while untouched, scaled "
      "to ms per 10 s (peers idle 5 s, Onsite 10 s); wake-ups are context switches in that time. "
      "Peak RSS is VmHWM. Key latency is write-to-last-byte, pooled over all rounds.")
    w("")
    w("## Results (medians of %d rounds)" % a.runs)
    w("")
    w("| program | first frame ms | key p50 / p95 ms | bytes/key | idle CPU ms/10 s | idle wake-ups (in the idle time) | peak RSS MiB | runs ok |")
    w("|---|---:|---:|---:|---:|---:|---:|---:|")
    labels = {ONSITE: "**Onsite** (demo, list moves)", TICK: "**Onsite** tick (Space + save)",
              WELCOME: "**Onsite** welcome", Y3: "**Onsite** 3-year site (list of days)",
              Y3_OPEN: "**Onsite** 3-year: open a day (Enter)", Y3_TICK: "**Onsite** 3-year: tick (Space + save)"}
    labels.update({v: "**Onsite** %d-day site, start" % k for k, v in GROWTH.items()})
    for n in peers + [x for x in ONSITE_ENTRIES if x in S]:
        s = S[n]
        label = labels.get(n, n)
        first = f(s["first"], 1) + (" ¹" if n in (TICK, Y3_TICK) else "")
        keys = "-" if s["keys"] == 0 else "%s / %s" % (f(s["p50"], 2), f(s["p95"], 2))
        byt = "-" if s["keys"] == 0 else f(s["bytes"], 0)
        idle = "-" if not s["idle_s"] else f(s["idle"], 2)
        wake = "-" if not s["idle_s"] else f(s["wake"], 0)
        w("| %s | %s | %s | %s | %s | %s | %s | %d/%d |" % (label, first, keys, byt, idle, wake,
                                                           f(s["rss"], 1), s["ok"], s["runs"]))
    w("")
    w("¹ includes the shell, `rm -rf` and `cp -a` of the data dir before Onsite starts; not a start-up figure.")
    w("")
    # ratios
    if on:
        w("## Ratios (median over rounds of the same-round ratio; below 1 = Onsite smaller/faster)")
        w("")
        w("Onsite = the demo entry (first frame, list moves, idle, memory). `-` where the other "
          "figure is 0 or not measured.")
        w("")
        w("| Onsite vs | first frame | key p50 | key p95 | bytes/key | idle CPU | peak RSS |")
        w("|---|---:|---:|---:|---:|---:|---:|")
        for p in peers:
            w("| %s | %s |" % (p, " | ".join(f(ratio(allruns, ONSITE, p, m), 2, "×") for m, _ in METRICS)))
        w("")
        rows = []
        if wel:
            rows.append(("welcome screen first frame", WELCOME, "first"))
        if tick:
            rows.append(("tick (Space + save) key p50", TICK, "p50"))
            rows.append(("tick (Space + save) key p95", TICK, "p95"))
        if y3:
            rows.append(("3-year site first frame", Y3, "first"))
            rows.append(("3-year list of days key p95", Y3, "p95"))
            rows.append(("3-year list of days bytes/key", Y3, "bytes"))
            rows.append(("3-year peak RSS", Y3, "rss"))
        if y3open:
            rows.append(("3-year open a day key p95", Y3_OPEN, "p95"))
        if y3tick:
            rows.append(("3-year tick (Space + save) key p50", Y3_TICK, "p50"))
        if rows:
            w("| Onsite entry vs | " + " | ".join(peers) + " |")
            w("|---|" + "---:|" * len(peers))
            for label, n, m in rows:
                w("| %s | %s |" % (label, " | ".join(f(ratio(allruns, n, p, m), 2, "×") for p in peers)))
            w("")
    growth_section(w, allruns, S, store, base)
    # budgets
    w("## Budgets (DESIGN §5)")
    w("")
    w("| budget | measured | verdict |")
    w("|---|---|---|")

    def verdict(ok):
        return "—" if ok is None else ("**met**" if ok else "**not met**")

    lists = [p for p in peers if p in LIST_PROGRAMS]
    if on and base in S:
        r_floor = ratio(allruns, ONSITE, base, "first")
        r_lists = {p: ratio(allruns, ONSITE, p, "first") for p in lists}
        ok = r_floor is not None and r_floor <= 3 and all(v is not None and v < 1 for v in r_lists.values())
        wr = ratio(allruns, WELCOME, base, "first") if wel else None
        w("| first frame ≤ 3× floor and faster than every list program (%s), demo | demo %s ms = %s floor; %s; "
          "welcome screen %s ms = %s floor | %s |"
          % (", ".join(lists) or "none measured", f(on["first"], 1), f(r_floor, 2, "×"),
             ", ".join("%s× %s" % (f(v, 2), p) for p, v in r_lists.items()) or "no list program",
             f(wel and wel["first"], 1), f(wr, 2, "×"), verdict(ok)))
    if y3 and base in S:
        r_floor = ratio(allruns, Y3, base, "first")
        r_lists = {p: ratio(allruns, Y3, p, "first") for p in lists}
        ok = r_floor is not None and r_floor <= 3 and all(v is not None and v < 1 for v in r_lists.values())
        w("| the same, 3-year site | %s ms = %s floor; %s | %s |"
          % (f(y3["first"], 1), f(r_floor, 2, "×"),
             ", ".join("%s× %s" % (f(v, 2), p) for p, v in r_lists.items()) or "no list program", verdict(ok)))
    if on:
        w("| key to screen p95 ≤ 1 ms, demo site | list moves p95 %s ms (p50 %s, n=%d) | %s |"
          % (f(on["p95"], 2), f(on["p50"], 2), on["keys"], verdict(on["p95"] is not None and on["p95"] <= 1)))
    if y3:
        parts = ["list of days p95 %s ms (p50 %s, n=%d)" % (f(y3["p95"], 2), f(y3["p50"], 2), y3["keys"])]
        worst = y3["p95"]
        if y3open:
            parts.append("opening a day p95 %s ms (p50 %s, n=%d)" % (f(y3open["p95"], 2), f(y3open["p50"], 2), y3open["keys"]))
            worst = max(worst or 0, y3open["p95"] or 0)
        w("| key to screen p95 ≤ 1 ms, 3-year site | %s | %s |" % ("; ".join(parts), verdict(worst is not None and worst <= 1)))
    else:
        w("| key to screen p95 ≤ 1 ms, 3-year site | not measured (no generated site) | — |")
    for label, e in (("demo, arrival checklist", on), ("3-year site, list of days", y3)):
        if e:
            w("| bytes per list move ≤ 160, %s | mean %s B (p50 %s B) | %s |"
              % (label, f(e["bytes"], 0), f(e["bytes_p50"], 0), verdict(e["bytes"] is not None and e["bytes"] <= 160)))
    for label, e in (("demo", on), ("3-year site", y3)):
        if e:
            w("| idle 10 s: 0 ms CPU, 0 wake-ups, %s | median %s ms, %s wake-ups (worst round %s ms, %s) | %s |"
              % (label, f(e["idle"], 2), f(e["wake"], 0), f(e["idle_max"], 2), f(e["wake_max"], 0),
                 verdict(e["idle_max"] is not None and e["idle_max"] == 0 and e["wake_max"] == 0)))
    rss_demo = [S[n]["rss"] for n in (ONSITE, TICK, WELCOME) if n in S and S[n]["rss"] is not None]
    rss_y3 = [S[n]["rss"] for n in (Y3, Y3_OPEN, Y3_TICK) if n in S and S[n]["rss"] is not None]
    if rss_demo:
        w("| peak memory ≤ 25 MiB, demo | largest demo entry %s MiB | %s |" % (f(max(rss_demo), 1), verdict(max(rss_demo) <= 25)))
    if rss_y3:
        w("| peak memory ≤ 25 MiB, 3-year site | largest 3-year entry %s MiB | %s |" % (f(max(rss_y3), 1), verdict(max(rss_y3) <= 25)))
    # The three kinds of action, each with the files it writes: (what, bench-store field, file size field, what is written).
    saves = (
        ("an action on the day (tick, roll call)", "save_day", "day_bytes",
         "the day file (%s KiB) written, fsync'd, `.bak` linked, renamed, folder fsync'd; the unchanged `days.txt` and "
         "`site.json` are not written again"),
        ("an action that changes the day's line in the index (log entry)", "save_index", "index_bytes",
         "the day file and `days.txt` (%s KiB) written beside the old ones, their disk writes started together, each "
         "fsync'd; the day renamed (`.bak` linked) and its folder fsync'd, then `days.txt`, its folder fsync'd; "
         "`site.json` is not written again"),
        ("an action that changes the registers too (problem)", "save", "site_bytes",
         "`SiteStore.save(day, of: site)`: the day file, `days.txt` and `site.json` (%s KiB; its unchanged problems "
         "from their kept encodings) written beside the old ones, their disk writes started together, each fsync'd; "
         "the day renamed and its folder fsync'd, then the other two (`.bak` linked), their folder fsync'd"),
    )
    for label, key in (("demo", "demo"), ("3-year site", "d1100")):
        st = store.get(key)
        for what, field, size, written in saves:
            if not st or field + "_ms" not in st:
                continue
            w("| durable save of one action ≤ 5 ms median, %s: %s | %s ms median (p95 %s) in-process: %s; %d runs | %s |"
              % (label, what, f(st[field + "_ms"], 2), f(st[field + "_p95_ms"], 2), written % kib(st[size]),
                 st["runs"], verdict(st[field + "_ms"] <= 5)))
    if tick or y3tick:
        w("| (the same seen from the keyboard) | tick key p50: demo %s ms, 3-year site %s ms — the save *and* the redraw | — |"
          % (f(tick and tick["p50"], 2), f(y3tick and y3tick["p50"], 2)))
    w("")
    problems = ["%s: %d/%d runs ok%s" % (n, S[n]["ok"], S[n]["runs"],
                                          (" (" + "; ".join(sorted(set(map(str, S[n]["errors"])))) + ")") if S[n]["errors"] else "")
                for n in names if S[n]["ok"] < S[n]["runs"]]
    problems += ["%s: %d keys without output" % (n, S[n]["no_response"]) for n in names if S[n]["no_response"]]
    if problems:
        w("")
        w("**Problems in this run:** " + "; ".join(problems) + ".")
    w("")
    if a.notes and os.path.exists(a.notes):
        with open(a.notes) as fh:
            w(fh.read().strip())
        w("")
    w("## tuibench's own table")
    w("")
    w("Verbatim output of the same run (all keys pooled, Onsite's `A` included; idle CPU per the "
      "entry's own idle time).")
    w("")
    w(raw_table)
    w("")
    with open(a.doc, "w") as fh:
        fh.write("\n".join(L))
    print("wrote %s" % a.doc, file=sys.stderr)


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = p.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("suite")
    s.add_argument("--peers", required=True)
    s.add_argument("--tb", default="/tmp/tb")
    s.add_argument("--bin", required=True)
    s.add_argument("--out", required=True)
    r = sub.add_parser("report")
    r.add_argument("--result", required=True)
    r.add_argument("--tuibench-out")
    r.add_argument("--doc", required=True)
    r.add_argument("--runs", type=int, default=5)
    r.add_argument("--warmup", type=int, default=1)
    r.add_argument("--elapsed", default="?")
    r.add_argument("--load-before", default="?")
    r.add_argument("--load-after", default="?")
    r.add_argument("--store-dir", help="folder of bench-store JSON (store-*.json), generate-*.txt and verify-d1100.txt")
    r.add_argument("--notes", help="a Markdown file of findings, copied in before tuibench's table")
    a = p.parse_args()
    if a.cmd == "suite":
        make_suite(a)
    else:
        make_report(a)


if __name__ == "__main__":
    main()
