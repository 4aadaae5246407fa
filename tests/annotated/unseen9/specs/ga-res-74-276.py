R, DOC = "res:ga:74/276", "doc:A/RES/74/276"
def E(text, t, rel="cites", src="R", **kw):
    if src == "R":
        return (text, t, rel, R, kw)
    return (text, t, rel, src, dict({"alt_sources": [R, "F"]}, **kw))
ANA = "anaphora: optional"
# Masthead 'United Nations' / 'A/RES/74/276' (own symbol: doc source before the heading). Heading '74/276. Title' opens the unit.
# Negatives: "Agenda item 107", Treaty Series footnote, CCPCJ "resolution 29/1", the CTOC COP's "its resolution 10/1", "section IV thereof"
# (of the SG report), "the resolutions of the Conference" (no number), "the special session of the Conference held in 2020" (no number),
# "81st plenary meeting".
SPEC = [
    E("Seventy-fourth session", "session:ga:74", src=DOC, note="header session line"),
    E("[A/74/L.66](#)", "doc:A/74/L.66", src=DOC, note="before the heading"),
    E("Special session of the General Assembly against corruption\n", "session:ga:S-32", src=DOC, optional=True, note="title in the heading line"),
    E("its resolution 73/191 of 17 December 2018", "res:ga:73/191", "recalls"),
    E("a special session against corruption", "session:ga:S-32", "cites", alt_relations=["recalls"], note="relative clause 'in which it decided to convene'"),
    E("its resolutions 58/4 of 31 October 2003", "res:ga:58/4", "recalls"),
    E("64/237 of 24 December 2009", "res:ga:64/237", "recalls"),
    E("73/190 of 17 December 2018", "res:ga:73/190", "recalls"),
    E("chapter II thereof", "chap:uncac:II", "reaffirms"),
    E("articles 5 and 6", ["art:uncac:5", "art:uncac:6"], "reaffirms"),
    E("chapters IV and V of the Convention", ["chap:uncac:IV", "chap:uncac:V"], "reaffirms", alt_relations=["cites"]),
    E("Conference of the States Parties resolution 8/14", "res:cosp:8/14", "recalls"),
    E("the special session of the General Assembly against corruption to be held", "session:ga:S-32", "cites", alt_relations=["recalls"], note="inside the quoted title"),
    E("the above-mentioned resolutions of the Assembly", ["res:ga:73/191", "res:ga:58/4", "res:ga:64/237", "res:ga:73/190"], "recalls", optional=True, note=ANA),
    E("resolutions 8/1 to 8/4 and 8/8 to 8/14", [f"res:cosp:8/{n}" for n in (1, 2, 3, 4, 8, 9, 10, 11, 12, 13, 14)], "takes-note", note="issuer named after ('adopted by the Conference')"),
    E("the Conference at its eighth session", "session:cosp:8", "cites", alt_relations=["takes-note"]),
    E("Human Rights Council resolutions 35/25", ["res:hrc:35/25", "res:hrc:41/9"], "notes", note="'Noting with appreciation'; the span covers the list"),
    E("Economic and Social Council resolution 2019/21", "res:ecosoc:2019/21", "notes"),
    E("paragraph 4 of its resolution 73/191", "res:ga:73/191", "cites", note="'Bearing in mind' unlisted"),
    E("the special session would be preceded", "session:ga:S-32", optional=True, note="bare definite 'the special session'"),
    E("paragraph 6 of that resolution", "res:ga:73/191", optional=True, note=ANA),
    E("Security Council resolution 2462 (2019)", "res:sc:2462", "recalls"),
    E("the Implementation Review Group at its tenth session and its resumed tenth session", ["session:irg:10", "session:irg:10"], "cites", note="'Acknowledging' unlisted"),
    E("at its tenth and eleventh meetings", ["session:wg-prev:10", "session:wg-prev:11"], "cites"),
    E("chapters II and V of the Convention", ["chap:uncac:II", "chap:uncac:V"], "cites", alt_relations=["welcomes"], note="relative clause 'which covers' after 'welcoming the progress made in the second cycle'"),
    E("article 63, paragraph 4 (c), of the Convention", "art:uncac:63(4)(c)", "cites", note="'Convinced' unlisted"),
    E("See CAC/COSP/2019/17", "doc:CAC/COSP/2019/17", "refers", note="footnote 2"),
    E("[A/74/134](#)", "doc:A/74/134", "welcomes", alt_relations=["cites"], note="footnote 3 identifies the report welcomed (gold 000 convention for takes-note)"),
    E("the special session of the General Assembly against corruption shall", "session:ga:S-32", "decides", alt_relations=["cites"]),
    E("paragraph 5 of resolution 73/191", "res:ga:73/191", "acts-under"),
    E("section II of Conference resolution 8/14", "res:cosp:8/14", "acts-under"),
    E("as decided in resolution 73/191", "res:ga:73/191", "cites", alt_relations=["decides"], note="participle describing; not a connective"),
    E("the same resolution of the Conference", "res:cosp:8/14", "cites", optional=True, alt_relations=["refers", "decides"], note=ANA),
    E("the Conference at its eighth session to", "session:cosp:8", "cites", alt_relations=["requests"]),
    E("the Assembly at its seventy-fifth session", "session:ga:75", "cites", alt_relations=["requests"]),
    E("resolutions 73/190 and 73/191", ["res:ga:73/190", "res:ga:73/191"], "cites", alt_relations=["requests"]),
    E("the Assembly at its special session", "session:ga:S-32", optional=True, alt_relations=["requests"], note="bare 'its special session' (S-32, anaphoric)"),
    E("its seventy-fifth session,", "session:ga:75", "decides", alt_relations=["cites"]),
    E("Special session of the General Assembly against corruption\".", "session:ga:S-32", "cites", alt_relations=["decides"], note="quoted sub-item title (S-32 convention)"),
]
