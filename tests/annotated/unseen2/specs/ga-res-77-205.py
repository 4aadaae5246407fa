R = "res:ga:77/205"
def E(text, t, rel="cites", src=R, **kw):
    if src == R: kw.setdefault("alt_sources", ["F"])
    return (text, t, rel, src, kw)
SPEC = [
    E("Seventy-seventh session", "session:ga:77", src="F", note="header session line"),
    E("[A/77/469](#)", "doc:A/77/469", src="F", alt_sources=[R], note="header: report of the Third Committee"),
    E("its resolution 58/4", "res:ga:58/4", "recalls"),
    E("its resolutions 74/276", "res:ga:74/276", "recalls"),
    E("76/187", "res:ga:76/187", "recalls"),
    E("its resolution S-32/1", "res:ga:S-32/1", "recalls"),
    E("its thirty-second special session", "session:ga:S-32"),
    E("at its ninth session, held in Sharm", "session:cosp:9", alt_relations=["welcomes"]),
    E("resolutions 9/1 to 9/3", ["res:cosp:9/1", "res:cosp:9/2", "res:cosp:9/3"], "welcomes", note="'the resolutions adopted by the Conference ... in particular resolutions 9/1 to 9/3': the issuer is named in the head of the apposition; range gives every member"),
    E("decision 9/1", "dec:cosp:9/1", "welcomes"),
    E("Conference resolution 9/6", "res:cosp:9/6", "takes-note"),
    E("article 51 of the Convention", "art:uncac:51", "acts-under"),
    E("Human Rights Council resolution 50/11", "res:hrc:50/11", "notes"),
    E("Security Council resolution 2195 (2014)", "res:sc:2195", "notes"),
    E("chapters II to V thereof", ["chap:uncac:II", "chap:uncac:III", "chap:uncac:IV", "chap:uncac:V"], note="range of chapters; 'thereof' = the Convention"),
    E("article 51 of the Convention", "art:uncac:51", "acts-under"),
    E("its sixteenth meeting", "session:wg-ar:16", alt_relations=["takes-note"]),
    E("paragraph 1 of its resolution 9/1", "res:cosp:9/1", "notes", alt_relations=["cites"], note="'notes the decision of the Conference, in paragraph 1 of its resolution 9/1': 'its' = the Conference (named issuer)"),
    E("the General Assembly at its seventy-eighth session", "session:ga:78"),
    E("its seventy-eighth session,", "session:ga:78", alt_relations=["decides"]),
    E("See [CAC/COSP/2021/17](#)", "doc:CAC/COSP/2021/17", "refers", note="footnote 1, called in the Welcoming paragraph"),
    E("[A/77/118](#)", "doc:A/77/118", "cites", alt_relations=["takes-note"], note="footnote 2, called in 'Taking note with appreciation of the report of the Secretary-General'"),
]
