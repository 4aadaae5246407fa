def E(text, t, rel="cites", src="R", **kw):
    if src == "R":
        src = "res:ga:79/190"; kw.setdefault("alt_sources", ["F"])
    return (text, t, rel, src, kw)
SPEC = [
    E("Seventy-ninth session", "session:ga:79", src="F", note="header"),
    E("[A/79/452](#)", "doc:A/79/452", src="F", alt_sources=["res:ga:79/190"]),
    E("its resolution 58/4", "res:ga:58/4", "reaffirms"),
    E("its resolutions\n78/177", ["res:ga:78/177", "res:ga:S-32/1"], "reaffirms", note="enumeration '78/177 ... and S-32/1' keeps the head's issuer"),
    E("its thirty-second special\nsession", "session:ga:S-32", alt_relations=["recalls"]),
    E("the special session,", "session:ga:S-32", optional=True, alt_relations=["recalls"], note="definite 'the special session' = S-32 just named"),
    E("Economic and Social Council resolution 2023/18", "res:ecosoc:2023/18", "recalls"),
    E("Security Council resolution 2462 (2019)", "res:sc:2462", "recalls"),
    E("Conference resolutions 10/1 to 10/3", ["res:cosp:10/1", "res:cosp:10/2", "res:cosp:10/3"], "welcomes"),
    E("the tenth session of\nthe Conference of the States Parties", "session:cosp:10", alt_relations=["welcomes"]),
    E("decision 10/1 of the Conference", "dec:cosp:10/1", "takes-note"),
    E("(A/79/126)", "doc:A/79/126", "takes-note"),
    E("UNODC/CCPCJ/EG.5/2020/4", "doc:UNODC/CCPCJ/EG.5/2020/4", "takes-note"),
    E("chapters II and V of the\nConvention", ["chap:uncac:II", "chap:uncac:V"]),
    E("article 14 and articles 51 to 59", ["art:uncac:14"] + ["art:uncac:%d" % i for i in range(51, 60)]),
    E("article 31, paragraph 1 (a), thereof", "art:uncac:31(1)(a)"),
    E("Conference resolution 10/4", "res:cosp:10/4"),
    E("CTOC/COP/WG.2/2022/2", "doc:CTOC/COP/WG.2/2022/2"),
    E("that\nresolution", "res:cosp:10/4", "acts-under", optional=True, note="anaphora"),
    E("the General Assembly at its\neightieth session", "session:ga:80", alt_relations=["requests"]),
]
