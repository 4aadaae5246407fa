D = "doc:CAC/COSP/2025/18"
def E(text, t, rel="cites", src="D", **kw): return (text, t, rel, D if src == "D" else src, kw)
D1, D2, D3 = "dec:cosp:11/1", "dec:cosp:11/2", "dec:cosp:11/3"
DEC = dict(alt_relations=["cites"])
SPEC = [
    E("on its eleventh session, held in Doha", "session:cosp:11", note="report title in the header"),
    E("the Conference at its eleventh session", "session:cosp:11"),
    # '### Decision 11/1' heading defines the node: no reference
    E("Venue of the twelfth and thirteenth sessions of the Conference", ["session:cosp:12", "session:cosp:13"], src=D1, alt_sources=[D], optional=True, note="title under the decision heading (earlier sets: optional)"),
    E("Recalling its decisions 2/1, 3/1 and 7/2", ["dec:cosp:2/1", "dec:cosp:3/1", "dec:cosp:7/2"], "recalls", src=D1, note="plural 'decisions' list"),
    E("General Assembly resolution 40/243", "res:ga:40/243", "recalls", src=D1, note="second object of 'Recalling'; named issuer"),
    E("paragraphs 3 to 5 of its resolution 8/2", "res:cosp:8/2", "recalls", src=D1, note="paragraph range of a resolution: target is the resolution"),
    E("its twelfth session shall be held", "session:cosp:12", "decides", src=D1, **DEC, note="'Decides that its twelfth session shall be held'"),
    E("its thirteenth session shall be hosted", "session:cosp:13", "decides", src=D1, **DEC),
    E("Assembly resolution 40/243,", "res:ga:40/243", "acts-under", src=D1, note="'in accordance with Assembly resolution 40/243'"),
    E("Recalling its decision 5/1 and decisions 6/1 and 7/1", ["dec:cosp:5/1", "dec:cosp:6/1", "dec:cosp:7/1"], "recalls", src=D2),
    E("its resolutions 4/1, 4/2 and 5/3", ["res:cosp:4/1", "res:cosp:4/2", "res:cosp:5/3"], "recalls", src=D2, note="'as well as its resolutions' (same Recalling clause)"),
    E("on its fourteenth, fifteenth and sixteenth sessions", ["session:irg:14", "session:irg:15", "session:irg:16"], "takes-note", src=D2, **DEC, note="'Taking note of the reports of the Implementation Review Group on its ...'"),
    E("the first resumed sixteenth session", "session:irg:16", "takes-note", src=D2, **DEC, note="'first resumed' session = same session number"),
    E("before its twelfth session", "session:cosp:12", "decides", src=D2, **DEC, note="'its' = the Conference (the decision's author), not the Working Groups"),
    E("its fifteenth and sixteenth meetings", ["session:eg-ic:15", "session:eg-ic:16"], "decides", src=D2, **DEC, note="'the expert meeting to enhance international cooperation shall hold its fifteenth and sixteenth meetings'"),
    E("paragraph 12 of resolution 10/3", "res:cosp:10/3", "acts-under", src=D2, note="'in line with'"),
    E("the Conference at its twelfth session", "session:cosp:12", src=D2, alt_relations=["requests"]),
    # Decision 11/3: 'rules 16 and 17 of its rules of procedure' no reference
    E("its decision 9/3", "dec:cosp:9/3", "recalls", src=D3),
    E("for its twelfth session", "session:cosp:12", "decides", src=D3, **DEC),
    E("set out in decision 9/3", "dec:cosp:9/3", "decides", src=D3, **DEC, note="'Decides to renew ... the arrangements set out in decision 9/3' (verb passes through its object)"),
    E("reaffirmed in decision 10/2", "dec:cosp:10/2", "decides", src=D3, **DEC, note="participle describing the arrangements: not 'reaffirms'"),
    # C. Oral decisions: back in the report's own text ('1st plenary meeting', 'rule 17' no references)
    E("document CAC/COSP/2025/INF/2", "doc:CAC/COSP/2025/INF/2", alt_relations=["decides"], note="after the heading 'C. Oral decisions' the text is the report's, not decision 11/3's"),
    E("pursuant to decision 5/1", "dec:cosp:5/1", "acts-under"),
    E("the report on its eleventh session", "session:cosp:11", alt_relations=["decides"]),
    E("(CAC/COSP/2025/L.2)", "doc:CAC/COSP/2025/L.2", "takes-note", **DEC, note="'took note of the report of the Bureau on credentials (X)'"),
    E("in its resolution 10/1", "res:cosp:10/1", "recalls", **DEC, note="'The President recalled that the Conference, in its resolution 10/1, had asked' (unseen/unseen2 convention: recalls, cites accepted)"),
    E("the Group at its fourteenth session, held in Vienna", "session:irg:14", alt_relations=["recalls"], note="'the Group' = Implementation Review Group"),
    E("at its first resumed fifteenth session", "session:irg:15", alt_relations=["recalls"]),
]
