//! Generates `crate::model::T` (re-exported by `crate::i18n`) from the Fluent files in `locales/`, so that the compiler checks
//! every message id: a `T::X` with no English message does not compile, and neither does a
//! message taken out of English while code still uses it.
//!
//! It also refuses to build when the languages disagree: a file or a message missing in one of
//! them (only English and Welsh have `staff.ftl`: staff pages are in those two), a message in another file, different variables (`$x_soft` counts as `$x`), a plural
//! variant the language does not have (`[tow]`, or `[few]` in English), or anything Fluent cannot
//! parse. The same checks run again as unit tests in `src/i18n/tests.rs`.
//!
//! The output (`$OUT_DIR/i18n_keys.rs`, included by `src/model/words.rs`, and `i18n_files.rs`,
//! included by `src/i18n/mod.rs`) holds:
//! - `enum T`, one variant per English message, named by the id in PascalCase
//!   (`sign-in-locked` → `T::SignInLocked`), in file and then message order;
//! - `T::ALL`, `T::id`, `T::file` and `T::vars` (each message's variables, sorted);
//! - `FTL_FILES` (server only): every file's text, by `include_str!`.

use fluent_syntax::ast;

/// Where the generated code for `FTL_FILES` begins (it goes to its own file).
const FILES_START: &str = "/// Every .ftl file";
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// The languages of the staff pages. Every other language has the invitee's files only: every
/// English file but this one.
const STAFF_LANGUAGES: [&str; 2] = ["en", "cy"];
const STAFF_FILE: &str = "staff.ftl";

/// One message as read from a file.
struct Message {
    file: String,
    vars: BTreeSet<String>,
    /// The text as written (for the variant's doc comment), shortened.
    preview: String,
}

/// One language's messages, by id, and its files.
struct Language {
    files: Vec<(String, PathBuf)>,
    messages: BTreeMap<String, Message>,
    /// Ids in file order, then message order.
    order: Vec<String>,
}

/// The plural categories (CLDR) a language's numbers fall in; a variant key outside them could
/// never be chosen. Languages not listed here may use all six.
fn plural_categories(lang: &str) -> &'static [&'static str] {
    match lang {
        "en" => &["one", "other"],
        "cy" | "ar" => &["zero", "one", "two", "few", "many", "other"],
        "pl" => &["one", "few", "many", "other"],
        "ro" => &["one", "few", "other"],
        "ps" | "fa" | "ti" | "ckb" => &["one", "other"],
        _ => &["zero", "one", "two", "few", "many", "other"],
    }
}

fn main() {
    println!("cargo:rerun-if-changed=locales");
    println!("cargo:rerun-if-changed=build.rs");
    // sqlx embeds each migration it finds; a new file is found only if the build runs again.
    println!("cargo:rerun-if-changed=src/server/db/migrations");
    let manifest = std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let root = Path::new(&manifest).join("locales");
    let mut problems = Vec::new();

    let mut codes: Vec<String> = std::fs::read_dir(&root)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", root.display()))
        .filter_map(|entry| entry.ok())
        .filter(|entry| entry.path().is_dir())
        .map(|entry| entry.file_name().to_string_lossy().into_owned())
        .collect();
    codes.sort();
    assert!(codes.iter().any(|c| c == "en"), "{} has no en folder: English is the reference", root.display());

    let mut languages: BTreeMap<String, Language> = BTreeMap::new();
    for code in &codes {
        let language = read_language(&root, code, &mut problems);
        languages.insert(code.clone(), language);
    }

    let en = &languages["en"];
    for (code, language) in &languages {
        if code == "en" {
            continue;
        }
        let staff = STAFF_LANGUAGES.contains(&code.as_str());
        let en_files: BTreeSet<&String> = en.files.iter().map(|(f, _)| f).filter(|f| staff || *f != STAFF_FILE).collect();
        let files: BTreeSet<&String> = language.files.iter().map(|(f, _)| f).collect();
        for f in en_files.difference(&files) {
            problems.push(format!("locales/{code}/{f} is missing (locales/en/{f} exists)"));
        }
        for f in files.difference(&en_files) {
            if *f == STAFF_FILE {
                problems.push(format!("locales/{code}/{f}: staff pages are in English and Welsh only"));
            } else {
                problems.push(format!("locales/{code}/{f} has no English file locales/en/{f}"));
            }
        }
        for (id, message) in &en.messages {
            if !staff && message.file == STAFF_FILE {
                continue;
            }
            match language.messages.get(id) {
                None => problems.push(format!("`{id}` (locales/en/{}) is missing in locales/{code}/", message.file)),
                Some(other) => {
                    if other.file != message.file {
                        problems.push(format!("`{id}` is in locales/en/{} but in locales/{code}/{}", message.file, other.file));
                    }
                    if other.vars != message.vars {
                        problems.push(format!(
                            "`{id}` uses variables {:?} in English but {:?} in locales/{code}/{}",
                            message.vars, other.vars, other.file
                        ));
                    }
                }
            }
        }
        for (id, message) in &language.messages {
            if !en.messages.contains_key(id) {
                problems.push(format!("`{id}` in locales/{code}/{} has no English message: add it to locales/en first", message.file));
            }
        }
    }

    if !problems.is_empty() {
        panic!("\n\napp/locales has {} problem(s):\n  - {}\n\n", problems.len(), problems.join("\n  - "));
    }

    // The keys go to `model` (a message is a key and its arguments); the texts stay with `i18n`.
    let code = generate(&languages);
    let (keys, files) = code.split_at(code.find(FILES_START).expect("generate writes the files last"));
    let dir = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    for (name, text) in [("i18n_keys.rs", keys), ("i18n_files.rs", files)] {
        let out = Path::new(&dir).join(name);
        std::fs::write(&out, text).unwrap_or_else(|e| panic!("cannot write {}: {e}", out.display()));
    }
}

fn read_language(root: &Path, code: &str, problems: &mut Vec<String>) -> Language {
    let dir = root.join(code);
    let mut files: Vec<(String, PathBuf)> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .filter_map(|entry| entry.ok())
        .map(|entry| entry.path())
        .filter(|path| path.extension().is_some_and(|e| e == "ftl"))
        .map(|path| (path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default(), path))
        .collect();
    files.sort();
    let mut messages = BTreeMap::new();
    let mut order = Vec::new();
    for (name, path) in &files {
        let where_ = format!("locales/{code}/{name}");
        let source = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
        let resource = match fluent_syntax::parser::parse(source.as_str()) {
            Ok(resource) => resource,
            Err((resource, errors)) => {
                for error in errors {
                    // Where the entry that failed starts (the error itself may be at its end).
                    let start = error.slice.as_ref().map_or(error.pos.start, |slice| slice.start).min(source.len());
                    let line = source[..start].matches('\n').count() + 1;
                    let text = source.lines().nth(line - 1).unwrap_or_default();
                    problems.push(format!("{where_}:{line}: cannot parse ({:?}) the entry: {text}", error.kind));
                }
                resource
            }
        };
        for entry in &resource.body {
            match entry {
                ast::Entry::Message(message) => {
                    let id = message.id.name.to_string();
                    if pascal_to_kebab(&kebab_to_pascal(&id)) != id {
                        problems
                            .push(format!("{where_}: `{id}` is not a kebab-case id (lower-case words joined by -, e.g. sign-in-locked)"));
                        continue;
                    }
                    let Some(value) = &message.value else {
                        problems.push(format!("{where_}: `{id}` has no text"));
                        continue;
                    };
                    if !message.attributes.is_empty() {
                        problems.push(format!("{where_}: `{id}` has attributes (.name = …), which Heard does not use"));
                    }
                    let mut vars = BTreeSet::new();
                    pattern_vars(value, &mut vars, code, &where_, &id, problems);
                    let vars = vars.into_iter().map(|v| v.strip_suffix("_soft").map(str::to_string).unwrap_or(v)).collect();
                    let preview = preview(value);
                    if let Some(old) = messages.insert(id.clone(), Message { file: name.clone(), vars, preview }) {
                        problems.push(format!("`{id}` is in locales/{code}/{} and again in {where_}", old.file));
                    } else {
                        order.push(id);
                    }
                }
                // Reported with its line by the parser's errors above.
                ast::Entry::Junk { .. } => {}
                ast::Entry::Term(_) | ast::Entry::Comment(_) | ast::Entry::GroupComment(_) | ast::Entry::ResourceComment(_) => {}
            }
        }
    }
    Language { files, messages, order }
}

/// Collects `$variables`, and checks plural variant keys against the language's categories.
fn pattern_vars(pattern: &ast::Pattern<&str>, vars: &mut BTreeSet<String>, code: &str, where_: &str, id: &str, problems: &mut Vec<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_vars(expression, vars, code, where_, id, problems);
        }
    }
}

fn expression_vars(
    expression: &ast::Expression<&str>,
    vars: &mut BTreeSet<String>,
    code: &str,
    where_: &str,
    id: &str,
    problems: &mut Vec<String>,
) {
    match expression {
        ast::Expression::Inline(inline) => inline_vars(inline, vars, code, where_, id, problems),
        ast::Expression::Select { selector, variants } => {
            inline_vars(selector, vars, code, where_, id, problems);
            for variant in variants {
                if let ast::VariantKey::Identifier { name } = &variant.key {
                    if !plural_categories(code).contains(name) {
                        problems.push(format!(
                            "{where_}: `{id}` has a variant [{name}], which {code} numbers never take (use one of {:?}, or a number)",
                            plural_categories(code)
                        ));
                    }
                }
                pattern_vars(&variant.value, vars, code, where_, id, problems);
            }
        }
    }
}

fn inline_vars(
    inline: &ast::InlineExpression<&str>,
    vars: &mut BTreeSet<String>,
    code: &str,
    where_: &str,
    id: &str,
    problems: &mut Vec<String>,
) {
    match inline {
        ast::InlineExpression::VariableReference { id: var } => {
            vars.insert(var.name.to_string());
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for argument in &arguments.positional {
                inline_vars(argument, vars, code, where_, id, problems);
            }
            for named in &arguments.named {
                inline_vars(&named.value, vars, code, where_, id, problems);
            }
        }
        ast::InlineExpression::Placeable { expression } => expression_vars(expression, vars, code, where_, id, problems),
        ast::InlineExpression::StringLiteral { .. }
        | ast::InlineExpression::NumberLiteral { .. }
        | ast::InlineExpression::MessageReference { .. }
        | ast::InlineExpression::TermReference { .. } => {}
    }
}

/// The English text for the variant's doc comment: plain text and `{ $var }`, the first
/// variant's words for a plural.
fn preview(pattern: &ast::Pattern<&str>) -> String {
    let mut text = String::new();
    write_pattern(pattern, &mut text);
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if text.chars().count() > 120 {
        format!("{}…", text.chars().take(119).collect::<String>())
    } else {
        text
    }
}

fn write_pattern(pattern: &ast::Pattern<&str>, out: &mut String) {
    for element in &pattern.elements {
        match element {
            ast::PatternElement::TextElement { value } => out.push_str(value),
            ast::PatternElement::Placeable { expression } => match expression {
                ast::Expression::Inline(ast::InlineExpression::VariableReference { id }) => {
                    let _ = write!(out, "{{${}}}", id.name);
                }
                ast::Expression::Inline(ast::InlineExpression::StringLiteral { value }) => out.push_str(value),
                ast::Expression::Select { variants, .. } => {
                    if let Some(variant) = variants.iter().find(|v| v.default).or(variants.first()) {
                        write_pattern(&variant.value, out);
                    }
                }
                ast::Expression::Inline(_) => out.push('…'),
            },
        }
    }
}

/// `sign-in-locked` → `SignInLocked`.
fn kebab_to_pascal(id: &str) -> String {
    id.split('-')
        .map(|part| {
            let mut chars = part.chars();
            chars.next().map(|first| first.to_ascii_uppercase().to_string() + chars.as_str()).unwrap_or_default()
        })
        .collect()
}

/// `SignInLocked` → `sign-in-locked` (the inverse, used to insist ids round-trip).
fn pascal_to_kebab(name: &str) -> String {
    let mut id = String::new();
    for (i, c) in name.chars().enumerate() {
        if c.is_ascii_uppercase() {
            if i > 0 {
                id.push('-');
            }
            id.push(c.to_ascii_lowercase());
        } else {
            id.push(c);
        }
    }
    id
}

fn generate(languages: &BTreeMap<String, Language>) -> String {
    let en = &languages["en"];
    let mut code = String::new();
    code.push_str("// @generated by app/build.rs from app/locales/en/*.ftl: edit the .ftl files, not this.\n\n");
    code.push_str("/// A piece of user-facing text: one message of `app/locales/<language>/*.ftl`, whose id is the\n");
    code.push_str("/// variant's name in kebab-case (`T::SignInLocked` is `sign-in-locked`). `T::X.get(lang)` gives it\n");
    code.push_str("/// in that language, `T::X.fill(lang, &[(\"name\", value)])` with its variables filled.\n");
    code.push_str("#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]\npub enum T {\n");
    for id in &en.order {
        let message = &en.messages[id];
        let doc = format!("`{id}` ({}): {}", message.file, message.preview);
        let _ = writeln!(code, "    #[doc = {doc:?}]\n    {},", kebab_to_pascal(id));
    }
    code.push_str("}\n\n");

    let n = en.order.len();
    code.push_str("impl T {\n");
    code.push_str("    /// Every message, in file and then message order.\n");
    let _ = writeln!(code, "    pub const ALL: &'static [T] = &[");
    for id in &en.order {
        let _ = writeln!(code, "        T::{},", kebab_to_pascal(id));
    }
    code.push_str("    ];\n\n");

    let _ = writeln!(code, "    const IDS: [&'static str; {n}] = [");
    for id in &en.order {
        let _ = writeln!(code, "        {id:?},");
    }
    code.push_str("    ];\n\n");
    let _ = writeln!(code, "    const FILES: [&'static str; {n}] = [");
    for id in &en.order {
        let _ = writeln!(code, "        {:?},", en.messages[id].file);
    }
    code.push_str("    ];\n\n");
    let _ = writeln!(code, "    const VARS: [&'static [&'static str]; {n}] = [");
    for id in &en.order {
        let vars: Vec<String> = en.messages[id].vars.iter().map(|v| format!("{v:?}")).collect();
        let _ = writeln!(code, "        &[{}],", vars.join(", "));
    }
    code.push_str("    ];\n\n");

    code.push_str("    /// The message's Fluent id, e.g. `sign-in-locked`.\n");
    code.push_str("    pub fn id(self) -> &'static str {\n        Self::IDS[self as usize]\n    }\n\n");
    code.push_str("    /// The file the message is in, the same in every language, e.g. `child.ftl`.\n");
    code.push_str("    pub fn file(self) -> &'static str {\n        Self::FILES[self as usize]\n    }\n\n");
    code.push_str("    /// The variables the message uses, sorted, e.g. `[\"minutes\"]` (a `$date_soft` counts as `date`).\n");
    code.push_str("    pub fn vars(self) -> &'static [&'static str] {\n        Self::VARS[self as usize]\n    }\n");
    code.push_str("}\n\n");

    code.push_str(FILES_START);
    code.push_str(" as (language code, file name, text): on the server only, so that no text\n");
    code.push_str("/// reaches the WebAssembly bundle.\n");
    code.push_str("#[cfg(feature = \"ssr\")]\npub(crate) const FTL_FILES: &[(&str, &str, &str)] = &[\n");
    for (lang, language) in languages {
        for (name, path) in &language.files {
            let path = path.to_string_lossy();
            let _ = writeln!(code, "    ({lang:?}, {name:?}, include_str!({path:?})),");
        }
    }
    code.push_str("];\n");
    code
}
