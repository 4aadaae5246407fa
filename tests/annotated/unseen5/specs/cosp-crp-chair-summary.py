def E(text, t, rel="cites", src="D", **kw): return (text, t, rel, "doc:CAC/COSP/2025/CRP.4" if src == "D" else src, kw)
SPEC = [
    E("## Eleventh session", "session:cosp:11"),
    E("Conference resolution 10/2", "res:cosp:10/2", alt_relations=["acts-under"], note="'organized in the follow-up to'; 'note verbale CU 2025/88/A/DTA/CEB' is no reference"),
    E("Human Rights Council resolution 57/11", "res:hrc:57/11", alt_relations=["acts-under"]),
    E("the Conference at its eleventh session", "session:cosp:11", note="'item 5 of the provisional agenda' is no reference"),
    E("articles 9 and 10 of the Convention", ["art:uncac:9", "art:uncac:10"]),
    E("Conference resolution 10/2 of", "res:cosp:10/2", "recalls", alt_relations=["cites"], note="'The Chair recalled that X, as well as Y and its annex, had called for'"),
    E("resolution 9/6", "res:cosp:9/6", "recalls", alt_relations=["cites"]),
    E("at its fifteenth and sixteenth meetings", ["session:wg-prev:15", "session:wg-prev:16"], "recalls", alt_relations=["cites"]),
    # article 3 of the Inter-American Convention, OECD Anti-Bribery Convention, Goal 16 target 16.5, Article 19: no references
    E("decision 10/1", "dec:cosp:10/1", "refers", note="'Reference was also made to the recommendations annexed to decision 10/1'"),
    E("document CAC/COSP/WG.4/2024/3", "doc:CAC/COSP/WG.4/2024/3", "refers", alt_relations=["cites"], note="second object: 'and to the good practices contained in document X'"),
    E("article 9, paragraph 1, subparagraph (d)", "art:uncac:9(1)(d)", note="explicit word 'subparagraph'; 'underlined that'"),
    E("article 9, paragraph 2, subparagraph (e)", "art:uncac:9(2)(e)"),
    E("article 12, paragraph 2, subparagraphs (a) to (c)", ["art:uncac:12(2)(a)", "art:uncac:12(2)(b)", "art:uncac:12(2)(c)"], "refers"),
    E("paragraph 4 of the said article", "art:uncac:12(4)", "refers", optional=True, note="'the said article' = article 12 (reference back)"),
    E("at its eighteenth meeting", "session:wg-prev:18", note="'the Working Group' = on Prevention (the document's item, the last named working group)"),
    E("at its twelfth session", "session:cosp:12"),
    E("resolutions 10/2 and 10/11", ["res:cosp:10/2", "res:cosp:10/11"], note="'a resolution building on'"),
    E("Conference decision 10/1", "dec:cosp:10/1"),
    E("the twentieth meeting of the Working Group on Asset Recovery", "session:wg-ar:20", alt_relations=["notes"], note="'noted that ...'"),
]
