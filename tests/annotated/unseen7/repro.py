#!/usr/bin/env python3
"""Minimal reproductions of the bugs in FINDINGS.md (seventh blind audit).

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
SC = "Security Council\n\nResolution 2799 (2025)\n\nAdopted by the Security Council at its 10042nd meeting, on 20 November 2025\n\nThe Security Council,\n\n"
CCPCJ = ("Commission on Crime Prevention and Criminal Justice\nThirty-fourth session\nVienna, 19–23 May 2025\n\n"
         "The Commission on Crime Prevention and Criminal Justice,\n\n")

CASES = [
    # S Security Council resolution: masthead symbol with '(YEAR)' and heading 'Resolution NNNN (YEAR)'
    ("S1 masthead 'United Nations   S/RES/2799 (2025)' is the document's own symbol, not a reference",
     "United Nations                    S/RES/2799 (2025)\n\nSecurity Council                  Distr.: General\n\nThe Security Council,\n\nRecalling its resolution 2462 (2019),\n",
     [("res:sc:2462", "recalls")], ["doc:S/RES/2799"], None),
    ("S2 heading 'Resolution 2799 (2025)' opens the unit res:sc:2799 (not a reference)",
     SC + "Recalling its resolutions 1373 (2001) and 2462 (2019),\n\n1. Decides to remain actively seized of the matter.\n",
     [("res:sc:1373", "recalls"), ("res:sc:2462", "recalls")], ["res:sc:2799"], "res:sc:2799"),
    # K a Commission's own text (CCPCJ / CND: no code) takes the default issuer
    ("K1 CCPCJ draft under an ECOSOC masthead: own session, 'its resolution 33/4', 'its thirty-fifth session' are no references",
     "E/CN.15/2025/L.4\n\nEconomic and Social Council\n\n" + CCPCJ + "Recalling its resolution 33/4 and Economic and Social Council resolution 2024/18,\n\n1. Decides to include the matter in the agenda of its thirty-fifth session;\n",
     [("res:ecosoc:2024/18", "recalls")], ["session:ecosoc:34", "res:ecosoc:33/4", "session:ecosoc:35"], None),
    ("K2 CCPCJ draft without the ECOSOC line: own resolution and session become cosp",
     "E/CN.15/2025/L.4\n\n" + CCPCJ + "Recalling its resolution 33/4 and Conference resolution 10/4,\n",
     [("res:cosp:10/4", "recalls")], ["session:cosp:34", "res:cosp:33/4"], None),
    # T 'decision N/M of that Commission'
    ("T1 'decision 68/1 of that Commission' (the Commission on Narcotic Drugs) is no reference",
     COSP + "1. The Secretariat consulted the Commission on Narcotic Drugs, taking into account decision 68/1 of that Commission.\n",
     [], ["dec:ga:68/1", "dec:cosp:68/1"], None),
    # U 'under' governs more than its own noun phrase
    ("U1 'referred to the recommendations made under chapter II and to article 14, paragraph 1 (a)'",
     COSP + "1. Several States referred to the recommendations made to them under chapter II and to article 14, paragraph 1 (a).\n",
     [("art:uncac:14(1)(a)", "refers")], [], None, {"art:uncac:14(1)(a)": "acts-under"}),
    ("U2 (moderate) fronted 'Under chapter V, most recommendations concerned articles 52 and 53'",
     COSP + "1. Under chapter V, most recommendations concerned articles 52 and 53.\n",
     [("chap:uncac:V", "acts-under"), ("art:uncac:52", "cites"), ("art:uncac:53", "cites")], [], None,
     {"art:uncac:52": "acts-under", "art:uncac:53": "acts-under"}),
    # H non-breaking hyphen U+2011 inside a number / ordinal
    ("H1 footnote 'General Assembly resolution S\u201132/1, annex.' (U+2011)",
     COSP + "1. See the declaration.\u00b9\n\n\u00b9 General Assembly resolution S\u201132/1, annex.\n",
     [("res:ga:S-32/1", None)], [], None),
    ("H2 'the General Assembly at its thirty\u2011second special session' (U+2011) -> S-32, not S-2",
     COSP + "1. Recalling the Political Declaration adopted by the General Assembly at its thirty\u2011second special session,\n",
     [("session:ga:S-32", None)], ["session:ga:S-2"], None),
    # B 'article N bis' of a national law
    ("B1 'Organic Law No. 10/1995 (Criminal Code), article 31 bis' is no Convention article",
     COSP + "1. Spain referred to Organic Law No. 10/1995 (Criminal Code), article 31 bis, and to article 26 of the Convention.\n",
     [("art:uncac:26", "refers")], ["art:uncac:31"], None),
    ("B2 'article 7 bis of Law No. 3/2020' / '(article 5 ter)'",
     COSP + "1. Its Penal Code (article 5 ter) and article 7 bis of Law No. 3/2020 were cited.\n",
     [], ["art:uncac:5", "art:uncac:7"], None),
]


if __name__ == "__main__":
    sys.path.insert(0, os.path.join(HERE, "..", "unseen"))
    from repro_harness import main

    main(CASES)
