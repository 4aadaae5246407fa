def E(text, t, rel="cites", src="F", **kw): return (text, t, rel, src, kw)
R, D = "res:cosp:8/7", "dec:cosp:8/1"
# Headings 'Resolution 8/7' / 'Decision 8/1' define the nodes (not printed). Negatives: Treaty Series footnote, "paragraph 14 of the Jakarta
# Statement", "principle 10 thereof", "the fourth preambular paragraph", "At its 11th meeting", "rule 3 of its rules of procedure", footer.
SPEC = [
    E("At its eighth session, held in Abu Dhabi", "session:cosp:8"),
    E("articles 5, 6 and 36 of the United Nations Convention against Corruption", ["art:uncac:5", "art:uncac:6", "art:uncac:36"], "recalls", R),
    E("its resolutions 5/4", "res:cosp:5/4", "recalls", R),
    E("6/6 of 6 November 2015", "res:cosp:6/6", "recalls", R),
    E("7/5 of 10 November 2017", "res:cosp:7/5", "recalls", R),
    E("General Assembly resolution [73/190](#)", "res:ga:73/190", "recalls", R),
    E("the Implementation Review Group at its ninth and tenth sessions", ["session:irg:9", "session:irg:10"], "welcomes", R, alt_relations=["cites"]),
    E("chapter II (arts. 5–14)", "chap:uncac:II", "welcomes", R, alt_relations=["cites"]),
    E("arts. 5–14", [f"art:uncac:{n}" for n in range(5, 15)], "cites", R, alt_relations=["welcomes"], note="parenthetical"),
    E("article 6, paragraphs 2 and 3", ["art:uncac:6(2)", "art:uncac:6(3)"], "notes", R, alt_relations=["cites"]),
    E("article 36 thereof", "art:uncac:36", "notes", R, alt_relations=["cites"]),
    E("article 6, paragraph 2, and article 36 of the Convention", ["art:uncac:6(2)", "art:uncac:36"], "cites", R, alt_relations=["acts-under"], note="'in accordance with the fundamental principles ..., as set out in' under 'Urges'; acts-under (connective passing through its object) accepted after review"),
    E("paragraph 7 of resolution 7/5", "res:cosp:7/5", "cites", R),
    E("articles 5, 6 and 36 of the Convention", ["art:uncac:5", "art:uncac:6", "art:uncac:36"], "cites", R, alt_relations=["requests"]),
    E("the Working Group at its twelfth meeting", "session:wg-prev:12", "cites", R, alt_relations=["requests"], note="Working Group on the Prevention of Corruption named in the preamble"),
    E("the Conference at its ninth session", "session:cosp:9", "cites", R, alt_relations=["requests"]),
    E("CAC/COSP/2013/CRP.5", "doc:CAC/COSP/2013/CRP.5", "refers", R, note="footnote 2 'See', called in the preamble"),
    E("CAC/COSP/WG.4/2015/2", "doc:CAC/COSP/WG.4/2015/2", "refers", R),
    E("[CAC/COSP/WG.4/2019/5](#)", "doc:CAC/COSP/WG.4/2019/5", "takes-note", R, alt_relations=["cites"], note="footnote 3 identifies the report taken note of (gold 000 convention)"),
    E("its resolution 4/3", "res:cosp:4/3", "acts-under", R, note="after the page break (footnotes + footer in between)"),
    E("its report on its tenth meeting", "session:wg-prev:10", "acts-under", R, alt_relations=["cites"]),
    E("See CAC/COSP/WG.4/2019/5, paras. 12–18", "doc:CAC/COSP/WG.4/2019/5", "refers", R),
    E("CAC/COSP/WG.4/2019/5, annex.", "doc:CAC/COSP/WG.4/2019/5", "cites", R, alt_relations=["acts-under"], note="footnote 5 (no verb)"),
    E("General Assembly resolution 58/4", "res:ga:58/4", "recalls", D),
    E("the tenth session of the Conference", "session:cosp:10", "cites", D),
    E("its ninth session would", "session:cosp:9", "decides", D, alt_relations=["cites"]),
    E("its decision 6/1", "dec:cosp:6/1", "acts-under", D),
]
