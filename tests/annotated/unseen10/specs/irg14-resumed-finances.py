D = "doc:CAC/COSP/IRG/2023/9"  # own symbol on its own line under the masthead
def E(text, t, rel="cites", src=D, **kw): return (text, t, rel, src, kw)
AU = dict(alt_relations=["cites"])
# Negatives: "paragraph 7 of its agenda", "paragraphs 44 and 46 of the terms of reference", "section 16 (International drug control ...)",
# "paragraph 3 of the terms of reference", "at each session of the Group", "rule 2 of the rules of procedure", "paragraph 10 of which" (pinpoint of 9/1, not a new mention).
SPEC = [
    E("Resumed fourteenth session", "session:irg:14", note="header session line"),
    E("Report of the Implementation Review Group on its resumed fourteenth session", "session:irg:14", note="title"),
    E("The resumed fourteenth session of the Implementation Review Group", "session:irg:14"),
    E("the Group at its fourteenth session", "session:irg:14", "acts-under", **AU, note="'convened pursuant to the decision taken by the Group at its fourteenth session' (pass-through)"),
    E("its resolution 9/1", "res:cosp:9/1", "acts-under", **AU, note="'as mandated by the Conference in its resolution 9/1'"),
    E("(CAC/COSP/IRG/2023/7)", "doc:CAC/COSP/IRG/2023/7", note="'the secretariat presented the document entitled ...'"),
    E("paragraph 5 of resolution 3/1", "res:cosp:3/1", "acts-under"),
    E("A/78/6 (Sect. 16)", "doc:A/78/6 (Sect. 16)", note="the official symbol includes the section; doc:A/78/6 is a contract question"),
    E("section IV of its resolution 77/262", "res:ga:77/262", "notes", **AU, note="'It noted that, in section IV of its resolution 77/262, the Assembly had approved' (named issuer after wins)"),
    E("A/78/7, para. IV.41", "doc:A/78/7", "notes", **AU, note="c1: second that-clause of 'It noted that ..., and that' (same as 77/262)"),
    E("article 63, paragraph 7, of the Convention", "art:uncac:63(7)", "acts-under", alt_relations=["cites", "recalls"], note="'recalled that the Conference, in implementation of article 63, paragraph 7'"),
    E("its resolution 3/1", "res:cosp:3/1", "recalls", **AU),
    E("annexed to that resolution", "res:cosp:3/1", "recalls", alt_relations=["cites"], optional=True, note="anaphora: optional"),
    E("General Assembly resolutions 77/262 and 77/263", ["res:ga:77/262", "res:ga:77/263"], "acts-under", **AU, note="'the budget should be consistent with'"),
    E("resolution 4/1", "res:cosp:4/1", "acts-under", **AU, note="'as called for in resolution 4/1'"),
    E("the thirteenth session (CAC", "session:irg:13", "refers", **AU),
    E("(CAC/COSP/IRG/2022/8)", "doc:CAC/COSP/IRG/2022/8", "refers", **AU),
    E("the resumed thirteenth session", "session:irg:13", "refers", **AU),
    E("decision 5/1", "dec:cosp:5/1", "cites", alt_relations=["acts-under"], note="'Following up on the request of the Conference contained in decision 5/1'"),
    E("chapters II and V", ["chap:uncac:II", "chap:uncac:V"]),
    E("article 62 of the Convention", "art:uncac:62", "notes", **AU, note="'It was noted that article 62 ... was not relevant'"),
    E("the report on its resumed fourteenth session", "session:irg:14", "adopts", **AU),
    E("CAC/COSP/IRG/2023/L.3 and CAC/COSP/IRG/2023/L.3/Add.1", ["doc:CAC/COSP/IRG/2023/L.3", "doc:CAC/COSP/IRG/2023/L.3/Add.1"], "adopts", **AU),
    E("the Conference at its eleventh session", "session:cosp:11"),
]
