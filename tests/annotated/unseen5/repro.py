#!/usr/bin/env python3
"""Minimal reproductions of the bugs in FINDINGS.md (fifth blind audit).

usage: repro.py [BINARY]

Each case is a tiny document; `want` lists (target, relation) pairs (relation
None = any) that must be printed, `forbid` targets that must not be printed,
`source` (optional) the expected source of every line. Prints PASS/FAIL with
the tool's actual lines. (Harness: tests/unseen/repro_harness.py.)
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
COSP = "Conference of the States Parties to the United Nations Convention against Corruption\n\n"
EC = "Economic and Social Council\n\n2025/19. Strengthening links\n\n            The Economic and Social Council,\n\n            "

CASES = [
    # 1 the word 'subparagraph(s)' with a letter, after or before 'article N, paragraph M'
    ("1a 'article 9, paragraph 1, subparagraph (d)'", COSP + "1. Speakers underlined article 9, paragraph 1, subparagraph (d), of the Convention.\n",
     [("art:uncac:9(1)(d)", None)], ["art:uncac:9(1)"], None),
    ("1b 'article 12, paragraph 2, subparagraphs (a) to (c)'", COSP + "1. Speakers referred to article 12, paragraph 2, subparagraphs (a) to (c).\n",
     [("art:uncac:12(2)(a)", "refers"), ("art:uncac:12(2)(b)", "refers"), ("art:uncac:12(2)(c)", "refers")], ["art:uncac:12(2)"], None),
    ("1c 'subparagraph' / line break / '(b)'", COSP + "1. Speakers referred to article 57, paragraph 3, subparagraph\n(b).\n",
     [("art:uncac:57(3)(b)", "refers")], ["art:uncac:57(3)"], None),
    ("1d 'subpara. (d)' abbreviation", COSP + "1. The mandate derives from art. 9, para. 1, subpara. (d).\n",
     [("art:uncac:9(1)(d)", None)], ["art:uncac:9(1)"], None),
    ("1e 'subparagraphs (a) and (b) of article 57, paragraph 3'", COSP + "1. Speakers referred to subparagraphs (a) and (b) of article 57, paragraph 3.\n",
     [("art:uncac:57(3)(a)", "refers"), ("art:uncac:57(3)(b)", "refers")], ["art:uncac:57(3)"], None),
    ("1f 'subparagraph (b) of article 57, paragraph 3'", COSP + "1. Speakers referred to subparagraph (b) of article 57, paragraph 3.\n",
     [("art:uncac:57(3)(b)", "refers")], ["art:uncac:57(3)"], None),
    # 2 'res.' abbreviation
    ("2a 'res. 10/2, para. 14'", COSP + "1. The mandate derives from res. 10/2, para. 14.\n",
     [("res:cosp:10/2", None)], [], None),
    ("2b 'Res. 6/1', 'GA res. 79/196', 'ECOSOC res. 2024/17'", COSP + "1. The mandate derives from Res. 6/1 and GA res. 79/196 and ECOSOC res. 2024/17.\n",
     [("res:cosp:6/1", None), ("res:ga:79/196", None), ("res:ecosoc:2024/17", None)], [], None),
    ("2c table cell 'Res. 8/4 and 10/9'", COSP + "| No. | Mandate | Source |\n| --- | --- | --- |\n| 1 | Regional platforms | Res. 8/4 and 10/9 |\n",
     [("res:cosp:8/4", None), ("res:cosp:10/9", None)], [], None),
    # 3 issuer of Conference resolutions in an ECOSOC text
    ("3a ECOSOC: 'the resolutions of the Conference ..., in particular resolutions 10/5 and 10/6, adopted at its tenth session'", EC + "Recalling the resolutions of the Conference of the States Parties to the United Nations Convention against Corruption, in particular resolutions 10/5 and 10/6, adopted at its tenth session,\n",
     [("res:cosp:10/5", "recalls"), ("res:cosp:10/6", "recalls"), ("session:cosp:10", None)], ["res:ga:10/5", "res:ga:10/6", "session:ga:10"], None),
    ("3b ECOSOC: 'the outcome of the Conference at its ninth and tenth sessions, in particular resolution 9/3'", EC + "2. Invites Member States to consider the outcome of the Conference at its ninth and tenth sessions, in particular resolution 9/3, in their preparations;\n",
     [("res:cosp:9/3", None)], ["res:ga:9/3"], None),
    # 4 elliptical symbol lists / ranges
    ("4a 'CAC/COSP/2021/L.11, L.12 and L.14'", COSP + "1. The resolutions are contained in documents CAC/COSP/2021/L.11, L.12 and L.14.\n",
     [("doc:CAC/COSP/2021/L.11", None), ("doc:CAC/COSP/2021/L.12", None), ("doc:CAC/COSP/2021/L.14", None)], [], None),
    ("4b 'CAC/COSP/2021/L.11 and L.12'", COSP + "1. The documents are CAC/COSP/2021/L.11 and L.12.\n",
     [("doc:CAC/COSP/2021/L.11", None), ("doc:CAC/COSP/2021/L.12", None)], [], None),
    ("4c 'X/L.1 and Add.1–Add.4' (repeated prefix in the range)", COSP + "1. The Conference adopted the report (CAC/COSP/2021/L.1 and Add.1–Add.4).\n",
     [("doc:CAC/COSP/2021/L.1/Add.%d" % n, "adopts") for n in (1, 2, 3, 4)], [], None),
    ("4d 'X/L.1 and Add.1 to Add.4'", COSP + "1. The Conference adopted the report (CAC/COSP/2021/L.1 and Add.1 to Add.4).\n",
     [("doc:CAC/COSP/2021/L.1/Add.%d" % n, "adopts") for n in (1, 2, 3, 4)], [], None),
    # 5 article list whose members each carry a pinpoint
    ("5a 'articles 46, paragraph 3 (j), and 57, paragraph 5'", COSP + "1. Others relied on articles 46, paragraph 3 (j), and 57, paragraph 5.\n",
     [("art:uncac:46(3)(j)", None), ("art:uncac:57(5)", None)], ["art:uncac:46(57)", "art:uncac:46(5)"], None),
    ("5b 'articles 46, paragraph 3, and 57, paragraph 5'", COSP + "1. Others relied on articles 46, paragraph 3, and 57, paragraph 5.\n",
     [("art:uncac:46(3)", None), ("art:uncac:57(5)", None)], ["art:uncac:46(57)", "art:uncac:46(5)"], None),
    # 6 list continued after a parenthesised pinpoint
    ("6a 'resolutions 8/9 (paras. 4 and 5) and 9/7'", COSP + "1. In the light of the guidance provided by the Conference in resolutions 8/9 (paras. 4 and 5) and 9/7, the Group met.\n",
     [("res:cosp:8/9", None), ("res:cosp:9/7", None)], [], None),
    ("6b 'resolutions 8/9 (para. 4) and 9/7'", COSP + "1. The Conference recalled resolutions 8/9 (para. 4) and 9/7.\n",
     [("res:cosp:8/9", "recalls"), ("res:cosp:9/7", "recalls")], [], None),
    # 7 '(see annex)' leaks 'refers' out of its parentheses
    ("7a '(see annex), organized in the follow-up to Conference resolution 10/2'", COSP + "1. I have the honour to transmit herewith the Chair's summary (see annex), organized in the follow-up to Conference resolution 10/2.\n",
     [("res:cosp:10/2", "cites")], [], None),
    # 8 'its' after an appositive naming a resolution of the Conference, in an ECOSOC text
    ("8a ECOSOC: 'the Implementation Review Group, established pursuant to Conference resolution 3/1, at its sixteenth session'", EC + "Welcoming the work of the Implementation Review Group, established pursuant to Conference resolution 3/1, at its sixteenth session,\n",
     [("session:irg:16", None)], ["session:ecosoc:16"], None),
    # 9 'the Group ... session' taken as the last-named working group
    ("9a 'the Group at its seventeenth session' after a Working Group paragraph", COSP + "1. The Implementation Review Group met. The Working Group on the Prevention of Corruption will consider the matter at its seventeenth meeting.\n\n2. The secretariat will report to the Conference at its twelfth session and to the Group at its seventeenth session.\n",
     [("session:wg-prev:17", None), ("session:cosp:12", None), ("session:irg:17", None)], [], None),
    # 10 'Welcoming the holding of X' does not pass the verb
    ("10a ECOSOC: 'Welcoming the holding of the eleventh session of the Conference'", EC + "Welcoming the holding of the eleventh session of the Conference in Doha,\n",
     [("session:cosp:11", "welcomes")], [], None),
    ("10b 'The Conference welcomed the holding of the eleventh session'", COSP + "1. The Conference welcomed the holding of the eleventh session of the Conference in Doha.\n",
     [("session:cosp:11", "welcomes")], [], None),
]


if __name__ == "__main__":
    sys.path.insert(0, os.path.join(HERE, "..", "unseen"))
    from repro_harness import main

    main(CASES)
