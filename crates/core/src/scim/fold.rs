//! The one case-insensitive form of text (docs/scim.md, "Names"): what userName
//! uniqueness, look-ups by name and every case-insensitive filter compare.
//!
//! Modelled on RFC 8265's UsernameCaseMapped: fullwidth forms mapped to
//! their ordinary letters, lower case, then NFC — so `ＡＤＡ`, `Ada` and
//! `ada` fold alike, and so do a precomposed `é` and `e` + U+0301. It lives
//! here, below both the filter evaluator and the stores' derived columns,
//! so that a filter run in Rust and the same filter run as SQL over the
//! stored folds can never disagree.

use unicode_normalization::UnicodeNormalization;

/// `text` in its case-insensitive form. Nothing is trimmed: a needle of
/// `co " x"` keeps its space (names are trimmed when stored instead).
pub fn fold(text: &str) -> String {
    if text.is_ascii() {
        // nearly every email: no wide forms, and NFC leaves ASCII alone
        return text.to_ascii_lowercase();
    }
    let narrow: String = text
        .chars()
        .map(|c| match u32::from(c) {
            // FULLWIDTH ! … ~ are ASCII 0x21 … 0x7e shifted by 0xfee0
            n @ 0xff01..=0xff5e => char::from_u32(n - 0xfee0).unwrap_or(c),
            0x3000 => ' ',
            _ => c,
        })
        .collect();
    narrow.to_lowercase().nfc().collect()
}

#[cfg(test)]
mod tests {
    use super::fold;

    #[test]
    fn wide_forms_case_and_composition_fold_alike() {
        assert_eq!(fold("ＡＤＡ"), "ada");
        assert_eq!(fold("Ada"), "ada");
        assert_eq!(fold("ade\u{301}"), fold("adé"));
        assert_eq!(fold(" Spaced "), " spaced ");
        assert_eq!(fold("STRASSE"), "strasse");
    }
}
