R = "res:sc:2799"; ALT = ["doc:S/RES/2799 (2025)", "doc:S/RES/2799"]
def E(text, t, rel="cites", src="R", **kw):
    kw.setdefault("alt_sources", ALT)
    return (text, t, rel, R if src == "R" else src, kw)
SPEC = [
    # heading 'Resolution 2799 (2025)' defines the node; 'its 10042nd meeting' is no session
    E("Recalling its resolutions 1373 (2001)", ["res:sc:1373", "res:sc:2195", "res:sc:2462", "res:sc:2482"], "recalls", note="'its' in a Security Council text = sc; years in parentheses"),
    E("S/PRST/2021/11", "doc:S/PRST/2021/11", "recalls", alt_relations=["cites"]),
    E("General Assembly resolutions 58/4", ["res:ga:58/4", "res:ga:S-32/1", "res:ga:79/196"], "recalls", note="dated list keeps the head's issuer"),
    E("Human Rights Council resolution 53/12", "res:hrc:53/12", "recalls"),
    E("(A/HRC/RES/53/12)", "doc:A/HRC/RES/53/12", "recalls", alt_relations=["cites"], note="the resolution's document symbol; 'Article 24 thereof' (of the Charter) none"),
    E("chapters IV and V thereof", ["chap:uncac:IV", "chap:uncac:V"], note="'Stressing' -> cites"),
    E("the General Assembly at its thirty-second special session", "session:ga:S-32", "welcomes", alt_relations=["cites"]),
    E("the eleventh session of the Conference of the States Parties", "session:cosp:11", "welcomes", alt_relations=["cites"]),
    E("(S/2025/612)", "doc:S/2025/612", "takes-note", alt_relations=["cites"]),
    E("the Human Rights Council at its fifty-eighth session", "session:hrc:58", "takes-note", alt_relations=["cites"]),
    E("(A/HRC/58/25)", "doc:A/HRC/58/25", "takes-note", alt_relations=["cites"]),
    E("in its resolution 79/196", "res:ga:79/196", alt_relations=["notes"], note="'Noting that the General Assembly, in its resolution 79/196, encouraged ...' (describes an earlier text)"),
    E("in its resolution 10/2", "res:cosp:10/2", alt_relations=["notes"], note="'the Conference, in its resolution 10/2' (named body wins)"),
    E("articles 14, 31 and 46 to 50 thereof", ["art:uncac:14", "art:uncac:31"] + ["art:uncac:%d" % n for n in range(46, 51)], note="thereof = UNCAC; 'Calls upon' not listed"),
    E("its resolution 2462 (2019)", "res:sc:2462", alt_relations=["acts-under"], note="'consistent with' (close to 'in line with')"),
    E("paragraph 5 of the same resolution", "res:sc:2462", "recalls", optional=True, alt_relations=["cites"], note="anaphora"),
    E("paragraph 4 of resolution 2482 (2019)", "res:sc:2482", "acts-under"),
    E("article 57, paragraph 3 (c), of the Convention against Corruption", "art:uncac:57(3)(c)"),
    E("article 14 of the Convention against Transnational Organized Crime", "art:untoc:14"),
    E("the General Assembly at its eightieth session", "session:ga:80", alt_relations=["requests"]),
    E("the Implementation Review Group on its seventeenth session", "session:irg:17", alt_relations=["requests"]),
    E("(CAC/COSP/IRG/2026/5)", "doc:CAC/COSP/IRG/2026/5", alt_relations=["requests"]),
]
