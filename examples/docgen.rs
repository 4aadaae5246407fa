//! Writes a converted UN text as PDF, DOCX and HTML in the UN layout (the
//! generator of the format tests), for trying the loaders by hand and for
//! the PDF speed line of bench/RESULTS.md:
//!
//! ```sh
//! cargo run --release --example docgen -- data/corpus/cosp7-report.txt /tmp/out
//! uncite extract /tmp/out/cosp7-report.pdf
//! ```

#[path = "../tests/common/docgen.rs"]
mod docgen;

fn main() -> std::io::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [src, out] = args.as_slice() else {
        eprintln!("usage: docgen SOURCE.txt OUTDIR");
        std::process::exit(2);
    };
    let text = docgen::rendered(&std::fs::read_to_string(src)?);
    let stem = std::path::Path::new(src)
        .file_stem()
        .map_or("doc".into(), |s| s.to_string_lossy().into_owned());
    let m = docgen::Masthead {
        symbol: "CAC/COSP/2017/14",
        date: "23 November 2017",
        job: "V.17-08797 (E)",
    };
    std::fs::create_dir_all(out)?;
    let dir = std::path::Path::new(out);
    std::fs::write(dir.join(format!("{stem}.pdf")), docgen::pdf(&text, &m))?;
    std::fs::write(dir.join(format!("{stem}.docx")), docgen::docx(&text, &m))?;
    std::fs::write(dir.join(format!("{stem}.html")), docgen::html(&text, &m))?;
    std::fs::write(dir.join(format!("{stem}.rendered.txt")), &text)?;
    Ok(())
}
