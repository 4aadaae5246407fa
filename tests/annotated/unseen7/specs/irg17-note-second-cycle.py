def E(text, t, rel="cites", src="D", **kw): return (text, t, rel, "doc:CAC/COSP/IRG/2026/2" if src == "D" else src, kw)
def arts(a, b): return ["art:uncac:%d" % n for n in range(a, b + 1)]
SPEC = [
    E("Seventeenth session", "session:irg:17", note="header session line under 'Implementation Review Group'; 'Item 2 of the provisional agenda' none"),
    E("In its resolution 6/1", "res:cosp:6/1", note="bare resolution in an IRG document -> cosp (convention)"),
    E("chapter II (Preventive measures) and chapter V (Asset recovery) of the Convention", ["chap:uncac:II", "chap:uncac:V"], note="'paragraph 44 of the terms of reference' none"),
    E("document CAC/COSP/IRG/2025/2", "doc:CAC/COSP/IRG/2025/2"),
    E("in its resolution 10/1", "res:cosp:10/1"),
    E("at its fourteenth, fifteenth and sixteenth sessions", ["session:irg:14", "session:irg:15", "session:irg:16"], note="'The Group' = IRG"),
    E("the second part of its resumed fifteenth session", "session:irg:15"),
    # 'see para. 7 below', 'Table 1' none
    E("Provisions of chapters II and V", ["chap:uncac:II", "chap:uncac:V"], note="table caption"),
    E("art. 52 (1)", "art:uncac:52(1)", note="table cell, paragraph in parentheses after a space"),
    E("art. 9 (1) (b)", "art:uncac:9(1)(b)"),
    E("art. 7 (4)", "art:uncac:7(4)"),
    E("art. 12 (2) (d)", "art:uncac:12(2)(d)"),
    E("art. 57 (3) (c)", "art:uncac:57(3)(c)"),
    E("articles 5-14 of the Convention", arts(5, 14), "acts-under", alt_relations=["cites"], note="ASCII hyphen range; after review: 'Recommendations under articles 5-14' -> acts-under (nearest connective 'under', contract), blind annotation cites was inconsistent with 'Under chapter V' in the same paragraph"),
    E("(art. 6)", "art:uncac:6"),
    E("(art. 8, paras. 2 and 3)", ["art:uncac:8(2)", "art:uncac:8(3)"]),
    E("Under chapter V", "chap:uncac:V", "acts-under", alt_relations=["cites"]),
    E("articles 52, 53 and 55 to 57", ["art:uncac:52", "art:uncac:53"] + arts(55, 57)),
    E("see also art. 52 (1) and (5)", ["art:uncac:52(1)", "art:uncac:52(5)"], "refers", alt_relations=["cites"]),
    E("article 52, paragraph 1, of the Convention", "art:uncac:52(1)", "notes", alt_relations=["cites"], note="'Several States parties noted the relevance of ...'"),
    E("articles 14 and 23", ["art:uncac:14", "art:uncac:23"], "notes", alt_relations=["cites"]),
    E("article 31 of the Convention", "art:uncac:31", "notes", alt_relations=["cites"]),
    # country-visit table: ISO codes, dates 10/12/2024, 14/01/2025, 3/2/2025: none
    E("(CAC/COSP/IRG/2010/7, annex)", "doc:CAC/COSP/IRG/2010/7", "acts-under", alt_relations=["cites"], note="'In line with the guidelines ... (X, annex)'; 'paragraph 29 of the terms of reference', 'Act No. 12/2019', 'Decree 4/2021' none"),
    E("at its eighteenth session", "session:irg:18"),
    E("resolution 10/1 and decision 5/1", ["res:cosp:10/1", "dec:cosp:5/1"], "acts-under"),
    E("* CAC/COSP/IRG/2026/1.", "doc:CAC/COSP/IRG/2026/1", note="agenda footnote (gold convention); footer 'V.26-02117 3/4' none"),
]
