//! The document's layout: mastheads and own symbols, units, headings, paragraphs, footnotes, page breaks, wraps and characters.

use crate::{COSP, GA, check, run};
use uncite::extract_document;

#[test]
fn two_column_masthead_gives_the_documents_own_symbol() {
    let text = " United Nations                                    CAC/COSP/2023/15\n            Conference of the States Parties      Distr.: General\n\n1. The Conference recalled its resolution 9/1.\n\nCAC/COSP/2023/15\n";
    let (got, sources) = run(text);
    assert_eq!(got, [("res:cosp:9/1".to_string(), "recalls".to_string())]);
    assert_eq!(sources, ["doc:CAC/COSP/2023/15"]);
    let ga = " United Nations                                    A/RES/78/177\n            General Assembly                      Distr.: General\n\nSeventy-eighth session\n\n78/177. Corruption\n\nThe General Assembly,\n\n1. Requests the Secretary-General to report to it at its seventy-ninth session.\n";
    check(
        ga,
        &[("session:ga:78", ""), ("session:ga:79", "")],
        &["session:cosp:78", "session:cosp:79"],
    );
}

/// tests/annotated/unseen6 A: the masthead's gap converted to a single space.
#[test]
fn one_space_masthead_gives_the_documents_own_symbol() {
    let text = "United Nations A/C.3/80/L.14\n\n# General Assembly\n\nDistr.: Limited\n15 October 2025\n\n**Eightieth session**\n\n1. Recalls its resolution 78/177 of 19 December 2023.\n";
    let (got, sources) = run(text);
    let want = [("session:ga:80", "cites"), ("res:ga:78/177", "recalls")];
    assert_eq!(got, want.map(|(t, r)| (t.to_string(), r.to_string())));
    assert_eq!(sources, ["doc:A/C.3/80/L.14"; 2]);
    let text = "United Nations CAC/COSP/2025/12\n\nConference of the States Parties to the United Nations Convention against Corruption\n\nDistr.: General\n\n1. The Conference recalled its resolution 10/1.\n";
    let (got, sources) = run(text);
    assert_eq!(got, [("res:cosp:10/1".to_string(), "recalls".to_string())]);
    assert_eq!(sources, ["doc:CAC/COSP/2025/12"]);
}

#[test]
fn an_annex_row_is_not_a_masthead() {
    let text = format!("{COSP}CAC/COSP/2017/1\tAnnotated provisional agenda\n");
    check(&text, &[("doc:CAC/COSP/2017/1", "")], &[]);
}

// Second audit (tests/annotated/unseen2/FINDINGS.md), in the seeds' style.
#[test]
fn each_numbered_agenda_item_is_a_paragraph() {
    check(
        &format!(
            "{COSP}4. Follow-up to the special session of the General Assembly against corruption.\n5. Provisional agenda for the tenth session.\n"
        ),
        &[("session:ga:S-32", ""), ("session:cosp:10", "")],
        &["session:ga:10"],
    );
}

// Third audit (tests/annotated/unseen3/FINDINGS.md).
#[test]
fn a_tab_separated_masthead_gives_the_documents_own_symbol() {
    let text = "United Nations\tCAC/COSP/IRG/2024/7\n\nConference of the States Parties to the United Nations Convention against Corruption\tDistr.: General\n\n1. The Group recalled resolution 10/1.\n\nCAC/COSP/IRG/2024/7\n";
    let (got, sources) = run(text);
    assert_eq!(got, [("res:cosp:10/1".to_string(), "recalls".to_string())]);
    assert_eq!(sources, ["doc:CAC/COSP/IRG/2024/7"]);
}

// Third audit (tests/annotated/unseen3/FINDINGS.md).
#[test]
fn emphasis_is_not_an_asterisk_footnote() {
    let text = format!(
        "{COSP}Resolution 10/4\n\nAsset recovery\n\nThe Conference of the States Parties to the United Nations Convention against Corruption,\n\n*Recalling* its resolution 8/1,\n"
    );
    let doc = extract_document("case.txt", &text);
    let r = &doc
        .references
        .iter()
        .find(|r| r.target.to_string() == "res:cosp:8/1")
        .expect("8/1");
    assert_eq!(r.source.to_string(), "res:cosp:10/4");
    assert_eq!(r.relation.to_string(), "recalls");
}

// Fourth held-out set (tests/annotated/unseen4/FINDINGS.md).
#[test]
fn words_hyphenated_at_an_indented_line_end_are_joined() {
    check(
        &format!(
            "{GA}            Recalling also its resolu-\n            tion S-32/1 of 2 June 2021,\n"
        ),
        &[("res:ga:S-32/1", "recalls")],
        &[],
    );
    // A compound ordinal keeps its hyphen: "eighty-first", not "first".
    check(
        &format!(
            "{GA}            6. Decides to include in the provisional agenda of its eighty-\n            first session the sub-item;\n"
        ),
        &[("session:ga:81", "")],
        &["session:ga:1"],
    );
}

// Fourth held-out set (tests/annotated/unseen4/FINDINGS.md).
#[test]
fn each_footnote_is_a_paragraph_of_its_own() {
    let (got, _) = run(&format!(
        "{COSP}1. The Working Group considered a first note on the subject.¹\n_________________\n¹ See CAC/COSP/2023/21, chap. I, sect. A.\n² CAC/COSP/WG.2/2023/2.\n"
    ));
    assert!(
        got.contains(&("doc:CAC/COSP/2023/21".into(), "refers".into())),
        "{got:?}"
    );
    assert!(
        got.contains(&("doc:CAC/COSP/WG.2/2023/2".into(), "cites".into())),
        "{got:?}"
    );
}

/// tests/annotated/unseen6 K: an HTML tag other than inline formatting parts the words
/// around it, so numbers on either side do not run together.
#[test]
fn html_tags_part_words() {
    check(
        &format!("{COSP}| <td>Art. 43, para. 1</td><td>29</td> |\n"),
        &[("art:uncac:43(1)", "")],
        &["art:uncac:43(129)"],
    );
    check(
        &format!("{COSP}1. Replies referred to resolution 10/4<br>10 States replied.\n"),
        &[("res:cosp:10/4", "refers")],
        &["res:cosp:10/410"],
    );
    // Inline formatting still vanishes inside a reference.
    check(
        &format!("{COSP}1. The Conference recalled its <i>resolution</i> 10/4.\n"),
        &[("res:cosp:10/4", "recalls")],
        &[],
    );
}

// Fifth held-out set (tests/annotated/unseen5/FINDINGS.md).
/// A blank line inside a sentence (a page break the converter left as a
/// gap): the verb before it still governs what follows it.
#[test]
fn a_blank_line_inside_a_sentence_does_not_end_it() {
    check(
        &format!(
            "{COSP}1. The Conference recalled its resolution 9/3 and its\n\nresolution 9/4.\n"
        ),
        &[("res:cosp:9/3", "recalls"), ("res:cosp:9/4", "recalls")],
        &[],
    );
    check(
        &format!(
            "{GA}Welcoming the work of the Implementation Review Group, which held its\n\n\n\nfourteenth session in Vienna,\n"
        ),
        &[("session:irg:14", "")],
        &["session:ga:14"],
    );
    // A sentence that ends, then a capitalised line: two paragraphs.
    check(
        &format!(
            "{COSP}1. The Conference recalled its resolution 9/3.\n\nThe secretariat referred to resolution 9/4.\n"
        ),
        &[("res:cosp:9/3", "recalls"), ("res:cosp:9/4", "refers")],
        &[],
    );
}

/// tests/annotated/unseen7 S: a Security Council resolution ("Resolution 2799
/// (2025)" under an "S/RES/2799 (2025)" masthead) is a unit.
#[test]
fn a_security_council_resolution_is_a_unit() {
    let text = "United Nations                                    S/RES/2799 (2025)\n\nSecurity Council                                  Distr.: General\n\nResolution 2799 (2025)\n\nAdopted by the Security Council at its 10042nd meeting, on 20 November 2025\n\nThe Security Council,\n\nRecalling its resolutions 1373 (2001) and 2462 (2019),\n";
    let (got, sources) = run(text);
    let want = [("res:sc:1373", "recalls"), ("res:sc:2462", "recalls")];
    assert_eq!(got, want.map(|(t, r)| (t.to_string(), r.to_string())));
    assert_eq!(sources, ["res:sc:2799"; 2]);
}

/// tests/annotated/unseen7 H: a non-breaking hyphen (U+2011) reads as a hyphen.
#[test]
fn a_non_breaking_hyphen_is_a_hyphen() {
    check(
        &format!("{COSP}1. Speakers recalled General Assembly resolution S\u{2011}32/1.\n"),
        &[("res:ga:S-32/1", "recalls")],
        &[],
    );
    check(
        &format!(
            "{COSP}1. Speakers welcomed the declaration adopted by the General Assembly at its thirty\u{2011}second special session.\n"
        ),
        &[("session:ga:S-32", "")],
        &["session:ga:S-2"],
    );
}

// Hard-wrapped text (/work/rewrap.py): a line break is a space wherever the
// rules below look at the words around a mention.
/// "such as\nArticle 19 and Transparency International": a line that goes on
/// from a lower-case word continues the sentence, so a capitalised "Article
/// 19" there is still the organization's name; after a full stop, a blank
/// line or in a heading it is the article.
#[test]
fn a_wrapped_line_start_is_no_sentence_start() {
    check(
        &format!(
            "{COSP}8.   Non-governmental organizations, such as\nArticle 19 and Transparency\nInternational, have published guidance.\n"
        ),
        &[],
        &["art:uncac:19"],
    );
    check(
        &format!("{COSP}8.   The Conference considered the matter.\nArticle 19 was discussed.\n"),
        &[("art:uncac:19", "")],
        &[],
    );
}

// Hard-wrapped text (/work/rewrap.py): a line break is a space wherever the
// rules below look at the words around a mention.
/// The rules of this session, hard-wrapped: a line break stands for a space.
#[test]
fn this_sessions_rules_hold_across_line_breaks() {
    check(
        &format!(
            "{GA}Recalling its resolutions 58/4 of 31 October 2003, by which it\nadopted the Convention, 69/199 of 18\nDecember 2014 and 74/276 of 1 June 2020,\n"
        ),
        &[
            ("res:ga:58/4", "recalls"),
            ("res:ga:69/199", "recalls"),
            ("res:ga:74/276", "recalls"),
        ],
        &[],
    );
    check(
        &format!(
            "{COSP}1. The Group considered the progress report requested\nin resolution 11/1.\n"
        ),
        &[("res:cosp:11/1", "cites")],
        &[],
    );
    check(
        &format!(
            "{COSP}1. At its thirteenth to\nfifteenth sessions, the Implementation Review Group held thematic discussions.\n"
        ),
        &[
            ("session:irg:13", ""),
            ("session:irg:14", ""),
            ("session:irg:15", ""),
        ],
        &[],
    );
    let text = "Economic and Social Council\n\nThe Commission on Crime Prevention and Criminal\nJustice,\n\nRecalling its resolution 33/4,\n";
    check(text, &[], &["res:ecosoc:33/4", "res:cosp:33/4"]);
}

// Hard-wrapped text (/work/rewrap.py): a line break is a space wherever the
// rules below look at the words around a mention.
/// A footnote printed inside a sentence at a page break: the sentence goes
/// on after it, and the verb before it still governs; the footnote's own
/// "See" governs only the footnote.
#[test]
fn a_footnote_inside_a_sentence_does_not_end_it() {
    check(
        &format!(
            "{COSP}1. The Conference recalled its resolution 9/3 and its\n\n¹ See CAC/COSP/2021/3.\n\nresolution 9/4 on asset recovery.\n"
        ),
        &[
            ("res:cosp:9/3", "recalls"),
            ("doc:CAC/COSP/2021/3", "refers"),
            ("res:cosp:9/4", "recalls"),
        ],
        &[],
    );
}

/// tests/annotated/unseen8 F: a running footer ("V.21-00912  9/64") between the halves
/// of a sentence cut by a page break is skipped like the blank lines.
#[test]
fn a_page_footer_inside_a_sentence_does_not_end_it() {
    check(
        &format!(
            "{GA}Recalling the United Nations Convention against Corruption,\n\n1. Requests the Implementation Review Group to consider the matter,\n\nV.21-00912  9/64\n\n\n\nin line with article 52, at its thirteenth session;\n"
        ),
        &[("session:irg:13", ""), ("art:uncac:52", "acts-under")],
        &["session:ga:13"],
    );
    check(
        &format!(
            "{COSP}1. Decides that the Working Group on Asset Recovery shall consider the matter at its intersessional meetings,\n\n¹ See CAC/COSP/2013/CRP.5.\n\nV.20-00912  9/64\n\n\n\nand report thereon at its tenth meeting;\n"
        ),
        &[
            ("session:wg-ar:10", ""),
            ("doc:CAC/COSP/2013/CRP.5", "refers"),
        ],
        &[],
    );
}

/// tests/annotated/unseen9 K: a list goes on after its "and" across a page break
/// left as blank lines.
#[test]
fn a_list_goes_on_after_and_across_blank_lines() {
    check(
        &format!(
            "{COSP}*Mindful* of chapter III, in particular articles 15 and\n\n\n\n25, as well as of article 4 of the Convention,\n"
        ),
        &[
            ("art:uncac:15", ""),
            ("art:uncac:25", ""),
            ("art:uncac:4", ""),
        ],
        &[],
    );
}

// Hard-wrapped text (/work/rewrap.py): a line break is a space wherever the
// rules below look at the words around a mention.
/// A line that goes on with the sentence before it is no table-of-contents
/// entry, even when it starts like one ("3/2. In its ..."); "as well\nas"
/// wrapped still bounds a participial "referred to in".
#[test]
fn wrapped_lines_that_look_like_headings() {
    check(
        &format!(
            "{COSP}1. The Group was continued pursuant to resolutions 2/4 and\n3/2. In its resolution 10/5, the Conference decided.\n"
        ),
        &[
            ("res:cosp:2/4", "acts-under"),
            ("res:cosp:3/2", "acts-under"),
            ("res:cosp:10/5", ""),
        ],
        &[],
    );
    check(
        &format!(
            "{COSP}1. Encourages States parties to take into account the principles referred to in the present resolution, as well\nas the recommendations contained in paragraph 7 of resolution 7/5;\n"
        ),
        &[("res:cosp:7/5", "cites")],
        &[],
    );
}

/// tests/annotated/unseen10 J, O, M: a joint masthead symbol is the document's own;
/// "in its article 13" after another convention is that convention's; "as
/// called for in" and "in implementation of" are connectives.
#[test]
fn joint_mastheads_foreign_its_articles_and_more_connectives() {
    let text = "United Nations    E/2024/30-E/CN.15/2024/14\n\nEconomic and Social Council    Distr.: General\n\n1. The Commission welcomed Conference resolution 10/2.\n";
    let (got, sources) = run(text);
    assert_eq!(got, [("res:cosp:10/2".to_string(), "welcomes".to_string())]);
    assert_eq!(sources, ["doc:E/2024/30"]);
    check(
        &format!(
            "{COSP}1. The Council of Europe Criminal Law Convention on Corruption, in its article 26, and the Civil Law Convention on Corruption, in its article 13, provide for liability.\n"
        ),
        &[],
        &["art:uncac:26", "art:uncac:13"],
    );
    check(
        &format!(
            "{COSP}1. The secretariat noted that, as called for in resolution 4/1, it had continued to report.\n"
        ),
        &[("res:cosp:4/1", "acts-under")],
        &[],
    );
    check(
        &format!(
            "{COSP}Decides, in implementation of paragraph 2 of resolution 10/1, that the Group shall meet;\n"
        ),
        &[("res:cosp:10/1", "acts-under")],
        &[],
    );
}

/// tests/annotated/unseen10 E, C: a Commission's report under an Economic and Social
/// Council masthead numbers its own sessions; "Chapter V" alone on its line
/// is the report's own chapter heading.
#[test]
fn a_commission_report_and_its_own_chapters() {
    check(
        "Economic and Social Council\n\n# Commission on Crime Prevention and Criminal Justice\n\n## Report on the thirty-third session (8 December 2023 and 13–17 May 2024)\n\n1. Several speakers welcomed Conference resolution 10/2.\n",
        &[("res:cosp:10/2", "welcomes")],
        &["session:ecosoc:33", "session:cosp:33"],
    );
    check(
        &format!(
            "{COSP}### Chapter V\n\n#### Integration and coordination of efforts\n\n1. Several speakers referred to chapter V of the Convention.\n"
        ),
        &[("chap:uncac:V", "refers")],
        &[],
    );
    let (got, _) = run(&format!("{COSP}### Chapter V\n\n1. The Group met.\n"));
    assert!(got.is_empty(), "{got:?}");
}

/// A/C.3/80/L.2 (text extracted from the PDF, footnotes numbered without
/// superscripts): a list of resolutions cut by a page's footnotes and
/// footer, the year of a date on the next page, is one list; its items all
/// take the verb, and the footnotes' own references are kept.
#[test]
fn a_list_goes_on_across_a_page_of_footnotes() {
    let text = format!(
        "{GA}Recalling the provisions of Human Rights Council resolutions 7/34 of 28 March 2008,6 as well as General Assembly resolutions \n\
60/143 of 16 December 2005, 69/160 of 18 December 2014, 70/139 of 17 December \n\
__________________ \n\
 \n\
6  See Official Records of the General Assembly, Sixty-third Session, Supplement No. 53 (A/63/53), \n\
chap. II. \n\
\n\
A/C.3/80/L.2 \n\
 \n\
25-14998\n\
2/11 \n\
 \n\
2015, 71/179 of 19 December 2016 and 79/160 of 17 December 2024 on this issue, \n"
    );
    check(
        &text,
        &[
            ("res:hrc:7/34", "recalls"),
            ("res:ga:70/139", "recalls"),
            ("res:ga:71/179", "recalls"),
            ("res:ga:79/160", "recalls"),
            ("doc:A/63/53", ""),
        ],
        &["res:ga:2015"],
    );
}

/// A/80/L.6: "66/6 of 25 October 2011, 67/4 of\n[page footer]\n13 November
/// 2012, 68/8 of 29 October 2013": the page breaks the date after "of";
/// the list goes on with the day and month on the next page.
#[test]
fn a_list_goes_on_when_the_page_breaks_a_date_after_of() {
    check(
        &format!(
            "{GA}Recalling its resolutions 47/19 of 24 November 1992, 66/6 of 25 October 2011, 67/4 of \n\nA/80/L.6 \n \n25-16107\n2/2 \n \n13 November 2012, 68/8 of 29 October 2013 and 79/7 of 30 October 2024,\n"
        ),
        &[
            ("res:ga:67/4", "recalls"),
            ("res:ga:68/8", "recalls"),
            ("res:ga:79/7", "recalls"),
        ],
        &[],
    );
}

/// A/C.3/80/L.22: "Recalling its subsequent resolutions ... and all relevant
/// resolutions of the Human Rights Council, including\n[the page's
/// footnotes and footer]\nCouncil resolutions 52/5 of 3 April 2023": a
/// line that stops on "including" goes on on the next page whatever its
/// case, and "Council" there is the council named before the break.
#[test]
fn a_sentence_cut_after_a_function_word_goes_on() {
    check(
        &format!(
            "{GA}Recalling its subsequent resolutions on the effective promotion of the \nDeclaration and all relevant resolutions of the Human Rights Council, including \n__________________ \n \n1  Resolution 217 A (III). \n\nA/C.3/80/L.22 \n \n25-17376\n2/9 \n \nCouncil resolutions 52/5 of 3 April 2023,5 which extended the mandate of the Special \nRapporteur on minority issues,\n"
        ),
        &[("res:hrc:52/5", "recalls")],
        &["res:ga:52/5"],
    );
}

/// A/RES/80/213: a list cut by a page whose head repeats the resolution's
/// title ("42/18 of [footnotes] A/RES/80/213 [...] Terrorism and human
/// rights [...] 25-20975 [...] 2/8 [...] 26 September 2019,8 45/11 ...")
/// goes on across it; the title where it stands is not a running header.
/// The page as it is, from the held-out set.
#[test]
fn a_list_goes_on_across_a_running_title() {
    let text = std::fs::read_to_string("tests/annotated/real-l/a-res-80-213.txt").unwrap();
    let page: String = text.lines().take(72).map(|l| format!("{l}\n")).collect();
    let d = extract_document("a-res-80-213.txt", &page);
    let got: Vec<(String, usize, &str)> = d
        .references
        .iter()
        .map(|r| (r.target.to_string(), r.line, r.relation.as_str()))
        .collect();
    for (want, line) in [
        ("res:hrc:42/18", 45),
        ("res:hrc:45/11", 69),
        ("res:hrc:57/11", 69),
        ("res:hrc:58/14", 70),
    ] {
        assert!(
            got.iter()
                .any(|(t, l, rel)| t == want && *l == line && *rel == "recalls"),
            "{want} at {line}: {got:?}"
        );
    }
}
