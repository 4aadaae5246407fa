//! Dates as UN texts write them ("6 November 2015", "11–15 December 2023"),
//! read into ISO 8601 ("2015-11-06") for node facts and exports. The month
//! names are [`super::MONTHS`], by language.

use std::sync::LazyLock;

/// "6 November 2015" anywhere: day, month name, year (groups 1-3).
static DATE: LazyLock<regex::Regex> = LazyLock::new(|| {
    regex::Regex::new(&format!(
        r"\b(\d{{1,2}})\s+({})\s+(\d{{4}})\b",
        month_names()
    ))
    .expect("date pattern")
});

/// A venue line of a masthead: "Atlanta, United States of America, 11–15
/// December 2023", "Vienna, 6–10 November 2017": one to three place names
/// (capitalised words), each with its comma, then days and a month (and
/// year), nothing else.
static VENUE: LazyLock<regex::Regex> = LazyLock::new(|| {
    regex::Regex::new(&format!(
        r"^(?:{cap}[^\s,\d]*(?:\s+(?:of|the|and|{cap}[^\s,\d]*))*,\s*){{1,3}}\d{{1,2}}(?:{to}\d{{1,2}})?(?:\s+(?:{m}))?(?:{to}\d{{1,2}})?\s+(?:{m})(?:\s+\d{{4}})?\s*$",
        m = month_names(),
        to = r"\s*(?:[-–]|and\s|to\s)\s*",
        // A capital, Latin-1 accented ones too ("Bogotá" starts with "B",
        // "Île" with "Î"): a small class, not all of Unicode's.
        cap = "[A-ZÀ-Þ]"
    ))
    .expect("venue pattern")
});

fn month_names() -> String {
    super::MONTHS
        .iter()
        .flat_map(|(_, names)| names.iter())
        .copied()
        .collect::<Vec<_>>()
        .join("|")
}

/// The month's number (1-12) of a name in [`super::MONTHS`].
fn month_number(name: &str) -> Option<u32> {
    super::MONTHS
        .iter()
        .find_map(|(_, names)| names.iter().position(|m| *m == name))
        .map(|i| i as u32 + 1)
}

/// The first date `s` writes, as ISO 8601: "resolution 6/2 of 6 November
/// 2015" -> "2015-11-06". A day the month cannot have is no date.
pub fn iso_date(s: &str) -> Option<String> {
    DATE.captures_iter(s).find_map(|c| {
        let day: u32 = c[1].parse().ok()?;
        let month = month_number(&c[2])?;
        let year: i32 = c[3].parse().ok()?;
        let days = match month {
            2 if year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) => 29,
            2 => 28,
            4 | 6 | 9 | 11 => 30,
            _ => 31,
        };
        (1..=days)
            .contains(&day)
            .then(|| format!("{year:04}-{month:02}-{day:02}"))
    })
}

/// Whether `line` is a date and nothing else ("9 October 2023"): a
/// masthead's date line.
pub fn is_date_only(line: &str) -> bool {
    let t = line.trim();
    DATE.find(t)
        .is_some_and(|m| m.start() == 0 && m.end() == t.len())
}

/// Whether a masthead line is where and when a session meets, not a title.
pub fn is_venue_line(line: &str) -> bool {
    let t = line.trim();
    // Cheap first: a comma, and a year or a month at the end.
    let ends_like_a_date = t.len() > 4
        && t.as_bytes()[t.len() - 4..].iter().all(u8::is_ascii_digit)
        || super::MONTHS
            .iter()
            .flat_map(|(_, names)| names.iter())
            .any(|m| t.ends_with(m));
    t.contains(',') && ends_like_a_date && VENUE.is_match(t)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_read_as_iso() {
        assert_eq!(
            iso_date("Recalling its resolution 6/2 of 6 November 2015,").as_deref(),
            Some("2015-11-06")
        );
        assert_eq!(iso_date("9 October 2023").as_deref(), Some("2023-10-09"));
        assert_eq!(iso_date("29 February 2024").as_deref(), Some("2024-02-29"));
        assert_eq!(iso_date("29 February 2023"), None);
        assert_eq!(iso_date("31 June 2020"), None);
        assert_eq!(iso_date("the 2015 session"), None);
    }

    /// cosp10-secretariat-report-2023: the venue line was the title.
    #[test]
    fn venue_lines() {
        assert!(is_venue_line(
            "Atlanta, United States of America, 11–15 December 2023"
        ));
        assert!(is_venue_line("Vienna, 6–10 November 2017"));
        assert!(is_venue_line("Vienna, 30 May–3 June 2022"));
        assert!(is_venue_line("Vienna, 9 and 10 June 2020"));
        assert!(!is_venue_line(
            "Report of the Implementation Review Group on its eighth session, held in Vienna from 14 to 16 November 2016"
        ));
        assert!(!is_venue_line("Annotated provisional agenda"));
    }
}
