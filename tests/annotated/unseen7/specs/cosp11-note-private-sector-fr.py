# The text has non-breaking spaces (U+00A0) after 'resolution', 'article', 'No.', in dates; soft hyphens (U+00AD)
# in 'arti-cle', 'chap-ter', 'para-graph'; French quotes; a non-breaking hyphen (U+2011) in 'S-32/1' (footnote 1).
NB, SH = "\u00a0", "\u00ad"
def E(text, t, rel="cites", src="D", **kw): return (text, t, rel, "doc:CAC/COSP/2025/3" if src == "D" else src, kw)
SPEC = [
    E("Eleventh session", "session:cosp:11", note="header session line; 'Item 4 of the provisional agenda*' none"),
    E("In its resolution" + NB + "10/6", "res:cosp:10/6", note="NBSP between keyword and number"),
    E("adopted at its tenth session", "session:cosp:10"),
    E("The same resolution", "res:cosp:10/6", optional=True, note="anaphora"),
    E("the General Assembly at its special session against corruption", "session:ga:S-32", "refers", alt_relations=["cites"], note="'The same resolution referred to the Political Declaration adopted by the General Assembly at its special session against corruption' (S-32, gold convention)"),
    E("its resolutions" + NB + "6/5 and 7/6", ["res:cosp:6/5", "res:cosp:7/6"]),
    E("article" + NB + "12 of the Convention", "art:uncac:12", note="'called upon States parties to implement' (not listed)"),
    E("the aforementioned resolution", "res:cosp:7/6", optional=True, alt_relations=["refers"], note="anaphora ('the latter' = 7/6)"),
    # 'the Doha Declaration adopted at the Thirteenth United Nations Congress': none; note verbale 'No. CU 2025/114', '30/04/2025', 'annex I': none
    E("(art." + NB + "12, para." + NB + "2" + NB + "(b))", "art:uncac:12(2)(b)", note="section heading; NBSPs throughout"),
    E("article" + NB + "12, paragraph" + NB + "2" + NB + "(b), of the Convention", "art:uncac:12(2)(b)", "acts-under", note="'in line with'; 'Act No. 2016-1691' none"),
    # 'Organic Law No. 10/1995 (Criminal Code), article 31 bis' (a national law's article), 'Act No. 12/2019': none
    E("arti" + SH + "cle" + NB + "12, paragraph" + NB + "1", "art:uncac:12(1)", note="soft hyphen inside 'article'; 'Morocco (MAR) and Tunisia (TUN)' none"),
    E("article" + NB + "21, on bribery", "art:uncac:21", note="'paragraph 9 below' none; running header 'CAC/COSP/2025/3' and footer 'V.25-01234 3/8' none"),
    E("chap" + SH + "ter" + NB + "II", "chap:uncac:II", "acts-under", alt_relations=["refers", "cites"], note="'the recommendations made to them under chapter II' (nearest connective 'under')"),
    E("article" + NB + "14, paragraph" + NB + "1" + NB + "(a)", "art:uncac:14(1)(a)", "refers"),
    E("article" + NB + "52, para" + SH + "graph" + NB + "1", "art:uncac:52(1)", "refers", alt_relations=["cites"], note="'read together with'; soft hyphen in 'paragraph'; 'Decree No. 221/2020 of 10/12/2024' none"),
    E("resolution" + NB + "9/7 of the Conference", "res:cosp:9/7", "refers"),
    E("the Working Group on the Prevention of Corruption at its fifteenth meeting", "session:wg-prev:15", "refers", alt_relations=["cites"]),
    E("In that resolution", "res:cosp:9/7", optional=True, note="anaphora"),
    E("paragraph" + NB + "7 of the same resolution", "res:cosp:9/7", "acts-under", optional=True, note="anaphora ('in accordance with')"),
    E("its seventeenth meeting", "session:wg-prev:17", alt_relations=["requests"], note="'request the Working Group to continue its analysis at its seventeenth meeting'"),
    E("pursuant to resolution" + NB + "10/6", "res:cosp:10/6", "acts-under"),
    E("* CAC/COSP/2025/1.", "doc:CAC/COSP/2025/1", note="agenda footnote"),
    E("General Assembly resolution S\u201132/1", "res:ga:S-32/1", note="footnote 1; non-breaking hyphen U+2011 in the number"),
    E("See CAC/COSP/WG.4/2024/4", "doc:CAC/COSP/WG.4/2024/4", "refers", note="footnote 2"),
]
