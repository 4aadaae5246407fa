D = "doc:CAC/COSP/EG.1/2024/2"  # own symbol on its own line under the masthead
def E(text, t, rel="cites", src=D, **kw): return (text, t, rel, src, kw)
AU = dict(alt_relations=["cites"])
# Negatives: "Item 3 of the provisional agenda", "offences established in accordance with the Convention" (no target),
# "pursuant to that recommendation" (no target), Council of Europe Criminal Law Convention "its article 26", Civil Law Convention "its article 13",
# "the second review cycle".
SPEC = [
    E("Thirteenth meeting", "session:eg-ic:13", note="header session line: the expert meeting's meetings are sessions"),
    E("[CAC/COSP/EG.1/2024/1](#)", "doc:CAC/COSP/EG.1/2024/1", note="agenda footnote"),
    E("At its twelfth meeting", "session:eg-ic:12", note="the expert meeting's twelfth meeting (ordinal) is a session, not a plenary meeting"),
    E("CAC/COSP/EG.1/2023/3, para. 14", "doc:CAC/COSP/EG.1/2023/3", "refers"),
    E("Conference resolution 10/4", "res:cosp:10/4", "acts-under", **AU, note="'as called for in Conference resolution 10/4'"),
    E("article 43, paragraph 1, of the Convention", "art:uncac:43(1)", note="relative clause 'in which the Conference encouraged ... to make use of'"),
    E("Under article 43, paragraph 1", "art:uncac:43(1)", "acts-under"),
    E("Article 46, paragraph 3, of the Convention", "art:uncac:46(3)"),
    E("article 46, paragraph 9 (b) and (c)", ["art:uncac:46(9)(b)", "art:uncac:46(9)(c)"]),
    E("Chapter V of the Convention", "chap:uncac:V"),
    E("article 53, subparagraphs (a) to (c)", ["art:uncac:53(a)", "art:uncac:53(b)", "art:uncac:53(c)"], note="article 53 has lettered subparagraphs, no numbered paragraphs"),
    E("article 56", "art:uncac:56"),
    E("equivalent of article 43", "art:uncac:43", note="'The Organized Crime Convention does not contain an equivalent of article 43' = UNCAC art. 43"),
    E("article 18, paragraph 1, of the Organized Crime Convention", "art:untoc:18(1)"),
    E("article 10 of that Convention", "art:untoc:10", "acts-under", **AU, note="'consistent with article 10 of that Convention' (UNTOC)"),
    E("chapter V (CAC", "chap:uncac:V", "refers", **AU, note="'Reference was made ... to the findings of the thematic report on chapter V (X)'"),
    E("(CAC/COSP/IRG/2023/4)", "doc:CAC/COSP/IRG/2023/4", "refers", **AU),
    E("Asset Recovery at its seventeenth meeting", "session:wg-ar:17", "cites", alt_relations=["acts-under"], note="'Further to the discussions of the Working Group ...'"),
    E("resolution 9/2", "res:cosp:9/2", "acts-under", **AU, note="'as mandated by resolution 9/2'"),
    E("the Conference at its eleventh session", "session:cosp:11"),
    E("decision 10/2", "dec:cosp:10/2"),
]
