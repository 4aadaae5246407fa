D = "doc:E/2024/30"  # joint masthead symbol E/2024/30-E/CN.15/2024/14: the document's ID is one of its symbols (contract silent on joint symbols)
ALT_SRC = ["doc:E/CN.15/2024/14", "doc:E/2024/30-E/CN.15/2024/14", "F"]
def E(text, t, rel="cites", src=D, **kw):
    kw.setdefault("alt_sources", ALT_SRC)
    return (text, t, rel, src, kw)
AU = dict(alt_relations=["cites"])
# A CCPCJ report chapter (ECOSOC Official Records): the text's own issuer is the Commission, which has no code.
# Negatives: "Report on the thirty-third session" (CCPCJ), "At its 7th meeting", "agenda item 6", "its resolution 32/1, the Commission",
# "the Conference of the Parties to the ... Transnational Organized Crime, at its eleventh session, had adopted resolution 11/1",
# "its resolution 30/1" (Commission), "At its 9th meeting", "draft resolution II", "chap. I, sect. B", "eleven resolutions and two decisions".
SPEC = [
    E("General Assembly resolution 78/177", "res:ga:78/177"),
    E("(A/79/98)", "doc:A/79/98"),
    E("Convention against Corruption at its tenth session", "session:cosp:10"),
    E("(E/CN.15/2024/9)", "doc:E/CN.15/2024/9"),
    E("the tenth session of the Conference", "session:cosp:10"),
    E("resolution 10/4", "res:cosp:10/4", "notes", alt_relations=["cites", "adopts"], note="'She noted that the Conference had adopted ..., including resolution 10/4'"),
    E("decision 10/1", "dec:cosp:10/1", "notes", alt_relations=["cites", "adopts"]),
    E("its eleventh session", "session:cosp:11", "notes", alt_relations=["cites", "adopts"], note="its = the Conference"),
    E("Conference resolution 10/2", "res:cosp:10/2", "welcomes"),
    E("resolutions 10/5 and 10/6 of the Conference", ["res:cosp:10/5", "res:cosp:10/6"], "welcomes"),
    E("the special session of the General Assembly against corruption", "session:ga:S-32", note="S-32 convention"),
    E("Economic and Social Council resolution 2023/19", "res:ecosoc:2023/19", "refers"),
    E("Council decision 2023/251", "dec:ecosoc:2023/251", "refers"),
    E("in its decision 9/1", "dec:cosp:9/1", "recalls", **AU),
    E("the tenth session, and", "session:cosp:10", "recalls", **AU),
    E("article 63 of the Convention against Corruption", "art:uncac:63", "acts-under", alt_relations=["cites", "recalls"], note="'consistent with'"),
    E("article 32 of the Organized Crime Convention", "art:untoc:32", "acts-under", alt_relations=["cites", "recalls"]),
    E("the Implementation Review Group at its fifteenth session", "session:irg:15", "refers", **AU, note="c2: session after 'referred to' (earlier sets accept cites)"),
    E("the Prevention of Corruption at its fifteenth meeting", "session:wg-prev:15", "refers", **AU, note="c2"),
    E("General Assembly resolution S-32/1", "res:ga:S-32/1", "recalls"),
    E("(E/CN.15/2024/9) and", "doc:E/CN.15/2024/9", "takes-note"),
    E("Conference resolutions 10/1 to 10/3", ["res:cosp:10/1", "res:cosp:10/2", "res:cosp:10/3"], "takes-note"),
]
