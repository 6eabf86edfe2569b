//! The app's shape, read from its source: `model/` depends on nothing but the string keys,
//! `domain/` (the pure rules) on nothing but `model/`, the string keys and itself, and no two
//! parts (feature folders, shared modules) import each other in a circle. Every `crate::…` path
//! counts, in `use` lines and inline alike; comments do not.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// The source with its line comments left out: `//` outside a string literal ends the line's
/// code (a `"https://…"` in a string does not).
fn without_comments(source: &str) -> String {
    let mut code = String::with_capacity(source.len());
    for line in source.lines() {
        let (mut in_string, mut escaped, mut end) = (false, false, line.len());
        let bytes = line.as_bytes();
        for (i, &b) in bytes.iter().enumerate() {
            match b {
                _ if escaped => escaped = false,
                b'\\' if in_string => escaped = true,
                b'"' => in_string = !in_string,
                b'/' if !in_string && bytes.get(i + 1) == Some(&b'/') => {
                    end = i;
                    break;
                }
                _ => {}
            }
        }
        code.push_str(&line[..end]);
        code.push('\n');
    }
    code
}

fn app_src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../app/src")
}

fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    let mut dirs = vec![dir.to_path_buf()];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("read {}: {e}", dir.display())) {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                found.push(path);
            }
        }
    }
    found.sort();
    found
}

/// The top-level modules a source file names through `crate::` (grouped `crate::{a, b::c}`
/// included, across lines) or reaches with `super::super::`, comments left out.
fn modules_named(source: &str) -> BTreeSet<String> {
    parts_named(source)
        .into_iter()
        .map(|part| if part == "super::super" { part } else { part.split("::").next().unwrap_or_default().to_string() })
        .collect()
}

/// The parts a source file names: a top-level module, or `features::<name>` for a feature.
fn parts_named(source: &str) -> BTreeSet<String> {
    let code = without_comments(source);
    let ident = |text: &str| -> String { part(text) };
    let mut named = BTreeSet::new();
    let mut rest = code.as_str();
    while let Some(at) = rest.find("crate::") {
        let before = rest[..at].chars().next_back();
        rest = &rest[at + "crate::".len()..];
        // `$crate::` in a macro and `app_crate::` are other things.
        if before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '$') {
            continue;
        }
        if let Some(group) = rest.strip_prefix('{') {
            // Each top-level item of the group names a module (or `self`).
            let (mut depth, mut start) = (0, 0);
            for (i, c) in group.char_indices() {
                match c {
                    '{' => depth += 1,
                    '}' if depth == 0 => {
                        named.insert(ident(&group[start..i]));
                        break;
                    }
                    '}' => depth -= 1,
                    ',' if depth == 0 => {
                        named.insert(ident(&group[start..i]));
                        start = i + 1;
                    }
                    _ => {}
                }
            }
        } else {
            named.insert(ident(rest));
        }
    }
    if code.contains("super::super::") {
        named.insert("super::super".to_string());
    }
    named.remove("");
    named
}

/// The part a path (after `crate::`) names: its first segment, or its first two for a feature
/// folder (`features::form`, also `features::{form, reviews}`: each counts).
fn part(text: &str) -> String {
    let name = |t: &str| -> String { t.trim_start().chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect() };
    let first = name(text);
    if first != "features" {
        return first;
    }
    let rest = text.trim_start()["features".len()..].trim_start();
    match rest.strip_prefix("::") {
        Some(after) if !after.trim_start().starts_with('{') => format!("features::{}", name(after)),
        Some(after) => {
            // A group of features: the first counts here; `features_in_group` adds the rest.
            format!("features::{}", name(after.trim_start().trim_start_matches('{')))
        }
        None => first,
    }
}

/// Features named together in one group, `crate::features::{a, b::c}`.
fn features_in_group(source: &str) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    let mut rest = source;
    while let Some(at) = rest.find("features::{") {
        rest = &rest[at + "features::{".len()..];
        let end = rest.find('}').unwrap_or(rest.len());
        let mut depth = 0;
        let mut start = 0;
        for (i, c) in rest.char_indices() {
            match c {
                '{' => depth += 1,
                '}' if depth == 0 => {
                    found.insert(rest[start..i].to_string());
                    break;
                }
                '}' => depth -= 1,
                ',' if depth == 0 => {
                    found.insert(rest[start..i].to_string());
                    start = i + 1;
                }
                _ => {}
            }
        }
        let _ = end;
    }
    found
        .into_iter()
        .map(|item| item.trim().chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect::<String>())
        .filter(|name| !name.is_empty() && name != "self")
        .map(|name| format!("features::{name}"))
        .collect()
}

/// The part a file belongs to: its top-level module, or its feature folder.
fn part_of(file: &Path) -> String {
    let relative = file.strip_prefix(app_src()).unwrap_or(file);
    let segments: Vec<String> = relative.iter().map(|s| s.to_string_lossy().trim_end_matches(".rs").to_string()).collect();
    match segments.as_slice() {
        [features, name, ..] if features == "features" && name != "mod" => format!("features::{name}"),
        [first, ..] => first.clone(),
        [] => String::new(),
    }
}

/// Which parts each part imports, read from every file under app/src.
fn import_graph() -> BTreeMap<String, BTreeSet<String>> {
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for file in rust_files(&app_src()) {
        let source = std::fs::read_to_string(&file).expect("source");
        let from = part_of(&file);
        let code = without_comments(&source);
        let edges = graph.entry(from.clone()).or_default();
        for to in parts_named(&source).into_iter().chain(features_in_group(&code)) {
            if to != from && to != "super::super" && to != "features" {
                edges.insert(to);
            }
        }
    }
    graph
}

/// The groups of parts that import each other in a circle (strongly connected, more than one).
fn circles(graph: &BTreeMap<String, BTreeSet<String>>) -> Vec<Vec<String>> {
    // Two parts are in one circle when each reaches the other.
    let reach = |start: &String| -> BTreeSet<String> {
        let mut seen = BTreeSet::new();
        let mut todo = vec![start.clone()];
        while let Some(part) = todo.pop() {
            for next in graph.get(&part).into_iter().flatten() {
                if seen.insert(next.clone()) {
                    todo.push(next.clone());
                }
            }
        }
        seen
    };
    let reaches: BTreeMap<&String, BTreeSet<String>> = graph.keys().map(|k| (k, reach(k))).collect();
    let mut found: Vec<Vec<String>> = Vec::new();
    let mut placed = BTreeSet::new();
    for part in graph.keys() {
        if placed.contains(part) {
            continue;
        }
        let circle: Vec<String> = graph
            .keys()
            .filter(|other| *other == part || (reaches[part].contains(*other) && reaches[*other].contains(part)))
            .cloned()
            .collect();
        if circle.len() > 1 {
            placed.extend(circle.iter().cloned());
            found.push(circle);
        }
    }
    found
}

/// Every file under `folder` names only modules in `allowed`; returns what breaks that.
fn reaching_out(folder: &str, allowed: &[&str]) -> Vec<String> {
    let dir = app_src().join(folder);
    let files = rust_files(&dir);
    assert!(!files.is_empty(), "{} has source files", dir.display());
    let mut wrong = Vec::new();
    for file in files {
        let source = std::fs::read_to_string(&file).expect("source");
        for module in modules_named(&source) {
            if !allowed.contains(&module.as_str()) {
                wrong.push(format!("{} uses crate::{module}", file.strip_prefix(app_src()).unwrap_or(&file).display()));
            }
        }
    }
    wrong
}

#[test]
fn the_model_depends_on_nothing() {
    assert_eq!(reaching_out("model", &["model"]), Vec::<String>::new());
}

#[test]
fn the_domain_depends_on_the_model_and_itself_only() {
    assert_eq!(reaching_out("domain", &["domain", "model"]), Vec::<String>::new());
}

/// What features share (platform, building blocks, formatting, words, rules) knows no feature,
/// so any feature may use it.
#[test]
fn shared_parts_know_no_feature() {
    let mut wrong = Vec::new();
    for folder in ["server", "components", "present", "i18n", "model", "domain"] {
        wrong.extend(reaching_out(folder, &["server", "components", "present", "i18n", "model", "domain"]));
    }
    assert_eq!(wrong, Vec::<String>::new());
}

/// Server functions, services and storage never reach for a page: arrows run view → api →
/// service → store, so the rules can be read and tested without a screen.
#[test]
fn only_views_name_views() {
    let mut wrong = Vec::new();
    for file in rust_files(&app_src().join("features")) {
        let name = file.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        if name == "view.rs" || file.components().any(|c| c.as_os_str() == "views") {
            continue;
        }
        let source = std::fs::read_to_string(&file).expect("source");
        let code = without_comments(&source);
        if code.contains("::view::") || code.contains("::view;") || code.contains("::views::") {
            wrong.push(file.strip_prefix(app_src()).unwrap_or(&file).display().to_string());
        }
    }
    assert_eq!(wrong, Vec::<String>::new(), "these name a view");
}

/// Arrows run one way (view → api → service → store → model/domain, a feature calling another
/// feature's service): no feature folder, and no shared part, imports another that imports it
/// back, however long the way round.
#[test]
fn no_part_imports_another_in_a_circle() {
    let graph = import_graph();
    assert!(graph.keys().filter(|k| k.starts_with("features::")).count() >= 10, "feature folders found: {:?}", graph.keys());
    let found = circles(&graph);
    let shown: Vec<String> = found.iter().map(|c| c.join(" ⇄ ")).collect();
    assert!(shown.is_empty(), "import circles:\n{}", shown.join("\n"));
}

#[test]
fn a_circle_of_three_is_found_and_a_line_is_not() {
    let graph = |edges: &[(&str, &str)]| -> BTreeMap<String, BTreeSet<String>> {
        let mut g: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        for (from, to) in edges {
            g.entry(from.to_string()).or_default().insert(to.to_string());
            g.entry(to.to_string()).or_default();
        }
        g
    };
    let three = graph(&[("features::a", "features::b"), ("features::b", "server"), ("server", "features::a"), ("features::c", "model")]);
    assert_eq!(circles(&three), vec![vec!["features::a".to_string(), "features::b".to_string(), "server".to_string()]]);
    assert!(circles(&graph(&[("features::a", "features::b"), ("features::b", "model")])).is_empty());
}

#[test]
fn the_reader_finds_features_and_their_groups() {
    assert_eq!(
        parts_named("use crate::features::form::api::save_step;\nlet x = crate::features::pack::view::Pack;"),
        BTreeSet::from(["features::form".to_string(), "features::pack".to_string()])
    );
    assert_eq!(
        features_in_group("use crate::features::{admin, form::api::x, self};"),
        BTreeSet::from(["features::admin".to_string(), "features::form".to_string()])
    );
    assert_eq!(part_of(&app_src().join("features/pack/pdf/writer.rs")), "features::pack");
    assert_eq!(part_of(&app_src().join("features/mod.rs")), "features");
    assert_eq!(part_of(&app_src().join("server/db/mod.rs")), "server");
}

#[test]
fn the_reader_finds_paths_and_skips_comments() {
    let source = "use crate::api::{Msg};\n// crate::pages is only a comment\nlet x = crate::server::db::Pool::new(); $crate::t!();\n";
    assert_eq!(modules_named(source), BTreeSet::from(["api".to_string(), "server".to_string()]));
    assert!(modules_named("use super::super::pages;").contains("super::super"));
    assert_eq!(without_comments("let u = \"https://a\"; // crate::pages\n"), "let u = \"https://a\"; \n");
    let grouped = "use crate::{\n    model::Msg,\n    server::{db, AppError}, // a comment\n};\n";
    assert_eq!(modules_named(grouped), BTreeSet::from(["model".to_string(), "server".to_string()]));
}

/// A file's code with its test modules (`#[cfg(test)] mod … { … }`) and test-only items left
/// out, comments too.
fn code_outside_tests(file: &Path) -> String {
    let source = std::fs::read_to_string(file).unwrap_or_else(|e| panic!("read {}: {e}", file.display()));
    without_test_items(&without_comments(&source))
}

/// The code with each `#[cfg(test)]` item taken out: a module with a body up to its closing
/// brace, anything else (`mod testing;`, a `use`) up to its semicolon.
fn without_test_items(code: &str) -> String {
    let mut kept = String::with_capacity(code.len());
    let mut rest = code;
    while let Some(at) = rest.find("#[cfg(test)]") {
        kept.push_str(&rest[..at]);
        let item = &rest[at + "#[cfg(test)]".len()..];
        let (brace, semicolon) = (item.find('{'), item.find(';'));
        let end = match (brace, semicolon) {
            (Some(open), semicolon) if semicolon.is_none_or(|s| open < s) => {
                let mut depth = 0usize;
                let mut close = item.len();
                for (i, c) in item[open..].char_indices() {
                    match c {
                        '{' => depth += 1,
                        '}' => {
                            depth -= 1;
                            if depth == 0 {
                                close = open + i + 1;
                                break;
                            }
                        }
                        _ => {}
                    }
                }
                close
            }
            (_, Some(semicolon)) => semicolon + 1,
            _ => item.len(),
        };
        rest = &item[end..];
    }
    kept.push_str(rest);
    kept
}

fn shown(file: &Path) -> String {
    file.strip_prefix(app_src()).unwrap_or(file).display().to_string()
}

/// The shared modules that hold queries of their own: who is signed in, who came in with a
/// link or code, and the audit trail.
const SHARED_STORAGE: [&str; 3] = ["server/auth.rs", "server/invitee.rs", "server/audit.rs"];

/// A store file: a feature's `store.rs` (or `cover_store.rs` beside another store), the shared
/// storage in `server/db/`, or one of `SHARED_STORAGE`.
fn is_storage(file: &Path) -> bool {
    let name = file.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    name == "store.rs"
        || name.ends_with("_store.rs")
        || file.starts_with(app_src().join("server/db"))
        || SHARED_STORAGE.contains(&shown(file).as_str())
}

/// The signatures of a file's public functions, each from `pub fn`/`pub async fn` to its body.
fn public_signatures(code: &str) -> Vec<String> {
    let mut found = Vec::new();
    for start in ["pub fn ", "pub async fn ", "pub(crate) fn ", "pub(crate) async fn "] {
        let mut rest = code;
        while let Some(at) = rest.find(start) {
            let from = &rest[at..];
            let end = from.find('{').unwrap_or(from.len());
            found.push(from[..end].to_string());
            rest = &from[start.len()..];
        }
    }
    found
}

/// SQL is written only in stores, and no public function but the write-transaction helper takes
/// a bare pool: every other query is reached through a `Tenant` (one authority, bound by the
/// handle) or the `Unscoped` handle, so a query cannot be written where the authority is not bound.
#[test]
fn queries_live_in_stores_behind_a_handle() {
    let mut sql_outside = Vec::new();
    let mut bare_pools = Vec::new();
    for file in rust_files(&app_src()) {
        if file.ends_with("server/testing.rs") {
            continue;
        }
        let code = code_outside_tests(&file);
        if code.contains("sqlx::query") && !is_storage(&file) {
            sql_outside.push(shown(&file));
        }
        if file.ends_with("server/db/mod.rs") || file.ends_with("server/tenant.rs") {
            continue;
        }
        for signature in public_signatures(&code) {
            if signature.contains("AnyPool") || signature.contains("Pool<") {
                bare_pools.push(format!("{}: {}", shown(&file), signature.split_whitespace().collect::<Vec<_>>().join(" ")));
            }
        }
    }
    assert_eq!(sql_outside, Vec::<String>::new(), "SQL outside a store");
    assert_eq!(bare_pools, Vec::<String>::new(), "public functions taking a bare pool");
}

/// The places that may work across authorities, by name. A new one is added here on purpose,
/// after asking whether a `Tenant` would do.
const UNSCOPED_WORK: [&str; 21] = [
    "server/tenant.rs",                    // the handle itself
    "server/auth.rs",                      // the session's member of staff
    "server/invitee.rs",                   // the way in by link, code or session
    "server/audit.rs",                     // sign-in, and the command line's first admin
    "server/outbox.rs",                    // the mail job
    "server/db/outbox.rs",                 // the mail job's queue
    "server/db/authorities.rs",            // the councils themselves
    "server/db/settings.rs",               // the public contacts page, every council
    "server/db/throttle.rs",               // sign-in and code throttles
    "features/staff/store.rs",             // sign-in by email, an email used anywhere
    "features/staff/service.rs",           // sign-in
    "features/entry/service.rs",           // the way in, and its throttle
    "features/invitations/store.rs",       // reminders due, every council
    "features/invitations/service.rs",     // the reminder job
    "features/import/store.rs",            // clearing old checks, every council
    "features/council_api/store.rs",       // an API key found by its hash, whichever council's
    "features/council_api/service.rs",     // the API's way in
    "features/two_step/service.rs",        // sign-in's second step, before anyone is signed in
    "server/db/webhooks.rs",               // the pack-ready job, every council with a webhook
    "features/council_sign_in/store.rs",   // the council an email domain belongs to
    "features/council_sign_in/service.rs", // sign-in through the council, before anyone is known
];

#[test]
fn test_items_are_left_out_and_the_rest_kept() {
    let code = "fn a() {}\n#[cfg(test)]\npub mod testing;\nfn b() {}\n#[cfg(test)]\nmod tests {\n    fn c() { {} }\n}\nfn d() {}\n";
    let kept = without_test_items(code);
    assert!(kept.contains("fn a()") && kept.contains("fn b()") && kept.contains("fn d()"), "{kept}");
    assert!(!kept.contains("testing") && !kept.contains("fn c()"), "{kept}");
}

#[test]
fn only_the_named_places_work_unscoped() {
    let mut wrong = Vec::new();
    for file in rust_files(&app_src()) {
        if file.ends_with("server/testing.rs") {
            continue;
        }
        let code = code_outside_tests(&file);
        let named = code.contains("Unscoped") || code.contains(".unscoped()");
        let place = shown(&file);
        if named && !UNSCOPED_WORK.contains(&place.as_str()) {
            wrong.push(place);
        }
    }
    assert_eq!(wrong, Vec::<String>::new(), "unscoped storage used outside the named places");
}
