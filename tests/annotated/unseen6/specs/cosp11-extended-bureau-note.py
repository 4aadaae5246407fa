def E(text, t, rel="cites", src="D", **kw): return (text, t, rel, "doc:CAC/COSP/2025/12" if src == "D" else src, kw)
SPEC = [
    E("## Eleventh session", "session:cosp:11", note="header session line"),
    E("CAC/COSP/2025/1.", "doc:CAC/COSP/2025/1", note="agenda footnote; 'Item 1 (b)' no reference"),
    E("in its decision 10/1", "dec:cosp:10/1"),
    E("to host its eleventh session", "session:cosp:11"),
    E("the Conference's fourth session", "session:cosp:4", alt_relations=["acts-under"], note="possessive body; 'rule 28 of the rules of procedure' no reference"),
    # 'At its fourth meeting, the extended Bureau' : the Bureau is no listed body -> no session
    E("the sixteenth session of the Implementation Review Group", "session:irg:16", alt_relations=["takes-note"], note="'took note of the outcome of X' (audit 5: 'the outcome of' does not pass the verb)"),
    E("the nineteenth meeting of the Working Group on Asset Recovery", "session:wg-ar:19", alt_relations=["takes-note"]),
    E("the ninth and tenth sessions", ["session:cosp:9", "session:cosp:10"], note="no owner named: the Conference (text's body)"),
    E("paragraph 2 of decision 7/1", "dec:cosp:7/1", "acts-under"),
    E("CAC/COSP/2025/L.3 to L.7", ["doc:CAC/COSP/2025/L.%d" % n for n in range(3, 8)], note="elliptical symbol range 'X/L.3 to L.7'"),
    E("| CAC/COSP/2025/L.3 |", "doc:CAC/COSP/2025/L.3", note="table cell"),
    E("resolution 10/6 on asset return", "res:cosp:10/6"),
    E("| CAC/COSP/2025/L.4 |", "doc:CAC/COSP/2025/L.4"),
    E("resolutions 8/12 and 10/8", ["res:cosp:8/12", "res:cosp:10/8"], "refers", alt_relations=["cites"], note="'(cf. ...)' ~ 'see'"),
    E("| CAC/COSP/2025/L.5 |", "doc:CAC/COSP/2025/L.5"),
    E("paragraphs 9 to 11 of resolution 9/1", "res:cosp:9/1", alt_relations=["decides"], note="'as decided by the Conference in ...' describes an earlier text"),
    E("Assembly resolutions 78/177", "res:ga:78/177", note="'reaffirmed by Assembly resolutions X of date and Y of date' (agent, not this text's verb)"),
    E("79/196 of 19 December 2024", "res:ga:79/196"),
    E("the special session of the General Assembly against corruption", "session:ga:S-32", alt_relations=["welcomes"], note="gold convention: the special session = S-32"),
    E("the Group at its first resumed sixteenth session", "session:irg:16", alt_relations=["takes-note"]),
    E("Assembly resolution S-32/1", "res:ga:S-32/1", alt_relations=["takes-note"], note="after review: inside the that-clause of 'took note of the request ..., that the secretariat prepare ...'; the verb is accepted there as in unseen4 (NOTED convention)"),
    E("see A/RES/S-32/1, annex", "doc:A/RES/S-32/1", "refers"),
    # 'the Conference at its opening plenary meeting' and the CCPCJ 'thirty-fifth session' are no references
]
