"""The harness every held-out set's repro.py runs its CASES through.

A case is (name, text, want, forbid, source[, bad_rel]): `want` lists
(target, relation) pairs (relation None = any) that must be printed,
`forbid` targets that must not be, `source` (or None) the expected source
of every line, `bad_rel` {target: relation} pairs that must not be printed.
Prints PASS/FAIL with the tool's actual lines.
"""
import json, os, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))


def main(CASES):
    BIN = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "..", "..", "target", "release", "uncite")

    def run(text):
        with tempfile.TemporaryDirectory() as d:
            p = os.path.join(d, "case.txt")
            with open(p, "w", encoding="utf-8") as f:
                f.write(text)
            r = subprocess.run([BIN, "extract", "--format", "jsonl", p], capture_output=True, text=True)
            return [json.loads(l) for l in r.stdout.splitlines() if l.strip()]


    fails = 0
    for case in CASES:
        name, text, want, forbid, source = case[:5]
        bad_rel = case[5] if len(case) > 5 else {}
        got = run(text)
        problems = []
        for t, rel in want:
            if not any(g["target"] == t and (rel is None or g["relation"] == rel) for g in got):
                problems.append(f"missing {t}{' (' + rel + ')' if rel else ''}")
        for t in forbid:
            if any(g["target"] == t for g in got):
                problems.append(f"spurious {t}")
        for t, rel in bad_rel.items():
            if any(g["target"] == t and g["relation"] == rel for g in got):
                problems.append(f"{t} printed with relation {rel}")
        if source:
            for g in got:
                if g["source"] != source:
                    problems.append(f"source {g['source']} for {g['target']} (want {source})")
        fails += bool(problems)
        print(f"{'FAIL' if problems else 'PASS'}  {name}")
        for p in problems:
            print(f"        - {p}")
        if problems:
            for g in got:
                print(f"        got: {g['target']} {g['relation']} {g['source']} {g['text']!r}{' anaphora' if g.get('anaphora') else ''}")
    print(f"\n{fails} of {len(CASES)} cases fail")
    return fails
