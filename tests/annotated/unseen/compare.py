#!/usr/bin/env python3
"""Run `uncite extract --format jsonl` on every NAME.txt here and compare with NAME.expected.jsonl.

usage: compare.py [BINARY] [--strict] [--unit] [--split-header] [--quiet] [NAME...]

A reference matches an expectation when target, relation and source agree
(multiset; among candidates the nearest line is taken). Expectations may carry
alt_relations / alt_sources (the contract is ambiguous there): accepted unless
--strict. Expectations marked optional (anaphora) count when found and are
dropped when not. Also printed: target-only P/R (relation and source ignored),
which separates recognition errors from relation/source errors.
--unit: like ../../../shared/eval/score.py, a document-level source written
file:{stem} or doc:{symbol} counts as the same unit (the contract wants
doc:{own symbol} when the text states it; without --unit that is enforced).
--split-header (diagnostic): before running, the two-column first-page header
of pdftotext -layout output ("United Nations      CAC/COSP/2023/15") is split
into one field per line (as plain pdftotext prints it); tool lines are mapped
back to the original line numbers. Isolates header-detection failures.
Misses and extras are listed with their line; a miss and an extra with the
same target within one line of each other are shown as one mismatch.
"""
import collections, glob, json, os, re, subprocess, sys, tempfile

# The set scored: this folder, or the one a sibling set's compare.py names.
HERE = os.environ.get("UNSEEN_SET") or os.path.dirname(os.path.abspath(__file__))
DEFAULT_BIN = os.path.join(HERE, "..", "..", "target", "release", "uncite")


def load(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]


def run(binary, txt):
    r = subprocess.run([binary, "extract", "--format", "jsonl", txt], capture_output=True, text=True, timeout=120)
    if r.returncode != 0:
        print(f"!! {txt}: rc={r.returncode} {r.stderr.strip()[:300]}")
    return [json.loads(l) for l in r.stdout.splitlines() if l.strip()]


def run_split_header(binary, txt):
    """Split the two-column header (first 8 lines) and map lines back."""
    lines = open(txt, encoding="utf-8").read().split("\n")
    out, back = [], []
    for i, l in enumerate(lines):
        parts = [p for p in re.split(r"\s{3,}", l.strip())] if i < 8 and l.strip() else [l]
        for p in parts:
            out.append(p)
            back.append(i + 1)
    with tempfile.TemporaryDirectory() as d:
        tmp = os.path.join(d, os.path.basename(txt))
        with open(tmp, "w", encoding="utf-8") as f:
            f.write("\n".join(out))
        got = run(binary, tmp)
    for g in got:
        g["line"] = back[g["line"] - 1]
    return got


def ok_rel(e, rel, strict):
    return rel == e["relation"] or (not strict and rel in e.get("alt_relations", []))


UNIT = "--unit" in sys.argv


def unit(src):
    return "(document)" if UNIT and src.startswith(("file:", "doc:")) else src


def ok_src(e, src, strict):
    return unit(src) == unit(e["source"]) or (not strict and unit(src) in [unit(s) for s in e.get("alt_sources", [])])


def match(exp, got, key):
    """Greedy matching, nearest line first: exact (primary relation+source) within
    two lines, then acceptable (key) within two lines, then the same anywhere."""
    used, pairs = set(), {}
    for exact, window in ((True, 2), (False, 2), (True, None), (False, None)):
        for i, e in enumerate(exp):
            if i in pairs:
                continue
            best = None
            for j, g in enumerate(got):
                if j in used or g["target"] != e["target"]:
                    continue
                d = abs(g["line"] - e["line"])
                if window is not None and d > window:
                    continue
                if exact and not (g["relation"] == e["relation"] and unit(g["source"]) == unit(e["source"])):
                    continue
                if not exact and not key(e, g):
                    continue
                if best is None or d < best[0]:
                    best = (d, j)
            if best is not None:
                pairs[i] = best[1]
                used.add(best[1])
    return pairs, used


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    strict, quiet = "--strict" in sys.argv, "--quiet" in sys.argv
    binary = DEFAULT_BIN
    if args and os.path.isfile(args[0]) and os.access(args[0], os.X_OK) and not args[0].endswith(".txt"):
        binary = args.pop(0)
    names = args or sorted(os.path.basename(p)[:-len(".expected.jsonl")] for p in glob.glob(os.path.join(HERE, "*.expected.jsonl")))
    tot = collections.Counter()
    rows = []
    for name in names:
        txt = os.path.join(HERE, name + ".txt")
        lines = open(txt, encoding="utf-8").read().split("\n")
        exp_all = load(os.path.join(HERE, name + ".expected.jsonl"))
        got = run_split_header(binary, txt) if "--split-header" in sys.argv else run(binary, txt)
        key = lambda e, g: ok_rel(e, g["relation"], strict) and ok_src(e, g["source"], strict)
        pairs, used = match(exp_all, got, key)
        # optional expectations not found are dropped
        exp_idx = [i for i, e in enumerate(exp_all) if i in pairs or not e.get("optional")]
        tp = sum(1 for i in exp_idx if i in pairs)
        n_exp, n_got = len(exp_idx), len(got)
        alt_used = sum(1 for i, j in pairs.items() if not (got[j]["relation"] == exp_all[i]["relation"] and unit(got[j]["source"]) == unit(exp_all[i]["source"])))
        # target-only
        tpairs, _ = match([exp_all[i] for i in exp_idx], got, lambda e, g: True)
        ttp = len(tpairs)
        c = collections.Counter(tp=tp, exp=n_exp, got=n_got, ttp=ttp, alt=alt_used)
        tot.update(c)
        rows.append((name, c))
        misses = [exp_all[i] for i in exp_idx if i not in pairs]
        extras = [got[j] for j in range(len(got)) if j not in used]
        alts = [(exp_all[i], got[j]) for i, j in sorted(pairs.items()) if not (got[j]["relation"] == exp_all[i]["relation"] and unit(got[j]["source"]) == unit(exp_all[i]["source"]))]
        if quiet or (not misses and not extras and not alts):
            continue
        print(f"=== {name}: expected {n_exp}, got {n_got}, matched {tp}")
        for e, g in alts:
            print(f"  ALT-OK   L{e['line']} {e['target']}: expected {e['relation']} / {e['source']}, got {g['relation']} / {g['source']} (accepted alternative)")
        # pair misses/extras with the same target within one line
        paired_extra = set()
        for e in misses:
            cand = [j for j, g in enumerate(extras) if j not in paired_extra and g["target"] == e["target"] and abs(g["line"] - e["line"]) <= 1]
            ln = lines[e["line"] - 1].strip()
            if cand:
                j = cand[0]
                paired_extra.add(j)
                g = extras[j]
                diff = []
                if g["relation"] != e["relation"]:
                    diff.append(f"relation {e['relation']}{'/' + '/'.join(e['alt_relations']) if e.get('alt_relations') else ''} -> {g['relation']}")
                if unit(g["source"]) != unit(e["source"]):
                    diff.append(f"source {e['source']} -> {g['source']}")
                print(f"  MISMATCH L{e['line']} {e['target']}: {'; '.join(diff)}  text={g['text']!r}")
            else:
                print(f"  MISS     L{e['line']} {e['target']} ({e['relation']}, {e['source']}) text={e['text']!r}")
            print(f"           | {ln[:160]}")
        for j, g in enumerate(extras):
            if j in paired_extra:
                continue
            ln = lines[g["line"] - 1].strip()
            print(f"  EXTRA    L{g['line']} {g['target']} ({g['relation']}, {g['source']}) text={g['text']!r}{' anaphora' if g.get('anaphora') else ''}")
            print(f"           | {ln[:160]}")
    def pr(tp, g, e):
        return (tp / g if g else 1.0), (tp / e if e else 1.0)
    print()
    print(f"{'document':28} {'exp':>4} {'got':>4} {'tp':>4} {'P':>6} {'R':>6}   target-only P/R")
    for name, c in rows:
        p, r = pr(c["tp"], c["got"], c["exp"])
        tp_, tr = pr(c["ttp"], c["got"], c["exp"])
        print(f"{name:28} {c['exp']:4} {c['got']:4} {c['tp']:4} {p:6.3f} {r:6.3f}   {tp_:.3f}/{tr:.3f}")
    p, r = pr(tot["tp"], tot["got"], tot["exp"])
    tp_, tr = pr(tot["ttp"], tot["got"], tot["exp"])
    print(f"{'OVERALL' + (' strict' if strict else '') + (' unit' if UNIT else ''):28} {tot['exp']:4} {tot['got']:4} {tot['tp']:4} {p:6.3f} {r:6.3f}   {tp_:.3f}/{tr:.3f}")
    if not strict:
        print(f"(matches that needed an alternative relation/source: {tot['alt']}; run with --strict to refuse them)")


if __name__ == "__main__":
    main()
