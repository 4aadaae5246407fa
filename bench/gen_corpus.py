#!/usr/bin/env python3
"""Grow the bundled corpus to SIZE bytes of distinct documents.

usage: gen_corpus.py SRC_DIR OUT_DIR SIZE_MB [SEED]

Each generated file is a bundled document with its numbers varied, so the
citation graph grows instead of repeating the same few hundred nodes:
resolution/decision numbers (session/serial), session ordinals, article
paragraphs, symbol years and serials. Deterministic for a given seed.
"""
import os, random, re, sys

ORD = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
       "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
       "seventeenth", "eighteenth", "nineteenth", "twentieth"]
ORD_RE = re.compile(r"\b(" + "|".join(ORD) + r")(\s+(?:resumed\s+)?(?:session|meeting))", re.I)
RES_RE = re.compile(r"\b(\d{1,2})/(\d{1,3})\b")
SYM_RE = re.compile(r"(CAC/COSP/(?:[A-Z0-9.]+/)?)(20\d\d)/(L\.|CRP\.|INF/|NGO/)?(\d{1,2})")
PARA_RE = re.compile(r"(paragraphs?\s+)(\d{1,2})\b")


def vary(text, rng, k):
    # Session numbers run up to ~900 across the corpus: many distinct nodes.
    shift = k % 900
    def res(m):
        a, b = int(m.group(1)), int(m.group(2))
        if a > 30:  # Assembly numbers: keep plausible
            return f"{(a + k) % 60 + 31}/{(b + 7 * k) % 999 + 1}"
        return f"{(a + shift) % 25 + 1}/{(b + 7 * k) % 999 + 1}"
    def ordinal(m):
        i = (ORD.index(m.group(1).lower()) + k) % len(ORD)
        w = ORD[i]
        return (w.capitalize() if m.group(1)[0].isupper() else w) + m.group(2)
    def sym(m):
        year = 2000 + (int(m.group(2)) + k) % 26
        return f"{m.group(1)}{year}/{m.group(3) or ''}{(int(m.group(4)) + 131 * k) % 99991 + 1}"
    def para(m):
        return f"{m.group(1)}{(int(m.group(2)) + k) % 12 + 1}"
    text = RES_RE.sub(res, text)
    text = ORD_RE.sub(ordinal, text)
    text = SYM_RE.sub(sym, text)
    text = PARA_RE.sub(para, text)
    return text


def main():
    src, out, size_mb = sys.argv[1], sys.argv[2], float(sys.argv[3])
    seed = int(sys.argv[4]) if len(sys.argv) > 4 else 7
    rng = random.Random(seed)
    docs = []
    for name in sorted(os.listdir(src)):
        if name.endswith(".txt"):
            with open(os.path.join(src, name), encoding="utf-8") as f:
                docs.append((name[:-4], f.read()))
    os.makedirs(out, exist_ok=True)
    target = int(size_mb * 1024 * 1024)
    written, k = 0, 0
    while written < target:
        stem, text = docs[k % len(docs)]
        body = vary(text, rng, k)
        sub = os.path.join(out, f"{k // 1000:04d}")
        os.makedirs(sub, exist_ok=True)
        with open(os.path.join(sub, f"{stem}-{k:06d}.txt"), "w", encoding="utf-8") as f:
            f.write(body)
        written += len(body.encode("utf-8"))
        k += 1
    print(f"{out}: {k} files, {written / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
