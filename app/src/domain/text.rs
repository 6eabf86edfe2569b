//! Cleaning of free text typed by people: kept as they wrote it, minus what no human typed.

/// Removes control characters (keeping new lines and tabs), normalises line endings and trims
/// the ends. Words are otherwise kept exactly as written: no spelling correction, no rewording.
pub fn clean_multiline(input: &str) -> String {
    let unified = input.replace("\r\n", "\n").replace('\r', "\n");
    let kept: String = unified.chars().filter(|c| *c == '\n' || *c == '\t' || !c.is_control()).collect();
    kept.trim().to_string()
}

/// Like [`clean_multiline`] but for one-line fields: any line break becomes a space.
pub fn clean_line(input: &str) -> String {
    let one_line: String = clean_multiline(input).chars().map(|c| if c == '\n' || c == '\t' { ' ' } else { c }).collect();
    one_line.split(' ').filter(|w| !w.is_empty()).collect::<Vec<_>>().join(" ")
}

/// A page of this site to come back to, given in a query parameter: a plain path (letters,
/// digits, `/`, `-`, `_`), so it can be neither another site nor carry anything into the URL it
/// is put in; anything else becomes `fallback`.
pub fn back_path(back: &str, fallback: &str) -> String {
    let plain = back.starts_with('/') && !back.starts_with("//") && back.chars().all(|c| c.is_ascii_alphanumeric() || "/-_".contains(c));
    if plain {
        back.to_string()
    } else {
        fallback.to_string()
    }
}

/// Whether any sentence in the text runs past `most` words (sentences end at . ! ? or a new line).
pub fn has_long_sentence(text: &str, most: usize) -> bool {
    text.split(['.', '!', '?', '\n']).any(|sentence| sentence.split_whitespace().count() > most)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn back_links_stay_on_this_site() {
        assert_eq!(back_path("/form/screen/3", "/my-review"), "/form/screen/3");
        assert_eq!(back_path("//evil.example/x", "/my-review"), "/my-review");
        assert_eq!(back_path("https://evil.example", "/my-review"), "/my-review");
        assert_eq!(back_path("/form?x=<script>", "/my-review"), "/my-review");
    }

    #[test]
    fn control_characters_are_removed_but_lines_kept() {
        assert_eq!(clean_multiline("  hi\u{0}\u{7} there\r\nsecond  "), "hi there\nsecond");
    }

    #[test]
    fn one_line_fields_fold_whitespace() {
        assert_eq!(clean_line(" Anna \n  Jones\t"), "Anna Jones");
    }

    #[test]
    fn markup_is_kept_as_text() {
        // Escaping happens when rendering; stored words stay as typed.
        assert_eq!(clean_line("<b>me</b>"), "<b>me</b>");
    }

    #[test]
    fn welsh_letters_survive() {
        assert_eq!(clean_line("Siôn ŵy ŷ"), "Siôn ŵy ŷ");
    }

    #[test]
    fn long_sentences_are_found_and_short_ones_pass() {
        assert!(!has_long_sentence("We talked about school. You want to see Nain more! Is that right?", 15));
        let long = "We talked about school and about how you get there every morning and who takes you there and back";
        assert!(has_long_sentence(long, 15));
        assert!(has_long_sentence(&format!("Short one.\n{long}"), 15));
        assert!(!has_long_sentence("", 15));
    }
}
