//! Consultation forms as data: versioned, bilingual definitions (`app/forms/*.json`) for children,
//! parents and carers, the steps each walks through, and the reading of what a form post says.
//!
//! An answer is stored with the form id and version it answered, and every version ever shipped
//! stays in `app/forms/`, so an old answer still renders after the form changes.

use crate::domain::reviews::Audience;
use crate::model::Lang;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap};

/// Words in every language: English and Welsh side by side in the form file, the others from
/// `app/forms/translations/<code>.json` (see [`library`]), by language code.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Text {
    pub en: String,
    pub cy: String,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub more: BTreeMap<String, String>,
}

impl Text {
    /// The words in `lang`; English where a translation is missing, which a test forbids for
    /// every shipped text.
    pub fn get(&self, lang: Lang) -> &str {
        words_in(lang, &self.en, &self.cy, &self.more)
    }
}

/// A text's words in `lang`: English and Welsh beside each other, the rest by code.
fn words_in<'a>(lang: Lang, en: &'a str, cy: &'a str, more: &'a BTreeMap<String, String>) -> &'a str {
    match lang {
        Lang::En => en,
        Lang::Cy => cy,
        other => more.get(other.code()).map_or(en, String::as_str),
    }
}

/// Which version of a form someone is asked: a child's by their age at the meeting; parents and
/// carers have one version for everyone.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Band {
    #[serde(rename = "under8")]
    Under8,
    #[serde(rename = "8to12")]
    Middle,
    #[serde(rename = "13plus")]
    Teen,
    /// Care leavers and young people with a pathway plan (16 and over).
    #[serde(rename = "leaver")]
    Leaver,
    /// Parents and carers.
    #[serde(rename = "adult")]
    Adult,
}

impl Band {
    pub const ALL: [Band; 5] = [Band::Under8, Band::Middle, Band::Teen, Band::Leaver, Band::Adult];
    pub const CHILD: [Band; 4] = [Band::Under8, Band::Middle, Band::Teen, Band::Leaver];

    pub fn as_str(self) -> &'static str {
        match self {
            Band::Under8 => "under8",
            Band::Middle => "8to12",
            Band::Teen => "13plus",
            Band::Leaver => "leaver",
            Band::Adult => "adult",
        }
    }

    pub fn parse(value: &str) -> Option<Band> {
        Band::ALL.into_iter().find(|b| b.as_str() == value)
    }

    /// The band for a child of this age in whole years.
    pub fn for_age(years: i32) -> Band {
        match years {
            ..=7 => Band::Under8,
            8..=12 => Band::Middle,
            13..=15 => Band::Teen,
            _ => Band::Leaver,
        }
    }

    /// The youngest children see one question at a time; older ones a short group.
    pub fn one_question_per_step(self) -> bool {
        self == Band::Under8
    }

    /// Calmer, less "kiddy" look for teenagers, care leavers and adults.
    pub fn is_older(self) -> bool {
        matches!(self, Band::Teen | Band::Leaver | Band::Adult)
    }
}

/// Whole years between a birth date and a day.
pub fn age_on(born: time::Date, on: time::Date) -> i32 {
    let mut years = on.year() - born.year();
    if (on.month() as u8, on.day()) < (born.month() as u8, born.day()) {
        years -= 1;
    }
    years
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// Five faces, very happy to very sad.
    Faces,
    /// Yes, no, not sure.
    YesNo,
    /// One picture from several.
    One,
    /// Any number of pictures.
    Many,
    /// Their own words only.
    Words,
}

impl Kind {
    pub fn is_choice(self) -> bool {
        self != Kind::Words
    }

    pub fn many(self) -> bool {
        self == Kind::Many
    }
}

/// One answer a child can pick, with its picture.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Choice {
    pub id: String,
    pub symbol: String,
    pub text: Text,
    /// Choosing it means "I don't feel safe": an urgent alert is raised.
    #[serde(default)]
    pub alert: bool,
}

/// The pictures a child's picture code is made from (`pic_<name>` in the screen words).
pub const PICTURES: [&str; 12] = ["cat", "dog", "fish", "bird", "apple", "banana", "car", "ball", "flower", "sun", "moon", "tree"];
/// How many pictures make a code: 220 possible codes, with 5 tries before it locks.
pub const PICTURES_TO_PICK: usize = 3;

/// Wrong tries before a secret locks until the IRO resets it.
pub const SECRET_TRIES: i64 = 5;

/// The answer added to every choice question: not saying is a real answer.
pub const DONT_SAY: &str = "dont_say";

#[derive(Clone, Debug, Deserialize)]
struct QuestionDef {
    id: String,
    /// Empty: every band the form is for (adult forms have one).
    #[serde(default)]
    bands: Vec<Band>,
    kind: Kind,
    #[serde(default)]
    set: Option<String>,
    #[serde(default)]
    options: Vec<Choice>,
    symbol: String,
    text: Text,
    #[serde(default)]
    words: bool,
}

#[derive(Clone, Debug, Deserialize)]
struct SectionDef {
    id: String,
    symbol: String,
    title: Text,
    questions: Vec<QuestionDef>,
}

/// A form file as written: every band's questions, option sets shared by name.
#[derive(Clone, Debug, Deserialize)]
pub struct FormFile {
    pub form: String,
    pub version: u32,
    /// Who answers it: "child" (the default), "parent" or "carer".
    #[serde(default = "child_audience")]
    audience: String,
    #[serde(default)]
    sets: BTreeMap<String, Vec<Choice>>,
    sections: Vec<SectionDef>,
}

fn child_audience() -> String {
    Audience::Child.as_str().into()
}

/// Words on child screens outside the forms, read aloud from the same clips.
#[derive(Clone, Debug, Deserialize)]
pub struct ScreensFile {
    pub version: u32,
    pub texts: BTreeMap<String, ScreenText>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ScreenText {
    pub en: String,
    pub cy: String,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub more: BTreeMap<String, String>,
    pub symbol: String,
}

impl ScreenText {
    pub fn text(&self) -> Text {
        Text { en: self.en.clone(), cy: self.cy.clone(), more: self.more.clone() }
    }

    pub fn get_text(&self, lang: Lang) -> String {
        words_in(lang, &self.en, &self.cy, &self.more).to_string()
    }
}

/// The Three Houses section: every entry there may be kept just for the IRO.
pub const HOUSES_SECTION: &str = "houses";

/// The child's form section about their review meeting: their wishes, shown first in the pack.
pub const WISHES_SECTION: &str = "review";

/// A question as one band is asked it, options resolved.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Question {
    pub id: String,
    pub section: String,
    pub kind: Kind,
    pub symbol: String,
    pub text: Text,
    /// For choice questions, ending with "I don't want to say".
    pub options: Vec<Choice>,
    /// Offers a box for their own words.
    pub words: bool,
    /// The child says who may see this answer: every answer in their own words, and every Three
    /// Houses entry. Parents' and carers' views all go to the IRO for the review.
    pub shareable: bool,
}

impl Question {
    pub fn shareable(&self) -> bool {
        self.shareable
    }

    /// Takes a recording and a drawing in place of typed words (or beside them): a question
    /// answered in one's own words, and every Three Houses entry, for children and adults alike.
    pub fn takes_media(&self) -> bool {
        self.kind == Kind::Words || self.section == HOUSES_SECTION
    }

    pub fn option(&self, id: &str) -> Option<&Choice> {
        self.options.iter().find(|o| o.id == id)
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Section {
    pub id: String,
    pub symbol: String,
    pub title: Text,
    pub questions: Vec<Question>,
}

/// One band's form, ready to ask.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Form {
    pub id: String,
    pub version: u32,
    pub audience: Audience,
    pub band: Band,
    pub sections: Vec<Section>,
}

/// One screen of questions: a section, or for the youngest one question of it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Step {
    pub section: usize,
    pub questions: Vec<usize>,
}

impl FormFile {
    pub fn audience(&self) -> Option<Audience> {
        Audience::parse(&self.audience).filter(|a| *a != Audience::Other)
    }

    /// The bands this form is asked in.
    pub fn bands(&self) -> &'static [Band] {
        match self.audience() {
            Some(Audience::Child) => &Band::CHILD,
            _ => &[Band::Adult],
        }
    }

    /// The form as `band` is asked it. `dont_say` is the shared "I don't want to say" words.
    pub fn for_band(&self, band: Band, dont_say: &ScreenText) -> Result<Form, String> {
        let audience = self.audience().ok_or_else(|| format!("unknown audience {:?}", self.audience))?;
        if !self.bands().contains(&band) {
            return Err(format!("a {} form has no band {}", audience.as_str(), band.as_str()));
        }
        let mut sections = Vec::new();
        for section in &self.sections {
            let mut questions = Vec::new();
            for q in section.questions.iter().filter(|q| q.bands.is_empty() || q.bands.contains(&band)) {
                if audience != Audience::Child && q.options.iter().any(|o| o.alert) {
                    return Err(format!("question {}: only a child's answer raises an alert", q.id));
                }
                let mut options = match (&q.set, q.kind) {
                    (Some(name), _) => self.sets.get(name).cloned().ok_or_else(|| format!("question {}: no option set {name}", q.id))?,
                    (None, _) => q.options.clone(),
                };
                if q.kind.is_choice() {
                    if options.is_empty() {
                        return Err(format!("question {} has no options", q.id));
                    }
                    options.push(Choice { id: DONT_SAY.into(), symbol: dont_say.symbol.clone(), text: dont_say.text(), alert: false });
                }
                questions.push(Question {
                    id: q.id.clone(),
                    section: section.id.clone(),
                    kind: q.kind,
                    symbol: q.symbol.clone(),
                    text: q.text.clone(),
                    options,
                    words: q.words || q.kind == Kind::Words,
                    shareable: audience == Audience::Child && (q.words || q.kind == Kind::Words || section.id == HOUSES_SECTION),
                });
            }
            if !questions.is_empty() {
                sections.push(Section { id: section.id.clone(), symbol: section.symbol.clone(), title: section.title.clone(), questions });
            }
        }
        Ok(Form { id: self.form.clone(), version: self.version, audience, band, sections })
    }

    /// Every piece of text in the file, for the read-aloud check.
    pub fn texts(&self) -> Vec<&Text> {
        let mut all = Vec::new();
        for set in self.sets.values() {
            all.extend(set.iter().map(|o| &o.text));
        }
        for section in &self.sections {
            all.push(&section.title);
            for q in &section.questions {
                all.push(&q.text);
                all.extend(q.options.iter().map(|o| &o.text));
            }
        }
        all
    }
}

impl Form {
    /// Children and parents are offered an advocate; carers are not.
    pub fn offers_advocacy(&self) -> bool {
        self.audience != Audience::Carer
    }

    pub fn questions(&self) -> impl Iterator<Item = &Question> {
        self.sections.iter().flat_map(|s| s.questions.iter())
    }

    pub fn question(&self, id: &str) -> Option<&Question> {
        self.questions().find(|q| q.id == id)
    }

    pub fn steps(&self) -> Vec<Step> {
        let mut steps = Vec::new();
        for (s, section) in self.sections.iter().enumerate() {
            if self.band.one_question_per_step() {
                steps.extend((0..section.questions.len()).map(|q| Step { section: s, questions: vec![q] }));
            } else {
                steps.push(Step { section: s, questions: (0..section.questions.len()).collect() });
            }
        }
        steps
    }

    pub fn step_questions(&self, step: &Step) -> Vec<&Question> {
        let section = &self.sections[step.section];
        step.questions.iter().filter_map(|q| section.questions.get(*q)).collect()
    }
}

/// Who may see an answer. Private by default: the child has to choose to share.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
pub enum Sharing {
    /// Just for my IRO.
    #[default]
    Private,
    /// My IRO can talk about it at my review.
    Share,
}

impl Sharing {
    pub fn as_str(self) -> &'static str {
        match self {
            Sharing::Private => "private",
            Sharing::Share => "share",
        }
    }

    pub fn parse(value: &str) -> Option<Sharing> {
        match value {
            "private" => Some(Sharing::Private),
            "share" => Some(Sharing::Share),
            _ => None,
        }
    }
}

/// What a child said to one question.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct Answer {
    pub question_id: String,
    pub choices: Vec<String>,
    pub words: String,
    pub sharing: Sharing,
}

impl Answer {
    pub fn is_empty(&self) -> bool {
        self.choices.is_empty() && self.words.is_empty()
    }

    /// Whether this answer says "I don't feel safe".
    pub fn raises_alert(&self, question: &Question) -> bool {
        self.choices.iter().any(|c| question.option(c).is_some_and(|o| o.alert))
    }

    /// The choices as stored: ids separated by spaces.
    pub fn choices_text(&self) -> String {
        self.choices.join(" ")
    }

    pub fn choices_from_text(text: &str) -> Vec<String> {
        text.split_whitespace().map(str::to_string).collect()
    }
}

/// What a "tell my IRO" message is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum MessageKind {
    GoodNews,
    Worried,
    Change,
    Other,
}

impl MessageKind {
    pub const ALL: [MessageKind; 4] = [MessageKind::GoodNews, MessageKind::Worried, MessageKind::Change, MessageKind::Other];

    pub fn as_str(self) -> &'static str {
        match self {
            MessageKind::GoodNews => "good_news",
            MessageKind::Worried => "worried",
            MessageKind::Change => "change",
            MessageKind::Other => "other",
        }
    }

    pub fn parse(value: &str) -> Option<MessageKind> {
        MessageKind::ALL.into_iter().find(|k| k.as_str() == value)
    }

    /// The screen words (and symbol) for this kind.
    pub fn screen_key(self) -> &'static str {
        match self {
            MessageKind::GoodNews => "message_good",
            MessageKind::Worried => "message_worried",
            MessageKind::Change => "message_change",
            MessageKind::Other => "message_other",
        }
    }
}

/// The most a child can write in one box (about two pages): enough to say anything, small enough
/// that nobody can fill the database through a form.
pub const MAX_WORDS: usize = 8000;

/// Why a posted answer was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AnswerProblem {
    TooLong { question_id: String },
    NotAChoice { question_id: String },
}

/// Form field names: `a[<question>]` for a single choice, `a[<question>:<option>]` for each
/// picture ticked, `a[<question>:words]` and `a[<question>:sharing]`. Distinct names keep the
/// post a flat map that works with or without JavaScript.
pub fn choice_field(question: &str) -> String {
    question.to_string()
}

pub fn option_field(question: &str, option: &str) -> String {
    format!("{question}:{option}")
}

pub fn words_field(question: &str) -> String {
    format!("{question}:words")
}

pub fn sharing_field(question: &str) -> String {
    format!("{question}:sharing")
}

/// Reads the answers to `questions` out of a posted map (keys without the `a[...]` wrapper).
pub fn read_answers(questions: &[&Question], fields: &HashMap<String, String>) -> Result<Vec<Answer>, Vec<AnswerProblem>> {
    let mut answers = Vec::new();
    let mut problems = Vec::new();
    for q in questions {
        let mut choices: Vec<String> = Vec::new();
        if q.kind.many() {
            for option in &q.options {
                if fields.get(&option_field(&q.id, &option.id)).is_some_and(|v| !v.is_empty()) {
                    choices.push(option.id.clone());
                }
            }
        } else if q.kind.is_choice() {
            if let Some(value) = fields.get(&choice_field(&q.id)).map(|v| v.trim()).filter(|v| !v.is_empty()) {
                if q.option(value).is_some() {
                    choices.push(value.to_string());
                } else {
                    problems.push(AnswerProblem::NotAChoice { question_id: q.id.clone() });
                }
            }
        }
        // Not saying is an answer of its own, never mixed with others.
        if choices.iter().any(|c| c == DONT_SAY) {
            choices = vec![DONT_SAY.to_string()];
        }
        let words = if q.words {
            fields.get(&words_field(&q.id)).map(|w| crate::domain::text::clean_multiline(w)).unwrap_or_default()
        } else {
            String::new()
        };
        if words.chars().count() > MAX_WORDS {
            problems.push(AnswerProblem::TooLong { question_id: q.id.clone() });
        }
        // Only a child's own words and Three Houses entries can be shared; anything else posted is ignored.
        let sharing = if q.shareable() {
            fields.get(&sharing_field(&q.id)).and_then(|s| Sharing::parse(s)).unwrap_or_default()
        } else {
            Sharing::Private
        };
        answers.push(Answer { question_id: q.id.clone(), choices, words, sharing });
    }
    if problems.is_empty() {
        Ok(answers)
    } else {
        Err(problems)
    }
}

/// The shipped forms and screen words, parsed once (server only: the browser bundle never
/// carries them).
#[cfg(feature = "ssr")]
pub mod library {
    use super::*;
    use std::sync::LazyLock;

    /// Every version of every form ever shipped. Add new versions; never edit or drop old ones.
    const FORM_FILES: &[(&str, &str)] = &[
        ("child.v1.json", include_str!("../../forms/child.v1.json")),
        ("parent.v1.json", include_str!("../../forms/parent.v1.json")),
        ("carer.v1.json", include_str!("../../forms/carer.v1.json")),
    ];
    const SCREENS: &str = include_str!("../../forms/screens.v1.json");

    /// The other languages' words for every text of the files above, by form, then by where the
    /// text sits in its file (see [`translate`]).
    const TRANSLATIONS: &[(Lang, &str)] = &[
        (Lang::Ar, include_str!("../../forms/translations/ar.json")),
        (Lang::Ckb, include_str!("../../forms/translations/ckb.json")),
        (Lang::Fa, include_str!("../../forms/translations/fa.json")),
        (Lang::Pl, include_str!("../../forms/translations/pl.json")),
        (Lang::Ps, include_str!("../../forms/translations/ps.json")),
        (Lang::Ro, include_str!("../../forms/translations/ro.json")),
        (Lang::Ti, include_str!("../../forms/translations/ti.json")),
    ];

    type Translations = Vec<(Lang, BTreeMap<String, BTreeMap<String, String>>)>;

    /// Reads a form file, its texts in every language.
    fn read<T: serde::de::DeserializeOwned>(name: &str, text: &str, translations: &Translations) -> T {
        let mut value: serde_json::Value = serde_json::from_str(text).unwrap_or_else(|e| panic!("app/forms/{name} is not JSON: {e}"));
        let form = name.trim_end_matches(".json");
        for (lang, forms) in translations {
            let words = forms.get(form).unwrap_or_else(|| panic!("app/forms/translations/{}.json has no {form}", lang.code()));
            translate(&mut value, "", *lang, words);
        }
        serde_json::from_value(value).unwrap_or_else(|e| panic!("app/forms/{name} is not a valid form: {e}"))
    }

    /// Puts each text's words in `lang` beside its English and Welsh, as `"more": {"ar": …}`.
    /// A text is any object with `en` and `cy`; its key is the path to it, a step for each
    /// object key and for each list item (its `id`, else its index): `sets/faces/happy/text`.
    /// The translation files use the same keys (a text with none there is caught by a test).
    fn translate(node: &mut serde_json::Value, path: &str, lang: Lang, words: &BTreeMap<String, String>) {
        use serde_json::Value;
        let join = |step: &str| if path.is_empty() { step.to_string() } else { format!("{path}/{step}") };
        match node {
            Value::Object(map) => {
                if map.get("en").is_some_and(Value::is_string) && map.get("cy").is_some_and(Value::is_string) {
                    if let Some(text) = words.get(path) {
                        let more = map.entry("more").or_insert_with(|| Value::Object(Default::default()));
                        if let Value::Object(more) = more {
                            more.insert(lang.code().to_string(), Value::String(text.clone()));
                        }
                    }
                }
                for (key, child) in map.iter_mut().filter(|(key, _)| !["en", "cy", "more"].contains(&key.as_str())) {
                    translate(child, &join(key), lang, words);
                }
            }
            Value::Array(items) => {
                for (index, item) in items.iter_mut().enumerate() {
                    let step = item.get("id").and_then(Value::as_str).map(str::to_string).unwrap_or_else(|| index.to_string());
                    translate(item, &join(&step), lang, words);
                }
            }
            _ => {}
        }
    }

    pub struct Library {
        pub files: Vec<FormFile>,
        pub screens: ScreensFile,
        /// Every file as every band is asked it, worked out once at start rather than per save.
        resolved: Vec<Form>,
    }

    static LIBRARY: LazyLock<Library> = LazyLock::new(|| {
        let translations: Translations = TRANSLATIONS
            .iter()
            .map(|(lang, text)| {
                let forms =
                    serde_json::from_str(text).unwrap_or_else(|e| panic!("app/forms/translations/{}.json is not valid: {e}", lang.code()));
                (*lang, forms)
            })
            .collect();
        let files: Vec<FormFile> = FORM_FILES.iter().map(|(name, text)| read(name, text, &translations)).collect();
        let screens: ScreensFile = read("screens.v1.json", SCREENS, &translations);
        let dont_say = screens.texts.get("dont_say").cloned().unwrap_or_else(|| panic!("app/forms/screens.v1.json has no dont_say"));
        let resolved = files
            .iter()
            .flat_map(|f: &FormFile| {
                f.bands().iter().map(|band| f.for_band(*band, &dont_say).unwrap_or_else(|e| panic!("form {} v{}: {e}", f.form, f.version)))
            })
            .collect();
        Library { files, screens, resolved }
    });

    pub fn get() -> &'static Library {
        &LIBRARY
    }

    impl Library {
        /// The newest version of the form this audience answers.
        pub fn latest(&self, audience: Audience) -> Option<&FormFile> {
            self.files.iter().filter(|f| f.audience() == Some(audience)).max_by_key(|f| f.version)
        }

        pub fn version(&self, form: &str, version: u32) -> Option<&FormFile> {
            self.files.iter().find(|f| f.form == form && f.version == version)
        }

        /// The form a consultation answers, as its band is asked it.
        pub fn form(&self, form: &str, version: u32, band: Band) -> Option<&Form> {
            self.resolved.iter().find(|f| f.id == form && f.version == version && f.band == band)
        }

        /// Words for a child screen. Unknown keys are a programming error caught by tests.
        pub fn screen(&self, key: &str) -> &ScreenText {
            static MISSING: LazyLock<ScreenText> = LazyLock::new(|| ScreenText { symbol: "speech".into(), ..ScreenText::default() });
            self.screens.texts.get(key).unwrap_or(&MISSING)
        }
    }

    /// Where the recorded clip of `text` in `lang` is served. The name is the first 16 hex
    /// digits of SHA-256 of "<lang>\n<text>": `.ci/tools/make-audio.mjs` makes the clips by the
    /// same rule from the same files, so no list of clips has to be kept in step.
    pub fn clip_path(lang: Lang, text: &str) -> String {
        use sha2::{Digest, Sha256};
        let digest = Sha256::digest(format!("{}\n{}", lang.code(), text).as_bytes());
        let hex: String = digest.iter().take(8).map(|b| format!("{b:02x}")).collect();
        format!("/audio/{}/{hex}.mp3", lang.code())
    }
}

// Reading the shipped files needs the server build (serde_json), which the test command turns on.
#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::*;

    fn sample() -> FormFile {
        serde_json::from_str(
            r#"{
              "form": "child", "version": 3,
              "sets": {"yes_no": [
                {"id": "yes", "symbol": "yes", "text": {"en": "Yes", "cy": "Ie"}},
                {"id": "no", "symbol": "no", "text": {"en": "No", "cy": "Na"}}]},
              "sections": [
                {"id": "feel", "symbol": "face-happy", "title": {"en": "How I feel", "cy": "Sut dw i'n teimlo"},
                 "questions": [
                   {"id": "feel_now", "bands": ["under8", "13plus"], "kind": "one", "symbol": "face-happy",
                    "text": {"en": "How do you feel?", "cy": "Sut wyt ti'n teimlo?"},
                    "options": [
                      {"id": "good", "symbol": "face-happy", "text": {"en": "Good", "cy": "Da"}},
                      {"id": "not_safe", "symbol": "not-safe", "alert": true, "text": {"en": "I don't feel safe", "cy": "Dw i ddim yn teimlo'n ddiogel"}}],
                    "words": true},
                   {"id": "feel_sleep", "bands": ["under8"], "kind": "yes_no", "set": "yes_no", "symbol": "sleep",
                    "text": {"en": "Do you sleep well?", "cy": "Wyt ti'n cysgu'n dda?"}}]},
                {"id": "houses", "symbol": "house-good", "title": {"en": "Three houses", "cy": "Tri thŷ"},
                 "questions": [
                   {"id": "house_good", "bands": ["under8", "13plus"], "kind": "many", "symbol": "house-good",
                    "text": {"en": "Good things", "cy": "Pethau da"},
                    "options": [
                      {"id": "family", "symbol": "family", "text": {"en": "Family", "cy": "Teulu"}},
                      {"id": "pets", "symbol": "pet", "text": {"en": "Pets", "cy": "Anifeiliaid"}}]},
                   {"id": "teen_only", "bands": ["13plus"], "kind": "words", "symbol": "writing",
                    "text": {"en": "Anything else?", "cy": "Unrhyw beth arall?"}}]}
              ]}"#,
        )
        .expect("sample form parses")
    }

    fn dont_say() -> ScreenText {
        ScreenText {
            en: "I don't want to say".into(),
            cy: "Dw i ddim eisiau dweud".into(),
            symbol: "dont-say".into(),
            ..ScreenText::default()
        }
    }

    fn fields(pairs: &[(&str, &str)]) -> HashMap<String, String> {
        pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
    }

    #[test]
    fn bands_follow_age() {
        assert_eq!(Band::for_age(4), Band::Under8);
        assert_eq!(Band::for_age(7), Band::Under8);
        assert_eq!(Band::for_age(8), Band::Middle);
        assert_eq!(Band::for_age(12), Band::Middle);
        assert_eq!(Band::for_age(13), Band::Teen);
        assert_eq!(Band::for_age(16), Band::Leaver);
        for band in Band::ALL {
            assert_eq!(Band::parse(band.as_str()), Some(band));
        }
    }

    #[test]
    fn age_counts_whole_years() {
        use time::macros::date;
        assert_eq!(age_on(date!(2019 - 03 - 10), date!(2027 - 03 - 09)), 7);
        assert_eq!(age_on(date!(2019 - 03 - 10), date!(2027 - 03 - 10)), 8);
        assert_eq!(age_on(date!(2012 - 02 - 29), date!(2028 - 02 - 28)), 15);
    }

    #[test]
    fn a_band_sees_only_its_questions_and_every_choice_can_be_declined() {
        let file = sample();
        let young = file.for_band(Band::Under8, &dont_say()).expect("resolves");
        assert_eq!(young.questions().map(|q| q.id.as_str()).collect::<Vec<_>>(), ["feel_now", "feel_sleep", "house_good"]);
        let sleep = young.question("feel_sleep").expect("asked");
        assert_eq!(sleep.options.iter().map(|o| o.id.as_str()).collect::<Vec<_>>(), ["yes", "no", DONT_SAY]);
        let teen = file.for_band(Band::Teen, &dont_say()).expect("resolves");
        assert_eq!(teen.questions().map(|q| q.id.as_str()).collect::<Vec<_>>(), ["feel_now", "house_good", "teen_only"]);
        assert!(teen.question("teen_only").expect("asked").options.is_empty(), "words questions have no options");
        assert!(file.for_band(Band::Middle, &dont_say()).expect("resolves").sections.is_empty());
        assert!(file.for_band(Band::Adult, &dont_say()).is_err(), "a child's form has no adult version");
    }

    fn adult_sample(audience: &str, alert: bool) -> Result<FormFile, serde_json::Error> {
        serde_json::from_str(&format!(
            r#"{{
              "form": "{audience}", "version": 1, "audience": "{audience}",
              "sections": [
                {{"id": "care", "symbol": "home", "title": {{"en": "Care", "cy": "Gofal"}},
                 "questions": [
                   {{"id": "care_day", "kind": "one", "symbol": "home", "words": true,
                    "text": {{"en": "How is it going?", "cy": "Sut mae'n mynd?"}},
                    "options": [
                      {{"id": "well", "symbol": "yes", "alert": {alert}, "text": {{"en": "Well", "cy": "Yn dda"}}}}]}},
                   {{"id": "care_words", "kind": "words", "symbol": "writing",
                    "text": {{"en": "Anything else?", "cy": "Unrhyw beth arall?"}}}}]}}]}}"#
        ))
    }

    #[test]
    fn parents_and_carers_have_one_version_nothing_to_share_and_no_alerts() {
        let parent = adult_sample("parent", false).expect("parses");
        assert_eq!(parent.bands(), [Band::Adult]);
        assert!(parent.for_band(Band::Under8, &dont_say()).is_err(), "no child bands");
        let form = parent.for_band(Band::Adult, &dont_say()).expect("resolves");
        assert_eq!(form.audience, Audience::Parent);
        assert_eq!(form.questions().count(), 2, "questions without bands are asked");
        assert!(form.questions().all(|q| !q.shareable()), "a parent's views all go to the IRO");
        assert_eq!(form.question("care_day").expect("asked").options.last().map(|o| o.id.as_str()), Some(DONT_SAY));
        assert!(form.offers_advocacy());
        assert_eq!(form.steps().len(), 1, "a section a screen");
        let carer = adult_sample("carer", false).expect("parses").for_band(Band::Adult, &dont_say()).expect("resolves");
        assert!(!carer.offers_advocacy(), "carers are not offered an advocate");
        let alerting = adult_sample("carer", true).expect("parses");
        assert!(alerting.for_band(Band::Adult, &dont_say()).is_err(), "only a child's answer raises an alert");
        let nobody = adult_sample("other", false).expect("parses");
        assert!(nobody.for_band(Band::Adult, &dont_say()).is_err(), "people invited to the meeting only have no form");
    }

    /// The shipped parent and carer forms cover what the domain asks of them.
    #[test]
    fn the_shipped_parent_and_carer_forms_cover_their_topics() {
        let library = library::get();
        for (audience, sections) in [
            (
                Audience::Parent,
                &["care", "health", "school", "feelings", "plan", "family", "going_well", "worries", "support", "meeting"][..],
            ),
            (Audience::Carer, &["progress", "health", "education", "wellbeing", "family", "identity", "decisions", "support", "views"][..]),
        ] {
            let file = library.latest(audience).expect("shipped");
            let form = library.form(&file.form, file.version, Band::Adult).expect("resolved");
            for section in sections {
                assert!(form.sections.iter().any(|s| s.id == *section), "{audience:?} form has no {section} section");
            }
            assert!(form.questions().all(|q| !q.options.iter().any(|o| o.alert) && !q.shareable()));
        }
        let parent = library.latest(Audience::Parent).expect("parent form");
        let form = library.form(&parent.form, parent.version, Band::Adult).expect("resolved");
        let attend = form.question("meeting_how").expect("how they will take part");
        assert!(attend.option("in_writing").is_some(), "written views only is a way of taking part");
    }

    #[test]
    fn the_youngest_get_one_question_a_screen() {
        let file = sample();
        let young = file.for_band(Band::Under8, &dont_say()).expect("resolves");
        assert_eq!(young.steps().len(), 3);
        let teen = file.for_band(Band::Teen, &dont_say()).expect("resolves");
        let steps = teen.steps();
        assert_eq!(steps.len(), 2);
        assert_eq!(teen.step_questions(&steps[1]).iter().map(|q| q.id.as_str()).collect::<Vec<_>>(), ["house_good", "teen_only"]);
    }

    #[test]
    fn answers_are_read_from_the_post() {
        let form = sample().for_band(Band::Teen, &dont_say()).expect("resolves");
        let questions: Vec<&Question> = form.questions().collect();
        let posted = fields(&[
            ("feel_now", "good"),
            ("feel_now:words", "  Mostly\r\nfine\u{0}  "),
            ("house_good:family", "on"),
            ("house_good:pets", "on"),
            ("house_good:sharing", "share"),
            ("teen_only:words", "<b>me</b>"),
        ]);
        let answers = read_answers(&questions, &posted).expect("valid");
        assert_eq!(
            answers[0],
            Answer {
                question_id: "feel_now".into(),
                choices: vec!["good".into()],
                words: "Mostly\nfine".into(),
                sharing: Sharing::Private
            }
        );
        assert_eq!(answers[1].choices, ["family", "pets"]);
        assert_eq!(answers[1].sharing, Sharing::Share);
        assert_eq!(answers[2].words, "<b>me</b>", "markup is kept as typed and escaped when shown");
        assert!(!answers[0].raises_alert(form.question("feel_now").expect("asked")));
    }

    #[test]
    fn sharing_defaults_to_just_for_the_iro() {
        let form = sample().for_band(Band::Teen, &dont_say()).expect("resolves");
        let questions: Vec<&Question> = form.questions().collect();
        let answers =
            read_answers(&questions, &fields(&[("teen_only:words", "secret"), ("teen_only:sharing", "everyone")])).expect("valid");
        assert_eq!(answers[2].sharing, Sharing::Private);
        let posted = read_answers(&questions, &fields(&[("feel_now", "good"), ("feel_now:sharing", "share")])).expect("valid");
        assert_eq!(posted[0].sharing, Sharing::Share, "a child's own-words question can be shared");
        let parent = adult_sample("parent", false).expect("parses").for_band(Band::Adult, &dont_say()).expect("resolves");
        let questions: Vec<&Question> = parent.questions().collect();
        let posted = read_answers(&questions, &fields(&[("care_words:words", "mine"), ("care_words:sharing", "share")])).expect("valid");
        assert_eq!(posted[1].sharing, Sharing::Private, "a sharing field posted for an adult's answer is ignored");
    }

    #[test]
    fn not_saying_stands_alone_and_not_safe_raises_an_alert() {
        let form = sample().for_band(Band::Under8, &dont_say()).expect("resolves");
        let questions: Vec<&Question> = form.questions().collect();
        let answers =
            read_answers(&questions, &fields(&[("feel_now", "not_safe"), ("house_good:family", "on"), ("house_good:dont_say", "on")]))
                .expect("valid");
        assert!(answers[0].raises_alert(form.question("feel_now").expect("asked")));
        assert_eq!(answers[2].choices, [DONT_SAY]);
    }

    #[test]
    fn a_made_up_choice_or_an_endless_answer_is_refused() {
        let form = sample().for_band(Band::Teen, &dont_say()).expect("resolves");
        let questions: Vec<&Question> = form.questions().collect();
        let problems = read_answers(&questions, &fields(&[("feel_now", "delete_everything")])).expect_err("refused");
        assert_eq!(problems, [AnswerProblem::NotAChoice { question_id: "feel_now".into() }]);
        let long = "a".repeat(MAX_WORDS + 1);
        let problems = read_answers(&questions, &fields(&[("teen_only:words", &long)])).expect_err("refused");
        assert_eq!(problems, [AnswerProblem::TooLong { question_id: "teen_only".into() }]);
        let exactly = "ŵ".repeat(MAX_WORDS);
        assert!(read_answers(&questions, &fields(&[("teen_only:words", &exactly)])).is_ok(), "the limit counts letters, not bytes");
    }

    #[test]
    fn choices_round_trip_through_storage() {
        let answer = Answer { question_id: "q".into(), choices: vec!["a".into(), "b".into()], ..Answer::default() };
        assert_eq!(Answer::choices_from_text(&answer.choices_text()), answer.choices);
        assert!(Answer::choices_from_text("").is_empty());
    }

    /// Every child form, every band: each section, question and answer has words in both
    /// languages, a symbol that is shipped, and a recorded clip in each language. Screen words too.
    #[test]
    fn every_child_form_has_words_symbols_and_clips_in_both_languages() {
        use crate::domain::forms::library::{clip_path, get};
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../public");
        let mut problems = Vec::new();
        let mut check = |what: &str, text: &Text, symbol: &str| {
            if !root.join(format!("symbols/{symbol}.svg")).is_file() {
                problems.push(format!("{what}: no symbol file for {symbol:?}"));
            }
            for lang in Lang::ALL {
                let words = text.get(lang);
                let translated = lang.is_staff() || text.more.get(lang.code()).is_some_and(|w| !w.trim().is_empty());
                if words.trim().is_empty() || !translated {
                    problems.push(format!("{what}: no {} text", lang.code()));
                    continue;
                }
                if !lang.has_clips() {
                    continue;
                }
                let clip = root.join(clip_path(lang, words).trim_start_matches('/'));
                if !clip.is_file() {
                    problems.push(format!("{what}: no {} clip {} (run bash .ci/setup)", lang.code(), clip.display()));
                }
            }
        };
        let library = get();
        assert!(!library.files.is_empty());
        for file in &library.files {
            for band in file.bands().iter().copied() {
                let form = file.for_band(band, library.screen("dont_say")).expect("every band resolves");
                assert!(form.questions().count() >= 10, "{} v{} {band:?}: too few questions", file.form, file.version);
                for section in &form.sections {
                    check(&format!("{} {band:?} section {}", file.form, section.id), &section.title, &section.symbol);
                    for q in &section.questions {
                        check(&format!("question {}", q.id), &q.text, &q.symbol);
                        for o in &q.options {
                            check(&format!("question {} option {}", q.id, o.id), &o.text, &o.symbol);
                        }
                    }
                }
            }
        }
        for (key, text) in &library.screens.texts {
            check(&format!("screen {key}"), &text.text(), &text.symbol);
        }
        for picture in PICTURES {
            assert!(library.screens.texts.contains_key(&format!("pic_{picture}")), "no words for picture {picture}");
        }
        assert!(problems.is_empty(), "{} problems:\n{}", problems.len(), problems.join("\n"));
    }

    /// Each translation file has a text for every text of every form, and nothing else: a key
    /// that is not a text's (mistyped, or left after a form changed) would never be shown.
    #[test]
    fn translations_are_keyed_by_the_texts_of_the_forms() {
        use std::collections::BTreeSet;
        /// Every text's key, found the way `library::translate` finds them.
        fn collect(node: &serde_json::Value, path: &str, out: &mut BTreeSet<String>) {
            use serde_json::Value;
            let join = |step: &str| if path.is_empty() { step.to_string() } else { format!("{path}/{step}") };
            match node {
                Value::Object(map) => {
                    if map.contains_key("en") && map.contains_key("cy") {
                        out.insert(path.to_string());
                    }
                    for (key, child) in map.iter().filter(|(k, _)| !["en", "cy", "more"].contains(&k.as_str())) {
                        collect(child, &join(key), out);
                    }
                }
                Value::Array(items) => {
                    for (i, item) in items.iter().enumerate() {
                        collect(item, &join(item.get("id").and_then(Value::as_str).unwrap_or(&i.to_string())), out);
                    }
                }
                _ => {}
            }
        }
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("forms");
        for lang in Lang::ALL.into_iter().filter(|l| !l.is_staff()) {
            let file = dir.join(format!("translations/{}.json", lang.code()));
            let translated: BTreeMap<String, BTreeMap<String, String>> =
                serde_json::from_str(&std::fs::read_to_string(&file).expect("translation file")).expect("translation JSON");
            for name in ["child.v1", "parent.v1", "carer.v1", "screens.v1"] {
                let form: serde_json::Value =
                    serde_json::from_str(&std::fs::read_to_string(dir.join(format!("{name}.json"))).expect("form file"))
                        .expect("form JSON");
                let mut wanted = BTreeSet::new();
                collect(&form, "", &mut wanted);
                let given: BTreeSet<String> = translated.get(name).map(|m| m.keys().cloned().collect()).unwrap_or_default();
                assert!(wanted.len() > 50, "{name}: only {} texts found", wanted.len());
                assert_eq!(wanted.difference(&given).collect::<Vec<_>>(), Vec::<&String>::new(), "{name}: untranslated in {}", lang.code());
                assert_eq!(given.difference(&wanted).collect::<Vec<_>>(), Vec::<&String>::new(), "{name}: not texts, in {}", lang.code());
            }
        }
    }

    /// Easy read: every sentence of every form and screen, in both languages, is 15 words or fewer.
    #[test]
    fn every_form_and_screen_sentence_is_short() {
        let library = library::get();
        let mut texts: Vec<Text> = library.files.iter().flat_map(|f| f.texts().into_iter().cloned()).collect();
        texts.extend(library.screens.texts.values().map(ScreenText::text));
        let mut long = Vec::new();
        for text in &texts {
            for lang in Lang::ALL {
                for sentence in text.get(lang).split(['.', '!', '?', '؟', '።', '፧']) {
                    if sentence.split_whitespace().count() > 15 {
                        long.push(format!("{}: {sentence}", lang.code()));
                    }
                }
            }
        }
        assert!(long.is_empty(), "too long for easy read:\n{}", long.join("\n"));
    }

    /// The screens and pages name these words; a missing key would show an empty line.
    #[test]
    fn every_screen_word_the_pages_use_exists() {
        let library = library::get();
        // The screens children, parents and carers see (the features they use, and the shared
        // building blocks), read from the source tree so that a new screen file is covered.
        let src = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        let mut pages = String::new();
        let folders = ["entry", "secret", "form", "safety", "messages", "advocacy", "outcome", "public"];
        let mut dirs: Vec<_> = folders.iter().map(|f| src.join("features").join(f)).chain([src.join("components")]).collect();
        while let Some(dir) = dirs.pop() {
            for entry in std::fs::read_dir(&dir).expect("read src") {
                let path = entry.expect("entry").path();
                let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
                if path.is_dir() {
                    dirs.push(path);
                } else if name == "view.rs" || path.parent().is_some_and(|p| p.ends_with("components")) {
                    pages.push_str(&std::fs::read_to_string(&path).expect("source"));
                }
            }
        }
        assert!(pages.contains("fn StepView"), "the form's screens were read");
        let mut missing = Vec::new();
        for part in pages.split("key=\"").skip(1).chain(pages.split("screen(\"").skip(1)).chain(pages.split("title(\"").skip(1)) {
            let key = part.split('"').next().unwrap_or_default();
            if !key.is_empty() && !library.screens.texts.contains_key(key) {
                missing.push(key.to_string());
            }
        }
        // Keys kept in lists: any snake_case literal that starts like a screen key must be one.
        let prefixes: std::collections::BTreeSet<String> =
            library.screens.texts.keys().filter_map(|k| k.split_once('_').map(|(p, _)| format!("{p}_"))).collect();
        for literal in pages.split('"').skip(1).step_by(2) {
            let snake = !literal.is_empty() && literal.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_');
            if snake && prefixes.iter().any(|p| literal.starts_with(p.as_str())) && !library.screens.texts.contains_key(literal) {
                missing.push(literal.to_string());
            }
        }
        assert!(missing.is_empty(), "screen words missing: {missing:?}");
    }

    /// Not feeling safe can be said in how-I-feel and where-I-live, whatever the child's age.
    #[test]
    fn every_band_can_say_they_do_not_feel_safe_about_feelings_and_home() {
        let library = library::get();
        let file = library.latest(Audience::Child).expect("child form");
        for band in Band::CHILD {
            let form = file.for_band(band, library.screen("dont_say")).expect("resolves");
            for section in ["feel", "home"] {
                assert!(
                    form.questions().any(|q| q.section == section && q.options.iter().any(|o| o.alert)),
                    "{band:?} cannot say 'not safe' in {section}"
                );
            }
        }
    }
}
