#!/usr/bin/env python3
"""Minimal reproductions of the root causes in FINDINGS.md.

usage: repro.py [BINARY]

Each case is a tiny document; `want` lists (target, relation) pairs (relation
None = any) that must be printed, `source` (optional) the expected source of
every line, `forbid` targets that must not be printed. Prints PASS/FAIL with
the tool's actual lines.
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
COSP = "Conference of the States Parties to the United Nations Convention against Corruption\n\n"
GA = "General Assembly\n\n78/177. Corruption\n\nThe General Assembly,\n\n"

CASES = [
    ("A1 own symbol in a two-column pdftotext header",
     " United Nations                                    CAC/COSP/2023/15\n"
     "            Conference of the States Parties      Distr.: General\n\n"
     "1. The Conference recalled its resolution 9/1.\n\nCAC/COSP/2023/15\n",
     [("res:cosp:9/1", "recalls")], ["doc:CAC/COSP/2023/15"], "doc:CAC/COSP/2023/15"),
    ("A2 GA body lost with the two-column header: sessions become the Conference's",
     " United Nations                                    A/RES/78/177\n"
     "            General Assembly                      Distr.: General\n\nSeventy-eighth session\n\n"
     "78/177. Corruption\n\nThe General Assembly,\n\n"
     "1. Requests the Secretary-General to report to it at its seventy-ninth session.\n",
     [("session:ga:78", None), ("session:ga:79", None)], ["session:cosp:78", "session:cosp:79"], None),
    ("B1 resolution of the CTOC Conference of the Parties (fronted)",
     COSP + "1. In its resolution 10/4, the Conference of the Parties to the United Nations Convention "
     "against Transnational Organized Crime requested its working group to meet.\n",
     [], ["res:cosp:10/4", "res:ga:10/4"], None),
    ("B2 resolution of the Commission on Crime Prevention and Criminal Justice (fronted)",
     COSP + "1. In its resolution 33/1, the Commission on Crime Prevention and Criminal Justice encouraged Member States to cooperate.\n",
     [], ["res:cosp:33/1", "res:ga:33/1"], None),
    ("B3 'resolution N/M of the Conference of the Parties to UNTOC' (postposed issuer)",
     GA + "Noting resolution 11/1 of the Conference of the Parties to the United Nations Convention against Transnational Organized Crime,\n",
     [], ["res:ga:11/1", "res:cosp:11/1"], None),
    ("C1 'of the Convention for ...' drops the article",
     "Speakers noted the importance of article 6 of the Convention for the establishment of preventive bodies.\n",
     [("art:uncac:6", "notes")], [], None),
    ("C2 'of the Convention on ...' drops the article",
     "Speakers referred to article 46 of the Convention on mutual legal assistance.\n",
     [("art:uncac:46", "refers")], [], None),
    ("C3 another convention read as UNCAC",
     "Speakers referred to article 2 of the Convention against Torture.\n",
     [], ["art:uncac:2"], None),
    ("D1 'thereof' after UNTOC",
     "Bearing in mind the United Nations Convention against Transnational Organized Crime, in particular articles 12 to 14 thereof,\n",
     [("art:untoc:12", None), ("art:untoc:13", None), ("art:untoc:14", None)], ["art:uncac:12", "art:uncac:13", "art:uncac:14"], None),
    ("D2 'of that Convention' after the Organized Crime Convention",
     "Some States cited the Organized Crime Convention, in particular participation in an organized criminal group (article 5 of that Convention).\n",
     [("art:untoc:5", None)], ["art:uncac:5"], None),
    ("E1 symbol in parentheses right after a chapter number",
     "Speakers referred to the thematic report on the implementation of chapter II (CAC/COSP/IRG/2023/3).\n",
     [("chap:uncac:II", None), ("doc:CAC/COSP/IRG/2023/3", None)], [], None),
    ("F1 paragraph pinpoint of one article attached to the next article",
     "The secretariat should gather information, in line with article 63, paragraph 4 (c), and paragraph 6 of article 60 of the Convention.\n",
     [("art:uncac:63(4)(c)", "acts-under"), ("art:uncac:60(6)", "acts-under")], ["art:uncac:60(4)(c)"], None),
    ("G1a body name hard-wrapped: 'its Nth meeting' lost (compare G1b)",
     COSP + "Recalling the work of the Working Group on\nAsset Recovery, in particular the recommendations adopted at its fifteenth meeting,\n",
     [("session:wg-ar:15", None)], [], None),
    ("G1b same sentence without the wrap (passes)",
     COSP + "Recalling the work of the Working Group on Asset Recovery, in particular the recommendations adopted at its fifteenth meeting,\n",
     [("session:wg-ar:15", None)], [], None),
    ("G1c header names the working group over two lines: short-form subject unresolved (passes with the name on one line)",
     "Open-ended Intergovernmental Working Group on\nthe Prevention of Corruption\nFourteenth meeting\nVienna, 14–16 June 2023\n\n"
     "3. In accordance with the workplan adopted by the Working Group at\nits eleventh meeting, the topics for discussion at the fourteenth meeting are set.\n",
     [("session:wg-prev:11", None), ("session:wg-prev:14", None)], [], None),
    ("G1d 'At its Nth meetings, the expert meeting' without a recognised header",
     COSP + "2. At its fifth to eleventh meetings, the expert meeting adopted recommendations.\n",
     [("session:eg-ic:%d" % n, None) for n in range(5, 12)], [], None),
    ("G2 'its first session' given to the working group (agent is the Conference)",
     "The Working Group on the Prevention of Corruption was established by the Conference in its resolution 1/5, adopted at its first session.\n",
     [("session:cosp:1", None)], ["session:wg-prev:1"], None),
    ("G3 'respectively'",
     "The Working Group on Asset Recovery and the Working Group on the Prevention of Corruption held their eighteenth and sixteenth meetings, respectively, in June 2024.\n",
     [("session:wg-ar:18", None), ("session:wg-prev:16", None)], ["session:wg-prev:18"], None),
    ("G4 'adoption by the Conference, at its tenth session, of its resolution' in a GA text",
     GA + "Welcoming the adoption by the Conference, at its tenth session, of its resolution 10/2,\n",
     [("res:cosp:10/2", "welcomes")], ["res:ga:10/2"], None),
    ("H1 connective over a coordinated second object ('pursuant to X and to Y')",
     "The present note has been prepared pursuant to that resolution and to paragraph 4 of resolution 8/9.\n",
     [("res:cosp:8/9", "acts-under")], [], None),
    ("H2 'in accordance with rule 17 ... and Conference resolution 4/6'",
     "Observers attended in accordance with rule 17 of the rules of procedure and Conference resolution 4/6.\n",
     [("res:cosp:4/6", "acts-under")], [], None),
    ("H3 'Pursuant to article 63, paragraph 4 (d), ... and paragraph 7 of that article'",
     "Pursuant to article 63, paragraph 4 (d), of the Convention and paragraph 7 of that article, the Conference may act.\n",
     [("art:uncac:63(4)(d)", "acts-under"), ("art:uncac:63(7)", "acts-under")], [], None),
    ("I1 addendum range written inside the symbol",
     "The Group adopted the report (CAC/COSP/IRG/2023/L.1 and CAC/COSP/IRG/2023/L.1/Add.1–5).\n",
     [("doc:CAC/COSP/IRG/2023/L.1/Add.%d" % n, None) for n in range(1, 6)], [], None),
    ("J1 relative clause never closes",
     "Noting that the second cycle, which covers chapters II and V of the Convention, was extended by the Conference in its resolution 9/1,\n",
     [("res:cosp:9/1", "notes")], [], None),
    ("K1 distant verb beats a nearer connective",
     "Several States reported that they had adopted legislation on reporting persons, in line with the recommendations contained in the thematic report on the implementation of chapter II.\n",
     [], [], None, {"chap:uncac:II": "adopts"}),
    ("L1 anaphor printed with a wrong relation",
     "Recalling also that, by its resolution 58/4 of 31 October 2003, the General Assembly adopted the Convention, and that in the same resolution the Assembly invited States to ratify it,\n",
     [("res:ga:58/4", "recalls")], [], None, {"res:ga:58/4": "adopts"}),
]


if __name__ == "__main__":
    sys.path.insert(0, os.path.join(HERE, "..", "unseen"))
    from repro_harness import main

    main(CASES)
