#!/usr/bin/env python3
"""Minimal reproductions of the bugs in FINDINGS.md (ninth blind audit).

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
GA = "General Assembly\n\n74/1. Title\n\nThe General Assembly,\n\n"

CASES = [
    # A connective lost on a pinpoint with a subparagraph letter / on a second pinpoint member other than 'paragraph N of'
    ("A1 'in accordance with paragraph 4 (b) of resolution 8/1' -> acts-under",
     COSP + "1. States acted in accordance with paragraph 4 (b) of resolution 8/1.\n",
     [("res:cosp:8/1", "acts-under")], [], None, {"res:cosp:8/1": "cites"}),
    ("A2 'in line with paragraph 5 (c) of resolution 9/1 and decision 9/2' -> both acts-under",
     COSP + "1. The note was prepared in line with paragraph 5 (c) of resolution 9/1 and decision 9/2.\n",
     [("res:cosp:9/1", "acts-under"), ("dec:cosp:9/2", "acts-under")], [], None),
    ("A3 'in accordance with paragraph 5 of resolution 7/1 and section II of resolution 8/1' -> 8/1 acts-under",
     COSP + "1. States acted in accordance with paragraph 5 of resolution 7/1 and section II of resolution 8/1.\n",
     [("res:cosp:7/1", "acts-under"), ("res:cosp:8/1", "acts-under")], [], None, {"res:cosp:8/1": "cites"}),
    ("A4 'in accordance with the terms of reference and operative paragraph 2 of resolution 4/1' -> acts-under",
     COSP + "1. States acted in accordance with the terms of reference and operative paragraph 2 of resolution 4/1.\n",
     [("res:cosp:4/1", "acts-under")], [], None, {"res:cosp:4/1": "cites"}),
    # B owner of a second coordinated 'its [resumed] Nth session' falls back to the subject
    ("B1 'the report of the IRG on its sixth session and on its resumed sixth session' -> irg:6 twice",
     COSP + "1. The Conference took note of the report of the Implementation Review Group on its sixth session and on its resumed sixth session.\n",
     [("session:irg:6", None)], ["session:cosp:6"], None),
    ("B2 'the work of the IRG at the first and second parts of its resumed eleventh session' -> irg:11",
     COSP + "1. The Conference welcomed the work of the Implementation Review Group at the first and second parts of its resumed eleventh session.\n",
     [("session:irg:11", None)], ["session:cosp:11"], None),
    ("B3 'on its sixth session and on its seventh session' (no 'resumed') -> irg:7",
     COSP + "1. The Conference took note of the report of the Implementation Review Group on its sixth session and on its seventh session.\n",
     [("session:irg:6", None), ("session:irg:7", None)], ["session:cosp:7"], None),
    # I a participle 'adopted at' inside a fronted connective phrase leaks to the main clause's objects
    ("I1 'In line with the workplan adopted at its eighth session, the Group held a panel discussion on articles 52 and 58' -> cites",
     COSP + "7. In line with the workplan adopted at its eighth session, the Group held a panel discussion on articles 52 and 58.\n",
     [("art:uncac:52", "cites"), ("art:uncac:58", "cites")], [], None, {"art:uncac:52": "adopts", "art:uncac:58": "adopts"}),
    # C lettered subparagraph right after the article number
    ("C1 'article 1 (b) and (c) of the Convention' -> 1(b), 1(c)",
     COSP + "1. The Conference was guided by article 1 (b) and (c) of the Convention.\n",
     [("art:uncac:1(b)", None), ("art:uncac:1(c)", None)], ["art:uncac:1"], None),
    # T table row: 'its Nth meeting' belongs to the body in the row's first cell
    ("T1 table row '| Expert meeting | Decision 9/2 | Considered at its eleventh meeting |' -> eg-ic:11",
     COSP + "2. The bodies are the Working Group on Asset Recovery and the expert meeting on international cooperation.\n\n"
     "| Body | Source | Status |\n| --- | --- | --- |\n| Working Group on Asset Recovery | Resolution 9/7 | Discussed at its fifteenth meeting |\n"
     "| Expert meeting | Decision 9/2 | Considered at its eleventh meeting |\n",
     [("session:wg-ar:15", None), ("session:eg-ic:11", None)], ["session:wg-ar:11"], None),
    # K a list of article numbers cut by a page break right after 'and'
    ("K1 'articles 15 and' / blank lines / '25, as well as ...' -> 25",
     COSP + "*Mindful* of chapter III, in particular articles 15 and\n\n\n\n25, as well as of article 4 of the Convention,\n",
     [("art:uncac:15", None), ("art:uncac:25", None), ("art:uncac:4", None)], [], None),
    # U resolution of the CTOC Conference of the Parties ('in particular its resolution 10/1') gets the text's issuer
    ("U1 GA text: 'the work of the Conference of the Parties to the ... Transnational Organized Crime, in particular its resolution 10/1' -> nothing",
     GA + "*Mindful of* the work of the Conference of the Parties to the United Nations Convention against Transnational Organized Crime, in particular its resolution 10/1,\n",
     [], ["res:ga:10/1", "res:cosp:10/1"], None),
    # N anaphor printed with the verb of the previous coordinated clause / the wrong antecedent
    ("N1 GA text: 'in paragraph 6 of that resolution, it requested' -> anaphor not 'decides'",
     GA + "*Bearing in mind* that, in paragraph 4 of its resolution 73/191, the Assembly decided that the session would be preceded by an organizational session and that, in paragraph 6 of that resolution, it requested the Conference to lead the process,\n",
     [("res:ga:73/191", "cites")], [], None, {"res:ga:73/191": "decides"}),
    # S 'the Conference, at its special session' is not the Assembly's S-32
    ("S1 'The Chair recalled that the Conference, at its special session, had encouraged the Group' -> no session:ga:S-32",
     COSP + "4. The Chair recalled that the Conference, at its special session, had encouraged the Group to address the matter.\n",
     [], ["session:ga:S-32"], None),
]

if __name__ == "__main__":
    sys.path.insert(0, os.path.join(HERE, "..", "unseen"))
    from repro_harness import main
    sys.exit(1 if main(CASES) else 0)
