#!/usr/bin/env python3
"""Minimal reproductions of the bugs in FINDINGS.md (fourth blind audit).

usage: repro.py [BINARY]

Each case is a tiny document; `want` lists (target, relation) pairs (relation
None = any) that must be printed, `forbid` targets that must not be printed,
`source` (optional) the expected source of every line. Prints PASS/FAIL with
the tool's actual lines. (Harness: tests/unseen/repro_harness.py.)
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
COSP = "Conference of the States Parties to the United Nations Convention against Corruption\n\n"
IRG = COSP + "Implementation Review Group\n\nSixteenth session\n\n"
WGP = COSP + "Open-ended Intergovernmental Working Group on the Prevention of Corruption\n\n"
RES = COSP + "Resolution 11/3\n\nFollow-up\n\nThe Conference of the States Parties to the United Nations Convention against Corruption,\n\n"
GA = "General Assembly\n\n80/195. Corruption\n\n            The General Assembly,\n"

CASES = [
    # 1 compact paragraph / subparagraph notation
    ("1a compact 'article 52(1)'", COSP + "1. Speakers referred to article 52(1) of the Convention.\n",
     [("art:uncac:52(1)", "refers")], ["art:uncac:52"], None),
    ("1b compact 'art. 6(1)' / 'art. 16(2)'", COSP + "1. Speakers referred to art. 6(1) and art. 16(2).\n",
     [("art:uncac:6(1)", "refers"), ("art:uncac:16(2)", "refers")], ["art:uncac:6", "art:uncac:16"], None),
    ("1c compact with subparagraph 'article 31(1)(a)'", COSP + "1. The Group discussed article 31(1)(a) of the Convention.\n",
     [("art:uncac:31(1)(a)", None)], ["art:uncac:31"], None),
    ("1d compact paragraph list 'article 52(1) and (2)'", COSP + "1. The Group discussed article 52(1) and (2).\n",
     [("art:uncac:52(1)", None), ("art:uncac:52(2)", None)], ["art:uncac:52"], None),
    ("1e compact subparagraph list 'article 48(1)(b) and (c)'", COSP + "1. The Group discussed article 48(1)(b) and (c).\n",
     [("art:uncac:48(1)(b)", None), ("art:uncac:48(1)(c)", None)], ["art:uncac:48"], None),
    ("1f compact subparagraph range then list 'Articles 57(3)(a)-(c) and 51'", COSP + "1. Articles 57(3)(a)-(c) and 51 of the Convention govern the return of assets.\n",
     [("art:uncac:57(3)(a)", None), ("art:uncac:57(3)(b)", None), ("art:uncac:57(3)(c)", None), ("art:uncac:51", None)], ["art:uncac:57"], None),
    ("1g spaced 'article 16 (1)' / 'article 46 (9) (b)'", COSP + "1. Speakers recalled article 16 (1) and article 46 (9) (b) of the Convention.\n",
     [("art:uncac:16(1)", "recalls"), ("art:uncac:46(9)(b)", "recalls")], ["art:uncac:16", "art:uncac:46"], None),
    # 2 line-end hyphenation (pdftotext -layout)
    ("2a 'resolu-/tion S-32/1'", GA + "            Recalling also its resolu-\n            tion S-32/1 of 2 June 2021,\n",
     [("res:ga:S-32/1", "recalls")], [], None),
    ("2b 'Confer-/ence'", GA + "            Welcoming the convening of the eleventh session of the Confer-\n            ence in Doha,\n",
     [("session:cosp:11", None)], [], None),
    ("2c 'para-/graph 3'", GA + "            1. Urges States parties to give effect to article 57, para-\n            graph 3, of the Convention;\n",
     [("art:uncac:57(3)", None)], ["art:uncac:57"], None),
    ("2d 'Asset Recov-/ery ... its eighteenth meeting'", GA + "            4. Welcomes the work of the Working Group on Asset Recov-\n            ery, in particular the recommendations adopted at its eighteenth\n            meeting;\n",
     [("session:wg-ar:18", None)], [], None),
    ("2e 'its eighty-/first session'", GA + "            6. Decides to include in the provisional agenda of its eighty-\n            first session the sub-item;\n",
     [("session:ga:81", None)], ["session:ga:1"], None),
    # 3 range words
    ("3a 'ninth through thirteenth meetings'", COSP + "1. The Working Group on Asset Recovery, at its ninth through thirteenth meetings, focused on beneficial ownership.\n",
     [("session:wg-ar:%d" % i, None) for i in range(9, 14)], [], None),
    ("3b 'articles 15 through 18'", COSP + "1. Speakers recalled articles 15 through 18 of the Convention.\n",
     [("art:uncac:%d" % i, "recalls") for i in range(15, 19)], [], None),
    ("3c 'From the eleventh to the thirteenth sessions of the Group'", IRG + "1. From the eleventh to the thirteenth sessions of the Group, the discussions were devoted to chapter III.\n",
     [("session:irg:11", None), ("session:irg:12", None), ("session:irg:13", None)], [], None),
    # 4 UNCAC / UNTOC abbreviations
    ("4a 'articles 44 and 46 of UNCAC' / 'article 18 of UNTOC'", COSP + "1. The Meeting had considered articles 44 and 46 of UNCAC, as well as article 18 of UNTOC.\n",
     [("art:uncac:44", None), ("art:uncac:46", None), ("art:untoc:18", None)], [], None),
    # 5 'its' after a named issuer in a preambular/operative paragraph
    ("5a 'Recalling General Assembly resolution 78/177 and its resolution 9/1' in a Conference resolution", RES + "Recalling General Assembly resolution 78/177 and its resolution 9/1,\n",
     [("res:ga:78/177", "recalls"), ("res:cosp:9/1", "recalls")], ["res:ga:9/1"], None),
    ("5b 'Recalling its resolution 9/1 and General Assembly resolution 78/177' (no unit heading)", COSP + "Recalling its resolution 9/1 and General Assembly resolution 78/177,\n",
     [("res:cosp:9/1", "recalls"), ("res:ga:78/177", "recalls")], ["res:ga:9/1"], None),
    ("5c 'pursuant to its resolution 10/1 and Human Rights Council resolution 53/12'", COSP + "1. Decides, pursuant to its resolution 10/1 and Human Rights Council resolution 53/12, to hold a panel;\n",
     [("res:cosp:10/1", "acts-under"), ("res:hrc:53/12", "acts-under")], ["res:hrc:10/1"], None),
    ("5d second object 'paragraphs 12 and 13 of General Assembly resolution 78/177' loses acts-under", COSP + "1. Decides, pursuant to paragraph 4 of its resolution 10/1 and paragraphs 12 and 13 of General Assembly resolution 78/177, to hold a panel;\n",
     [("res:cosp:10/1", "acts-under"), ("res:ga:78/177", "acts-under")], [], None),
    # 6 owner of 'its'/unowned session in a subsidiary body's text
    ("6a appositive naming the Conference flips 'its fourteenth session'", IRG + "1. The Implementation Review Group, established by the Conference, held its fourteenth session in Vienna.\n",
     [("session:irg:14", None)], ["session:cosp:14"], None),
    ("6b unowned 'the second part of the fifteenth session' after a Conference clause", IRG + "1. The Conference had asked the Group to examine the Mechanism, and an analysis had been provided for the second part of the fifteenth session.\n",
     [("session:irg:15", None)], ["session:cosp:15"], None),
    ("6c possessive 'the Assembly's seventy-ninth session' loses to the sentence subject", WGP + "1. The Working Group will consider the contributions made at the General Assembly's seventy-ninth session.\n",
     [("session:ga:79", None)], ["session:wg-prev:79"], None),
    # 7 codeless body in a relative clause
    ("7a 'the Commission ..., which at its thirty-fourth session had adopted its resolution 34/3'", COSP + "1. Representatives of the Commission on Crime Prevention and Criminal Justice, which at its thirty-fourth session had adopted its resolution 34/3, attended the meeting.\n",
     [], ["res:cosp:34/3", "res:ga:34/3"], None),
    ("7b 'the Commission ..., which had adopted resolution 34/3'", COSP + "1. Representatives of the Commission on Crime Prevention and Criminal Justice, which had adopted resolution 34/3, attended the meeting.\n",
     [], ["res:cosp:34/3", "res:ga:34/3"], None),
    # 8 footnote verb leaking into the next footnote
    ("8a 'See' of footnote 1 (ending 'sect. A.') governs footnote 2", COSP + "1. The Working Group considered a first note on the subject.¹\n_________________\n¹ See CAC/COSP/2023/21, chap. I, sect. A.\n² CAC/COSP/WG.2/2023/2.\n",
     [("doc:CAC/COSP/2023/21", "refers"), ("doc:CAC/COSP/WG.2/2023/2", "cites")], [], None),
    ("8b same after 'annex.'", COSP + "1. The Working Group considered a first note on the subject.¹\n_________________\n¹ See CAC/COSP/2023/21, annex.\n² CAC/COSP/WG.2/2023/2.\n",
     [("doc:CAC/COSP/2023/21", "refers"), ("doc:CAC/COSP/WG.2/2023/2", "cites")], [], None),
    # 9 (known, audit3 #4) subparagraphs before 'of paragraph N of article M'
    ("9a 'subparagraphs (a) to (c) of paragraph 3 of article 57'", COSP + "1. Speakers referred to subparagraphs (a) to (c) of paragraph 3 of article 57.\n",
     [("art:uncac:57(3)(a)", "refers"), ("art:uncac:57(3)(b)", "refers"), ("art:uncac:57(3)(c)", "refers")], ["art:uncac:57(3)"], None),
]


if __name__ == "__main__":
    sys.path.insert(0, os.path.join(HERE, "..", "unseen"))
    from repro_harness import main

    main(CASES)
