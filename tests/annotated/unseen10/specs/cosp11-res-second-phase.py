R = "res:cosp:11/3"
def E(text, t, rel="cites", src=R, **kw): return (text, t, rel, src, kw)
AU = dict(alt_relations=["cites"])
ANX = dict(alt_sources=["F"])  # annex of the resolution: still the resolution's unit (document file: accepted)
# A resolution alone (heading '### Resolution 11/3' opens the unit, no masthead). Negatives: the heading, "paragraph 44 of the terms of reference",
# "paragraph 13 thereof" (of the terms of reference), "the annex to the present resolution", "paragraph 13 of the terms of reference",
# "paragraph 29 of the guidelines", "Rule 2 of the rules of procedure", "the present annex".
SPEC = [
    E("its resolution 3/1 of 13 November 2009", "res:cosp:3/1", "recalls"),
    E("annex I to resolution 3/1", "res:cosp:3/1", "recalls"),
    E("its resolutions 4/1 of 28 October 2011", ["res:cosp:4/1", "res:cosp:6/1", "res:cosp:10/1"], "recalls", note="dated list; span = head"),
    E("decision 5/1 of 29 November 2013", "dec:cosp:5/1", "recalls"),
    E("chapters II and V of the Convention", ["chap:uncac:II", "chap:uncac:V"], note="'Bearing in mind' unlisted"),
    E("article 63, paragraph 7, of the Convention", "art:uncac:63(7)", "acts-under", alt_relations=["cites", "notes"], note="'Noting that, consistent with article 63 ...' nearest connective"),
    E("the Implementation Review Group at its fifteenth and sixteenth sessions", ["session:irg:15", "session:irg:16"], "welcomes", **AU),
    E("CAC/COSP/IRG/2024/9 and CAC/COSP/IRG/2025/10", ["doc:CAC/COSP/IRG/2024/9", "doc:CAC/COSP/IRG/2025/10"], "welcomes", **AU),
    E("paragraph 2 of resolution 10/1", "res:cosp:10/1", "acts-under", alt_relations=["cites", "decides"], note="'Decides, in implementation of paragraph 2 of resolution 10/1'"),
    E("resolution 4/1 and further", "res:cosp:4/1", "acts-under", alt_relations=["cites", "requests"], note="'as mandated by resolution 4/1'"),
    E("its sixteenth session", "session:irg:16", "cites", alt_relations=["requests", "acts-under"], note="'further to its work at its sixteenth session' its = the Group"),
    E("articles 5 to 14 and 51 to 59", [f"art:uncac:{n}" for n in list(range(5, 15)) + list(range(51, 60))], "cites", alt_relations=["requests"]),
    E("paragraph 8 of resolution 6/1", "res:cosp:6/1", "acts-under"),
    E("section III of decision 5/1", "dec:cosp:5/1", "acts-under"),
    E("the Conference at its twelfth session", "session:cosp:12", "cites", alt_relations=["requests"]),
    E("annex I to resolution 3/1 and", "res:cosp:3/1", "cites", alt_relations=["decides"], note="'paragraphs 44 to 46 of annex I to resolution 3/1'"),
    E("General Assembly resolution 79/256", "res:ga:79/256", "cites", alt_relations=["decides"]),
    E("chapter II (Preventive measures)", "chap:uncac:II", **ANX, note="annex; 'As called for in paragraph 13 of the terms of reference' is not a reference"),
    E("chapter V (Asset recovery)", "chap:uncac:V", **ANX),
    E("annex I to resolution 4/1", "res:cosp:4/1", "cites", alt_relations=["acts-under"], alt_sources=["F"], note="reduced relative 'contained in' after 'Consistent with paragraph 29 of the guidelines'"),
    E("article 52, paragraphs 1 to 4", [f"art:uncac:52({n})" for n in range(1, 5)], **ANX),
    E("article 57, paragraph 3 (a) and (b)", ["art:uncac:57(3)(a)", "art:uncac:57(3)(b)"], **ANX),
    E("chapter III", "chap:uncac:III", alt_relations=["acts-under"], alt_sources=["F"], note="'Following up on the outcome of the review of chapter III'"),
    E("article 15 and", "art:uncac:15", **ANX),
    E("article 16, paragraph 1", "art:uncac:16(1)", **ANX),
    E("amending resolution 3/1", "res:cosp:3/1", **ANX),
]
