#!/usr/bin/env python3
"""Write NAME.expected.jsonl for every document from the hand-made specs below.

Each spec entry names the exact mention span (whitespace-flexible: a space in
the span matches any run of whitespace, so hard wraps need not be spelled out),
in document order; the span is searched from the start of the previous entry,
so several targets of one mention repeat the same span. `A(text)` moves the
cursor forward to `text` without emitting anything (to skip an earlier
identical span). The line number is computed from the match.

Fields written: target, relation, source, text, line, kind, and where given:
alt_relations (also acceptable relations, contract ambiguous), alt_sources,
optional (anaphora: not required by the contract), note.
"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))

class E:
    def __init__(self, span, target, rel, src=None, alt=(), note=None, opt=False, alt_src=()):
        self.span, self.target, self.rel, self.src = span, target, rel, src
        self.alt, self.note, self.opt, self.alt_src = list(alt), note, opt, list(alt_src)

class A:
    def __init__(self, text):
        self.text = text

def kind_of(t):
    return {"res": "resolution", "dec": "decision", "art": "article", "chap": "chapter",
            "doc": "document", "session": "session"}[t.split(":")[0]]

def pattern(span):
    return re.compile(r"\s+".join(re.escape(w) for w in span.split()))

def build(name, default_src, entries):
    text = open(os.path.join(HERE, name + ".txt"), encoding="utf-8").read()
    pos = 0
    out = []
    for e in entries:
        if isinstance(e, A):
            m = pattern(e.text).search(text, pos)
            if not m:
                sys.exit(f"{name}: anchor not found after {pos}: {e.text!r}")
            pos = m.start()
            continue
        m = pattern(e.span).search(text, pos)
        if not m:
            sys.exit(f"{name}: span not found after {pos}: {e.span!r}")
        pos = m.start()
        o = {"target": e.target, "relation": e.rel, "source": e.src or default_src,
             "kind": kind_of(e.target), "text": m.group(0),
             "line": text.count("\n", 0, m.start()) + 1}
        if e.alt: o["alt_relations"] = e.alt
        if e.alt_src: o["alt_sources"] = e.alt_src
        if e.opt: o["optional"] = True
        if e.note: o["note"] = e.note
        out.append(o)
    with open(os.path.join(HERE, name + ".expected.jsonl"), "w", encoding="utf-8") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    return len(out)

NESTED_SESSION = "session nested in the object of the governing verb: gold convention is 'cites' (verb governs the report/recommendations, not the session); the verb's relation also defensible"
FOOTNOTE_DOC = "footnote identifying the document taken note of / cited: contract says footnote -> cites unless it has its own verb; gold once used takes-note for such a footnote"
UNLISTED = "governing verb not in the contract's list of normalised relations -> cites"
THAT_ARTICLE = "anaphoric pinpoint 'paragraph N of that article': the gold treats these as required references with the antecedent's article"
HEAD_TITLE = "inside the title of the heading of a resolution/decision: source is the unit the heading opens (file-level also defensible)"
ISSUER_NONE = "issuer is not one of the contract's issuers: no canonical ID exists, so no reference (and certainly not res:cosp:/res:ga:)"

SPECS = {}

# ---------------------------------------------------------------- doc 1
D = "doc:CAC/COSP/2023/15"; R1 = "res:cosp:10/1"; R2 = "res:cosp:10/2"; DEC = "dec:cosp:10/1"
SPECS["cosp10-resolutions"] = (D, [
    E("its tenth session", "session:cosp:10", "cites", note="title of the report"),
    E("At its tenth session", "session:cosp:10", "cites"),
    E("article 63, paragraph 7, of the United Nations Convention against Corruption", "art:uncac:63(7)", "recalls", R1),
    E("its resolution 3/1", "res:cosp:3/1", "recalls", R1),
    E("its resolutions 4/1", "res:cosp:4/1", "recalls", R1),
    E("5/1 of", "res:cosp:5/1", "recalls", R1),
    E("6/1 of", "res:cosp:6/1", "recalls", R1),
    E("its decision 5/1", "dec:cosp:5/1", "recalls", R1),
    E("General Assembly resolution S-32/1", "res:ga:S-32/1", "recalls", R1),
    E("its special session against corruption", "session:ga:S-32", "cites", R1, note="'its' = the Assembly (subject of the relative clause)"),
    E("Group on its fourteenth session", "session:irg:14", "takes-note", R1, alt=["cites"], note=NESTED_SESSION),
    E("chapters II", "chap:uncac:II", "cites", R1, alt=["notes"], note="inside a relative clause 'which covers chapters II ... and V' describing the cycle"),
    E("V (Asset recovery)", "chap:uncac:V", "cites", R1, alt=["notes"], note="same as chapters II"),
    E("its resolution 9/1", "res:cosp:9/1", "notes", R1, note="'Noting that the second cycle ..., which covers ..., was extended by the Conference in its resolution 9/1': the relative clause ends at the comma, the main clause's object passes 'Noting' through; 'cites' if one reads the relative clause as still open"),
    E("paragraphs 2 and 3 of resolution 9/1", "res:cosp:9/1", "acts-under", R1),
    E("the eleventh session of the Conference", "session:cosp:11", "cites", R1, alt=["decides"]),
    E("article 63, paragraph 4 (c), of the Convention", "art:uncac:63(4)(c)", "acts-under", R1),
    E("Group at its sixteenth session", "session:irg:16", "cites", R1, alt=["requests"], note="'its' = the Implementation Review Group, not the Conference"),
    E("the Conference at its eleventh session", "session:cosp:11", "cites", R1, alt=["requests"]),
    E("CAC/COSP/IRG/2023/6", "doc:CAC/COSP/IRG/2023/6", "cites", R1, alt=["takes-note"], note=FOOTNOTE_DOC + "; footnote 2 is called in resolution 10/1"),
    E("chapter V of the Convention", "chap:uncac:V", "acts-under", R2),
    E("articles 51, 54, 55 and 57", "art:uncac:51", "recalls", R2),
    E("articles 51, 54, 55 and 57", "art:uncac:54", "recalls", R2),
    E("articles 51, 54, 55 and 57", "art:uncac:55", "recalls", R2),
    E("articles 51, 54, 55 and 57", "art:uncac:57", "recalls", R2),
    E("Security Council resolution 2462 (2019)", "res:sc:2462", "recalls", R2),
    E("Council resolutions 1373 (2001)", "res:sc:1373", "recalls", R2, alt=["cites"], note="'Council' after 'Security Council' = sc; coordinated with the object of 'Recalling also' after the relative clause 'in which the Council called upon ...'"),
    E("2253 (2015)", "res:sc:2253", "recalls", R2, alt=["cites"], note="as 1373"),
    E("Human Rights Council resolutions 35/25", "res:hrc:35/25", "takes-note", R2),
    E("47/7", "res:hrc:47/7", "takes-note", R2, note="enumeration keeps the issuer of its head (hrc)"),
    E("articles 12 to 14 thereof", "art:untoc:12", "cites", R2, note="'thereof' = UNTOC; " + UNLISTED + " ('Bearing in mind')"),
    E("articles 12 to 14 thereof", "art:untoc:13", "cites", R2, note="range member"),
    E("articles 12 to 14 thereof", "art:untoc:14", "cites", R2, note="range member"),
    E("its fifteenth and sixteenth meetings", "session:wg-ar:15", "cites", R2, alt=["recalls"], note=NESTED_SESSION + "; 'its' = the Working Group on Asset Recovery"),
    E("its fifteenth and sixteenth meetings", "session:wg-ar:16", "cites", R2, alt=["recalls"], note=NESTED_SESSION),
    E("article 46, paragraph 1", "art:uncac:46(1)", "acts-under", R2),
    E("article 54, paragraph 1 (a)", "art:uncac:54(1)(a)", "acts-under", R2),
    E("its seventeenth meeting", "session:wg-ar:17", "cites", R2, note="'its' = the Working Group (on Asset Recovery, the one this resolution is about), not the Conference"),
    E("CAC/COSP/WG.2/2023/4", "doc:CAC/COSP/WG.2/2023/4", "cites", R2, note=UNLISTED + " ('Encourages')"),
    E("Conference resolutions 8/9", "res:cosp:8/9", "acts-under", R2),
    E("9/7 of", "res:cosp:9/7", "acts-under", R2),
    E("the eleventh session of the Conference", "session:cosp:11", "cites", R2, alt=["decides"]),
    E("the eleventh session of the Conference", "session:cosp:11", "cites", DEC, alt_src=[D], opt=True, note=HEAD_TITLE + "; contract: the heading 'defines that node; it is not a reference' - whether a mention inside the heading's title is a reference is not said, so optional"),
    E("its decision 9/1", "dec:cosp:9/1", "recalls", DEC),
    E("the eleventh session of the Conference", "session:cosp:11", "cites", DEC, alt=["decides"]),
    E("article 63 of the Convention", "art:uncac:63", "acts-under"),
    E("article 63, paragraphs 1 and 2", "art:uncac:63(1)", "acts-under"),
    E("article 63, paragraphs 1 and 2", "art:uncac:63(2)", "acts-under"),
    E("its first session", "session:cosp:1", "cites"),
] + [E("its second to ninth sessions", f"session:cosp:{n}", "cites", note="range") for n in range(2, 10)])

# ---------------------------------------------------------------- doc 2
D = "doc:A/RES/78/177"; R = "res:ga:78/177"
GA_SRC = "the text of resolution 78/177 (opened by the heading '78/177. Title'): source res:ga:78/177; the document (doc:A/RES/78/177) also defensible since the whole document is that resolution"
SPECS["ga-res-78-177"] = (D, [
    E("Seventy-eighth session", "session:ga:78", "cites", D, note="session line of the header (gold counts 'Tenth session' in a CoSP header)"),
    E("A/78/461/Add.3", "doc:A/78/461/Add.3", "cites", D, alt_src=[R], note="in the header before the resolution's text"),
    E("its resolution 58/4", "res:ga:58/4", "recalls", R, alt_src=[D], note=GA_SRC),
    E("its resolutions 55/61", "res:ga:55/61", "recalls", R, alt_src=[D]),
    E("55/188", "res:ga:55/188", "recalls", R, alt_src=[D]),
    E("56/186", "res:ga:56/186", "recalls", R, alt_src=[D]),
    E("57/244", "res:ga:57/244", "recalls", R, alt_src=[D]),
    E("77/154", "res:ga:77/154", "recalls", R, alt_src=[D]),
    E("its resolution S-32/1", "res:ga:S-32/1", "recalls", R, alt_src=[D]),
    E("Security Council resolution 2462 (2019)", "res:sc:2462", "recalls", R, alt_src=[D]),
    E("the tenth session of the Conference of the States Parties", "session:cosp:10", "cites", R, alt=["welcomes"], alt_src=[D], note=NESTED_SESSION),
    E("Conference resolutions 10/1", "res:cosp:10/1", "welcomes", R, alt_src=[D]),
    E("10/2", "res:cosp:10/2", "welcomes", R, alt_src=[D]),
    E("10/5", "res:cosp:10/5", "welcomes", R, alt_src=[D]),
    E("decision 10/1", "dec:cosp:10/1", "welcomes", R, alt_src=[D], note="item of the enumeration headed 'Conference resolutions ...': keeps the Conference as issuer (a GA 'decision 10/1' would be absurd); contract speaks of enumerations of one kind, so mildly ambiguous"),
    E("chapter V thereof", "chap:uncac:V", "cites", R, alt_src=[D], note=UNLISTED + " ('calls upon')"),
    E("Conference resolution 10/2", "res:cosp:10/2", "welcomes", R, alt_src=[D]),
    E("articles 46 and 48", "art:uncac:46", "cites", R, alt_src=[D], note=UNLISTED),
    E("articles 46 and 48", "art:uncac:48", "cites", R, alt_src=[D]),
    E("article 18 of the United Nations Convention against Transnational Organized Crime", "art:untoc:18", "cites", R, alt_src=[D]),
    E("its resolution 77/154", "res:ga:77/154", "reaffirms", R, alt_src=[D]),
    E("its seventy-ninth session", "session:ga:79", "cites", R, alt=["requests"], alt_src=[D]),
    E("its seventy-ninth session", "session:ga:79", "cites", R, alt=["decides"], alt_src=[D]),
    E("A/78/106", "doc:A/78/106", "cites", R, alt=["takes-note"], alt_src=[D], note=FOOTNOTE_DOC),
])

# ---------------------------------------------------------------- doc 3
D = "doc:CAC/COSP/IRG/2023/6"
SPECS["irg14-report"] = (D, [
    E("Fourteenth session", "session:irg:14", "cites", note="session line of the document header (gold counts 'Tenth session' in a header)"),
    E("its fourteenth session", "session:irg:14", "cites"),
    E("Conference resolution 3/1", "res:cosp:3/1", "acts-under"),
    E("In its resolution 6/1", "res:cosp:6/1", "cites"),
    E("In its resolution 9/1", "res:cosp:9/1", "cites"),
    E("the Conference at its tenth session", "session:cosp:10", "cites", alt=["requests"]),
    E("held its fourteenth session", "session:irg:14", "cites"),
    E("The fourteenth session", "session:irg:14", "cites", note="body implied by the document (IRG report)"),
    E("at its thirteenth and resumed thirteenth sessions", "session:irg:13", "cites", alt=["recalls"], note="one target for a session and its resumed part (gold convention); " + NESTED_SESSION),
    E("the fifteenth session", "session:irg:15", "cites", alt=["adopts"], note="agenda item inside the adopted agenda"),
    E("its fourteenth session", "session:irg:14", "cites", alt=["adopts"]),
    E("chapters II and V", "chap:uncac:II", "cites"),
    E("chapters II and V", "chap:uncac:V", "cites"),
    E("CAC/COSP/IRG/2023/2", "doc:CAC/COSP/IRG/2023/2", "cites"),
    E("CAC/COSP/IRG/2023/CRP.1", "doc:CAC/COSP/IRG/2023/CRP.1", "cites"),
    E("chapter II", "chap:uncac:II", "refers", alt=["cites"], note="'Speakers referred to the thematic report on the implementation of chapter II': verb passes through its object"),
    E("CAC/COSP/IRG/2023/3", "doc:CAC/COSP/IRG/2023/3", "refers", alt=["cites"]),
    E("CAC/COSP/IRG/2023/3/Add.1", "doc:CAC/COSP/IRG/2023/3/Add.1", "refers", alt=["cites"]),
    E("Add.2", "doc:CAC/COSP/IRG/2023/3/Add.2", "refers", alt=["cites"], note="abbreviated addendum of the preceding symbol"),
    E("article 5, paragraph 1", "art:uncac:5(1)", "notes", alt=["cites"]),
    E("article 6 of the Convention", "art:uncac:6", "notes", alt=["cites"]),
    E("article 8, paragraph 5", "art:uncac:8(5)", "acts-under", note="'as provided for in'"),
    E("article 52, paragraph 5, of the Convention", "art:uncac:52(5)", "acts-under"),
    E("chapter V", "chap:uncac:V", "cites"),
] + [E("articles 52 to 58", f"art:uncac:{n}", "cites", note="range across a line break; " + UNLISTED + " ('emphasized')") for n in range(52, 59)] + [
    E("article 53", "art:uncac:53", "acts-under"),
    E("CAC/COSP/IRG/2023/4", "doc:CAC/COSP/IRG/2023/4", "cites"),
    E("the resumed thirteenth session of the Group", "session:irg:13", "cites"),
    E("resolution 9/1", "res:cosp:9/1", "acts-under", note="bare resolution in an IRG report: the Group adopts no resolutions, the Conference's 9/1 is meant; contract only says 'issuer of the text it stands in'"),
    E("its fourteenth and fifteenth sessions", "session:irg:14", "cites"),
    E("its fourteenth and fifteenth sessions", "session:irg:15", "cites"),
    E("CAC/COSP/IRG/2023/5", "doc:CAC/COSP/IRG/2023/5", "cites"),
    E("Conference resolution 3/4", "res:cosp:3/4", "acts-under"),
    E("decision 5/1", "dec:cosp:5/1", "acts-under", note="enumeration headed by 'Conference'"),
    E("CAC/COSP/IRG/2023/CRP.3", "doc:CAC/COSP/IRG/2023/CRP.3", "cites"),
    E("the fifteenth session of the Group", "session:irg:15", "cites"),
    E("its fifteenth session", "session:irg:15", "cites"),
    E("CAC/COSP/IRG/2023/L.2", "doc:CAC/COSP/IRG/2023/L.2", "cites"),
    E("its fourteenth session", "session:irg:14", "cites", alt=["adopts"]),
    E("CAC/COSP/IRG/2023/L.1", "doc:CAC/COSP/IRG/2023/L.1", "adopts", alt=["cites"]),
] + [E("CAC/COSP/IRG/2023/L.1/Add.1–5", f"doc:CAC/COSP/IRG/2023/L.1/Add.{n}", "adopts", alt=["cites"], note="range of addenda written inside the symbol ('L.1/Add.1–5'), expanded like 'L.1 and Add.1–4' in the gold") for n in range(1, 6)])

# ---------------------------------------------------------------- doc 4
D = "doc:CAC/COSP/WG.4/2023/2"
SPECS["wgprev-background"] = (D, [
    E("Fourteenth meeting", "session:wg-prev:14", "cites", note="header: the working group's meeting is a session"),
    E("article 33 of the Convention", "art:uncac:33", "cites", note="in the title"),
    E("its resolution 1/5", "res:cosp:1/5", "cites"),
    E("its first session", "session:cosp:1", "cites"),
    E("In its resolution 3/2", "res:cosp:3/2", "cites"),
    E("At its ninth session", "session:cosp:9", "cites"),
    E("adopted resolution 9/3", "res:cosp:9/3", "adopts", alt=["cites"]),
    E("the tenth session of the Conference", "session:cosp:10", "cites"),
    E("its eleventh meeting", "session:wg-prev:11", "cites", alt=["acts-under"], note=NESTED_SESSION),
    E("the fourteenth meeting", "session:wg-prev:14", "cites"),
    E("article 33 of the Convention", "art:uncac:33", "cites"),
    E("art. 13, para. 1 (d), of the Convention", "art:uncac:13(1)(d)", "cites"),
] + [E("at its fourth to ninth sessions", f"session:cosp:{n}", "cites", note="range") for n in range(4, 10)] + [
    E("resolutions 4/3", "res:cosp:4/3", "adopts", alt=["cites"]),
    E("5/4", "res:cosp:5/4", "adopts", alt=["cites"]),
    E("6/6", "res:cosp:6/6", "adopts", alt=["cites"]),
    E("7/5", "res:cosp:7/5", "adopts", alt=["cites"]),
    E("Article 33 of the Convention", "art:uncac:33", "cites", note="sentence-initial capital 'Article' is still the Convention's article (not a name)"),
    E("Article 32", "art:uncac:32", "cites"),
    E("paragraph 4 of that article", "art:uncac:32(4)", "cites", note=THAT_ARTICLE),
    E("article 8, paragraph 4", "art:uncac:8(4)", "cites"),
    E("article 13, paragraph 2", "art:uncac:13(2)", "cites"),
    E("Article 24 of the United Nations Convention against Transnational Organized Crime", "art:untoc:24", "cites"),
    E("CAC/COSP/WG.4/2023/1", "doc:CAC/COSP/WG.4/2023/1", "cites"),
    E("See CAC/COSP/WG.4/2020/4", "doc:CAC/COSP/WG.4/2020/4", "refers"),
    E("chapter II", "chap:uncac:II", "cites", alt=["acts-under"], note="nested in 'in line with the recommendations contained in the thematic report on ...'"),
    E("CAC/COSP/IRG/2022/7", "doc:CAC/COSP/IRG/2022/7", "cites", alt=["acts-under"]),
    E("article 33 of the Convention", "art:uncac:33", "acts-under", note="'under article 33 of the Convention.3' with a plain-digit footnote call"),
    E("articles 32 and 33", "art:uncac:32", "refers", alt=["cites"]),
    E("articles 32 and 33", "art:uncac:33", "refers", alt=["cites"]),
    E("article 12, paragraph 2 (b)", "art:uncac:12(2)(b)", "refers", alt=["cites"], note="'in conjunction with' is not a listed connective"),
    E("article 5 of that Convention", "art:untoc:5", "cites", note="'that Convention' = the Organized Crime Convention named earlier in the sentence"),
    E("at its eleventh session", "session:cosp:11", "cites"),
    E("article 63, paragraph 4 (c)", "art:uncac:63(4)(c)", "acts-under"),
    E("paragraph 6 of article 60 of the Convention", "art:uncac:60(6)", "acts-under"),
    E("its twelfth meeting", "session:wg-prev:12", "refers", alt=["cites"], note="footnote 'See also the report of the Working Group on its twelfth meeting'"),
    E("CAC/COSP/WG.4/2021/4", "doc:CAC/COSP/WG.4/2021/4", "refers"),
])

# ---------------------------------------------------------------- doc 5
D = "doc:CAC/COSP/WG.2/2023/2"
SPECS["wgar-note"] = (D, [
    E("paragraph 2 of its resolution 1/4", "res:cosp:1/4", "cites"),
    E("In its resolution 3/3", "res:cosp:3/3", "cites"),
    E("In its resolution 9/7", "res:cosp:9/7", "cites"),
    E("the Conference at its tenth session", "session:cosp:10", "cites", alt=["requests"]),
    E("that resolution", "res:cosp:9/7", "acts-under", opt=True, note="anaphora"),
    E("paragraph 4 of resolution 8/9", "res:cosp:8/9", "acts-under"),
    E("the ninth session of the Conference", "session:cosp:9", "cites"),
    E("its fifteenth and sixteenth meetings", "session:wg-ar:15", "cites", note="'its' = the Working Group (subject)"),
    E("its fifteenth and sixteenth meetings", "session:wg-ar:16", "cites"),
    E("CAC/COSP/WG.2/2022/4", "doc:CAC/COSP/WG.2/2022/4", "cites"),
    E("CAC/COSP/WG.2/2022/6", "doc:CAC/COSP/WG.2/2022/6", "cites"),
    E("Article 57 of the Convention", "art:uncac:57", "cites", note="section heading"),
    E("Article 57, paragraph 3, of the Convention", "art:uncac:57(3)", "cites"),
    E("paragraph 5 of that article", "art:uncac:57(5)", "acts-under", note=THAT_ARTICLE),
    E("Conference resolutions 6/2", "res:cosp:6/2", "acts-under"),
    E("7/1", "res:cosp:7/1", "acts-under"),
    E("8/9", "res:cosp:8/9", "acts-under"),
    E("its eleventh, twelfth and thirteenth meetings", "session:wg-ar:11", "cites", alt=["acts-under"], note=NESTED_SESSION),
    E("its eleventh, twelfth and thirteenth meetings", "session:wg-ar:12", "cites", alt=["acts-under"]),
    E("its eleventh, twelfth and thirteenth meetings", "session:wg-ar:13", "cites", alt=["acts-under"]),
    E("CAC/COSP/WG.2/2023/1", "doc:CAC/COSP/WG.2/2023/1", "cites"),
    E("General Assembly resolution 76/186", "res:ga:76/186", "refers", note="footnote with its own verb 'See also'"),
    E("The sixteenth meeting", "session:wg-ar:16", "cites", note="body implied by the document (WG.2 note)"),
    E("CAC/COSP/WG.2/2022/6", "doc:CAC/COSP/WG.2/2022/6", "refers"),
    E("CAC/COSP/WG.2/2017/4", "doc:CAC/COSP/WG.2/2017/4", "cites"),
    E("CAC/COSP/WG.2/2018/3", "doc:CAC/COSP/WG.2/2018/3", "cites"),
    E("CAC/COSP/WG.2/2019/4", "doc:CAC/COSP/WG.2/2019/4", "cites"),
    E("its thirty-second special session", "session:ga:S-32", "cites", alt=["acts-under"], note="the thirty-second special session = S-32 (README: session:ga:S-32)"),
    E("Assembly resolution S-32/1", "res:ga:S-32/1", "cites", alt=["acts-under"]),
    E("Security Council resolutions 2462 (2019)", "res:sc:2462", "recalls"),
    E("2482 (2019)", "res:sc:2482", "recalls"),
    E("article 14 of the United Nations Convention against Transnational Organized Crime", "art:untoc:14", "recalls", alt=["cites"], note="'as well as' coordinates it with the object of 'recall'"),
    E("CTOC/COP/2020/10", "doc:CTOC/COP/2020/10", "refers", note="resolution 10/4 of the CTOC Conference of the Parties on the same line: " + ISSUER_NONE),
    E("articles 54 and 55", "art:uncac:54", "refers"),
    E("articles 54 and 55", "art:uncac:55", "refers"),
    E("article 55, paragraphs 1 and 2", "art:uncac:55(1)", "refers", alt=["cites"]),
    E("article 55, paragraphs 1 and 2", "art:uncac:55(2)", "refers", alt=["cites"]),
    E("article 56", "art:uncac:56", "cites", note=UNLISTED + " ('drew attention to')"),
])

# ---------------------------------------------------------------- doc 6
D = "doc:CAC/COSP/2025/1"
SPECS["cosp11-agenda"] = (D, [
    E("Eleventh session", "session:cosp:11", "cites", note="header; the document's own symbol is printed 'CAC/COSP/2025/1*' (reissue mark)"),
    E("the special session of the General Assembly", "session:ga:S-32", "cites", note="agenda item 7"),
    E("the twelfth session of the Conference", "session:cosp:12", "cites"),
    E("its eleventh session", "session:cosp:11", "cites"),
    E("The eleventh session of the Conference", "session:cosp:11", "cites"),
    E("In its resolution 4/6", "res:cosp:4/6", "cites"),
    E("In its resolution 3/1", "res:cosp:3/1", "cites"),
    E("chapters III and IV", "chap:uncac:III", "cites"),
    E("chapters III and IV", "chap:uncac:IV", "cites"),
    E("chapters II and V", "chap:uncac:II", "cites"),
    E("chapters II and V", "chap:uncac:V", "cites"),
    E("paragraph 2 of its resolution 10/1", "res:cosp:10/1", "cites"),
    E("its eleventh session", "session:cosp:11", "cites"),
    E("its fifteenth and sixteenth sessions", "session:irg:15", "cites", note="'its' = the Implementation Review Group (nearest body), not the sentence subject (the Conference)"),
    E("its fifteenth and sixteenth sessions", "session:irg:16", "cites"),
    E("its fifteenth session", "session:irg:15", "cites"),
    E("CAC/COSP/IRG/2024/6", "doc:CAC/COSP/IRG/2024/6", "cites"),
    E("its sixteenth session", "session:irg:16", "cites"),
    E("CAC/COSP/IRG/2025/7", "doc:CAC/COSP/IRG/2025/7", "cites"),
    E("CAC/COSP/2025/3 and", "doc:CAC/COSP/2025/3", "cites"),
    E("CAC/COSP/2025/3/Corr.1", "doc:CAC/COSP/2025/3/Corr.1", "cites"),
    E("its eighteenth and nineteenth meetings", "session:wg-ar:18", "cites", note="'its' = the Working Group on Asset Recovery"),
    E("its eighteenth and nineteenth meetings", "session:wg-ar:19", "cites"),
    E("CAC/COSP/WG.2/2024/4", "doc:CAC/COSP/WG.2/2024/4", "cites"),
    E("CAC/COSP/WG.2/2025/5", "doc:CAC/COSP/WG.2/2025/5", "cites"),
    E("article 63, paragraph 4 (d), of the Convention", "art:uncac:63(4)(d)", "acts-under"),
    E("paragraph 7 of that article", "art:uncac:63(7)", "acts-under", note=THAT_ARTICLE),
    E("chapter V", "chap:uncac:V", "cites", alt=["acts-under"]),
    E("Follow-up to the special session of the General Assembly", "session:ga:S-32", "cites", note="annotation heading"),
    E("In its resolution 9/2", "res:cosp:9/2", "cites"),
    E("its tenth and eleventh sessions", "session:cosp:10", "cites", alt=["decides"]),
    E("its tenth and eleventh sessions", "session:cosp:11", "cites", alt=["decides"]),
    E("the special session of the General Assembly against corruption", "session:ga:S-32", "cites"),
    E("in its resolution 78/177", "res:ga:78/177", "cites", note="'The General Assembly, in its resolution 78/177, welcomed': named (fronted) issuer"),
    E("the tenth session of the Conference", "session:cosp:10", "cites", alt=["welcomes"], note=NESTED_SESSION),
    E("the twelfth session of the Conference", "session:cosp:12", "cites", note="annotation heading"),
    E("its decision 10/1", "dec:cosp:10/1", "acts-under"),
    E("its twelfth session", "session:cosp:12", "cites"),
])

# ---------------------------------------------------------------- doc 7
D = "doc:A/79/173"
SPECS["sg-report-a79"] = (D, [
    E("Seventy-ninth session", "session:ga:79", "cites", note="session line of the header (gold convention)"),
    E("General Assembly resolution 78/177", "res:ga:78/177", "acts-under"),
    E("its seventy-ninth session", "session:ga:79", "cites"),
    E("that resolution", "res:ga:78/177", "cites", opt=True, note="anaphora"),
    E("its tenth session", "session:cosp:10", "cites"),
    E("At that session", "session:cosp:10", "cites", opt=True, note="anaphora ('that session'): not required"),
    E("adopted resolution 10/2", "res:cosp:10/2", "adopts", alt=["cites"], note="inside an A/ document; subject 'the Conference' names the issuer"),
    E("decision 10/1", "dec:cosp:10/1", "adopts", alt=["cites"]),
    E("its eleventh session", "session:cosp:11", "cites"),
    E("its fifteenth session", "session:irg:15", "cites"),
    E("their eighteenth and sixteenth meetings, respectively", "session:wg-ar:18", "cites", note="'respectively' distributes the ordinals over the two working groups"),
    E("their eighteenth and sixteenth meetings, respectively", "session:wg-prev:16", "cites", note="'respectively'"),
    E("In its resolution 53/12", "res:hrc:53/12", "cites", note="'the Council' in a paragraph about the Human Rights Council"),
    E("A/HRC/56/26", "doc:A/HRC/56/26", "cites"),
    E("in its resolution 2023/18", "res:ecosoc:2023/18", "cites"),
    E("E/CN.15/2023/16", "doc:E/CN.15/2023/16", "refers"),
    E("in resolution 2462 (2019)", "res:sc:2462", "cites"),
    E("A/79/50", "doc:A/79/50", "cites"),
    E("CAC/COSP/IRG/2024/6 and", "doc:CAC/COSP/IRG/2024/6", "refers"),
    E("CAC/COSP/IRG/2024/6/Add.1", "doc:CAC/COSP/IRG/2024/6/Add.1", "refers"),
    E("paragraphs 14 to 16 of resolution 78/177", "res:ga:78/177", "acts-under", note="bare resolution in a GA document"),
    E("chapter V of the Convention", "chap:uncac:V", "cites", alt=["acts-under"]),
    E("articles 52 and 57", "art:uncac:52", "cites", alt=["acts-under"]),
    E("articles 52 and 57", "art:uncac:57", "cites", alt=["acts-under"]),
    E("Conference resolutions 10/2", "res:cosp:10/2", "cites", note=UNLISTED + " ('encourage ... to make full use of')"),
    E("10/5", "res:cosp:10/5", "cites"),
    E("Economic and Social Council resolution 2024/21", "res:ecosoc:2024/21", "takes-note"),
])

# ---------------------------------------------------------------- doc 8
D = "doc:CAC/COSP/2021/17"
SPECS["cosp9-proceedings"] = (D, [
    E("its ninth session", "session:cosp:9", "cites"),
    E("held its ninth session", "session:cosp:9", "cites"),
    E("its ninth session", "session:cosp:9", "cites"),
    E("[CAC/COSP/2021/1](#)", "doc:CAC/COSP/2021/1", "adopts", alt=["cites"]),
    E("CAC/COSP/2021/1/Add.1", "doc:CAC/COSP/2021/1/Add.1", "cites"),
    E("Conference resolution 4/6", "res:cosp:4/6", "acts-under", note="second conjunct of 'in accordance with rule 17, paragraph 2, of the rules of procedure and Conference resolution 4/6'"),
    E("its thirty-second special session", "session:ga:S-32", "cites", alt=["refers"], note=NESTED_SESSION),
    E("General Assembly resolution 75/306", "res:ga:75/306", "refers"),
    E("in its resolution 8/1", "res:cosp:8/1", "recalls", note="'speakers recalled that, in its resolution 8/1, the Conference had ...' (gold convention)"),
    E("In the same resolution", "res:cosp:8/1", "cites", opt=True, note="anaphora"),
    E("article 48 of the Convention", "art:uncac:48", "acts-under"),
    E("articles 43 to 45", "art:uncac:43", "recalls"),
    E("articles 43 to 45", "art:uncac:44", "recalls"),
    E("articles 43 to 45", "art:uncac:45", "recalls"),
    E("the Conference's eighth session", "session:cosp:8", "cites", alt=["refers"], note="possessive form of the body"),
    E("decision 5/1", "dec:cosp:5/1", "recalls"),
    E("CAC/COSP/2021/L.3/Rev.1", "doc:CAC/COSP/2021/L.3/Rev.1", "cites", alt=["adopts"]),
    E("resolution 9/1", "res:cosp:9/1", "refers", note="'(for the text, see chap. I, sect. A, resolution 9/1)'; 'chap. I' is the report's chapter, not the Convention's"),
    E("CAC/COSP/2021/L.9", "doc:CAC/COSP/2021/L.9", "adopts", alt=["cites"]),
    E("decision 9/1", "dec:cosp:9/1", "refers"),
    E("the tenth session of the Conference", "session:cosp:10", "cites"),
    E("its tenth session", "session:cosp:10", "cites"),
    E("its ninth session", "session:cosp:9", "cites"),
    E("its ninth session", "session:cosp:9", "cites", alt=["adopts"]),
    E("CAC/COSP/2021/L.1", "doc:CAC/COSP/2021/L.1", "adopts", alt=["cites"]),
] + [E("Add.1-4", f"doc:CAC/COSP/2021/L.1/Add.{n}", "adopts", alt=["cites"], note="'L.1 and Add.1-4' (ASCII hyphen)") for n in range(1, 5)])

# ---------------------------------------------------------------- doc 9
D = "doc:CAC/COSP/EG.1/2023/3"
SPECS["egic12-report"] = (D, [
    E("Twelfth open-ended intergovernmental expert meeting to enhance international cooperation", "session:eg-ic:12", "cites", note="header"),
    E("In its resolution 4/2", "res:cosp:4/2", "cites"),
    E("In its resolution 7/1", "res:cosp:7/1", "cites"),
    E("in its resolution 9/4", "res:cosp:9/4", "cites"),
    E("the twelfth expert meeting", "session:eg-ic:12", "cites"),
    E("the fourteenth session of the Implementation Review Group", "session:irg:14", "cites"),
] + [E("At its fifth to eleventh meetings", f"session:eg-ic:{n}", "cites", note="range of word-numbered meetings of the expert meeting") for n in range(5, 12)] + [
    E("the Conference at its seventh, eighth and ninth sessions", "session:cosp:7", "cites", alt=["welcomes"]),
    E("the Conference at its seventh, eighth and ninth sessions", "session:cosp:8", "cites", alt=["welcomes"]),
    E("the Conference at its seventh, eighth and ninth sessions", "session:cosp:9", "cites", alt=["welcomes"]),
    E("article 44, paragraph 5", "art:uncac:44(5)", "acts-under"),
    E("paragraph 6 (a) of that article", "art:uncac:44(6)(a)", "acts-under", note=THAT_ARTICLE + "; 'as required by'"),
] + [E("articles 43 to 50 of the Convention", f"art:uncac:{n}", "cites", note="range") for n in range(43, 51)] + [
    E("article 46, paragraphs 9 (b) and (c)", "art:uncac:46(9)(b)", "cites"),
    E("article 46, paragraphs 9 (b) and (c)", "art:uncac:46(9)(c)", "cites"),
    E("article 46, paragraph 13, of the Convention", "art:uncac:46(13)", "acts-under"),
    E("article 18, paragraph 13, of the Organized Crime Convention", "art:untoc:18(13)", "acts-under", note="'the Organized Crime Convention' = UNTOC (its usual short title)"),
    E("the eleventh expert meeting", "session:eg-ic:11", "cites", alt=["acts-under"], note=NESTED_SESSION),
    E("CAC/COSP/EG.1/2022/2", "doc:CAC/COSP/EG.1/2022/2", "cites", alt=["acts-under"]),
    E("article 50", "art:uncac:50", "acts-under"),
    E("The twelfth open-ended intergovernmental expert meeting to enhance international cooperation", "session:eg-ic:12", "cites"),
    E("CAC/COSP/EG.1/2023/1", "doc:CAC/COSP/EG.1/2023/1", "adopts", alt=["cites"], note="'At its 1st meeting' just before: digit-numbered plenary meeting, not a session (README); contract literally says each numbered meeting of the expert meeting is a session -> ambiguous"),
    E("[CAC/COSP/EG.1/2023/L.1](#)", "doc:CAC/COSP/EG.1/2023/L.1", "adopts", alt=["cites"]),
])

# ---------------------------------------------------------------- doc 10
D = "doc:CAC/COSP/2019/17"; R = "res:cosp:8/4"
SPECS["cosp8-resolution-sport"] = (D, [
    E("its resolution 7/8", "res:cosp:7/8", "recalls", R),
    E("article 12 of the Convention", "art:uncac:12", "acts-under", R, alt=["cites"], note="'consistent with' inside the relative clause 'in which it urged ...': nearest connective wins (the tool does so for the bundled 'in which it directed ... in accordance with article 56')"),
    E("by its resolution 58/4", "res:ga:58/4", "recalls", R, note="contract example: 'By its resolution 58/4, the General Assembly' inside a Conference text is res:ga:58/4"),
    E("the same resolution", "res:ga:58/4", "cites", R, alt=["recalls"], opt=True, note="anaphora"),
    E("General Assembly resolutions 71/160", "res:ga:71/160", "recalls", R),
    E("74/16", "res:ga:74/16", "recalls", R),
    E("Economic and Social Council resolution 2019/16", "res:ecosoc:2019/16", "recalls", R),
    E("chapter III of the Convention", "chap:uncac:III", "reaffirms", R, alt=["cites"], note="'Reaffirming the criminalization provisions contained in chapter III': verb passes through its object (contract example 'welcoming the fulfilment of the mandate contained in resolutions')"),
] + [E("arts. 15–42", f"art:uncac:{n}", "cites", R, alt=["reaffirms"], note="range in an abbreviated parenthetical glossing chapter III: gold convention gives parentheticals 'cites' ('art. 7, para. 4' inside 'decided ...'); 'reaffirms' also defensible") for n in range(15, 43)] + [
    E("article 15", "art:uncac:15", "reaffirms", R, alt=["cites"]),
    E("article 16, paragraph 1", "art:uncac:16(1)", "reaffirms", R, alt=["cites"]),
    E("articles 21 and 22", "art:uncac:21", "reaffirms", R, alt=["cites"]),
    E("articles 21 and 22", "art:uncac:22", "reaffirms", R, alt=["cites"]),
    E("CAC/COSP/2019/5", "doc:CAC/COSP/2019/5", "cites", R, alt=["welcomes"]),
    E("paragraph 14 of resolution 7/8", "res:cosp:7/8", "acts-under", R),
    E("article 5 of the Organized Crime Convention", "art:untoc:5", "cites", R, alt=["notes"], note="relative clause 'which is addressed by'"),
    E("article 21 of the Convention", "art:uncac:21", "acts-under", R),
    E("article 26 of the Convention", "art:uncac:26", "cites", R, note=UNLISTED + " ('Urges ... to consider applying')"),
    E("paragraph 3 of that article", "art:uncac:26(3)", "cites", R, alt=["requests"], note=THAT_ARTICLE),
    E("article 36", "art:uncac:36", "cites", R, alt=["requests"]),
    E("the Conference at its ninth session", "session:cosp:9", "cites", R, alt=["requests"]),
    E("[CAC/COSP/2019/CRP.3](#)", "doc:CAC/COSP/2019/CRP.3", "cites", R, note=UNLISTED + " ('Invites')"),
    E("decision 8/1", "dec:cosp:8/1", "cites", R),
    E("its ninth and tenth sessions", "session:cosp:9", "cites", R, alt=["decides"]),
    E("its ninth and tenth sessions", "session:cosp:10", "cites", R, alt=["decides"]),
])

# ---------------------------------------------------------------- doc 11
D = "doc:A/HRC/RES/53/12"; R = "res:hrc:53/12"
HRC_SRC = "text of Human Rights Council resolution 53/12 (heading '53/12. Title'); the document also defensible"
SPECS["hrc-res-53-12"] = (D, [
    E("Fifty-third session", "session:hrc:53", "cites", D, note="header session line under 'Human Rights Council' (the document's masthead body is the General Assembly)"),
    E("its resolutions 35/25", "res:hrc:35/25", "recalls", R, alt_src=[D], note="bare 'its resolution' inside an HRC resolution -> hrc; " + HRC_SRC),
    E("41/9", "res:hrc:41/9", "recalls", R, alt_src=[D]),
    E("47/7", "res:hrc:47/7", "recalls", R, alt_src=[D]),
    E("its decision 23/116", "dec:hrc:23/116", "recalls", R, alt_src=[D]),
    E("General Assembly resolution S-32/1", "res:ga:S-32/1", "recalls", R, alt_src=[D]),
    E("Assembly resolution 77/154", "res:ga:77/154", "recalls", R, alt_src=[D]),
    E("at its ninth session", "session:cosp:9", "cites", R, alt=["welcomes"], alt_src=[D], note="'its' = the Conference named just before"),
    E("its resolution 9/2", "res:cosp:9/2", "welcomes", R, alt_src=[D], note="'the adoption by the Conference ... of its resolution 9/2': named issuer (the Conference) wins over the HRC default"),
    E("the special session of the General Assembly against corruption", "session:ga:S-32", "cites", R, alt=["welcomes"], alt_src=[D]),
    E("article 13 of the United Nations Convention against Corruption", "art:uncac:13", "cites", R, alt_src=[D], note=UNLISTED + " ('Bearing in mind')"),
    E("A/HRC/50/33", "doc:A/HRC/50/33", "takes-note", R, alt=["cites"], alt_src=[D]),
    E("the Human Rights Council at its fifty-sixth session", "session:hrc:56", "cites", R, alt=["requests"], alt_src=[D]),
    E("its fifty-ninth session", "session:hrc:59", "cites", R, alt=["decides"], alt_src=[D]),
])

if __name__ == "__main__":
    total = 0
    for name, (src, entries) in SPECS.items():
        n = build(name, src, entries)
        total += n
        print(f"{name}: {n}")
    print("total", total)
