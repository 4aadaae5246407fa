def E(text, t, rel="cites", src="R", **kw):
    return (text, t, rel, "res:ga:76/187" if src == "R" else src, dict({"alt_sources": ["F"]} if src == "R" else {"alt_sources": ["res:ga:76/187"]} if src == "F" else {}, **kw))
# Heading '76/187. Title' opens the unit (not printed); no A/RES symbol stated. Negatives: "Agenda item 26", "51st plenary meeting",
# "the Assembly at that session" (session anaphor, not in the contract), dates.
LIST = ["54/205", "55/61", "55/188", "56/186", "57/244", "58/4", "59/242", "60/207", "61/209", "62/202", "63/226", "64/237", "65/169",
        "67/189", "69/199", "71/208", "72/196", "73/190", "74/276"]
SPEC = [
    E("Seventy-sixth session", "session:ga:76", src="F", note="header session line"),
    E("[A/76/532](#)", "doc:A/76/532", src="F", note="before the resolution heading"),
    E("its resolutions 54/205", "res:ga:54/205", "recalls"),
] + [E(n + " of ", "res:ga:" + n, "recalls") for n in LIST[1:]] + [
    E("its thirty-second special session", "session:ga:S-32", "recalls", alt_relations=["cites"]),
    E("chapter V of the Convention,", "chap:uncac:V", note="relative clause 'in which Member States committed'"),
    E("resolutions 8/1 to 8/4 and 8/9", [f"res:cosp:8/{n}" for n in (1, 2, 3, 4, 9)], "welcomes", note="issuer named after: 'adopted by the Conference'"),
    E("at its eighth session, held", "session:cosp:8", "welcomes", alt_relations=["cites"]),
    E("Human Rights Council resolution [47/7](#)", "res:hrc:47/7", "notes"),
    E("Economic and Social Council resolution 2021/15", "res:ecosoc:2021/15", "notes"),
    E("chapter V of the Convention, in particular", "chap:uncac:V"),
    E("articles 51 to 59", [f"art:uncac:{n}" for n in range(51, 60)]),
    E("article 57, paragraph 3 (b) and (c)", ["art:uncac:57(3)(b)", "art:uncac:57(3)(c)"]),
    E("articles 43 and 46 of the Convention", ["art:uncac:43", "art:uncac:46"]),
    E("paragraph 2 of resolution 73/190", "res:ga:73/190", "acts-under"),
    E("the Conference's resolutions 7/1 and 8/9", ["res:cosp:7/1", "res:cosp:8/9"], "acts-under"),
    E("Conference resolution 1/4", "res:cosp:1/4", "acts-under"),
    E("the eighth session of the Conference", "session:cosp:8", "acts-under", alt_relations=["cites"], note="'in line with the mandate given in ... and renewed at'"),
    E("at its thirteenth and fourteenth sessions", ["session:irg:13", "session:irg:14"]),
    E("its seventy-seventh session", "session:ga:77", "decides", alt_relations=["cites"]),
    E("Resolution S-32/1, annex.", "res:ga:S-32/1", "cites", alt_relations=["recalls"], note="footnote 1"),
    E("CAC/COSP/2019/17", "doc:CAC/COSP/2019/17", "refers", note="footnote 2 'See'"),
    E("[A/76/183](#)", "doc:A/76/183", "takes-note", alt_relations=["cites"], note="footnote 3 identifies the report taken note of"),
]
