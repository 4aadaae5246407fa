#!/usr/bin/env python3
"""Minimal reproductions of the bugs in FINDINGS.md (sixth blind audit).

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
GA = "General Assembly\n\n80/1. Strengthening cooperation\n\nThe General Assembly,\n\n"
DEC = COSP + "Decision 11/2\n\nWork of the subsidiary bodies\n\nThe Conference of the States Parties to the United Nations Convention against Corruption,\n\n"
EG = ("CAC/COSP/EG.1/2025/2\n\n" + COSP + "Open-ended intergovernmental expert meeting to enhance international cooperation "
      "under the United Nations Convention against Corruption\n\n")
L = lambda s, n: ["doc:%s%d" % (s, i) for i in n]

CASES = [
    # A own symbol on the masthead line 'United Nations SYMBOL' (single space)
    ("A1 masthead 'United Nations A/C.3/80/L.14' (one space) is the document's own symbol",
     "United Nations A/C.3/80/L.14\n\nGeneral Assembly\n\nEightieth session\n\nThe General Assembly,\n\nRecalling its resolution 58/4,\n",
     [("session:ga:80", None), ("res:ga:58/4", "recalls")], ["doc:A/C.3/80/L.14"], "doc:A/C.3/80/L.14"),
    ("A2 masthead 'United Nations CAC/COSP/2025/12' (one space)",
     "United Nations CAC/COSP/2025/12\n\n" + COSP + "1. In its resolution 10/1, the Conference decided.\n",
     [("res:cosp:10/1", None)], ["doc:CAC/COSP/2025/12"], "doc:CAC/COSP/2025/12"),
    # B a dated resolution list interrupted by a relative clause
    ("B1 'resolutions 55/61 of DATE, in which it recognized ..., 55/188 of DATE and 58/4 of DATE'",
     GA + "Recalling its resolutions 55/61 of 4 December 2000, in which it recognized that an instrument was desirable, 55/188 of 20 December 2000 and 58/4 of 31 October 2003,\n",
     [("res:ga:55/61", "recalls"), ("res:ga:55/188", "recalls"), ("res:ga:58/4", "recalls")], [], None),
    ("B2 'resolutions 58/4, by which it adopted the Convention, and 69/199'",
     GA + "Recalling its resolutions 58/4, by which it adopted the Convention, and 69/199,\n",
     [("res:ga:58/4", "recalls"), ("res:ga:69/199", "recalls")], [], None),
    # C 'the report of the Conference on its Nth session' in an Assembly text
    ("C1 GA: 'the report of the Conference on its eleventh session'",
     GA + "Taking note of the report of the Conference on its eleventh session,\n",
     [("session:cosp:11", None)], ["session:ga:11"], None),
    # D 'thereof' after a non-UN instrument
    ("D1 'the Arms Trade Treaty, in particular article 11 thereof' is no UNCAC/UNTOC article",
     COSP + "1. Recalling the Arms Trade Treaty, in particular article 11 thereof,\n",
     [], ["art:uncac:11", "art:untoc:11"], None),
    ("D2 UNTOC ... 'and the Arms Trade Treaty, in particular article 11 thereof'",
     COSP + "1. Recalling the United Nations Convention against Transnational Organized Crime, in particular article 18 thereof, and the Arms Trade Treaty, in particular article 11 thereof,\n",
     [("art:untoc:18", "recalls")], ["art:untoc:11", "art:uncac:11"], None),
    ("D3 'the Hague Convention on the Service Abroad ..., in particular article 5 thereof'",
     COSP + "1. Several States applied the Hague Convention on the Service Abroad of Judicial and Extrajudicial Documents, in particular article 5 thereof.\n",
     [], ["art:uncac:5", "art:untoc:5"], None),
    # E 'the Group at its Nth session' after a Working Group was named
    ("E1 'the Group at its fourteenth session' / 'its first resumed fifteenth session' after a Working Group paragraph",
     COSP + "1. The Working Group on the Prevention of Corruption shall meet twice.\n\n2. The President recalled that the Conference had asked the Group at its fourteenth session, held in Vienna, to consider the matter; the Group had done so also at its first resumed fifteenth session.\n",
     [("session:irg:14", None), ("session:irg:15", None)], ["session:wg-prev:14", "session:wg-prev:15"], None),
    ("E2 'the Group at its sixteenth session' after the Working Group on Asset Recovery",
     COSP + "1. The Working Group on Asset Recovery met.\n\n2. It took note of the request made by the Group at its sixteenth session.\n",
     [("session:irg:16", None)], ["session:wg-ar:16"], None),
    # F 'its Nth session' after subjects that are working groups
    ("F1 decision: 'X, Y and Z shall each meet at least twice before its twelfth session'",
     DEC + "1. Decides that the Implementation Review Group, the Working Group on Asset Recovery and the Working Group on the Prevention of Corruption shall each meet at least twice before its twelfth session;\n",
     [("session:cosp:12", None)], ["session:irg:12"], None),
    ("F2 decision: 'the Working Group on Asset Recovery shall meet twice before its twelfth session'",
     DEC + "1. Decides that the Working Group on Asset Recovery shall meet twice before its twelfth session;\n",
     [("session:cosp:12", None)], ["session:wg-ar:12"], None),
    # G ranges of a symbol's last component other than Add.
    ("G1 'CAC/COSP/2025/L.3 to L.7'", COSP + "1. Proposals were received as documents CAC/COSP/2025/L.3 to L.7.\n",
     [(t, None) for t in L("CAC/COSP/2025/L.", range(3, 8))], [], None),
    ("G2 'CAC/COSP/2025/L.3–L.7'", COSP + "1. Proposals were received as documents CAC/COSP/2025/L.3–L.7.\n",
     [(t, None) for t in L("CAC/COSP/2025/L.", range(3, 8))], [], None),
    ("G3 'CAC/COSP/2025/L.3–7'", COSP + "1. Proposals were received as documents CAC/COSP/2025/L.3–7.\n",
     [(t, None) for t in L("CAC/COSP/2025/L.", range(3, 8))], [], None),
    ("G4 'X/Add.1 to Add.3' (range starting inside the symbol)", COSP + "1. The addenda (CAC/COSP/IRG/2026/2/Add.1 to Add.3) were issued.\n",
     [(t, None) for t in L("CAC/COSP/IRG/2026/2/Add.", range(1, 4))], [], None),
    # I a participle of a listed verb ('reaffirmed in', 'requested in') describing the object becomes the relation
    ("I1 'renew the mandate set out in resolution 9/4 and reaffirmed in resolutions 10/1 and 10/4'",
     COSP + "1. The Group may wish to recommend that the Conference renew the mandate set out in resolution 9/4 and reaffirmed in resolutions 10/1 and 10/4.\n",
     [("res:cosp:9/4", "cites"), ("res:cosp:10/1", "cites"), ("res:cosp:10/4", "cites")], [], None,
     {"res:cosp:10/1": "reaffirms", "res:cosp:10/4": "reaffirms"}),
    ("I2 'renewed the arrangements reaffirmed in decision 10/2' ('reaffirmed by' gives cites)",
     COSP + "1. The Conference renewed the arrangements reaffirmed in decision 10/2.\n",
     [("dec:cosp:10/2", "cites")], [], None, {"dec:cosp:10/2": "reaffirms"}),
    ("I3 'the progress report requested in resolution 11/1 and in decision 11/2 (SYMBOL)'",
     COSP + "1. The Group will have before it the progress report requested in resolution 11/1 and in decision 11/2 (CAC/COSP/IRG/2026/4).\n",
     [("res:cosp:11/1", "cites"), ("dec:cosp:11/2", "cites"), ("doc:CAC/COSP/IRG/2026/4", "cites")], [], None,
     {"doc:CAC/COSP/IRG/2026/4": "requests", "res:cosp:11/1": "requests", "dec:cosp:11/2": "requests"}),
    # K HTML tags deleted without a separator
    ("K1 header 'Fourteenth meeting<br>Vienna, 22–24 October 2025'",
     EG + "Fourteenth meeting<br>Vienna, 22–24 October 2025\n\nItem 2 of the provisional agenda\n",
     [("session:eg-ic:14", None)], [], None),
    ("K2 HTML table cell '<td>Art. 43, para. 1</td><td>29</td>'",
     COSP + "<table>\n<tr><td>Art. 43, para. 1</td><td>29</td></tr>\n</table>\n",
     [("art:uncac:43(1)", None)], ["art:uncac:43(129)"], None),
    ("K3 'resolution 10/4<br>10 States replied'", COSP + "1. Speakers referred to resolution 10/4<br>10 States replied.\n",
     [("res:cosp:10/4", "refers")], ["res:cosp:10/410"], None),
    ("K4 'article 46<br>and to resolution 10/4'", COSP + "1. Speakers referred to article 46<br>and to resolution 10/4.\n",
     [("art:uncac:46", "refers"), ("res:cosp:10/4", "refers")], [], None),
    # L a symbol wrapped after a slash at the line end
    ("L1 footnote 'CAC/COSP/EG.1/2023/3 and CAC/COSP/EG.1/⏎2024/4'",
     COSP + "1 See the reports contained in documents CAC/COSP/EG.1/2023/3 and CAC/COSP/EG.1/\n2024/4.\n",
     [("doc:CAC/COSP/EG.1/2023/3", "refers"), ("doc:CAC/COSP/EG.1/2024/4", "refers")], ["doc:CAC/COSP/EG.1"], None),
    ("L2 'See document CAC/COSP/IRG/⏎2024/4.'", COSP + "1. See document CAC/COSP/IRG/\n2024/4.\n",
     [("doc:CAC/COSP/IRG/2024/4", "refers")], ["doc:CAC/COSP/IRG"], None),
    # N (contract gap, not counted as a bug): subparagraph of an article that has no paragraphs
    ("N1 (contract gap) 'article 53, subparagraph (a)'", COSP + "1. Several States recalled that article 53, subparagraph (a), allows civil action.\n",
     [("art:uncac:53(a)", None)], [], None),
]


if __name__ == "__main__":
    sys.path.insert(0, os.path.join(HERE, "..", "unseen"))
    from repro_harness import main

    main(CASES)
