//! A council's own licensed symbols (for example Widgit) in place of Heard's Noto Emoji set:
//! a concept → picture address map, loaded once at start-up from `HEARD_SYMBOL_MAP`.

use std::collections::HashMap;
use std::path::Path;
use std::sync::OnceLock;

static OVERRIDES: OnceLock<HashMap<String, String>> = OnceLock::new();

/// Every concept Heard shows a symbol for: the pictures in `public/symbols/` (a test keeps the
/// two the same). A map naming anything else is a typo, and stops start-up.
pub const CONCEPTS: &[&str] = &[
    "advocate",
    "art",
    "back",
    "bed",
    "books",
    "break",
    "brother-sister",
    "calendar",
    "carer",
    "celebrate",
    "chair",
    "change",
    "child",
    "clock",
    "computer",
    "cooking",
    "culture",
    "dad",
    "dentist",
    "doctor",
    "dont-say",
    "face-angry",
    "face-happy",
    "face-okay",
    "face-sad",
    "face-very-happy",
    "face-very-sad",
    "face-worried",
    "family",
    "feelings",
    "food",
    "friends",
    "games",
    "good-news",
    "grandparent",
    "health",
    "heard",
    "help",
    "home",
    "house-dream",
    "house-good",
    "house-worry",
    "hug",
    "id-card",
    "keep-safe",
    "key",
    "language",
    "less",
    "letter",
    "listen",
    "meeting",
    "microphone",
    "message",
    "money",
    "mum",
    "music",
    "next",
    "no",
    "not-safe",
    "not-sure",
    "optician",
    "other",
    "pencil",
    "people",
    "pet",
    "phone-mobile",
    "phone",
    "pic-apple",
    "pic-ball",
    "pic-banana",
    "pic-bird",
    "pic-car",
    "pic-cat",
    "pic-dog",
    "pic-fish",
    "pic-flower",
    "pic-moon",
    "pic-sun",
    "pic-tree",
    "place",
    "plan",
    "play",
    "plus",
    "private",
    "progress",
    "question",
    "reader",
    "religion",
    "remove",
    "room",
    "school",
    "share",
    "sleep",
    "social-worker",
    "speech",
    "sport",
    "star",
    "teacher",
    "tick",
    "travel",
    "video",
    "wave",
    "work",
    "worry",
    "writing",
    "yes",
];

/// Reads the map (a JSON object of concept → address). Each concept must be one Heard uses, and
/// each address a path on this site that exists under `site_root` (the page's security policy
/// lets pictures come from this site only, so another site's address would show nothing).
pub fn set_overrides(json: &str, site_root: &Path) -> Result<(), String> {
    let map: HashMap<String, String> = serde_json::from_str(json).map_err(|e| format!("not a JSON object of strings: {e}"))?;
    let mut concepts: Vec<&String> = map.keys().collect();
    concepts.sort();
    for concept in concepts {
        let url = &map[concept];
        if !CONCEPTS.contains(&concept.as_str()) {
            return Err(format!("{concept:?} is not a symbol Heard uses (see public/symbols/ for the names)"));
        }
        if !url.starts_with('/') || url.starts_with("//") || url.contains("..") {
            return Err(format!("{concept}: {url} must be a path on this site, such as /local/{concept}.png, under HEARD_SITE_ROOT"));
        }
        if !site_root.join(url.trim_start_matches('/')).is_file() {
            return Err(format!("{concept}: {url} is not a file under HEARD_SITE_ROOT ({})", site_root.display()));
        }
    }
    OVERRIDES.set(map).map_err(|_| "symbol map already loaded".to_string())
}

pub fn override_for(concept: &str) -> Option<String> {
    OVERRIDES.get().and_then(|m| m.get(concept).cloned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bad_json_unknown_concepts_and_other_sites_are_refused() {
        let site = Path::new(env!("CARGO_MANIFEST_DIR")).join("../public");
        assert!(set_overrides("[1, 2]", &site).is_err());
        let unknown = set_overrides(r#"{"face-hapy": "/symbols/face-happy.svg"}"#, &site).expect_err("typo");
        assert!(unknown.contains("face-hapy"), "{unknown}");
        assert!(set_overrides(r#"{"yes": "https://symbols.example/yes.png"}"#, &site).is_err());
        assert!(set_overrides(r#"{"yes": "/local/missing.png"}"#, &site).expect_err("missing").contains("not a file"));
    }

    #[test]
    fn the_concepts_are_the_pictures_shipped() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../public/symbols");
        let mut shipped: Vec<String> = std::fs::read_dir(dir)
            .expect("public/symbols")
            .filter_map(|e| e.ok()?.file_name().to_str()?.strip_suffix(".svg").map(str::to_string))
            .collect();
        shipped.sort();
        let mut known: Vec<String> = CONCEPTS.iter().map(|c| c.to_string()).collect();
        known.sort();
        assert_eq!(known, shipped);
    }
}
