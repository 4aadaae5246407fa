def E(text, t, rel="cites", src="F", **kw): return (text, t, rel, src, kw)
# No own symbol stated: file: source. Negatives: "Item 6 of the provisional agenda", "agenda item 6", note verbale CU 2021/215/DTA/CEB,
# "Ref. No. 4-5-118/2021", "Executive Decree No. 1158 of 2020-09-14", phones "+593 2 398 5800", "+593 2 299 3200", extension 173027,
# "Official Register Supplement 180", "articles 278 to 280 of which" (the Criminal Code), "paragraphs 40 to 44 of the political declaration", footer.
SPEC = [
    E("Ninth session", "session:cosp:9", note="header session line"),
    E("Conference resolution 8/1", "res:cosp:8/1"),
    E("article 46, paragraph 13, of the United Nations", "art:uncac:46(13)"),
    E("article 44, paragraph 6 (a)", "art:uncac:44(6)(a)", "acts-under"),
    E("article 46, paragraph 14, thereof", "art:uncac:46(14)", "acts-under"),
    E("the Conference at its ninth session", "session:cosp:9"),
    E("CAC/COSP/2021/1.", "doc:CAC/COSP/2021/1", note="agenda footnote"),
    E("implementation of resolution 8/1", "res:cosp:8/1", note="annex heading (bold)"),
    E("under article 46, paragraph 13", "art:uncac:46(13)", "acts-under"),
    E("article 46, paragraph 4, and", "art:uncac:46(4)", "acts-under"),
    E("article 56 of the Convention", "art:uncac:56", "acts-under"),
    E("chapters II and V", ["chap:uncac:II", "chap:uncac:V"]),
    E("CAC/COSP/IRG/II/3/1/Add.12", "doc:CAC/COSP/IRG/II/3/1/Add.12"),
    E("the Implementation Review Group at its twelfth session", "session:irg:12"),
    E("the expert meeting at its tenth meeting", "session:eg-ic:10"),
    E("CAC/COSP/WG.2/2021/2", "doc:CAC/COSP/WG.2/2021/2", "refers", note="'(see X, paras. 15 and 22)'"),
    E("General Assembly resolution S-32/1", "res:ga:S-32/1", "recalls"),
]
