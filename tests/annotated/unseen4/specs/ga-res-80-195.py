D = "doc:A/RES/80/195"; R = "res:ga:80/195"
def E(text, t, rel="cites", src="R", **kw):
    if src == "R":
        src = R; kw.setdefault("alt_sources", [D])
    elif src == "D":
        src = D; kw.setdefault("alt_sources", [R])
    return (text, t, rel, src, kw)
SPEC = [
    E("Eightieth session", "session:ga:80", src="D", note="header session line"),
    E("(A/80/486)", "doc:A/80/486", src="D"),
    E("its resolutions 54/205", "res:ga:54/205", "recalls"),
    E("55/61 of", "res:ga:55/61", "recalls"),
    E("55/188 of", "res:ga:55/188", "recalls"),
    E("58/4 of", "res:ga:58/4", "recalls"),
    E("its resolu-\n            tion S-32/1", "res:ga:S-32/1", "recalls", note="keyword hyphenated across the line break ('resolu-/tion'), as pdftotext -layout prints UN resolutions"),
    E("resolutions 8/9 and 9/3 of the Conference", ["res:cosp:8/9", "res:cosp:9/3"], "recalls", note="issuer named after the list ('of the Conference of the States Parties ...') wins over the Assembly default"),
    E("Human Rights Council resolution 56/7", "res:hrc:56/7", "takes-note", note="'Article 2 of the Charter', 'Goal 16', 'target 16.4' before are no references"),
    E("decision 2024/251 of the Economic and Social Council", "dec:ecosoc:2024/251", "takes-note", note="issuer named after the number"),
    E("its tenth session", "session:cosp:10", alt_relations=["notes"], note="'its' = the Conference named just before"),
    E("of resolution 10/2", "res:cosp:10/2", "notes", note="'Noting the adoption by the Conference ..., of resolution 10/2': named issuer (the Conference) wins over the Assembly default"),
    E("special session,\n", "session:ga:S-32", optional=True, alt_relations=["notes"], note="'the follow-up to the special session' (definite, anaphoric to S-32/1)"),
    E("the eleventh session of the Confer-\n            ence", "session:cosp:11", alt_relations=["welcomes"], note="body name hyphenated across the line break"),
    E("article 57, para-\n            graph 3, of the Convention", "art:uncac:57(3)", note="'para-/graph' hyphenated across the line; 'Urges' is not a listed verb"),
    E("article 55, paragraphs 1\n            and 2, thereof", ["art:uncac:55(1)", "art:uncac:55(2)"]),
    E("chapter V of the Convention", "chap:uncac:V"),
    E("articles 12 to 14 thereof", ["art:untoc:12", "art:untoc:13", "art:untoc:14"], note="'thereof' = the Organized Crime Convention named just before (the footnote call ',2' between is no reference)"),
    E("its eighteenth\n            meeting", "session:wg-ar:18", alt_relations=["welcomes"], note="'its' = the Working Group on Asset Recovery, whose name is hyphenated across the line ('Recov-/ery')"),
    E("Assembly at its eighty-first session", "session:ga:81", alt_relations=["requests"]),
    E("its eighty-\n            first session", "session:ga:81", alt_relations=["decides"], note="compound ordinal split after its hyphen at the line end; '65th plenary meeting' and the Treaty Series footnote are no references"),
    E("1 A/80/150.", "doc:A/80/150", alt_relations=["takes-note"], note="footnote (plain-digit call 'Secretary-General;1')"),
]
