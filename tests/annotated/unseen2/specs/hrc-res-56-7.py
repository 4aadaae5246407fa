R = "res:hrc:56/7"
def E(text, t, rel="cites", src=R, **kw):
    if src == R: kw.setdefault("alt_sources", ["F"])
    return (text, t, rel, src, kw)
SPEC = [
    E("Fifty-sixth session", "session:hrc:56", src="F", note="header session line under 'Human Rights Council'"),
    E("its resolutions 35/25", "res:hrc:35/25", "recalls"),
    E("41/9", "res:hrc:41/9", "recalls"),
    E("50/11", "res:hrc:50/11", "recalls"),
    E("General Assembly resolution 78/177", "res:ga:78/177", "recalls"),
    E("article 13 thereof", "art:uncac:13", "recalls", note="'article 19 of the International Covenant on Civil and Political Rights' -> nothing"),
    E("the General Assembly at its thirty-second special session", "session:ga:S-32", alt_relations=["welcomes"]),
    E("Conference resolution 10/4", "res:cosp:10/4", "takes-note"),
    E("at their twelfth and thirteenth meetings", ["session:eg-ic:12", "session:eg-ic:13"], alt_relations=["takes-note"]),
    E("articles 32 and 33 of the Convention", ["art:uncac:32", "art:uncac:33"]),
    E("the Council at its fifty-ninth session", "session:hrc:59"),
    E("its resolution 50/11", "res:hrc:50/11", "acts-under"),
    E("General Assembly resolution S-32/1, annex", "res:ga:S-32/1", note="footnote 2, called in the Welcoming paragraph"),
]
