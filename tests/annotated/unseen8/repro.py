#!/usr/bin/env python3
"""Minimal reproductions of the bugs in FINDINGS.md (eighth blind audit).

usage: repro.py [BINARY]

Each case is a tiny document; `want` lists (target, relation) pairs (relation
None = any) that must be printed, `forbid` targets that must not be printed,
`source` (optional) the expected source of every line, `bad_rel` relations that
must not be printed. Prints PASS/FAIL with the tool's actual lines.
(Harness: tests/unseen/repro_harness.py.) Case ids = root-cause letters in FINDINGS.md.
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
COSP = "Conference of the States Parties to the United Nations Convention against Corruption\n\n"
GA = "General Assembly\n\n76/1. Title\n\nThe General Assembly,\n\n"

CASES = [
    # P connective list broken by a possessive member after 'paragraph N of resolution X and'
    ("P1 'in accordance with paragraph 2 of resolution 6/1 and the Conference's resolution 7/1': 7/1 keeps acts-under",
     COSP + "1. States acted in accordance with paragraph 2 of resolution 6/1 and the Conference's resolution 7/1.\n",
     [("res:cosp:6/1", "acts-under"), ("res:cosp:7/1", "acts-under")], [], None, {"res:cosp:7/1": "cites"}),
    ("P2 GA text: 'in accordance with paragraph 2 of resolution 73/190 and the Conference's resolutions 7/1 and 8/9'",
     GA + "1. Calls upon States parties, in accordance with paragraph 2 of resolution 73/190 and the Conference's resolutions 7/1 and 8/9, to cooperate;\n",
     [("res:ga:73/190", "acts-under"), ("res:cosp:7/1", "acts-under"), ("res:cosp:8/9", "acts-under")], [], None,
     {"res:cosp:7/1": "cites", "res:cosp:8/9": "cites"}),
    # R 'referred to in X' reaches past ', as well as Y contained in Z'
    ("R1 'the principles referred to in the present resolution, as well as the recommendations contained in paragraph 7 of resolution 7/5' -> 7/5 cites",
     COSP + "1. Encourages States parties to take into account the principles referred to in the present resolution, as well as the recommendations contained in paragraph 7 of resolution 7/5;\n",
     [("res:cosp:7/5", "cites")], [], None, {"res:cosp:7/5": "refers"}),
    # F a page footer line inside a sentence cut by a page break hides the body named before the break
    ("F1 GA text: 'Requests the Implementation Review Group to consider the matter,' / footer / 'in line with article 52, at its thirteenth session' -> irg:13",
     GA + "1. Requests the Implementation Review Group to consider the matter,\n\nV.21-00912  9/64\n\n\n\nin line with article 52, at its thirteenth session;\n",
     [("session:irg:13", None), ("art:uncac:52", "acts-under")], ["session:ga:13"], None),
    ("F2 COSP text: 'the Working Group on Asset Recovery shall consider ..., ' / footnote / footer / 'and report thereon at its tenth meeting' -> wg-ar:10",
     COSP + "1. Decides that the Working Group on Asset Recovery shall consider the matter at its intersessional meetings,\n\n"
     "¹ See CAC/COSP/2013/CRP.5.\n\nV.20-00912  9/64\n\n\n\nand report thereon at its tenth meeting;\n",
     [("session:wg-ar:10", None), ("doc:CAC/COSP/2013/CRP.5", "refers")], [], None),
]

if __name__ == "__main__":
    sys.path.insert(0, os.path.join(HERE, "..", "unseen"))
    from repro_harness import main
    sys.exit(1 if main(CASES) else 0)
