//! The app's shape, read from its source: `model/` depends on nothing but the string keys, and
//! `domain/` (the pure rules) on nothing but `model/`, the string keys and itself. Every `crate::…` path counts,
//! in `use` lines and inline alike; comments do not.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

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
    let code: String = source.lines().map(|line| line.split("//").next().unwrap_or_default()).collect::<Vec<_>>().join("\n");
    let ident = |text: &str| -> String { text.trim_start().chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect() };
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
fn the_model_depends_on_nothing_but_the_string_keys() {
    // `i18n` is allowed for now because a message is one of its keys and its arguments.
    assert_eq!(reaching_out("model", &["model", "i18n"]), Vec::<String>::new());
}

#[test]
fn the_domain_depends_on_the_model_and_itself_only() {
    assert_eq!(reaching_out("domain", &["domain", "model", "i18n"]), Vec::<String>::new());
}

#[test]
fn the_reader_finds_paths_and_skips_comments() {
    let source = "use crate::api::{Msg};\n// crate::pages is only a comment\nlet x = crate::server::db::Pool::new(); $crate::t!();\n";
    assert_eq!(modules_named(source), BTreeSet::from(["api".to_string(), "server".to_string()]));
    assert!(modules_named("use super::super::pages;").contains("super::super"));
    let grouped = "use crate::{\n    model::Msg,\n    server::{db, AppError}, // a comment\n};\n";
    assert_eq!(modules_named(grouped), BTreeSet::from(["model".to_string(), "server".to_string()]));
}
