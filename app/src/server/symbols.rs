//! A council's own licensed symbols (for example Widgit) in place of Heard's Noto Emoji set:
//! a concept → picture address map, loaded once at start-up from `HEARD_SYMBOL_MAP`.

use std::collections::HashMap;
use std::sync::OnceLock;

static OVERRIDES: OnceLock<HashMap<String, String>> = OnceLock::new();

/// Reads the map (a JSON object of concept → address). Addresses must be this site's own paths
/// or https, so a typo cannot pull pictures over plain http.
pub fn set_overrides(json: &str) -> Result<(), String> {
    let map: HashMap<String, String> = serde_json::from_str(json).map_err(|e| format!("not a JSON object of strings: {e}"))?;
    if let Some((concept, url)) = map.iter().find(|(_, url)| !(url.starts_with('/') || url.starts_with("https://"))) {
        return Err(format!("{concept}: {url} must start with / or https://"));
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
    fn plain_http_and_bad_json_are_refused() {
        assert!(set_overrides("[1, 2]").is_err());
        assert!(set_overrides(r#"{"yes": "http://example.com/yes.png"}"#).is_err());
    }
}
