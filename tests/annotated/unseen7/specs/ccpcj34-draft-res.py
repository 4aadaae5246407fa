def E(text, t, rel="cites", src="D", **kw): return (text, t, rel, "doc:E/CN.15/2025/L.4/Rev.1" if src == "D" else src, kw)
SPEC = [
    # header 'Thirty-fourth session' of the Commission on Crime Prevention and Criminal Justice: no code, no reference; 'Agenda item 7' none
    E("General Assembly resolution 58/4", "res:ga:58/4", "recalls"),
    E("Assembly resolution 55/25", "res:ga:55/25", "recalls", note="second object of Recalling after the 'by which' clause"),
    # 'Recalling also its resolutions 31/1 ... and 33/4': the Commission's own (no code) -> nothing; 'Commission on Narcotic Drugs resolution 66/2' -> nothing
    E("Economic and Social Council resolution 2024/18", "res:ecosoc:2024/18", "recalls"),
    E("Conference resolutions 10/4 and 10/6", ["res:cosp:10/4", "res:cosp:10/6"], "notes"),
    E("resolution 9/3 of the Conference", "res:cosp:9/3", "notes", note="issuer named after the number"),
    E("adopted at its ninth session", "session:cosp:9", "notes", alt_relations=["cites"], note="'its' = the Conference named just before"),
    E("the eleventh session of the Conference of the States Parties", "session:cosp:11", "welcomes", alt_relations=["cites"]),
    E("the Implementation Review Group at its sixteenth session", "session:irg:16", "welcomes", alt_relations=["cites"]),
    E("article 11 of the United Nations Convention against Corruption", "art:uncac:11", note="'Bearing in mind' -> cites (earlier sets)"),
    E("article 9 of the United Nations Convention against Transnational Organized Crime", "art:untoc:9"),
    # Doha Declaration, Kyoto Declaration 'paragraph 23 thereof', Nelson Mandela Rules 'rules 74 to 82 thereof': no references
    E("articles 7, 8 and 11 of the Convention against Corruption", ["art:uncac:7", "art:uncac:8", "art:uncac:11"], "acts-under", note="'in line with'"),
    # op. 2 'paragraph 4 of its resolution 33/4' (Commission's own) and 'the Commission at its thirty-fifth session': nothing
    E("at its twelfth session", "session:cosp:12", note="'Invites the Conference ... to consider the matter at its twelfth session'; 'the Working Group on the Prevention of Corruption' without number: nothing"),
    E("Security Council resolution 2462 (2019)", "res:sc:2462", note="'take into account' (not listed)"),
    E("Human Rights Council resolution 54/12", "res:hrc:54/12"),
    # op. 5: 'its thirty-fifth session' (Commission), 'the Commission on Narcotic Drugs at its sixty-ninth session', 'decision 68/1 of that Commission': nothing
]
