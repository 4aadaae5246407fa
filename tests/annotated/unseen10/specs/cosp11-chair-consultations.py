D = "doc:CAC/COSP/2025/CRP.6"  # own symbol on its own line under the masthead
def E(text, t, rel="cites", src=D, **kw): return (text, t, rel, src, kw)
AU = dict(alt_relations=["cites"])
# Negatives: "rule 2 of the rules of procedure", "rule 3, paragraph 1", "Article 19 of the Universal Declaration of Human Rights",
# "rule 52 of the rules of procedure", "rule 3 of the rules of procedure", dates, "paras. 4–7".
SPEC = [
    E("Eleventh session", "session:cosp:11", note="header session line"),
    E("the twelfth session of the Conference**", "session:cosp:12", note="title"),
    E("paragraph 2 of General Assembly resolution 58/4", "res:ga:58/4", "acts-under"),
    E("decision 5/1, the Chair", "dec:cosp:5/1", "acts-under", note="'General Assembly resolution 58/4 and decision 5/1': a new noun, so the text's default issuer (cosp), not the head's; genuinely ambiguous"),
    E("the twelfth session of the Conference.", "session:cosp:12", "cites", alt_relations=["acts-under"]),
    E("in its decision 5/1", "dec:cosp:5/1", "recalls", alt_relations=["cites", "decides"]),
    E("its sixth and eighth sessions", ["session:cosp:6", "session:cosp:8"], "recalls", alt_relations=["cites", "decides"]),
    E("decisions 7/1 and 9/1", ["dec:cosp:7/1", "dec:cosp:9/1"], "recalls", **AU),
    E("the twelfth session in 2027", "session:cosp:12"),
    E("paragraph 9 of General Assembly resolution 64/237", "res:ga:64/237", "refers"),
    E("Assembly resolution 40/243 on", "res:ga:40/243", "refers"),
    E("the Assembly's resolution 40/243", "res:ga:40/243", "acts-under", **AU, note="'consistent with the Assembly's resolution 40/243'"),
    E("(CAC/COSP/2025/L.2)", "doc:CAC/COSP/2025/L.2", note="'the Chair presented a draft decision (X)'"),
    E("the Conference at its tenth session", "session:cosp:10", "acts-under", **AU, note="'as mandated by the Conference at its tenth session in decision 10/1'"),
    E("decision 10/1, the", "dec:cosp:10/1", "acts-under", **AU),
    E("the twelfth session.", "session:cosp:12"),
    E("the Implementation Review Group, at its sixteenth session", "session:irg:16", "notes", **AU, note="'Some delegations noted that the IRG, at its sixteenth session, had already expressed'"),
    E("the eleventh and twelfth sessions of the Working Group on Asset Recovery", ["session:wg-ar:11", "session:wg-ar:12"], note="WG meetings called 'sessions': still wg-ar sessions"),
    E("decision 10/1 and", "dec:cosp:10/1", "cites", alt_relations=["acts-under"], note="'following up on decision 10/1 and in accordance with rule 3'"),
    E("document CAC/COSP/2025/L.2", "doc:CAC/COSP/2025/L.2", "cites", alt_relations=["adopts"], note="'adopt the draft decision contained in document X'"),
    E("CAC/COSP/2025/CRP.2, paras. 4–7", "doc:CAC/COSP/2025/CRP.2", "refers"),
]
