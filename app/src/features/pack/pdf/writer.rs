//! Documents that leave Heard as PDF: parley lays the text out (shaping, bidi, font fallback,
//! line breaks by UAX #14), krilla writes it as tagged PDF/UA-1 with subsetted Noto fonts, and
//! lopdf seals it with AES-256 under a password the reader types. The password is used here
//! and nowhere else: never stored, never logged.

use krilla::color::rgb;
use krilla::configure::{Accessibility, ConfigurationBuilder};
use krilla::destination::XyzDestination;
use krilla::geom::Point;
use krilla::metadata::Metadata;
use krilla::num::NormalizedF32;
use krilla::outline::{Outline, OutlineNode};
use krilla::page::PageSettings;
use krilla::paint::Fill;
use krilla::surface::Surface;
use krilla::tagging::{Artifact, ArtifactType, ContentTag, ListNumbering, SpanTag, Tag, TagGroup, TagKind, TagTree};
use krilla::text::{Font, GlyphId, KrillaGlyph};
use lopdf::encryption::crypt_filters::{Aes256CryptFilter, CryptFilter};
use lopdf::{dictionary, Document, EncryptionState, EncryptionVersion, Object, Permissions, StringFormat};
use parley::fontique::{Blob, Collection, CollectionOptions, Language};
use parley::{
    Alignment, AlignmentOptions, FontContext, FontFamily, FontWeight, Layout, LayoutContext, LineHeight, OverflowWrap,
    PositionedLayoutItem, StyleProperty,
};
use std::collections::{BTreeMap, HashMap};
use std::num::NonZeroU16;
use std::ops::Range;
use std::sync::Arc;

/// The embedded fonts: Noto for Latin (every Welsh, Polish and Romanian letter), Arabic script
/// (Arabic, Pashto, Farsi, Sorani), Ge'ez (Tigrinya), and black-and-white emoji.
static FONTS: [&[u8]; 7] = [
    include_bytes!("../../../../fonts/NotoSans-Regular.ttf"),
    include_bytes!("../../../../fonts/NotoSans-Bold.ttf"),
    include_bytes!("../../../../fonts/NotoSansArabic-Regular.ttf"),
    include_bytes!("../../../../fonts/NotoSansArabic-Bold.ttf"),
    include_bytes!("../../../../fonts/NotoSansEthiopic-Regular.ttf"),
    include_bytes!("../../../../fonts/NotoSansEthiopic-Bold.ttf"),
    include_bytes!("../../../../fonts/NotoEmoji-Regular.ttf"),
];

/// A4 in points, and the margins (measured from the top, as krilla draws).
const PAGE_WIDTH: f32 = 595.0;
const PAGE_HEIGHT: f32 = 842.0;
const MARGIN: f32 = 56.0;
const TOP: f32 = 72.0;
const BOTTOM: f32 = PAGE_HEIGHT - 64.0;
/// Hints and page furniture: grey, at 8.6:1 on white.
fn grey() -> rgb::Color {
    rgb::Color::new(77, 77, 77)
}

/// The shortest password a protected document accepts (and the longest, against abuse).
pub const PASSWORD_MIN: usize = 12;
pub const PASSWORD_MAX: usize = 128;

/// What a block is, which sets its look and its tag.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Title,
    Heading,
    Subheading,
    Text,
    /// Smaller and grey: dates, notes.
    Hint,
    /// Indented with a bullet; items in a row make one list.
    Item,
    /// Words someone gave, set off from the question.
    Quote,
    /// Stands out: an urgent alert, "just for my IRO".
    Flag,
}

/// Text in one language: `None` is the document's own.
#[derive(Clone, Debug, PartialEq)]
pub struct Part {
    pub text: String,
    pub lang: Option<String>,
}

/// One piece of a document, laid out top to bottom.
#[derive(Clone, Debug, PartialEq)]
pub struct Block {
    pub kind: Kind,
    pub parts: Vec<Part>,
}

impl Block {
    /// A block in the document's language.
    pub fn new(kind: Kind, text: impl Into<String>) -> Block {
        Block { kind, parts: vec![Part { text: text.into(), lang: None }] }
    }

    /// A block in someone's own language (a BCP 47 code such as "ar").
    pub fn said(kind: Kind, text: impl Into<String>, lang: &str) -> Block {
        Block { kind, parts: vec![Part { text: text.into(), lang: Some(lang.to_string()) }] }
    }

    /// More text after what is there, in `lang` (or the document's language).
    pub fn then(mut self, text: impl Into<String>, lang: Option<&str>) -> Block {
        self.parts.push(Part { text: text.into(), lang: lang.map(str::to_string) });
        self
    }
}

/// What a document says about itself, and the line on every page.
pub struct Meta {
    pub title: String,
    /// The reader's language: "en" or "cy".
    pub lang: String,
    /// At the top of every page (a protective marking).
    pub running_head: String,
    /// "Page {page} of {pages}".
    pub page_label: String,
}

/// The look of each kind: (size, bold, grey, indent, space before).
fn look(kind: Kind) -> (f32, bool, bool, f32, f32) {
    match kind {
        Kind::Title => (18.0, true, false, 0.0, 0.0),
        Kind::Heading => (14.0, true, false, 0.0, 14.0),
        Kind::Subheading => (11.5, true, false, 0.0, 9.0),
        Kind::Text => (10.5, false, false, 0.0, 4.0),
        Kind::Hint => (9.0, false, true, 0.0, 2.0),
        Kind::Item => (10.5, false, false, 14.0, 2.0),
        Kind::Quote => (10.5, false, false, 14.0, 2.0),
        Kind::Flag => (10.5, true, false, 0.0, 4.0),
    }
}

/// The fonts to try, in order, for text in `lang`: its own script's first, so its spaces and
/// punctuation stay in one run with its letters; the others after, for whatever else is typed.
fn families(lang: &str) -> &'static str {
    match lang {
        "ar" | "ps" | "fa" | "ckb" | "ur" => "Noto Sans Arabic, Noto Sans, Noto Sans Ethiopic, Noto Emoji",
        "ti" | "am" => "Noto Sans Ethiopic, Noto Sans, Noto Sans Arabic, Noto Emoji",
        _ => "Noto Sans, Noto Sans Arabic, Noto Sans Ethiopic, Noto Emoji",
    }
}

/// BCP 47 tags as the document carries them: British English and Welsh; others as they are.
fn bcp47(code: &str) -> String {
    match code {
        "en" => "en-GB".into(),
        "cy" => "cy-GB".into(),
        other => other.to_string(),
    }
}

/// Which characters some embedded font can draw.
struct Coverage(Vec<ttf_parser::Face<'static>>);

impl Coverage {
    /// The built-in fonts' character maps, read once for the life of the server.
    fn load() -> Result<&'static Coverage, String> {
        static COVERAGE: std::sync::LazyLock<Result<Coverage, String>> = std::sync::LazyLock::new(|| {
            FONTS
                .iter()
                .map(|data| ttf_parser::Face::parse(data, 0).map_err(|e| format!("font: {e}")))
                .collect::<Result<_, _>>()
                .map(Coverage)
        });
        COVERAGE.as_ref().map_err(Clone::clone)
    }

    fn covers(&self, c: char) -> bool {
        self.0.iter().any(|face| face.glyph_index(c).is_some())
    }

    /// Text as it can be printed: tabs as spaces, control characters dropped, and a character no
    /// font has as a visible "?" (which copies out as "?"): never an empty box that reads as
    /// nothing. Joiners and selectors shape their neighbours, so they stay.
    fn printable(&self, text: &str) -> String {
        text.chars()
            .filter_map(|c| match c {
                '\n' => Some('\n'),
                '\t' => Some(' '),
                // A byte-order mark pasted mid-text means nothing, and a glyph for it would
                // break PDF/UA's rule that every glyph stands for text.
                '\u{FEFF}' => None,
                c if c.is_control() => None,
                c if shapes_neighbours(c) || self.covers(c) => Some(c),
                _ => Some('?'),
            })
            .collect()
    }
}

/// Characters that draw nothing themselves but join, vary or set the direction of what is next
/// to them (Arabic keyboards type the direction marks).
fn shapes_neighbours(c: char) -> bool {
    matches!(
        c,
        '\u{061C}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}' | '\u{2066}'..='\u{2069}' | '\u{FE00}'..='\u{FE0F}' | '\u{E0020}'..='\u{E007F}' | '\u{1F3FB}'..='\u{1F3FF}'
    )
}

/// A block laid out at its width, with the language of each stretch of its text.
struct Laid {
    /// Which block this is a paragraph of, and whether it is the first.
    source: usize,
    first: bool,
    kind: Kind,
    text: String,
    layout: Layout<()>,
    langs: Vec<(Range<usize>, String)>,
    indent: f32,
    grey: bool,
}

impl Laid {
    fn lang_at(&self, index: usize) -> &str {
        self.langs.iter().find(|(range, _)| range.contains(&index)).map(|(_, lang)| lang.as_str()).unwrap_or("en")
    }
}

/// Where one line goes.
struct Placed {
    block: usize,
    line: usize,
    page: usize,
    top: f32,
}

fn font_context() -> FontContext {
    let mut fonts = FontContext {
        collection: Collection::new(CollectionOptions { shared: false, system_fonts: false }),
        source_cache: Default::default(),
    };
    for data in FONTS {
        fonts.collection.register_fonts(Blob::new(Arc::new(data)), None);
    }
    fonts
}

/// A block's paragraphs: each line someone typed is laid out on its own, so each takes its own
/// direction from its first letter (an English line after an Arabic one stays left to right).
fn paragraphs(block: &Block) -> Vec<Block> {
    let mut out = vec![Block { kind: block.kind, parts: Vec::new() }];
    for part in &block.parts {
        for (n, piece) in part.text.split('\n').enumerate() {
            // Blank lines in a row print as one: a paste of empty lines is not pages of nothing.
            let blank = |b: &Block| b.parts.iter().all(|p| p.text.trim().is_empty());
            if n > 0 && !(out.len() > 1 && out.last().is_some_and(blank) && out.get(out.len() - 2).is_some_and(blank)) {
                out.push(Block { kind: block.kind, parts: Vec::new() });
            }
            if let Some(last) = out.last_mut() {
                last.parts.push(Part { text: piece.to_string(), lang: part.lang.clone() });
            }
        }
    }
    out
}

fn lay_out_block(fonts: &mut FontContext, layouts: &mut LayoutContext<()>, coverage: &Coverage, block: &Block, doc_lang: &str) -> Laid {
    let (size, bold, grey, indent, _) = look(block.kind);
    let mut text = String::new();
    let mut langs = Vec::new();
    for part in &block.parts {
        let start = text.len();
        text.push_str(&coverage.printable(&part.text));
        langs.push((start..text.len(), part.lang.clone().unwrap_or_else(|| doc_lang.to_string())));
    }
    let mut builder = layouts.ranged_builder(fonts, &text, 1.0, true);
    builder.push_default(StyleProperty::FontSize(size));
    builder.push_default(StyleProperty::LineHeight(LineHeight::FontSizeRelative(1.45)));
    // A word wider than the line (a long link, "hahaha...") breaks where it must.
    builder.push_default(StyleProperty::OverflowWrap(OverflowWrap::Anywhere));
    if bold {
        builder.push_default(StyleProperty::FontWeight(FontWeight::BOLD));
    }
    for (range, lang) in &langs {
        builder.push(StyleProperty::FontFamily(FontFamily::Source(families(lang).into())), range.clone());
        builder.push(StyleProperty::Locale(Language::parse(lang).ok()), range.clone());
    }
    let mut layout = builder.build(&text);
    layout.break_all_lines(Some(PAGE_WIDTH - 2.0 * MARGIN - indent));
    layout.align(Alignment::Start, AlignmentOptions::default());
    Laid { source: 0, first: true, kind: block.kind, text, layout, langs, indent, grey }
}

/// Puts every line on a page: headings are not left alone at the foot of one.
fn paginate(laid: &[Laid]) -> (Vec<Placed>, usize) {
    let mut placed = Vec::new();
    let (mut page, mut y) = (0, TOP);
    for (n, block) in laid.iter().enumerate() {
        let before = if block.first { look(block.kind).4 } else { 0.0 };
        let first = block.layout.lines().next().map(|l| l.metrics().line_height).unwrap_or(0.0);
        let keep = if matches!(block.kind, Kind::Heading | Kind::Subheading) { 3.0 * first } else { first };
        y += before;
        if y + keep > BOTTOM && y > TOP {
            page += 1;
            y = TOP;
        }
        for (line, metrics) in block.layout.lines().map(|l| *l.metrics()).enumerate() {
            if y + metrics.line_height > BOTTOM && y > TOP {
                page += 1;
                y = TOP;
            }
            placed.push(Placed { block: n, line, page, top: y });
            y += metrics.line_height;
        }
    }
    (placed, page + 1)
}

/// krilla's font for each of parley's, made once so each is embedded once.
#[derive(Default)]
struct Fonts(HashMap<(u64, u32), Font>);

impl Fonts {
    fn get(&mut self, data: &parley::FontData) -> Option<Font> {
        let key = (data.data.id(), data.index);
        if let Some(font) = self.0.get(&key) {
            return Some(font.clone());
        }
        // Every font parley has is one of ours, built in: krilla borrows it rather than copying
        // megabytes for each document.
        let bytes = data.data.data();
        let font = match FONTS.iter().find(|font| font.as_ptr() == bytes.as_ptr() && font.len() == bytes.len()) {
            Some(ours) => Font::new((*ours).into(), data.index)?,
            None => Font::new(bytes.to_vec().into(), data.index)?,
        };
        self.0.insert(key, font.clone());
        Some(font)
    }
}

/// Draws one line at (x, top) in logical order, one tagged span for each run of glyphs, so a
/// reader copying it out gets the words in the order they were written. Right-to-left runs go
/// left to right on the page and krilla marks them `/ReversedChars`.
/// With no `spans`, the line is drawn untagged (inside an artifact, which cannot nest spans).
fn draw_line(
    surface: &mut Surface,
    fonts: &mut Fonts,
    block: &Laid,
    line_index: usize,
    x: f32,
    top: f32,
    mut spans: Option<&mut Vec<krilla::tagging::Identifier>>,
) {
    let Some(line) = block.layout.get(line_index) else { return };
    let line_top = line.metrics().block_min_coord;
    let mut runs: Vec<_> = line
        .items()
        .filter_map(|item| match item {
            PositionedLayoutItem::GlyphRun(run) => Some(run),
            PositionedLayoutItem::InlineBox(_) => None,
        })
        .collect();
    runs.sort_by_key(|run| run.run().text_range().start);
    for glyph_run in runs {
        let run = glyph_run.run();
        let Some(font) = fonts.get(run.font()) else { continue };
        let size = run.font_size();
        let glyphs = run_glyphs(run, size, &block.text);
        if glyphs.is_empty() {
            continue;
        }
        let lang = bcp47(block.lang_at(run.text_range().start));
        if let Some(spans) = spans.as_deref_mut() {
            spans.push(surface.start_tagged(ContentTag::Span(SpanTag::empty().with_lang(Some(&lang)))));
        }
        let baseline = top + glyph_run.baseline() - line_top;
        let start = x + glyph_run.offset();
        if run.is_rtl() {
            // Word by word in the order they were typed, each at its place on the line: krilla
            // marks each word `/ReversedChars`, and a reader copying the line out gets the words
            // in their order too, not the page's left-to-right one.
            for (at, word) in words_in_typed_order(&glyphs, &block.text) {
                surface.draw_glyphs(Point::from_xy(start + at * size, baseline), word, font.clone(), &block.text, size, false);
            }
        } else {
            surface.draw_glyphs(Point::from_xy(start, baseline), &glyphs, font, &block.text, size, false);
        }
        if spans.is_some() {
            surface.end_tagged();
        }
    }
}

/// A right-to-left run's glyphs (in the page's left-to-right order) cut into words and the spaces
/// between them, in the order they were typed, each with how far along the run it starts (in
/// units of the font size, as the glyphs' advances are).
fn words_in_typed_order<'g>(glyphs: &'g [KrillaGlyph], text: &str) -> Vec<(f32, &'g [KrillaGlyph])> {
    let space = |g: &KrillaGlyph| text.get(g.text_range.clone()).is_some_and(|t| t.chars().all(char::is_whitespace));
    let mut pieces = Vec::new();
    let (mut from, mut at, mut piece_at) = (0, 0.0, 0.0);
    for (n, glyph) in glyphs.iter().enumerate() {
        // A piece ends where a space starts or stops.
        if n > from && space(glyph) != space(&glyphs[n - 1]) {
            pieces.push((piece_at, &glyphs[from..n]));
            from = n;
            piece_at = at;
        }
        at += glyph.x_advance;
    }
    if from < glyphs.len() {
        pieces.push((piece_at, &glyphs[from..]));
    }
    pieces.sort_by_key(|(_, piece)| piece.iter().map(|g| g.text_range.start).min().unwrap_or(0));
    pieces
}

/// A run's glyphs in the order they are drawn (left to right), each with the text it stands for.
/// Clusters are taken in the order they were typed, so a ligature's later letters (lam-alef)
/// join the glyph that draws them, then right-to-left runs are turned round. Where a cluster has
/// one glyph for each of its letters (a letter and its mark), each glyph gets its own letter, so
/// every glyph's text falls steadily across a right-to-left run and krilla can mark it
/// `/ReversedChars`.
fn run_glyphs(run: &parley::Run<'_, ()>, size: f32, text: &str) -> Vec<KrillaGlyph> {
    let mut clusters: Vec<(Range<usize>, Vec<parley::Glyph>)> = Vec::new();
    for cluster in run.clusters() {
        let range = cluster.text_range();
        match clusters.last_mut() {
            Some((merged, _)) if cluster.is_ligature_continuation() => merged.end = merged.end.max(range.end),
            _ => clusters.push((range, cluster.glyphs().collect())),
        }
    }
    let rtl = run.is_rtl();
    if rtl {
        clusters.reverse();
    }
    let mut glyphs = Vec::new();
    for (range, cluster) in clusters {
        let letters: Vec<Range<usize>> = text
            .get(range.clone())
            .unwrap_or_default()
            .char_indices()
            .map(|(i, c)| range.start + i..range.start + i + c.len_utf8())
            .collect();
        let one_each = cluster.len() > 1 && cluster.len() == letters.len();
        for (n, g) in cluster.iter().enumerate() {
            let own = match (one_each, rtl) {
                (true, true) => letters[letters.len() - 1 - n].clone(),
                (true, false) => letters[n].clone(),
                (false, _) => range.clone(),
            };
            glyphs.push(KrillaGlyph::new(GlyphId::new(g.id), g.advance / size, g.x / size, g.y / size, 0.0, own, None));
        }
    }
    glyphs
}

/// Draws a piece of page furniture (the marking, the page number) as an artifact, outside the
/// document's structure, as PDF/UA asks.
fn draw_furniture(surface: &mut Surface, fonts: &mut Fonts, block: &Laid, kind: ArtifactType, right: bool, top: f32) {
    let Some(line) = block.layout.lines().next() else { return };
    let x = if right { PAGE_WIDTH - MARGIN - line.metrics().advance } else { MARGIN };
    surface.start_tagged(ContentTag::Artifact(Artifact::with_kind(kind)));
    draw_line(surface, fonts, block, 0, x, top, None);
    surface.end_tagged();
}

/// The tag for a block, in its language where that is not the document's.
fn tag_for(block: &Laid, doc_lang: &str) -> TagKind {
    let lang = block.langs.first().map(|(_, l)| l.as_str()).filter(|l| *l != doc_lang && block.langs.len() == 1).map(bcp47);
    let heading = |level: u16| -> TagKind {
        let level = NonZeroU16::new(level).unwrap_or(NonZeroU16::MIN);
        Tag::Hn(level, Some(block.text.clone())).with_lang(lang.clone()).into()
    };
    match block.kind {
        Kind::Title => heading(1),
        Kind::Heading => heading(2),
        Kind::Subheading => heading(3),
        Kind::Quote => Tag::BlockQuote.with_lang(lang).into(),
        Kind::Item => Tag::LBody.with_lang(lang).into(),
        Kind::Text | Kind::Hint | Kind::Flag => Tag::P.with_lang(lang).into(),
    }
}

/// Why krilla could not write a document.
enum Failure {
    /// It would not meet PDF/UA-1: how many problems.
    Inaccessible(usize),
    Other(String),
}

/// Everything laid out, ready to draw.
struct Prepared {
    /// How many blocks the document has; `laid` holds their paragraphs.
    blocks: usize,
    laid: Vec<Laid>,
    placed: Vec<Placed>,
    pages: usize,
    head: Laid,
    labels: Vec<Laid>,
    bullet: Laid,
}

fn prepare(meta: &Meta, blocks: &[Block]) -> Result<Prepared, String> {
    let coverage = Coverage::load()?;
    let mut fonts = font_context();
    let mut layouts = LayoutContext::new();
    let mut lay = |block: &Block| lay_out_block(&mut fonts, &mut layouts, coverage, block, &meta.lang);
    let mut laid = Vec::new();
    for (source, block) in blocks.iter().enumerate() {
        for (n, paragraph) in paragraphs(block).iter().enumerate() {
            laid.push(Laid { source, first: n == 0, ..lay(paragraph) });
        }
    }
    let (placed, pages) = paginate(&laid);
    let head = lay(&Block::new(Kind::Hint, meta.running_head.as_str()));
    let labels = (1..=pages)
        .map(|n| lay(&Block::new(Kind::Hint, meta.page_label.replace("{page}", &n.to_string()).replace("{pages}", &pages.to_string()))))
        .collect();
    let bullet = lay(&Block::new(Kind::Item, "•"));
    Ok(Prepared { blocks: blocks.len(), laid, placed, pages, head, labels, bullet })
}

fn render(meta: &Meta, prepared: &Prepared, accessible: bool) -> Result<Vec<u8>, Failure> {
    let mut settings = krilla::SerializeSettings::default();
    if accessible {
        settings.configuration = ConfigurationBuilder::new()
            .with_accessibility_validator(Accessibility::UA1)
            .finish()
            .map_err(|e| Failure::Other(format!("PDF/UA configuration: {e:?}")))?;
    }
    let mut document = krilla::Document::new_with(settings);
    let mut fonts = Fonts::default();
    let count = prepared.blocks;
    let mut spans: Vec<Vec<krilla::tagging::Identifier>> = (0..count).map(|_| Vec::new()).collect();
    let mut labels: Vec<Vec<krilla::tagging::Identifier>> = (0..count).map(|_| Vec::new()).collect();
    let mut outline = Outline::new();
    let page_size = PageSettings::from_wh(PAGE_WIDTH, PAGE_HEIGHT).ok_or_else(|| Failure::Other("page size".into()))?;
    for page_index in 0..prepared.pages {
        let mut page = document.start_page_with(page_size.clone());
        let mut surface = page.surface();
        surface.set_fill(Some(fill(grey())));
        draw_furniture(&mut surface, &mut fonts, &prepared.head, ArtifactType::Header, false, 30.0);
        for placed in prepared.placed.iter().filter(|p| p.page == page_index) {
            let block = &prepared.laid[placed.block];
            surface.set_fill(Some(fill(if block.grey { grey() } else { rgb::Color::black() })));
            let opens = placed.line == 0 && block.first;
            if opens && block.kind == Kind::Item {
                draw_line(&mut surface, &mut fonts, &prepared.bullet, 0, MARGIN + 2.0, placed.top, Some(&mut labels[block.source]));
            }
            if opens && matches!(block.kind, Kind::Title | Kind::Heading) {
                outline
                    .push_child(OutlineNode::new(block.text.clone(), XyzDestination::new(page_index, Point::from_xy(MARGIN, placed.top))));
            }
            draw_line(&mut surface, &mut fonts, block, placed.line, MARGIN + block.indent, placed.top, Some(&mut spans[block.source]));
        }
        surface.set_fill(Some(fill(grey())));
        if let Some(label) = prepared.labels.get(page_index) {
            draw_furniture(&mut surface, &mut fonts, label, ArtifactType::Footer, true, PAGE_HEIGHT - 46.0);
        }
        surface.finish();
        page.finish();
    }
    let mut tree = TagTree::new().with_lang(Some(bcp47(&meta.lang)));
    let mut list: Option<TagGroup> = None;
    for block in prepared.laid.iter().filter(|l| l.first) {
        let n = block.source;
        let ids = std::mem::take(&mut spans[n]);
        let bullets = std::mem::take(&mut labels[n]);
        // Every marked piece of a page must be in the tree, so a bullet goes in even when the
        // item's text drew nothing; a block that drew nothing has no element.
        if ids.is_empty() && bullets.is_empty() {
            continue;
        }
        let mut group = TagGroup::new(tag_for(block, &meta.lang));
        for id in ids {
            group.push(id);
        }
        if block.kind == Kind::Item {
            let mut item = TagGroup::new(Tag::LI);
            if !bullets.is_empty() {
                let mut label = TagGroup::new(Tag::Lbl);
                for id in bullets {
                    label.push(id);
                }
                item.push(label);
            }
            if !group.children.is_empty() {
                item.push(group);
            }
            list.get_or_insert_with(|| TagGroup::new(Tag::L(ListNumbering::Disc))).push(item);
            continue;
        }
        if let Some(done) = list.take() {
            tree.push(done);
        }
        tree.push(group);
    }
    if let Some(done) = list.take() {
        tree.push(done);
    }
    document.set_tag_tree(tree);
    document.set_outline(outline);
    document.set_metadata(Metadata::new().title(meta.title.clone()).language(bcp47(&meta.lang)).producer("Heard".into()));
    document.finish().map_err(|e| match e {
        krilla::error::KrillaError::Validation(problems) => Failure::Inaccessible(problems.len()),
        // What krilla says may quote a font's or the text's details: none of it goes further.
        _ => Failure::Other("krilla could not finish the document".into()),
    })
}

fn fill(colour: rgb::Color) -> Fill {
    Fill { paint: colour.into(), opacity: NormalizedF32::ONE, rule: Default::default() }
}

/// Writes the document as tagged PDF/UA-1; where it cannot meet that (a glyph krilla cannot map
/// to text, say), still writes it, tagged, without the claim, and says so in the log.
fn write(meta: &Meta, blocks: &[Block]) -> Result<Vec<u8>, String> {
    let prepared = prepare(meta, blocks)?;
    match render(meta, &prepared, true) {
        Ok(bytes) => Ok(bytes),
        Err(Failure::Inaccessible(problems)) => {
            tracing::warn!(problems, "a PDF could not meet PDF/UA-1; written without that claim");
            render(meta, &prepared, false).map_err(|e| match e {
                Failure::Inaccessible(n) => format!("writing the PDF: {n} problems"),
                Failure::Other(e) => format!("writing the PDF: {e}"),
            })
        }
        Err(Failure::Other(e)) => Err(format!("writing the PDF: {e}")),
    }
}

/// Writes the document, sealed with AES-256 (security handler revision 6) under `password`.
/// Anyone opening it needs the password; printing and copying are then allowed.
pub fn protected(meta: &Meta, blocks: &[Block], password: &str) -> Result<Vec<u8>, String> {
    let bytes = write(meta, blocks)?;
    seal(&bytes, password)
}

/// Writes the document unsealed: for a case system that fetched it over the council's API, and
/// keeps it in the case record under that system's own protection.
pub fn plain(meta: &Meta, blocks: &[Block]) -> Result<Vec<u8>, String> {
    write(meta, blocks)
}

/// Seals a finished document with AES-256 (security handler revision 6) under `password`.
fn seal(bytes: &[u8], password: &str) -> Result<Vec<u8>, String> {
    use rand::RngCore;
    let mut doc = Document::load_mem(bytes).map_err(|e| format!("reading the PDF to seal: {e}"))?;
    // PDF/UA-1 files are PDF 1.7, where AES-256 is Adobe's extension level 8.
    let catalog = doc.catalog_mut().map_err(|e| format!("the PDF's catalogue: {e}"))?;
    catalog
        .set("Extensions", dictionary! { "ADBE" => dictionary! { "BaseVersion" => Object::Name(b"1.7".to_vec()), "ExtensionLevel" => 8 } });
    let mut rng = rand::rng();
    // An encrypted file must name itself: two random identifiers.
    let mut id = || {
        let mut bytes = vec![0u8; 16];
        rng.fill_bytes(&mut bytes);
        Object::String(bytes, StringFormat::Hexadecimal)
    };
    let ids = vec![id(), id()];
    doc.trailer.set("ID", ids);
    let mut file_key = [0u8; 32];
    rng.fill_bytes(&mut file_key);
    // Nobody holds the owner password: the document cannot be "unlocked" to change it.
    let mut owner = [0u8; 24];
    rng.fill_bytes(&mut owner);
    let owner: String = owner.iter().map(|b| format!("{b:02x}")).collect();
    let filter: Arc<dyn CryptFilter> = Arc::new(Aes256CryptFilter);
    let version = EncryptionVersion::V5 {
        encrypt_metadata: true,
        crypt_filters: BTreeMap::from([(b"StdCF".to_vec(), filter)]),
        file_encryption_key: &file_key,
        stream_filter: b"StdCF".to_vec(),
        string_filter: b"StdCF".to_vec(),
        owner_password: &owner,
        user_password: password,
        permissions: Permissions::PRINTABLE
            | Permissions::PRINTABLE_IN_HIGH_QUALITY
            | Permissions::COPYABLE
            | Permissions::COPYABLE_FOR_ACCESSIBILITY,
    };
    let state = EncryptionState::try_from(version).map_err(|e| format!("encryption: {e}"))?;
    doc.encrypt(&state).map_err(|e| format!("encrypting: {e}"))?;
    let mut sealed = Vec::new();
    doc.save_to(&mut sealed).map_err(|e| format!("writing the sealed PDF: {e}"))?;
    Ok(sealed)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn meta() -> Meta {
        Meta {
            title: "Pecyn".into(),
            lang: "cy".into(),
            running_head: "SWYDDOGOL-SENSITIF".into(),
            page_label: "Tudalen {page} o {pages}".into(),
        }
    }

    /// The document, opened with `password`.
    fn opened(bytes: &[u8], password: &str) -> Document {
        Document::load_mem_with_options(bytes, lopdf::LoadOptions::with_password(password)).expect("opens with the password")
    }

    fn all_content(doc: &Document) -> String {
        doc.get_pages().values().map(|page| String::from_utf8_lossy(&doc.get_page_content(*page)).into_owned()).collect()
    }

    #[test]
    fn long_documents_run_over_pages_and_no_line_runs_past_the_margins() {
        let words = "Dw i eisiau gweld fy mrawd yn amlach, bob penwythnos os gwelwch yn dda. ".repeat(8);
        let mut blocks: Vec<Block> = (0..120).map(|n| Block::new(Kind::Item, format!("Llinell {n}"))).collect();
        blocks.push(Block::said(Kind::Quote, words.clone(), "cy"));
        blocks.push(Block::said(Kind::Quote, "أريد أن أرى أخي كل أسبوع، من فضلك. ".repeat(10), "ar"));
        let prepared = prepare(&meta(), &blocks).expect("laid out");
        assert!(prepared.pages >= 3, "{} pages", prepared.pages);
        for placed in &prepared.placed {
            let block = &prepared.laid[placed.block];
            let line = block.layout.get(placed.line).expect("line");
            assert!(placed.top >= TOP && placed.top + line.metrics().line_height <= BOTTOM, "line inside the page's margins");
            let width = PAGE_WIDTH - 2.0 * MARGIN - block.indent;
            assert!(line.metrics().advance - line.metrics().hanging_advance <= width + 0.01, "line within its width");
        }
        // Welsh wraps into several lines and keeps every word.
        let welsh = prepared.laid.iter().find(|b| b.text == words).expect("the Welsh words");
        assert!(welsh.layout.len() > 3);
        let rejoined: Vec<String> = welsh.layout.lines().map(|l| welsh.text[l.text_range()].to_string()).collect();
        assert_eq!(rejoined.concat(), words);
        // Arabic lines start at the right margin.
        let arabic = prepared.laid.iter().find(|b| b.langs[0].1 == "ar").expect("the Arabic words");
        let first = arabic.layout.get(0).expect("a line");
        assert!(first.runs().all(|r| r.is_rtl()), "right to left");
        let width = PAGE_WIDTH - 2.0 * MARGIN - arabic.indent;
        let right = first.metrics().offset + first.metrics().advance;
        assert!((right - width).abs() < 5.0, "the first line ends at the right margin: {right} of {width}");
        let last = arabic.layout.get(arabic.layout.len() - 1).expect("a last line");
        assert!(last.metrics().offset > 50.0, "a short last line sits at the right, not the left");
    }

    #[test]
    fn each_line_someone_typed_takes_its_own_direction() {
        let said = Block::said(Kind::Quote, "أريد أن أرى أخي\nFi a Mam 👩‍👦 gyda'n gilydd 👍🏽\n\nንሓወይ", "ar");
        let prepared = prepare(&meta(), &[Block::new(Kind::Text, "Cwestiwn"), said]).expect("laid out");
        let quote: Vec<&Laid> = prepared.laid.iter().filter(|l| l.source == 1).collect();
        assert_eq!(
            quote.iter().map(|l| l.text.as_str()).collect::<Vec<_>>(),
            ["أريد أن أرى أخي", "Fi a Mam 👩‍👦 gyda'n gilydd 👍🏽", "", "ንሓወይ"]
        );
        assert_eq!(quote.iter().map(|l| l.first).collect::<Vec<_>>(), [true, false, false, false]);
        let rtl = |l: &Laid| l.layout.get(0).expect("a line").runs().any(|r| r.is_rtl());
        assert!(rtl(quote[0]) && !rtl(quote[1]) && !rtl(quote[3]));
        assert!(quote[1].layout.get(0).expect("a line").metrics().offset < 1.0, "the Welsh line starts at the left");
    }

    #[test]
    fn the_document_opens_only_with_its_password_and_is_tagged_in_its_languages() {
        let blocks = [
            Block::new(Kind::Title, "Pecyn"),
            Block::new(Kind::Text, "Beth ddywedodd Heulwen"),
            Block::said(Kind::Quote, "أريد أن أرى أخي", "ar"),
            Block::new(Kind::Item, "Hapus ").then("(سعيد)", Some("ar")),
        ];
        let bytes = protected(&meta(), &blocks, "cyfrinair hir iawn").expect("pdf");
        assert!(bytes.starts_with(b"%PDF-1.7"), "PDF/UA-1 is PDF 1.7");
        let raw = String::from_utf8_lossy(&bytes);
        assert!(raw.contains("/Encrypt") && raw.contains("/AESV3") && raw.contains("/ExtensionLevel 8"), "AES-256, named for a 1.7 reader");
        assert!(Document::load_mem_with_options(&bytes, lopdf::LoadOptions::with_password("wrong password")).is_err());
        let doc = opened(&bytes, "cyfrinair hir iawn");
        let catalog = doc.catalog().expect("catalog");
        assert_eq!(catalog.get(b"Lang").and_then(Object::as_str).expect("Lang"), b"cy-GB");
        assert!(catalog.get(b"StructTreeRoot").is_ok(), "tagged");
        let marked = catalog.get(b"MarkInfo").and_then(|o| doc.dereference(o)).and_then(|(_, o)| o.as_dict()).expect("MarkInfo");
        assert!(marked.get(b"Marked").and_then(Object::as_bool).expect("Marked"), "marked as tagged");
        assert!(catalog.get(b"Outlines").is_ok(), "headings as bookmarks");
        // The XMP metadata claims PDF/UA-1.
        let metadata = catalog.get(b"Metadata").and_then(Object::as_reference).expect("metadata");
        let xmp = doc
            .get_object(metadata)
            .and_then(Object::as_stream)
            .expect("xmp")
            .decompressed_content()
            .unwrap_or_else(|_| doc.get_object(metadata).and_then(Object::as_stream).expect("xmp").content.clone());
        assert!(String::from_utf8_lossy(&xmp).contains("pdfuaid:part"), "claims PDF/UA");
        // Someone's words carry their language; the right-to-left run is marked reversed.
        let content = all_content(&doc);
        assert!(content.contains("/Lang (ar)") || content.contains("/Lang(ar)"), "{content}");
        assert!(content.contains("/ReversedChars"), "{content}");
        assert!(content.contains("/Artifact"), "page furniture is outside the structure");
        // Subsetted Noto fonts, one for each script used.
        let mut names: Vec<String> = Vec::new();
        for page in doc.get_pages().values() {
            for font in doc.get_page_fonts(*page).expect("fonts").values() {
                names.push(String::from_utf8_lossy(font.get(b"BaseFont").and_then(Object::as_name).expect("name")).into_owned());
            }
        }
        assert!(
            names.iter().any(|n| n.ends_with("+NotoSans-Regular")) && names.iter().any(|n| n.ends_with("+NotoSansArabic-Regular")),
            "{names:?}"
        );
        assert!(names.iter().any(|n| n.ends_with("+NotoSans-Bold")), "{names:?}");
    }

    #[test]
    fn a_letter_no_font_has_prints_as_a_question_mark_and_the_document_is_still_made() {
        let coverage = Coverage::load().expect("fonts");
        assert_eq!(coverage.printable("a\u{10FFFD}b\tc\u{7}d\u{200D}e"), "a?b cd\u{200D}e");
        for c in [
            'ŵ', 'ŷ', 'ą', 'ș', 'ț', 'ڕ', 'ڵ', 'ێ', 'ۆ', 'ە', 'ټ', 'ډ', 'ړ', 'ږ', 'ښ', 'ګ', 'ڼ', 'ې', 'ۍ', 'پ', 'چ', 'ژ', 'گ', 'ኣ', 'ኹ',
            '።', '😢', '👩', '👍',
        ] {
            assert!(coverage.covers(c), "an embedded font draws {c}");
        }
        let bytes = plain(&meta(), &[Block::said(Kind::Quote, "中文 \u{10FFFD} ok", "en")]).expect("still made");
        assert!(bytes.starts_with(b"%PDF-"));
    }
}
