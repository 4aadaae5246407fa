R = "res:cosp:11/3"; DD = "dec:cosp:11/1"
def E(text, t, rel="cites", src="R", **kw):
    if src == "R": src = R
    return (text, t, rel, src, kw)
UNLISTED = "governing verb not in the contract's list of normalised relations -> cites"
HEAD_TITLE = "inside the title under the heading of a resolution/decision: source is the unit the heading opens (file-level also defensible)"
SPEC = [
    E("Eleventh session", "session:cosp:11", src="F", note="header session line"),
    E("at its eleventh session", "session:cosp:11", src="F", note="report title"),
    E("the special session of the General Assembly against corruption\n\n11/1", "session:ga:S-32", src="F", optional=True, note="TOC line: a TOC line lists a node; the session inside its title is optional"),
    E("Venue of the twelfth session of the Conference\n\n###", "session:cosp:12", src="F", optional=True, note="TOC line"),
    E("the special session of the General Assembly against corruption\n\nThe Conference", "session:ga:S-32", alt_sources=["F"], note=HEAD_TITLE),
    E("General Assembly resolution S-32/1", "res:ga:S-32/1", note="'Bearing in mind': " + UNLISTED),
    E("adopted at the special session, held in New York", "session:ga:S-32", note="'the Political Declaration adopted at the special session' = the Assembly's special session against corruption (S-32/1 two lines above and in the title); 'Mindful of': " + UNLISTED),
    E("its resolutions 9/2", "res:cosp:9/2", "recalls"),
    E("10/2 of 15 December 2023", "res:cosp:10/2", "recalls"),
    E("Conference decision 10/1", "dec:cosp:10/1", "recalls", note="'as well as' coordinated with the object of Recalling"),
    E("General Assembly resolutions 77/205", "res:ga:77/205", "recalls"),
    E("79/190 of", "res:ga:79/190", "recalls", note="enumeration keeps the head's issuer"),
    E("Human Rights Council resolution 56/7", "res:hrc:56/7", note="'Taking into account': " + UNLISTED),
    E("Economic and Social Council resolution 2024/17", "res:ecosoc:2024/17"),
    E("articles 51 to 59 (chapter V)", ["art:uncac:%d" % i for i in range(51, 60)] + ["chap:uncac:V"], note="'Stressing': " + UNLISTED + "; the chapter in parentheses glosses the range; 'its resolution 33/2' and 'its thirty-third session' of the Commission just before are not references (no code)"),
    E("Asset Recovery on its eighteenth meeting", "session:wg-ar:18", alt_relations=["notes"], note="'Noting with appreciation the report of ... on its eighteenth meeting'"),
    E("(CAC/COSP/WG.2/2024/4)", "doc:CAC/COSP/WG.2/2024/4", "notes", alt_relations=["cites"], note="symbol identifying the report taken note of"),
    E("Security Council resolution 2195 (2014)", "res:sc:2195", "welcomes"),
    E("the second part of its fifteenth session", "session:irg:15", alt_relations=["endorses"], note="'its' = the Implementation Review Group"),
    E("(CAC/COSP/IRG/2024/11)", "doc:CAC/COSP/IRG/2024/11", "endorses", alt_relations=["cites"]),
    E("at its seventeenth and eighteenth sessions", ["session:irg:17", "session:irg:18"], alt_relations=["decides"], note="'its' = the Group (subject of the that-clause)"),
    E("article 16, paragraphs 1 and 2", ["art:uncac:16(1)", "art:uncac:16(2)"], alt_relations=["decides"]),
    E("articles 19 to 21 of the Convention", ["art:uncac:19", "art:uncac:20", "art:uncac:21"], alt_relations=["decides"]),
    E("resolution 10/4", "res:cosp:10/4", note="'Encourages ... guidelines annexed to': " + UNLISTED),
    E("in line with decision 9/1", "dec:cosp:9/1", "acts-under"),
    E("at its fifty-sixth session", "session:hrc:56", note="'its' = the Human Rights Council"),
    E("the special session;", "session:ga:S-32", optional=True, note="definite 'the special session' = S-32 (anaphoric)"),
    E("paragraph 4 of its resolution 10/1", "res:cosp:10/1", "acts-under"),
    E("General Assembly resolution 78/177", "res:ga:78/177", "acts-under", note="second object of 'pursuant to ... and'"),
    E("the twelfth session of the Conference;", "session:cosp:12", alt_relations=["decides"]),
    E("at its seventeenth meeting", "session:wg-prev:17", alt_relations=["requests"], note="'its' = the Working Group on the Prevention of Corruption"),
    E("the Conference at its twelfth session", "session:cosp:12", alt_relations=["requests"]),
    E("Venue of the twelfth session of the Conference\n\nAt its", "session:cosp:12", src=DD, alt_sources=["F"], note=HEAD_TITLE),
    E("paragraph 2 of its decision 10/1", "dec:cosp:10/1", src=DD, note="'bearing in mind': " + UNLISTED + "; 'At its 9th plenary meeting' and 'rule 3' are not references"),
    E("host its twelfth session", "session:cosp:12", src=DD, alt_relations=["decides"]),
    E("its thirteenth session", "session:cosp:13", src=DD, alt_relations=["decides"]),
]
