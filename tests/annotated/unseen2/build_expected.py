#!/usr/bin/env python3
"""Build NAME.expected.jsonl from the hand-made specs in specs/NAME.py.

Each spec is a list of entries in document order:
    E(text, targets, relation, source, **extra)
`text` is the exact span (searched from the start of the previous entry's match, so
entries must be in document order); `targets` a list (one line per target);
`source` "F" means file:NAME; extra: alt_relations, alt_sources, note, optional, n
(skip n earlier occurrences of text after the cursor).
"""
import glob, json, os, runpy, sys

# The set built: this folder, or the one a sibling set's build_expected.py names.
HERE = os.environ.get("UNSEEN_SET") or os.path.dirname(os.path.abspath(__file__))
KIND = {"res": "resolution", "dec": "decision", "art": "article", "chap": "chapter", "doc": "document", "session": "session"}


def build(name):
    spec = runpy.run_path(os.path.join(HERE, "specs", name + ".py"))["SPEC"]
    text = open(os.path.join(HERE, name + ".txt"), encoding="utf-8").read()
    cur, out = 0, []
    for ent in spec:
        span, targets, rel, src, extra = ent
        pos = text.find(span, cur)
        for _ in range(extra.get("n", 0)):
            pos = text.find(span, pos + 1)
        if pos < 0:
            sys.exit(f"{name}: span not found after offset {cur}: {span!r}")
        cur = pos + 1
        line = text.count("\n", 0, pos) + 1
        if isinstance(targets, str):
            targets = [targets]
        for t in targets:
            d = {"target": t, "relation": rel, "source": f"file:{name}" if src == "F" else src,
                 "kind": KIND[t.split(":")[0]], "text": span, "line": line}
            for k in ("alt_relations", "alt_sources", "optional", "note"):
                if k in extra:
                    v = extra[k]
                    if k == "alt_sources":
                        v = [f"file:{name}" if s == "F" else s for s in v]
                    d[k] = v
            out.append(d)
    with open(os.path.join(HERE, name + ".expected.jsonl"), "w", encoding="utf-8") as f:
        for d in out:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    return len(out)


if __name__ == "__main__":
    names = sys.argv[1:] or sorted(os.path.basename(p)[:-3] for p in glob.glob(os.path.join(HERE, "specs", "*.py")) if not p.endswith("_common.py"))
    for n in names:
        print(n, build(n))
