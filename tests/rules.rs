//! General rules found on held-out documents (tests/unseen/FINDINGS.md):
//! each case is a sentence in the style of a real UNCAC document and the
//! references it must (and must not) yield, per REFERENCE-IDS.md.

use uncite::extract_document;

const COSP: &str =
    "Conference of the States Parties to the United Nations Convention against Corruption\n\n";
const GA: &str = "General Assembly\n\n78/177. Corruption\n\nThe General Assembly,\n\n";

/// (target, relation) of every reference, and the sources.
fn run(text: &str) -> (Vec<(String, String)>, Vec<String>) {
    let doc = extract_document("case.txt", text);
    let pairs = doc
        .references
        .iter()
        .map(|r| (r.target.to_string(), r.relation.to_string()))
        .collect();
    let sources = doc
        .references
        .iter()
        .map(|r| r.source.to_string())
        .collect();
    (pairs, sources)
}

/// `want` are (target, relation) pairs, relation "" for any; `forbid` targets.
fn check(text: &str, want: &[(&str, &str)], forbid: &[&str]) {
    let (got, _) = run(text);
    for (t, rel) in want {
        assert!(
            got.iter()
                .any(|(gt, gr)| gt == t && (rel.is_empty() || gr == rel)),
            "missing {t} {rel} in {got:?}\ntext: {text}"
        );
    }
    for t in forbid {
        assert!(
            !got.iter().any(|(gt, _)| gt == t),
            "spurious {t} in {got:?}\ntext: {text}"
        );
    }
}

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

/// tests/unseen6 A: the masthead's gap converted to a single space.
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

#[test]
fn resolutions_of_bodies_without_a_code_are_not_ours() {
    for text in [
        "1. In its resolution 10/4, the Conference of the Parties to the United Nations Convention against Transnational Organized Crime requested its working group to meet.\n",
        "1. In its resolution 33/1, the Commission on Crime Prevention and Criminal Justice encouraged Member States to cooperate.\n",
        "7. In its resolution 12/1, adopted at its twelfth session in October 2024, the Conference of the Parties to the United Nations Convention against Transnational Organized Crime called for synergies.\n",
    ] {
        let text = format!("{COSP}{text}");
        let (got, _) = run(&text);
        assert!(
            got.iter().all(|(t, _)| !t.starts_with("res:")),
            "{got:?}\n{text}"
        );
    }
    let postposed = format!(
        "{GA}Noting resolution 11/1 of the Conference of the Parties to the United Nations Convention against Transnational Organized Crime,\n"
    );
    check(&postposed, &[], &["res:ga:11/1", "res:cosp:11/1"]);
}

#[test]
fn which_convention_an_article_belongs_to() {
    check(
        "Speakers noted the importance of article 6 of the Convention for the establishment of preventive bodies.\n",
        &[("art:uncac:6", "notes")],
        &[],
    );
    check(
        "Speakers referred to article 46 of the Convention on mutual legal assistance.\n",
        &[("art:uncac:46", "refers")],
        &[],
    );
    check(
        "Speakers referred to article 2 of the Convention against Torture.\n",
        &[],
        &["art:uncac:2"],
    );
    check(
        "Bearing in mind the United Nations Convention against Transnational Organized Crime, in particular articles 12 to 14 thereof,\n",
        &[
            ("art:untoc:12", ""),
            ("art:untoc:13", ""),
            ("art:untoc:14", ""),
        ],
        &["art:uncac:12"],
    );
    check(
        "Some States cited the Organized Crime Convention, in particular participation in an organized criminal group (article 5 of that Convention).\n",
        &[("art:untoc:5", "")],
        &["art:uncac:5"],
    );
}

#[test]
fn pinpoints_stay_with_their_article() {
    check(
        "The secretariat should gather information, in line with article 63, paragraph 4 (c), and paragraph 6 of article 60 of the Convention.\n",
        &[
            ("art:uncac:63(4)(c)", "acts-under"),
            ("art:uncac:60(6)", "acts-under"),
        ],
        &["art:uncac:60(4)(c)"],
    );
}

#[test]
fn symbols_next_to_chapters_and_addendum_ranges() {
    check(
        "Speakers referred to the thematic report on the implementation of chapter II (CAC/COSP/IRG/2023/3).\n",
        &[("chap:uncac:II", ""), ("doc:CAC/COSP/IRG/2023/3", "")],
        &[],
    );
    let want: Vec<String> = (1..=5)
        .map(|n| format!("doc:CAC/COSP/IRG/2023/L.1/Add.{n}"))
        .collect();
    let want: Vec<(&str, &str)> = want.iter().map(|t| (t.as_str(), "")).collect();
    check(
        "The Group adopted the report (CAC/COSP/IRG/2023/L.1 and CAC/COSP/IRG/2023/L.1/Add.1–5).\n",
        &want,
        &[],
    );
}

#[test]
fn whose_meeting_or_session() {
    check(
        &format!(
            "{COSP}Recalling the work of the Working Group on\nAsset Recovery, in particular the recommendations adopted at its fifteenth meeting,\n"
        ),
        &[("session:wg-ar:15", "")],
        &[],
    );
    check(
        "Open-ended Intergovernmental Working Group on\nthe Prevention of Corruption\nFourteenth meeting\nVienna, 14–16 June 2023\n\n3. In accordance with the workplan adopted by the Working Group at\nits eleventh meeting, the topics for discussion at the fourteenth meeting are set.\n",
        &[("session:wg-prev:11", ""), ("session:wg-prev:14", "")],
        &[],
    );
    let eg: Vec<String> = (5..=11).map(|n| format!("session:eg-ic:{n}")).collect();
    let eg: Vec<(&str, &str)> = eg.iter().map(|t| (t.as_str(), "")).collect();
    check(
        &format!(
            "{COSP}2. At its fifth to eleventh meetings, the expert meeting adopted recommendations.\n"
        ),
        &eg,
        &[],
    );
    check(
        "The Working Group on the Prevention of Corruption was established by the Conference in its resolution 1/5, adopted at its first session.\n",
        &[("session:cosp:1", "")],
        &["session:wg-prev:1"],
    );
}

#[test]
fn its_reaches_the_body_across_a_session_aside() {
    check(
        &format!(
            "{GA}Welcoming the adoption by the Conference, at its tenth session, of its resolution 10/2,\n"
        ),
        &[("res:cosp:10/2", "welcomes")],
        &["res:ga:10/2"],
    );
}

#[test]
fn a_connective_governs_coordinated_objects() {
    check(
        "The present note has been prepared pursuant to that resolution and to paragraph 4 of resolution 8/9.\n",
        &[("res:cosp:8/9", "acts-under")],
        &[],
    );
    check(
        "Observers attended in accordance with rule 17, paragraph 2, of the rules of procedure and Conference resolution 4/6.\n",
        &[("res:cosp:4/6", "acts-under")],
        &[],
    );
    check(
        "Pursuant to article 63, paragraph 4 (d), of the Convention and paragraph 7 of that article, the Conference may act.\n",
        &[
            ("art:uncac:63(4)(d)", "acts-under"),
            ("art:uncac:63(7)", "acts-under"),
        ],
        &[],
    );
}

#[test]
fn clauses_that_end_or_take_over_a_verb() {
    // The relative clause closes at ", was extended": "Noting" governs 9/1.
    check(
        "Noting that the second cycle, which covers chapters II and V of the Convention, was extended by the Conference in its resolution 9/1,\n",
        &[("res:cosp:9/1", "notes")],
        &[],
    );
    // "in line with" is the nearest connective: "adopted" does not reach past it.
    let (got, _) = run(
        "Several States reported that they had adopted legislation on reporting persons, in line with the recommendations contained in the thematic report on the implementation of chapter II.\n",
    );
    assert_eq!(got, [("chap:uncac:II".to_string(), "cites".to_string())]);
}

// Second audit (tests/unseen2/FINDINGS.md), in the seeds' style.

#[test]
fn former_and_latter_name_the_two_instruments_before() {
    let text = "4. Both the United Nations Convention against Corruption and the United Nations Convention against Transnational Organized Crime contain provisions on international cooperation: articles 43 to 45 of the former and articles 16 to 18 of the latter.\n";
    check(
        text,
        &[
            ("art:uncac:43", ""),
            ("art:uncac:45", ""),
            ("art:untoc:16", ""),
            ("art:untoc:18", ""),
        ],
        &["art:uncac:16", "art:untoc:43"],
    );
}

#[test]
fn whose_session_in_reports_and_clauses() {
    check(
        &format!(
            "{COSP}Resolution 9/1\n\nReview mechanism\n\nTaking note of the report of the Implementation Review Group on its twelfth session, held in Vienna from 14 to 18 June 2021, and of the report on its resumed twelfth session,\n"
        ),
        &[("session:irg:12", "")],
        &["session:cosp:12"],
    );
    check(
        &format!(
            "{COSP}Noting with appreciation the efforts made by the Implementation Review Group, at the second part of its resumed eleventh session, to identify practical measures,\n"
        ),
        &[("session:irg:11", "")],
        &["session:cosp:11"],
    );
    check(
        &format!(
            "{COSP}2. In its resolution 9/1, the Conference decided that the Group would hold joint meetings with other subsidiary bodies at its thirteenth session.\n"
        ),
        &[("session:irg:13", "")],
        &["session:cosp:13"],
    );
    check(
        "Implementation Review Group\nThirteenth session\n\n5. A joint meeting with the Working Group on the Prevention of Corruption was held during the thirteenth session of the Group.\n",
        &[("session:irg:13", "")],
        &["session:wg-prev:13"],
    );
}

#[test]
fn a_new_special_session_is_not_the_assemblys() {
    check(
        &format!(
            "{COSP}In its resolution 10/3, the Conference decided to convene a special session on asset recovery. The dates of the special session will be determined by the Bureau.\n"
        ),
        &[("res:cosp:10/3", "")],
        &["session:ga:S-32"],
    );
    check(
        &format!(
            "{COSP}Recalling also General Assembly resolution 74/276 of 1 June 2020, in which the Assembly decided to convene a special session against corruption in 2021,\n"
        ),
        &[("session:ga:S-32", "")],
        &[],
    );
}

#[test]
fn a_verb_in_a_relative_clause_governs_nothing_after_it() {
    let (got, _) = run(&format!(
        "{COSP}Recalling its resolution 6/4, by which it adopted the guidelines, and its resolutions 7/1 and 8/2,\n"
    ));
    for t in ["res:cosp:6/4", "res:cosp:7/1", "res:cosp:8/2"] {
        assert!(
            got.contains(&(t.to_string(), "recalls".to_string())),
            "{t}: {got:?}"
        );
    }
}

#[test]
fn a_foreign_subject_adopts_its_own_resolution() {
    check(
        &format!(
            "{COSP}1. The Commission on Crime Prevention and Criminal Justice, at its thirty-second session, held in Vienna from 22 to 26 May 2023, adopted resolution 32/1.\n"
        ),
        &[],
        &["res:ga:32/1", "res:cosp:32/1"],
    );
}

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

// Third audit (tests/unseen3/FINDINGS.md).

#[test]
fn a_tab_separated_masthead_gives_the_documents_own_symbol() {
    let text = "United Nations\tCAC/COSP/IRG/2024/7\n\nConference of the States Parties to the United Nations Convention against Corruption\tDistr.: General\n\n1. The Group recalled resolution 10/1.\n\nCAC/COSP/IRG/2024/7\n";
    let (got, sources) = run(text);
    assert_eq!(got, [("res:cosp:10/1".to_string(), "recalls".to_string())]);
    assert_eq!(sources, ["doc:CAC/COSP/IRG/2024/7"]);
}

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

#[test]
fn subparagraph_ranges_and_subparagraph_first() {
    check(
        "(a) Make use of article 48, paragraphs 1 (a) to (c), of the Convention;\n",
        &[
            ("art:uncac:48(1)(a)", ""),
            ("art:uncac:48(1)(b)", ""),
            ("art:uncac:48(1)(c)", ""),
        ],
        &[],
    );
    check(
        "Bearing in mind subparagraph (b) of paragraph 1 of article 52 of the Convention,\n",
        &[("art:uncac:52(1)(b)", "")],
        &["art:uncac:52(1)"],
    );
}

#[test]
fn a_table_cell_article_and_joint_symbols() {
    check("V\tArticle 57\t143\n", &[("art:uncac:57", "")], &[]);
    check(
        "the report of the Commission on its thirty-second session (E/2023/30-E/CN.15/2023/13).\n",
        &[("doc:E/2023/30", ""), ("doc:E/CN.15/2023/13", "")],
        &["doc:E/2023/30-E/CN.15/2023/13"],
    );
}

#[test]
fn that_conference_after_another_treatys_conference() {
    check(
        &format!(
            "{COSP}5. It may also wish to take into account the report of the Conference of the Parties to the United Nations Convention against Transnational Organized Crime on its eleventh session (CTOC/COP/2022/10), in particular resolution 11/4 of that Conference.\n"
        ),
        &[("doc:CTOC/COP/2022/10", "")],
        &["res:cosp:11/4"],
    );
}

#[test]
fn as_well_as_after_a_relative_clause_keeps_the_verb() {
    let (got, _) = run(&format!(
        "{GA}Reaffirming its resolution 58/4 of 31 October 2003, by which it adopted the United Nations Convention against Corruption, as well as its resolutions 78/177 and S-32/1,\n"
    ));
    for t in ["res:ga:58/4", "res:ga:78/177", "res:ga:S-32/1"] {
        assert!(
            got.contains(&(t.to_string(), "reaffirms".to_string())),
            "{t}: {got:?}"
        );
    }
}

#[test]
fn its_with_no_body_in_its_sentence_is_the_subject_named_last() {
    check(
        "Implementation Review Group\nFifteenth session\n\n2. In its resolution 10/1, the Conference decided that the Group would continue its work. The first part of its fifteenth session was held in accordance with that resolution.\n",
        &[("session:irg:15", "")],
        &["session:cosp:15"],
    );
}

// Fourth held-out set (tests/unseen4/FINDINGS.md).

#[test]
fn compact_pinpoints_after_an_article_number() {
    check(
        &format!("{COSP}1. Speakers referred to article 52(1) of the Convention.\n"),
        &[("art:uncac:52(1)", "refers")],
        &["art:uncac:52"],
    );
    check(
        &format!("{COSP}1. The Group discussed article 31(1)(a) and article 48(1)(b) and (c).\n"),
        &[
            ("art:uncac:31(1)(a)", ""),
            ("art:uncac:48(1)(b)", ""),
            ("art:uncac:48(1)(c)", ""),
        ],
        &["art:uncac:31", "art:uncac:48"],
    );
    check(
        &format!(
            "{COSP}1. Articles 57(3)(a)-(c) and 51 of the Convention govern the return of assets, as does article 46 (9) (b).\n"
        ),
        &[
            ("art:uncac:57(3)(a)", ""),
            ("art:uncac:57(3)(b)", ""),
            ("art:uncac:57(3)(c)", ""),
            ("art:uncac:51", ""),
            ("art:uncac:46(9)(b)", ""),
        ],
        &["art:uncac:57", "art:uncac:46"],
    );
    // A year in parentheses is no paragraph.
    check(
        &format!("{COSP}1. The Group noted article 5 (2003 text) of the Convention.\n"),
        &[("art:uncac:5", "")],
        &[],
    );
}

#[test]
fn through_is_a_range_word() {
    check(
        &format!("{COSP}1. Speakers recalled articles 15 through 18 of the Convention.\n"),
        &[
            ("art:uncac:15", "recalls"),
            ("art:uncac:16", "recalls"),
            ("art:uncac:17", "recalls"),
            ("art:uncac:18", "recalls"),
        ],
        &[],
    );
    check(
        &format!(
            "{COSP}1. The Working Group on Asset Recovery, at its ninth through thirteenth meetings, focused on beneficial ownership.\n"
        ),
        &[
            ("session:wg-ar:9", ""),
            ("session:wg-ar:11", ""),
            ("session:wg-ar:13", ""),
        ],
        &[],
    );
    check(
        &format!(
            "{COSP}Implementation Review Group\n\nSixteenth session\n\n1. From the eleventh to the thirteenth sessions of the Group, the discussions were devoted to chapter III.\n"
        ),
        &[
            ("session:irg:11", ""),
            ("session:irg:12", ""),
            ("session:irg:13", ""),
        ],
        &[],
    );
}

#[test]
fn uncac_and_untoc_abbreviations_name_the_instruments() {
    check(
        &format!(
            "{COSP}1. The Meeting had considered articles 44 and 46 of UNCAC, as well as article 18 of UNTOC.\n"
        ),
        &[
            ("art:uncac:44", ""),
            ("art:uncac:46", ""),
            ("art:untoc:18", ""),
        ],
        &["art:uncac:18"],
    );
}

#[test]
fn subparagraphs_before_their_paragraph_and_article() {
    check(
        &format!(
            "{COSP}1. Speakers referred to subparagraphs (a) to (c) of paragraph 3 of article 57.\n"
        ),
        &[
            ("art:uncac:57(3)(a)", ""),
            ("art:uncac:57(3)(b)", ""),
            ("art:uncac:57(3)(c)", ""),
        ],
        &["art:uncac:57(3)"],
    );
}

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

#[test]
fn its_is_never_the_issuer_named_for_another_item() {
    let res = format!(
        "{COSP}Resolution 11/3\n\nFollow-up\n\nThe Conference of the States Parties to the United Nations Convention against Corruption,\n\n"
    );
    check(
        &format!("{res}Recalling General Assembly resolution 78/177 and its resolution 9/1,\n"),
        &[("res:ga:78/177", "recalls"), ("res:cosp:9/1", "recalls")],
        &["res:ga:9/1"],
    );
    check(
        &format!("{COSP}Recalling its resolution 9/1 and General Assembly resolution 78/177,\n"),
        &[("res:cosp:9/1", "recalls"), ("res:ga:78/177", "recalls")],
        &["res:ga:9/1"],
    );
    check(
        &format!(
            "{COSP}1. Decides, pursuant to its resolution 10/1 and Human Rights Council resolution 53/12, to hold a panel;\n"
        ),
        &[("res:cosp:10/1", ""), ("res:hrc:53/12", "")],
        &["res:hrc:10/1"],
    );
}

#[test]
fn a_possessive_body_owns_the_session() {
    check(
        &format!(
            "{COSP}Open-ended Intergovernmental Working Group on the Prevention of Corruption\n\n1. The Working Group will consider the contributions made at the General Assembly's seventy-ninth session.\n"
        ),
        &[("session:ga:79", "")],
        &["session:wg-prev:79"],
    );
}

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

#[test]
fn a_relative_clause_of_a_codeless_body_is_not_ours() {
    check(
        &format!(
            "{COSP}1. Representatives of the Commission on Crime Prevention and Criminal Justice, which at its thirty-fourth session had adopted its resolution 34/3, attended the meeting.\n"
        ),
        &[],
        &["res:cosp:34/3", "res:ga:34/3"],
    );
    check(
        &format!(
            "{COSP}1. Representatives of the Commission on Crime Prevention and Criminal Justice, which had adopted resolution 34/3, attended the meeting.\n"
        ),
        &[],
        &["res:cosp:34/3", "res:ga:34/3"],
    );
    // The Conference's own relative clause stays ours.
    check(
        &format!("{COSP}1. The Conference, which had adopted its resolution 9/1, met in Vienna.\n"),
        &[("res:cosp:9/1", "")],
        &[],
    );
}

#[test]
fn the_agent_in_an_aside_does_not_own_its() {
    let irg = format!("{COSP}Implementation Review Group\n\nFourteenth session\n\n");
    check(
        &format!(
            "{irg}1. The Implementation Review Group, established by the Conference, held its fourteenth session in Vienna.\n"
        ),
        &[("session:irg:14", "")],
        &["session:cosp:14"],
    );
    // Right before "at its", the agent is the owner.
    check(
        &format!(
            "{COSP}1. The blueprint had been finalized by the Implementation Review Group at its first session.\n"
        ),
        &[("session:irg:1", "")],
        &["session:cosp:1"],
    );
}

#[test]
fn a_pinpoint_list_before_the_second_object_keeps_the_connective() {
    check(
        &format!(
            "{COSP}1. Decides, pursuant to paragraph 4 of its resolution 10/1 and paragraphs 12 and 13 of General Assembly resolution 78/177, to hold a panel;\n"
        ),
        &[
            ("res:cosp:10/1", "acts-under"),
            ("res:ga:78/177", "acts-under"),
        ],
        &[],
    );
}

// Fifth held-out set (tests/unseen5/FINDINGS.md).

#[test]
fn res_and_dec_abbreviate_resolution_and_decision() {
    check(
        &format!("{COSP}1. The mandate derives from res. 10/2, para. 14, and dec. 9/1.\n"),
        &[("res:cosp:10/2", ""), ("dec:cosp:9/1", "")],
        &[],
    );
    check(
        &format!(
            "{COSP}1. The mandate derives from Res. 6/1 and GA res. 79/196 and ECOSOC res. 2024/17.\n"
        ),
        &[
            ("res:cosp:6/1", ""),
            ("res:ga:79/196", ""),
            ("res:ecosoc:2024/17", ""),
        ],
        &["res:cosp:79/196"],
    );
    check(
        &format!(
            "{COSP}| No. | Mandate | Source |\n| --- | --- | --- |\n| 1 | Regional platforms | Res. 8/4 and 10/9 |\n"
        ),
        &[("res:cosp:8/4", ""), ("res:cosp:10/9", "")],
        &[],
    );
}

#[test]
fn symbols_listed_by_their_last_component() {
    check(
        &format!("{COSP}1. The Conference considered CAC/COSP/2021/L.11, L.12 and L.14.\n"),
        &[
            ("doc:CAC/COSP/2021/L.11", ""),
            ("doc:CAC/COSP/2021/L.12", ""),
            ("doc:CAC/COSP/2021/L.14", ""),
        ],
        &[],
    );
    check(
        &format!("{COSP}1. The Conference considered CAC/COSP/2021/L.1 and Add.1–Add.4.\n"),
        &[
            ("doc:CAC/COSP/2021/L.1/Add.1", ""),
            ("doc:CAC/COSP/2021/L.1/Add.4", ""),
        ],
        &[],
    );
    // Two kinds are not one list.
    check(
        &format!("{COSP}1. See A/78/136 and Add.1 and Corr.2.\n"),
        &[("doc:A/78/136/Add.1", "")],
        &["doc:A/78/136/Add.2"],
    );
}

#[test]
fn the_subparagraph_keyword_names_its_level() {
    check(
        &format!(
            "{COSP}1. Speakers underlined article 9, paragraph 1, subparagraph (d), of the Convention.\n"
        ),
        &[("art:uncac:9(1)(d)", "")],
        &["art:uncac:9(1)"],
    );
    check(
        &format!(
            "{COSP}1. Speakers referred to article 12, paragraph 2, subparagraphs (a) to (c).\n"
        ),
        &[
            ("art:uncac:12(2)(a)", "refers"),
            ("art:uncac:12(2)(c)", "refers"),
        ],
        &["art:uncac:12(2)"],
    );
    check(
        &format!("{COSP}1. The mandate derives from art. 9, para. 1, subpara. (d).\n"),
        &[("art:uncac:9(1)(d)", "")],
        &[],
    );
    check(
        &format!(
            "{COSP}1. Speakers referred to subparagraphs (a) and (b) of article 57, paragraph 3.\n"
        ),
        &[
            ("art:uncac:57(3)(a)", "refers"),
            ("art:uncac:57(3)(b)", "refers"),
        ],
        &["art:uncac:57(3)"],
    );
}

#[test]
fn an_article_list_whose_members_have_paragraphs() {
    check(
        &format!(
            "{COSP}1. The reviewers cited articles 46, paragraph 3 (j), and 57, paragraph 5.\n"
        ),
        &[("art:uncac:46(3)(j)", ""), ("art:uncac:57(5)", "")],
        &["art:uncac:46(57)", "art:uncac:46(5)"],
    );
}

#[test]
fn a_parenthesised_pinpoint_does_not_end_a_resolution_list() {
    check(
        &format!(
            "{COSP}1. The Conference recalled its resolutions 8/9 (paras. 4 and 5) and 9/7.\n"
        ),
        &[("res:cosp:8/9", "recalls"), ("res:cosp:9/7", "recalls")],
        &[],
    );
}

#[test]
fn a_council_text_naming_the_conference_cites_its_resolutions() {
    let ecosoc =
        "Economic and Social Council\n\nResolution 2025/14\n\nThe Economic and Social Council,\n\n";
    check(
        &format!(
            "{ecosoc}Welcoming the resolutions of the Conference of the States Parties to the United Nations Convention against Corruption, in particular resolutions 10/5 and 10/6,\n"
        ),
        &[("res:cosp:10/5", ""), ("res:cosp:10/6", "")],
        &["res:ga:10/5", "res:ecosoc:10/5"],
    );
}

#[test]
fn a_cue_inside_a_parenthesis_governs_nothing_after_it() {
    // unseen5 7a: "see" stays inside "(see annex)".
    check(
        &format!(
            "{COSP}1. I have the honour to transmit herewith the Chair's summary (see annex), organized in the follow-up to Conference resolution 10/2.\n"
        ),
        &[("res:cosp:10/2", "cites")],
        &[],
    );
    // A reference inside the same parenthesis is still the cue's.
    check(
        &format!("{COSP}1. The Chair's summary (see resolution 10/2) was circulated.\n"),
        &[("res:cosp:10/2", "refers")],
        &[],
    );
}

#[test]
fn the_holding_of_a_session_passes_the_verb_through() {
    // unseen5 10a, 10b.
    let ecosoc = "Economic and Social Council\n\n2025/19. Strengthening links\n\n            The Economic and Social Council,\n\n            ";
    check(
        &format!(
            "{ecosoc}Welcoming the holding of the eleventh session of the Conference in Doha,\n"
        ),
        &[("session:cosp:11", "welcomes")],
        &[],
    );
    check(
        &format!(
            "{COSP}1. The Conference welcomed the holding of the eleventh session of the Conference in Doha.\n"
        ),
        &[("session:cosp:11", "welcomes")],
        &[],
    );
    // What a session produced is the verb's object, not the session.
    check(
        &format!("{GA}Welcoming the outcome of the tenth session of the Conference,\n"),
        &[("session:cosp:10", "cites")],
        &[],
    );
    // A session as an adjunct stays `cites`.
    check(
        &format!("{COSP}1. The Conference welcomed the report at its eleventh session.\n"),
        &[("session:cosp:11", "cites")],
        &[],
    );
}

/// tests/unseen5 #8: a participial aside (", established pursuant to
/// Conference resolution 3/1,") between a body and "its" names neither the
/// owner nor hands it to the text's own issuer.
#[test]
fn its_skips_a_participial_aside_back_to_the_body_it_describes() {
    let ecosoc = "Economic and Social Council\n\n2025/19. Strengthening links\n\n            The Economic and Social Council,\n\n            ";
    check(
        &format!(
            "{ecosoc}Welcoming the work of the Implementation Review Group, established pursuant to Conference resolution 3/1, at its sixteenth session,\n"
        ),
        &[("session:irg:16", "cites"), ("res:cosp:3/1", "acts-under")],
        &["session:ecosoc:16", "session:cosp:16"],
    );
    check(
        &format!(
            "{GA}Noting the work of the Working Group on Asset Recovery, set up by the Conference in its resolution 1/4, at its seventeenth meeting,\n"
        ),
        &[("session:wg-ar:17", "cites"), ("res:cosp:1/4", "notes")],
        &["session:cosp:17", "session:ga:17"],
    );
    // The aside's agent stays the owner when nothing else is named.
    check(
        &format!(
            "{COSP}1. The Implementation Review Group, established by the Conference, held its fourteenth session in Vienna.\n"
        ),
        &[("session:irg:14", "cites")],
        &["session:cosp:14"],
    );
}

/// "took note of" wrapped by a PDF converter ("took\nnote of") or with a tab
/// is still taking note, not the connective default `acts-under`.
#[test]
fn taking_note_across_a_line_break() {
    check(
        &format!("{COSP}1. The Conference took\nnote of resolution 9/3.\n"),
        &[("res:cosp:9/3", "takes-note")],
        &[],
    );
    check(
        &format!("{GA}Taking\tnote of Conference resolution 9/5,\n"),
        &[("res:cosp:9/5", "takes-note")],
        &[],
    );
    check(
        &format!(
            "{COSP}1. The Conference decided to take\nnote with appreciation of resolution 9/6.\n"
        ),
        &[("res:cosp:9/6", "takes-note")],
        &[],
    );
}

/// tests/unseen6 I: a past participle after a noun ("the mandate reaffirmed
/// in", "the report requested in") describes the earlier text, as
/// "reaffirmed by" does; after its subject it is still the verb.
#[test]
fn a_participle_after_a_noun_describes_the_text_it_names() {
    check(
        &format!(
            "{COSP}1. The Conference decided to renew the mandate set out in resolution 9/4 and reaffirmed in resolutions 10/1 and 10/4.\n"
        ),
        &[
            ("res:cosp:9/4", "cites"),
            ("res:cosp:10/1", "cites"),
            ("res:cosp:10/4", "cites"),
        ],
        &[],
    );
    check(
        &format!(
            "{COSP}1. The Group considered the progress report requested in resolution 11/1 and in decision 11/2 (CAC/COSP/IRG/2026/4).\n"
        ),
        &[
            ("res:cosp:11/1", "cites"),
            ("dec:cosp:11/2", "cites"),
            ("doc:CAC/COSP/IRG/2026/4", "cites"),
        ],
        &[],
    );
    // In a preamble the clause's verb passes through the described object.
    check(
        &format!("{GA}Recalling the commitments reaffirmed in its resolution 77/205,\n"),
        &[("res:ga:77/205", "recalls")],
        &[],
    );
    // After its subject the participle is the verb.
    check(
        &format!(
            "{COSP}1. The Conference reaffirmed in resolution 10/1 its commitment to the Convention.\n"
        ),
        &[("res:cosp:10/1", "reaffirms")],
        &[],
    );
}

/// tests/unseen6 K: an HTML tag other than inline formatting parts the words
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

/// tests/unseen6 G: a range of drafts or addenda from the symbol's last
/// part, with the kind repeated or not.
#[test]
fn a_symbol_range_from_its_last_part() {
    let want = |n: std::ops::RangeInclusive<u32>| -> Vec<String> {
        n.map(|k| format!("doc:CAC/COSP/2025/L.{k}")).collect()
    };
    for range in ["L.3 to L.7", "L.3–L.7", "L.3–7", "L.3-L.7"] {
        let text =
            format!("{COSP}1. The Conference had before it documents CAC/COSP/2025/{range}.\n");
        let (got, _) = run(&text);
        let got: Vec<String> = got.into_iter().map(|(t, _)| t).collect();
        assert_eq!(got, want(3..=7), "{range}");
    }
    check(
        &format!("{COSP}1. See CAC/COSP/IRG/2026/2/Add.1 to Add.3.\n"),
        &[
            ("doc:CAC/COSP/IRG/2026/2/Add.1", "refers"),
            ("doc:CAC/COSP/IRG/2026/2/Add.2", "refers"),
            ("doc:CAC/COSP/IRG/2026/2/Add.3", "refers"),
        ],
        &[],
    );
    // Another kind after "to" is no range.
    check(
        &format!("{COSP}1. See CAC/COSP/2025/L.3 to Add.2.\n"),
        &[("doc:CAC/COSP/2025/L.3", "refers")],
        &["doc:CAC/COSP/2025/L.4"],
    );
}

/// tests/unseen6 D: "article N thereof" after another treaty is that
/// treaty's, not an article of either Convention.
#[test]
fn thereof_after_another_treaty_is_not_ours() {
    check(
        &format!("{GA}Recalling the Arms Trade Treaty, in particular article 11 thereof,\n"),
        &[],
        &["art:uncac:11", "art:untoc:11"],
    );
    check(
        &format!(
            "{GA}Recalling the United Nations Convention against Transnational Organized Crime, in particular article 18 thereof, and the Arms Trade Treaty, in particular article 11 thereof,\n"
        ),
        &[("art:untoc:18", "recalls")],
        &["art:untoc:11", "art:uncac:11"],
    );
    check(
        &format!(
            "{GA}Recalling the United Nations Convention against Corruption, in particular article 5 thereof,\n"
        ),
        &[("art:uncac:5", "recalls")],
        &[],
    );
}

/// tests/unseen6 L: a symbol broken after a slash at a line end.
#[test]
fn a_symbol_wrapped_after_a_slash() {
    check(
        &format!("{COSP}1. See documents CAC/COSP/EG.1/2023/3 and CAC/COSP/EG.1/\n2024/4.\n"),
        &[
            ("doc:CAC/COSP/EG.1/2023/3", "refers"),
            ("doc:CAC/COSP/EG.1/2024/4", "refers"),
        ],
        &["doc:CAC/COSP/EG.1"],
    );
    check(
        &format!("{COSP}1. See document CAC/COSP/IRG/\n  2024/4.\n"),
        &[("doc:CAC/COSP/IRG/2024/4", "refers")],
        &[],
    );
    // The next line's paragraph number does not continue it.
    check(
        &format!("{COSP}1. The series CAC/COSP/\n2. The Conference recalled resolution 10/1.\n"),
        &[("res:cosp:10/1", "recalls")],
        &["doc:CAC/COSP/2"],
    );
}

/// tests/unseen6 B: a list of resolutions goes on past a relative clause
/// describing one member when a bare number follows it.
#[test]
fn a_resolution_list_goes_on_past_a_relative_clause() {
    check(
        &format!(
            "{GA}Recalling its resolutions 55/61 of 4 December 2000, in which it recognized that an instrument was desirable, 55/188 of 20 December 2000 and 58/4 of 31 October 2003,\n"
        ),
        &[
            ("res:ga:55/61", "recalls"),
            ("res:ga:55/188", "recalls"),
            ("res:ga:58/4", "recalls"),
        ],
        &[],
    );
    check(
        &format!(
            "{GA}Recalling its resolutions 58/4, by which it adopted the Convention, and 69/199,\n"
        ),
        &[("res:ga:58/4", "recalls"), ("res:ga:69/199", "recalls")],
        &[],
    );
    // A clause with a reference of its own keeps it.
    check(
        &format!(
            "{COSP}Recalling its resolutions 6/4, in which it urged States to implement article 46, and 7/1,\n"
        ),
        &[("res:cosp:6/4", "recalls"), ("art:uncac:46", "cites")],
        &[],
    );
}

/// tests/unseen6 C: "the Conference on its eleventh session" is the
/// Conference, not another "Conference on X".
#[test]
fn the_conference_on_its_session_is_ours() {
    check(
        &format!("{GA}Taking note of the report of the Conference on its eleventh session,\n"),
        &[("session:cosp:11", "")],
        &["session:ga:11"],
    );
    check(
        &format!(
            "{GA}Noting the work of the Conference on Disarmament at its seventy-first session,\n"
        ),
        &[],
        &["session:cosp:71"],
    );
}

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

/// tests/unseen7 S: a Security Council resolution ("Resolution 2799
/// (2025)" under an "S/RES/2799 (2025)" masthead) is a unit.
#[test]
fn a_security_council_resolution_is_a_unit() {
    let text = "United Nations                                    S/RES/2799 (2025)\n\nSecurity Council                                  Distr.: General\n\nResolution 2799 (2025)\n\nAdopted by the Security Council at its 10042nd meeting, on 20 November 2025\n\nThe Security Council,\n\nRecalling its resolutions 1373 (2001) and 2462 (2019),\n";
    let (got, sources) = run(text);
    let want = [("res:sc:1373", "recalls"), ("res:sc:2462", "recalls")];
    assert_eq!(got, want.map(|(t, r)| (t.to_string(), r.to_string())));
    assert_eq!(sources, ["res:sc:2799"; 2]);
}

/// tests/unseen7 K: the text of a body we have no code for (a Commission
/// draft under an Economic and Social Council masthead): its own
/// resolutions and sessions are not printed; those it names are.
#[test]
fn a_foreign_bodys_own_text_keeps_its_own_references_out() {
    let text = "Economic and Social Council\n\nCommission on Crime Prevention and Criminal Justice\nThirty-fourth session\n\nThe Commission on Crime Prevention and Criminal Justice,\n\nRecalling its resolution 33/4 and Economic and Social Council resolution 2024/18,\n\n1. Decides to include the matter in the agenda of its thirty-fifth session;\n";
    check(
        text,
        &[("res:ecosoc:2024/18", "recalls")],
        &[
            "res:ecosoc:33/4",
            "session:ecosoc:34",
            "session:ecosoc:35",
            "res:cosp:33/4",
            "session:cosp:35",
        ],
    );
}

/// tests/unseen7 H: a non-breaking hyphen (U+2011) reads as a hyphen.
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

/// tests/unseen7 B: "article 31 bis" is an inserted article of a national
/// law; neither Convention has one.
#[test]
fn an_inserted_article_is_another_texts() {
    check(
        &format!(
            "{COSP}1. Spain referred to Organic Law No. 10/1995 (Criminal Code), article 31 bis, and to article 26 of the Convention.\n"
        ),
        &[("art:uncac:26", "refers")],
        &["art:uncac:31"],
    );
}

/// tests/unseen7 T: "of that Commission" after a number names a body we
/// have no code for, as "of the Commission on ..." does.
#[test]
fn of_that_commission_is_not_ours() {
    check(
        &format!(
            "{COSP}1. The Secretariat consulted the Commission on Narcotic Drugs, taking into account decision 68/1 of that Commission.\n"
        ),
        &[],
        &["dec:ga:68/1", "dec:cosp:68/1"],
    );
}

/// tests/unseen7 U1: "and to" after a connective's object joins an earlier
/// "referred to", not a second object of "under"; "pursuant to X and to Y"
/// still shares it.
#[test]
fn and_to_after_under_joins_the_earlier_verb() {
    check(
        &format!(
            "{COSP}1. Several States referred to the recommendations made to them under chapter II and to article 14, paragraph 1 (a).\n"
        ),
        &[
            ("chap:uncac:II", "acts-under"),
            ("art:uncac:14(1)(a)", "refers"),
        ],
        &[],
    );
    check(
        &format!(
            "{COSP}1. The review was conducted pursuant to resolution 3/1 and to resolution 4/1.\n"
        ),
        &[
            ("res:cosp:3/1", "acts-under"),
            ("res:cosp:4/1", "acts-under"),
        ],
        &[],
    );
}

// Hard-wrapped text (/work/rewrap.py): a line break is a space wherever the
// rules below look at the words around a mention.

/// "the\nexpert meeting", "the\nGroup", "the\nAssembly's": a body's article
/// on the line before is still its article.
#[test]
fn a_body_after_a_wrapped_article() {
    check(
        "CAC/COSP/EG.1/2023/3\n\n2.   At its fifth to seventh meetings, the\nexpert meeting adopted recommendations.\n",
        &[
            ("session:eg-ic:5", "cites"),
            ("session:eg-ic:6", "cites"),
            ("session:eg-ic:7", "cites"),
        ],
        &[],
    );
    check(
        &format!(
            "{COSP}The Implementation Review Group shall meet once a year.\n\n5. Requests the secretariat to prepare, for the consideration of the\nGroup at its thirteenth session, a thematic report.\n"
        ),
        &[("session:irg:13", "cites")],
        &["session:cosp:13"],
    );
    check(
        "CAC/COSP/WG.4/2025/1\n\nThe Working Group will have before it a note describing the\nAssembly's seventy-ninth session.\n",
        &[("session:ga:79", "cites")],
        &["session:wg-prev:79"],
    );
}

/// "Group on\nits fifteenth session", "at\nits eleventh session": "its" at a
/// line start is still "its", whose owner the sentence names (or a body we
/// have no code for, whose session is none of ours).
#[test]
fn its_at_the_start_of_a_wrapped_line() {
    check(
        &format!(
            "{COSP}The Conference will have before it the reports of the\nImplementation Review Group on\nits fifteenth and sixteenth sessions.\n"
        ),
        &[("session:irg:15", "cites"), ("session:irg:16", "cites")],
        &["session:cosp:15", "session:cosp:16"],
    );
    check(
        &format!(
            "{GA}Noting resolution 11/1 of the Conference of the Parties to the United\nNations Convention against Transnational Organized Crime, adopted at\nits\neleventh session, held in Vienna,\n"
        ),
        &[],
        &["session:ga:11", "session:cosp:11"],
    );
}

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

/// "chapters III (Criminalization and law\nenforcement) and IV": a chapter's
/// title in parentheses may wrap, and the list goes on after it.
#[test]
fn a_wrapped_chapter_title_keeps_the_list_going() {
    check(
        &format!(
            "{COSP}1. The first cycle covered chapters III (Criminalization and law\nenforcement) and IV (International\ncooperation) of the Convention, and the\nsecond cycle covers chapters II (Preventive\nmeasures) and V (Asset recovery).\n"
        ),
        &[
            ("chap:uncac:III", "cites"),
            ("chap:uncac:IV", "cites"),
            ("chap:uncac:II", "cites"),
            ("chap:uncac:V", "cites"),
        ],
        &[],
    );
}

/// "adopted by\nthe General Assembly", "endorsed by\nthe Conference in its
/// resolution 10/4": a passive participle with its agent on the next line
/// still describes rather than governs.
#[test]
fn a_passive_participle_before_a_wrapped_agent() {
    check(
        "CAC/COSP/2021/17\n\n26.   Many speakers referred to the political declaration adopted by\nthe General Assembly at its thirty-second special session, in June 2021, and to General Assembly resolution 75/306 on the follow-up thereto.\n",
        &[("res:ga:75/306", "refers")],
        &[],
    );
    check(
        "CAC/COSP/EG.1/2025/3\n\n2. The recommendations of the twelfth and\nthirteenth expert meetings were endorsed by\nthe Conference in its resolution 10/4.\n",
        &[("res:cosp:10/4", "cites")],
        &[],
    );
}

/// "article 63 of\nwhich establishes": a mention heading a relative clause
/// takes no verb from before it, wherever the line breaks.
#[test]
fn a_wrapped_of_which_heads_a_relative_clause() {
    check(
        &format!(
            "{COSP}By its resolution 58/4, the General\nAssembly adopted the United Nations\nConvention against Corruption, article 63 of\nwhich establishes a Conference of the States\nParties to the Convention.\n"
        ),
        &[("art:uncac:63", "cites")],
        &[],
    );
}

/// "decided to convene a special\nsession on asset recovery. The dates of
/// the special session ...": the new session, wrapped or not, is the one
/// "the special session" then means, not the Assembly's.
#[test]
fn a_wrapped_new_special_session_is_not_the_assemblys() {
    check(
        &format!(
            "{COSP}In its resolution 10/3, the Conference decided to convene a special\nsession on asset recovery. The dates of the special session will be\ndetermined by the Bureau.\n"
        ),
        &[("res:cosp:10/3", "")],
        &["session:ga:S-32"],
    );
}

/// "convene a\nspecial session": the article may end the line before.
#[test]
fn a_new_special_session_after_a_wrapped_article() {
    check(
        &format!(
            "{COSP}In its resolution 10/3, the Conference decided to convene a\nspecial session on asset recovery. The dates of the special\nsession will be determined by the Bureau.\n"
        ),
        &[("res:cosp:10/3", "")],
        &["session:ga:S-32"],
    );
}

/// "the special session\nof the General Assembly": a body after "of" owns
/// what precedes it, whichever line the "of" starts, so it is not the
/// subject a later "its" refers to.
#[test]
fn a_possessor_after_a_wrapped_of() {
    check(
        &format!(
            "{COSP}9. The declaration of the special session\nof the General Assembly against corruption in fulfilment of the Conference's request, in paragraph 6 of its resolution 9/2.\n"
        ),
        &[("res:cosp:9/2", "")],
        &["res:ga:9/2"],
    );
}

/// "Convention against Corruption, as well\nas its resolutions 78/177 and
/// S-32/1": "as well as" split by a line break still carries the verb.
#[test]
fn a_wrapped_as_well_as_keeps_the_verb() {
    for t in ["res:ga:78/177", "res:ga:S-32/1"] {
        check(
            &format!(
                "{GA}Reaffirming its resolution 58/4 of 31 October 2003, by\nwhich it adopted the\nUnited Nations Convention against Corruption, as well\nas its resolutions\n78/177 of 19 December 2023 and S-32/1 of 2 June 2021,\n"
            ),
            &[(t, "reaffirms")],
            &[],
        );
    }
}

/// "Security Council resolution [2462\n(2019)](#)": link markup whose text
/// wraps onto the next line is still markup around the reference.
#[test]
fn a_link_whose_text_wraps() {
    check(
        &format!(
            "{COSP}*Taking into account* Security Council resolution [2462\n(2019)](#) on countering the financing of terrorism,\n"
        ),
        &[("res:sc:2462", "")],
        &[],
    );
}

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

/// tests/unseen8 F: a running footer ("V.21-00912  9/64") between the halves
/// of a sentence cut by a page break is skipped like the blank lines.
#[test]
fn a_page_footer_inside_a_sentence_does_not_end_it() {
    check(
        &format!(
            "{GA}1. Requests the Implementation Review Group to consider the matter,\n\nV.21-00912  9/64\n\n\n\nin line with article 52, at its thirteenth session;\n"
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

/// tests/unseen8 P, R: a connective's second object may carry a possessor
/// ("and the Conference's resolution 7/1"); a participial "referred to in"
/// reaches its own object, not one after "as well as".
#[test]
fn how_far_a_connective_or_referred_to_reaches() {
    check(
        &format!(
            "{COSP}1. States acted in accordance with paragraph 2 of resolution 6/1 and the Conference's resolution 7/1.\n"
        ),
        &[
            ("res:cosp:6/1", "acts-under"),
            ("res:cosp:7/1", "acts-under"),
        ],
        &[],
    );
    check(
        &format!(
            "{COSP}1. Encourages States parties to take into account the principles referred to in the present resolution, as well as the recommendations contained in paragraph 7 of resolution 7/5;\n"
        ),
        &[("res:cosp:7/5", "cites")],
        &[],
    );
    // Its own object stays `refers`.
    check(
        &format!("{COSP}1. The tools referred to in Conference resolution 11/2 were presented.\n"),
        &[("res:cosp:11/2", "refers")],
        &[],
    );
}

/// tests/unseen9 A: a connective reaches through a pinpoint with letters
/// ("paragraph 4 (b) of") and a second object headed by "section II of" or
/// "operative paragraph 2 of".
#[test]
fn a_connective_reaches_through_pinpoint_heads() {
    for (text, target) in [
        (
            "1. States acted in accordance with paragraph 4 (b) of resolution 8/1.",
            "res:cosp:8/1",
        ),
        (
            "1. States acted in line with paragraph 5 (c) of resolution 9/1 and decision 9/2.",
            "dec:cosp:9/2",
        ),
        (
            "1. States acted in accordance with paragraph 5 of resolution 7/1 and section II of resolution 8/1.",
            "res:cosp:8/1",
        ),
        (
            "1. States acted in accordance with the terms of reference and operative paragraph 2 of resolution 4/1.",
            "res:cosp:4/1",
        ),
    ] {
        check(&format!("{COSP}{text}\n"), &[(target, "acts-under")], &[]);
    }
}

/// tests/unseen9 B: a second "its ... session" joined to the first ("and on
/// its", "and at the first and second parts of its") is the same body's; a
/// parts phrase does not part a body from its "its".
#[test]
fn a_second_its_session_is_the_firsts() {
    check(
        &format!(
            "{COSP}1. The Conference took note of the report of the Implementation Review Group on its sixth session and on its resumed sixth session.\n"
        ),
        &[("session:irg:6", "")],
        &["session:cosp:6"],
    );
    check(
        &format!(
            "{COSP}1. The Conference welcomed the work of the Implementation Review Group at the first and second parts of its resumed eleventh session.\n"
        ),
        &[("session:irg:11", "")],
        &["session:cosp:11"],
    );
    check(
        &format!(
            "{COSP}1. The Conference entrusted the Implementation Review Group with the matter, which the Group addressed at its eleventh session and at the first and second parts of its resumed twelfth session.\n"
        ),
        &[("session:irg:11", ""), ("session:irg:12", "")],
        &["session:cosp:12"],
    );
}

/// tests/unseen9 I, C: a participle after a noun then "at" describes ("the
/// workplan adopted at its eighth session"); subparagraphs straight after
/// an article number ("article 1 (b) and (c)", "article 53, subparagraph
/// (a)") are pinpoints of an article whose first level is lettered.
#[test]
fn participle_at_and_lettered_articles() {
    check(
        &format!(
            "{COSP}7. In line with the workplan adopted at its eighth session, the Group held a panel discussion on articles 52 and 58.\n"
        ),
        &[("art:uncac:52", "cites"), ("art:uncac:58", "cites")],
        &[],
    );
    check(
        &format!("{COSP}1. Speakers referred to article 1 (b) and (c) of the Convention.\n"),
        &[("art:uncac:1(b)", "refers"), ("art:uncac:1(c)", "refers")],
        &["art:uncac:1"],
    );
    check(
        &format!("{COSP}1. Speakers recalled article 53, subparagraph (a), of the Convention.\n"),
        &[("art:uncac:53(a)", "recalls")],
        &["art:uncac:53"],
    );
    let id: uncite::id::Id = "art:uncac:2(a)".parse().unwrap();
    assert_eq!(id.to_string(), "art:uncac:2(a)");
    assert!(id.within(&"art:uncac:2".parse().unwrap()));
}

/// tests/unseen9 U: "its resolution 10/1" after the Conference of the
/// Parties to the Convention against Transnational Organized Crime is that
/// body's, which has no code.
#[test]
fn the_untoc_conference_of_the_parties_is_not_ours() {
    check(
        &format!(
            "{GA}Welcoming the work of the Conference of the Parties to the United Nations Convention against Transnational Organized Crime, in particular its resolution 10/1,\n"
        ),
        &[],
        &["res:ga:10/1", "res:cosp:10/1"],
    );
}

/// tests/unseen9 K: a list goes on after its "and" across a page break
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

/// tests/unseen9 S: "the Conference, at its special session": a special
/// session of a body other than the Assembly has no number, so no ID.
#[test]
fn another_bodys_special_session_is_not_the_assemblys() {
    check(
        &format!(
            "{COSP}1. The Chair recalled that the Conference, at its special session, had encouraged the Group to continue its work.\n"
        ),
        &[],
        &["session:ga:S-32"],
    );
    check(
        &format!(
            "{COSP}1. The General Assembly, at its special session against corruption, adopted a political declaration.\n"
        ),
        &[("session:ga:S-32", "")],
        &[],
    );
}

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

/// tests/unseen10 J, O, M: a joint masthead symbol is the document's own;
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

/// tests/unseen10 H, S: "Resumed fourteenth session" is a session heading;
/// in the Implementation Review Group's document an unowned session is the
/// Group's.
#[test]
fn sessions_in_the_review_groups_document() {
    let irg = "# Conference of the States Parties to the United Nations Convention against Corruption\n\nCAC/COSP/IRG/2023/9\n\nDistr.: General\n\n## Implementation Review Group\n\n";
    check(
        &format!(
            "{irg}### Resumed fourteenth session\n\nVienna, 4–6 September 2023\n\n1. The Group met.\n"
        ),
        &[("session:irg:14", "")],
        &["session:cosp:14"],
    );
    check(
        &format!(
            "{irg}5. The secretariat referred to the information provided at the thirteenth session and at the resumed thirteenth session.\n"
        ),
        &[("session:irg:13", "")],
        &["session:cosp:13"],
    );
}

/// tests/unseen10 E, C: a Commission's report under an Economic and Social
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

/// tests/unseen10 D: ", and that" after a that-clause nested in an outer
/// "recalled that" opens the outer verb's second clause: the inner verb
/// ("had decided") governs nothing after it. Without an outer "that"-verb,
/// the verb keeps both clauses.
#[test]
fn and_that_returns_to_the_outer_verb() {
    check(
        &format!(
            "{COSP}2. The secretariat recalled that, in its decision 5/1, the Conference had decided that its sixth session would be held in Vienna, and that the Conference had followed the same practice in decisions 7/1 and 9/1.\n"
        ),
        &[("dec:cosp:5/1", "recalls")],
        &[],
    );
    let (got, _) = run(&format!(
        "{COSP}2. The secretariat recalled that, in its decision 5/1, the Conference had decided that its sixth session would be held in Vienna, and that the Conference had followed the same practice in decisions 7/1 and 9/1.\n"
    ));
    assert!(got.iter().all(|(_, r)| r != "decides"), "{got:?}");
    check(
        &format!(
            "{COSP}Decides that the Group shall meet twice, and that it shall take into account resolution 5/1;\n"
        ),
        &[("res:cosp:5/1", "decides")],
        &[],
    );
}
