use super::*;
use crate::graph::CitationGraph;
use crate::id::Kind;
use crate::model::Relation;
use std::sync::LazyLock;

static G: LazyLock<CitationGraph> =
    LazyLock::new(|| CitationGraph::build(&crate::Corpus::bundled()));

fn id(s: &str) -> Id {
    s.parse().unwrap()
}

fn sources(groups: &[CiteGroup]) -> Vec<String> {
    groups.iter().map(|g| g.source.to_string()).collect()
}

#[test]
fn what_cites_article_46() {
    let r = cites(&G, &id("art:uncac:46"), &[], &[], false);
    let s = sources(&r);
    for want in [
        "res:cosp:7/1",
        "res:cosp:7/2",
        "file:cosp7-annotated-agenda",
        "file:eg-ic-7-report-2018",
    ] {
        assert!(s.contains(&want.to_string()), "{want} missing from {s:?}");
    }
    // Paragraphs roll up.
    assert!(
        r.iter()
            .flat_map(|g| &g.citations)
            .any(|c| c.target == id("art:uncac:46(3)"))
    );
}

#[test]
fn which_resolutions_recall_6_2() {
    let r = cites(
        &G,
        &id("res:cosp:6/2"),
        &[Relation::Recalls],
        &[Kind::Resolution],
        false,
    );
    let s = sources(&r);
    assert!(s.contains(&"res:cosp:7/1".to_string()), "{s:?}");
    for other in 2..=8 {
        assert!(!s.contains(&format!("res:cosp:7/{other}")), "{s:?}");
    }
}

#[test]
fn chapters_roll_up_only_when_asked() {
    let c = id("chap:uncac:IV");
    let plain = cites(&G, &c, &[], &[], false);
    let rolled = cites(&G, &c, &[], &[], true);
    let n = |r: &[CiteGroup]| r.iter().map(|g| g.citations.len()).sum::<usize>();
    assert!(n(&rolled) > n(&plain));
    assert!(
        plain
            .iter()
            .flat_map(|g| &g.citations)
            .all(|c| c.target == id("chap:uncac:IV"))
    );
}

#[test]
fn lineage_of_7_1_goes_back_to_6_2() {
    let l = lineage(&G, &id("res:cosp:7/1"), LineageDirection::Back, 3, &[]);
    let back = l.back.as_ref().unwrap();
    let step = back
        .children
        .iter()
        .find(|c| c.id == id("res:cosp:6/2"))
        .unwrap();
    assert!(step.relations.contains(&Relation::Recalls));
    assert!(!step.evidence.is_empty());
    let f = lineage(&G, &id("res:cosp:6/2"), LineageDirection::Forward, 2, &[]);
    assert!(
        f.forward
            .unwrap()
            .children
            .iter()
            .any(|c| c.id == id("res:cosp:7/1"))
    );
}

#[test]
fn user_ids_resolve_or_explain() {
    assert_eq!(resolve_id(&G, "6/2").unwrap(), id("res:cosp:6/2"));
    assert_eq!(resolve_id(&G, "article 46").unwrap(), id("art:uncac:46"));
    assert_eq!(
        resolve_id(&G, "cosp7-report").unwrap(),
        id("file:cosp7-report")
    );
    assert_eq!(
        resolve_id(&G, "CAC/COSP/2017/1").unwrap(),
        id("file:cosp7-annotated-agenda")
    );
    let e = resolve_id(&G, "7/99").unwrap_err();
    let msg = e.to_string();
    assert!(
        msg.contains("res:cosp:7/99 is not in the corpus") && msg.contains("res:cosp:7/"),
        "{msg}"
    );
    assert!(resolve_id(&G, "banana split").is_err());
}

#[test]
fn report_lists_seventh_session_resolutions() {
    let r = report(&G);
    let e = r
        .resolutions
        .iter()
        .find(|e| e.id == id("res:cosp:7/1"))
        .unwrap();
    assert_eq!(e.session, Some(id("session:cosp:7")));
    assert!(e.builds_on.iter().any(|(i, _)| *i == id("res:cosp:6/2")));
    assert!(e.articles.contains(&id("art:uncac:46")));
    assert!(!r.most_cited_articles.is_empty());
    assert_eq!(r.documents.len(), 5);
}

#[test]
fn a_limit_keeps_the_first_units_and_exact_totals() {
    let a46 = id("art:uncac:46");
    let all = cites(&G, &a46, &[], &[], false);
    let q = |limit| CitesQuery {
        limit,
        ..CitesQuery::default()
    };
    let whole = cites_limited(&G, &a46, &q(0));
    assert_eq!(whole.groups.len(), all.len());
    assert_eq!(whole.hidden(), 0);
    let two = cites_limited(&G, &a46, &q(2));
    assert_eq!(sources(&two.groups), sources(&all[..2]));
    assert_eq!(two.total, whole.total);
    assert_eq!(two.hidden(), all.len() - 2);
    assert_eq!(whole.total.units, all.len());
    assert_eq!(
        whole.total.mentions,
        all.iter().flat_map(|g| g.rows()).count()
    );
}

#[test]
fn a_lineage_limit_counts_the_children_it_hides() {
    let all = lineage(&G, &id("art:uncac:46"), LineageDirection::Forward, 1, &[]);
    let n = all.forward.as_ref().unwrap().children.len();
    assert!(n > 2, "{n}");
    let q = LineageQuery {
        direction: LineageDirection::Forward,
        depth: 1,
        relations: &[],
        limit: 2,
        order: Order::Id,
    };
    let cut = lineage_with(&G, &id("art:uncac:46"), &q, &|_, _| None);
    let f = cut.forward.as_ref().unwrap();
    assert_eq!(f.children.len(), 2);
    assert_eq!(f.more, n - 2);
    assert_eq!(cut.hidden(), n - 2);
    assert_eq!(all.hidden(), 0);
}

/// Issue 19: one counting rule. For every node of the bundled corpus, the
/// number of citing units is the same in `cites`, the report and
/// `citation_count` (which the site and the JSON exports use).
#[test]
fn one_count_of_citing_units_everywhere() {
    let r = report(&G);
    let in_report: std::collections::BTreeMap<&Id, usize> = r
        .most_cited_articles
        .iter()
        .chain(&r.most_cited_resolutions)
        .map(|c| (&c.id, c.cited_by))
        .collect();
    for n in G.nodes() {
        let by_cites = cites(&G, &n.id, &[], &[], false).len();
        let (units, _) = citation_count(&G, &n.id);
        assert_eq!(by_cites, units, "{}", n.id);
        if let Some(&reported) = in_report.get(&n.id) {
            assert_eq!(reported, units, "{} in the report", n.id);
        }
    }
    assert_eq!(citation_count(&G, &id("art:uncac:46")).0, 4);
}

/// Issue 19: "report and lineage able to order by date (a timeline of a
/// mandate: 3/1 -> 4/1 -> 5/1 -> 6/1 ...)".
#[test]
fn ordered_by_date_is_a_timeline() {
    let r = report_ordered(&G, Order::Date);
    let dated: Vec<&str> = r
        .resolutions
        .iter()
        .filter_map(|e| e.date.as_deref())
        .collect();
    assert!(dated.len() >= 10, "{dated:?}");
    assert!(dated.windows(2).all(|w| w[0] <= w[1]), "{dated:?}");
    // The undated come after every dated one.
    let first_undated = r.resolutions.iter().position(|e| e.date.is_none()).unwrap();
    assert!(
        r.resolutions[first_undated..]
            .iter()
            .all(|e| e.date.is_none())
    );

    let q = LineageQuery {
        direction: LineageDirection::Back,
        depth: 1,
        relations: &[],
        limit: 0,
        order: Order::Date,
    };
    let l = lineage_with(&G, &id("res:cosp:7/1"), &q, &|_, _| None);
    let children: Vec<String> = l
        .back
        .unwrap()
        .children
        .iter()
        .map(|c| c.id.to_string())
        .collect();
    assert_eq!(
        &children[..3],
        ["res:cosp:4/2", "res:cosp:5/3", "res:cosp:6/2"],
        "{children:?}"
    );
    // Natural ID order is the default.
    assert!(
        Order::Id
            .cmp(
                (&id("res:cosp:6/2"), Some("2020-01-01")),
                (&id("res:cosp:6/10"), None)
            )
            .is_lt()
    );
}
