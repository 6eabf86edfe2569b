//! A small PDF writer for documents that leave Heard: A4 pages of wrapped text in an embedded
//! font that has every Welsh letter (ŵ, ŷ), with emoji from a second font (children type them),
//! sealed with AES-256 under a password the reader types. The password is used here and nowhere
//! else: never stored, never logged.

use lopdf::encryption::crypt_filters::{Aes256CryptFilter, CryptFilter};
use lopdf::{dictionary, Document, EncryptionState, EncryptionVersion, Object, Permissions, Stream, StringFormat};
use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

static REGULAR: &[u8] = include_bytes!("../../../../fonts/DejaVuSans.ttf");
static BOLD: &[u8] = include_bytes!("../../../../fonts/DejaVuSans-Bold.ttf");
/// Black-and-white emoji: what a child typed as 😢 or 👍 prints as itself, not as "?".
static EMOJI: &[u8] = include_bytes!("../../../../fonts/NotoEmoji-Regular.ttf");

/// A4 in points, and the margins.
const PAGE_WIDTH: f32 = 595.0;
const PAGE_HEIGHT: f32 = 842.0;
const MARGIN: f32 = 56.0;
const TOP: f32 = PAGE_HEIGHT - 72.0;
const BOTTOM: f32 = 64.0;

/// The shortest password a protected document accepts (and the longest, against abuse).
pub const PASSWORD_MIN: usize = 12;
pub const PASSWORD_MAX: usize = 128;

/// One piece of a document, laid out top to bottom.
#[derive(Clone, Debug, PartialEq)]
pub enum Block {
    Title(String),
    Heading(String),
    Subheading(String),
    Text(String),
    /// Smaller and grey: dates, notes.
    Hint(String),
    /// Indented with a bullet.
    Item(String),
    /// Words someone gave, set off from the question.
    Quote(String),
    /// Stands out: an urgent alert, "just for my IRO".
    Flag(String),
}

/// What a document says about itself, and the line on every page.
pub struct Meta {
    pub title: String,
    /// "en" or "cy".
    pub lang: String,
    /// At the top of every page (a protective marking).
    pub running_head: String,
    /// "Page {page} of {pages}".
    pub page_label: String,
}

#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Weight {
    Regular,
    Bold,
}

/// Which embedded font draws a glyph: the run's own, or the emoji font when the run's lacks it.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug)]
enum FontId {
    Regular,
    Bold,
    Emoji,
}

impl FontId {
    const ALL: [FontId; 3] = [FontId::Regular, FontId::Bold, FontId::Emoji];

    fn of(weight: Weight) -> FontId {
        match weight {
            Weight::Regular => FontId::Regular,
            Weight::Bold => FontId::Bold,
        }
    }

    /// The font's resource name on every page, its file, and the name it is embedded under.
    fn names(self) -> (&'static str, &'static [u8], &'static str) {
        match self {
            FontId::Regular => ("F1", REGULAR, "DejaVuSans"),
            FontId::Bold => ("F2", BOLD, "DejaVuSans-Bold"),
            FontId::Emoji => ("F3", EMOJI, "NotoEmoji"),
        }
    }
}

/// Characters that shape their neighbours (emoji joiners and variation selectors, zero-width
/// spaces) and draw nothing themselves: without shaping they are left out, not drawn as "?".
fn draws_nothing(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FE00}'..='\u{FE0F}' | '\u{FEFF}' | '\u{E0020}'..='\u{E007F}')
}

struct Run {
    weight: Weight,
    size: f32,
    x: f32,
    y: f32,
    grey: bool,
    text: String,
}

struct Fonts {
    regular: ttf_parser::Face<'static>,
    bold: ttf_parser::Face<'static>,
    emoji: ttf_parser::Face<'static>,
}

/// How one character is drawn: in which font, with which glyph, and what it copies out as.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Drawn {
    font: FontId,
    glyph: u16,
    shown: char,
}

impl Fonts {
    fn load() -> Result<Fonts, String> {
        Ok(Fonts {
            regular: ttf_parser::Face::parse(REGULAR, 0).map_err(|e| format!("regular font: {e}"))?,
            bold: ttf_parser::Face::parse(BOLD, 0).map_err(|e| format!("bold font: {e}"))?,
            emoji: ttf_parser::Face::parse(EMOJI, 0).map_err(|e| format!("emoji font: {e}"))?,
        })
    }

    fn face(&self, font: FontId) -> &ttf_parser::Face<'static> {
        match font {
            FontId::Regular => &self.regular,
            FontId::Bold => &self.bold,
            FontId::Emoji => &self.emoji,
        }
    }

    /// How a character is drawn: in the run's font or the emoji font; else as "?" (which
    /// copies out as "?", never as the character, or every real "?" would copy out as it).
    /// Nothing for a character that draws nothing.
    fn draw(&self, weight: Weight, c: char) -> Option<Drawn> {
        if draws_nothing(c) {
            return None;
        }
        let own = FontId::of(weight);
        // Pictographs (U+1F000 on) come from the emoji font even where the text font has a few,
        // so a child's emoji all look alike.
        let order = if c >= '\u{1F000}' { [FontId::Emoji, own] } else { [own, FontId::Emoji] };
        for font in order {
            if let Some(g) = self.face(font).glyph_index(c) {
                return Some(Drawn { font, glyph: g.0, shown: c });
            }
        }
        let glyph = self.face(own).glyph_index('?').map(|g| g.0).unwrap_or(0);
        Some(Drawn { font: own, glyph, shown: '?' })
    }

    /// Advance width in thousandths of the font size.
    fn advance(&self, font: FontId, glyph: u16) -> f32 {
        let face = self.face(font);
        let units = f32::from(face.units_per_em());
        f32::from(face.glyph_hor_advance(ttf_parser::GlyphId(glyph)).unwrap_or(0)) * 1000.0 / units
    }

    fn width(&self, weight: Weight, size: f32, text: &str) -> f32 {
        text.chars().filter_map(|c| self.draw(weight, c)).map(|d| self.advance(d.font, d.glyph)).sum::<f32>() * size / 1000.0
    }
}

/// Splits text into lines no wider than `max`: at spaces, and inside a word only when the word
/// alone is too long. Line breaks in the text are kept.
fn wrap(fonts: &Fonts, weight: Weight, size: f32, text: &str, max: f32) -> Vec<String> {
    let mut lines = Vec::new();
    for paragraph in text.split('\n') {
        let mut line = String::new();
        for word in paragraph.split_whitespace() {
            let candidate = if line.is_empty() { word.to_string() } else { format!("{line} {word}") };
            if fonts.width(weight, size, &candidate) <= max {
                line = candidate;
                continue;
            }
            if !line.is_empty() {
                lines.push(std::mem::take(&mut line));
            }
            // A word wider than the line (a long link, say) is broken where it must be.
            for c in word.chars() {
                let longer = format!("{line}{c}");
                if !line.is_empty() && fonts.width(weight, size, &longer) > max {
                    lines.push(std::mem::replace(&mut line, c.to_string()));
                } else {
                    line = longer;
                }
            }
        }
        lines.push(line);
    }
    lines
}

/// Lays the blocks out on A4 pages.
fn lay_out(fonts: &Fonts, blocks: &[Block]) -> Vec<Vec<Run>> {
    let mut pages: Vec<Vec<Run>> = vec![Vec::new()];
    let mut y = TOP;
    let full = PAGE_WIDTH - 2.0 * MARGIN;
    for block in blocks {
        let (weight, size, indent, before, grey, bullet) = match block {
            Block::Title(_) => (Weight::Bold, 18.0, 0.0, 0.0, false, false),
            Block::Heading(_) => (Weight::Bold, 14.0, 0.0, 14.0, false, false),
            Block::Subheading(_) => (Weight::Bold, 11.5, 0.0, 9.0, false, false),
            Block::Text(_) => (Weight::Regular, 10.5, 0.0, 4.0, false, false),
            Block::Hint(_) => (Weight::Regular, 9.0, 0.0, 2.0, true, false),
            Block::Item(_) => (Weight::Regular, 10.5, 14.0, 2.0, false, true),
            Block::Quote(_) => (Weight::Regular, 10.5, 14.0, 2.0, false, false),
            Block::Flag(_) => (Weight::Bold, 10.5, 0.0, 4.0, false, false),
        };
        let text = match block {
            Block::Title(t)
            | Block::Heading(t)
            | Block::Subheading(t)
            | Block::Text(t)
            | Block::Hint(t)
            | Block::Item(t)
            | Block::Quote(t)
            | Block::Flag(t) => t,
        };
        let leading = size * 1.35;
        let lines = wrap(fonts, weight, size, text, full - indent);
        // A heading is not left alone at the foot of a page.
        let keep = if matches!(block, Block::Heading(_) | Block::Subheading(_)) { 3.0 * leading } else { leading };
        y -= before;
        if y - keep < BOTTOM {
            pages.push(Vec::new());
            y = TOP;
        }
        for (n, line) in lines.into_iter().enumerate() {
            if y - leading < BOTTOM {
                pages.push(Vec::new());
                y = TOP;
            }
            y -= leading;
            let page = pages.last_mut().expect("there is always a page");
            if bullet && n == 0 {
                page.push(Run { weight, size, x: MARGIN + 2.0, y, grey, text: "•".into() });
            }
            page.push(Run { weight, size, x: MARGIN + indent, y, grey, text: line });
        }
    }
    pages
}

/// One embedded font: its subset and how its characters map to glyphs in the subset.
struct Embedded {
    remapper: subsetter::GlyphRemapper,
    /// Original glyph → the character it shows (for copying text out and screen readers).
    chars: BTreeMap<u16, char>,
}

impl Embedded {
    fn new() -> Embedded {
        let mut remapper = subsetter::GlyphRemapper::new();
        // Glyph 0 (.notdef) keeps its place, as PDF readers expect.
        remapper.remap(0);
        Embedded { remapper, chars: BTreeMap::new() }
    }

    fn add(&mut self, drawn: Drawn) -> [u8; 2] {
        self.chars.entry(drawn.glyph).or_insert(drawn.shown);
        self.remapper.remap(drawn.glyph).to_be_bytes()
    }

    fn used(&self) -> bool {
        !self.chars.is_empty()
    }
}

/// The three embedded fonts, filled as pages are written.
struct Embeddings([Embedded; 3]);

impl Embeddings {
    fn new() -> Embeddings {
        Embeddings([Embedded::new(), Embedded::new(), Embedded::new()])
    }

    fn of(&mut self, font: FontId) -> &mut Embedded {
        &mut self.0[font as usize]
    }

    /// A line of text as pieces, each in one font: the run's own, with emoji between.
    fn encode(&mut self, fonts: &Fonts, weight: Weight, text: &str) -> Vec<(FontId, Vec<u8>)> {
        let mut pieces: Vec<(FontId, Vec<u8>)> = Vec::new();
        for drawn in text.chars().filter_map(|c| fonts.draw(weight, c)) {
            let bytes = self.of(drawn.font).add(drawn);
            match pieces.last_mut() {
                Some((font, piece)) if *font == drawn.font => piece.extend_from_slice(&bytes),
                _ => pieces.push((drawn.font, bytes.to_vec())),
            }
        }
        pieces
    }
}

fn to_unicode_cmap(embedded: &Embedded) -> Vec<u8> {
    let mut cmap = String::from(
        "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n\
         /CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n",
    );
    let pairs: Vec<(u16, char)> = embedded.chars.iter().filter_map(|(old, c)| embedded.remapper.get(*old).map(|new| (new, *c))).collect();
    for chunk in pairs.chunks(100) {
        cmap.push_str(&format!("{} beginbfchar\n", chunk.len()));
        for (new, c) in chunk {
            let mut units = [0u16; 2];
            let hex: String = c.encode_utf16(&mut units).iter().map(|u| format!("{u:04X}")).collect();
            cmap.push_str(&format!("<{new:04X}> <{hex}>\n"));
        }
        cmap.push_str("endbfchar\n");
    }
    cmap.push_str("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
    cmap.into_bytes()
}

/// Adds one font to the document as a Type 0 font over its subset.
fn add_font(doc: &mut Document, fonts: &Fonts, font: FontId, embedded: &Embedded) -> Result<lopdf::ObjectId, String> {
    let (_, data, name) = font.names();
    let face = fonts.face(font);
    let subset = subsetter::subset(data, 0, &embedded.remapper).map_err(|e| format!("subsetting {name}: {e}"))?;
    let units = f32::from(face.units_per_em());
    let scale = |v: i16| (f32::from(v) * 1000.0 / units).round() as i64;
    let bbox = face.global_bounding_box();
    let length = subset.len() as i64;
    let mut file = Stream::new(dictionary! { "Length1" => length }, subset);
    file.compress().map_err(|e| format!("compressing {name}: {e}"))?;
    let file_id = doc.add_object(file);
    // A subset's name starts with six capitals and a plus.
    let tag = match font {
        FontId::Regular => "R",
        FontId::Bold => "B",
        FontId::Emoji => "E",
    };
    let base = format!("HEARD{tag}+{name}");
    let descriptor = doc.add_object(dictionary! {
        "Type" => "FontDescriptor",
        "FontName" => Object::Name(base.clone().into_bytes()),
        "Flags" => 32,
        "FontBBox" => vec![scale(bbox.x_min).into(), scale(bbox.y_min).into(), scale(bbox.x_max).into(), scale(bbox.y_max).into()],
        "ItalicAngle" => 0,
        "Ascent" => scale(face.ascender()),
        "Descent" => scale(face.descender()),
        "CapHeight" => scale(face.capital_height().unwrap_or(face.ascender())),
        "StemV" => if font == FontId::Bold { 120 } else { 80 },
        "FontFile2" => file_id,
    });
    let mut widths: Vec<Object> = Vec::new();
    let used: BTreeSet<u16> = embedded.remapper.remapped_gids().collect();
    for old in used {
        if let Some(new) = embedded.remapper.get(old) {
            widths.push(i64::from(new).into());
            widths.push(vec![Object::Real(fonts.advance(font, old))].into());
        }
    }
    let cid_font = doc.add_object(dictionary! {
        "Type" => "Font",
        "Subtype" => "CIDFontType2",
        "BaseFont" => Object::Name(base.clone().into_bytes()),
        "CIDSystemInfo" => dictionary! {
            "Registry" => Object::string_literal("Adobe"),
            "Ordering" => Object::string_literal("Identity"),
            "Supplement" => 0,
        },
        "FontDescriptor" => descriptor,
        "W" => widths,
        "CIDToGIDMap" => "Identity",
    });
    let mut to_unicode = Stream::new(dictionary! {}, to_unicode_cmap(embedded));
    to_unicode.compress().map_err(|e| format!("compressing {name} cmap: {e}"))?;
    let to_unicode = doc.add_object(to_unicode);
    Ok(doc.add_object(dictionary! {
        "Type" => "Font",
        "Subtype" => "Type0",
        "BaseFont" => Object::Name(base.into_bytes()),
        "Encoding" => "Identity-H",
        "DescendantFonts" => vec![cid_font.into()],
        "ToUnicode" => to_unicode,
    }))
}

/// One line of text: each piece in its font, one after the other from (x, y).
fn text_ops(out: &mut String, size: f32, x: f32, y: f32, grey: bool, pieces: &[(FontId, Vec<u8>)]) {
    let colour = if grey { "0.3 g" } else { "0 g" };
    out.push_str(&format!("BT {colour} {x:.2} {y:.2} Td"));
    for (font, bytes) in pieces {
        let hex: String = bytes.iter().map(|b| format!("{b:02X}")).collect();
        out.push_str(&format!(" /{} {size:.1} Tf <{hex}> Tj", font.names().0));
    }
    out.push_str(" ET\n");
}

/// Writes the document, sealed with AES-256 (PDF 2.0 security handler, revision 6) under
/// `password`. Anyone opening it needs the password; printing and copying are then allowed.
pub fn protected(meta: &Meta, blocks: &[Block], password: &str) -> Result<Vec<u8>, String> {
    write(meta, blocks, Some(password))
}

/// Writes the document unsealed: for a case system that fetched it over the council's API, and
/// keeps it in the case record under that system's own protection.
pub fn plain(meta: &Meta, blocks: &[Block]) -> Result<Vec<u8>, String> {
    write(meta, blocks, None)
}

fn write(meta: &Meta, blocks: &[Block], password: Option<&str>) -> Result<Vec<u8>, String> {
    let fonts = Fonts::load()?;
    let pages = lay_out(&fonts, blocks);
    let total = pages.len();
    let mut embedded = Embeddings::new();
    let mut contents = Vec::with_capacity(total);
    for (n, runs) in pages.iter().enumerate() {
        let mut ops = String::new();
        let head = embedded.encode(&fonts, Weight::Regular, &meta.running_head);
        text_ops(&mut ops, 8.5, MARGIN, PAGE_HEIGHT - 40.0, true, &head);
        for run in runs {
            let pieces = embedded.encode(&fonts, run.weight, &run.text);
            text_ops(&mut ops, run.size, run.x, run.y, run.grey, &pieces);
        }
        let label = meta.page_label.replace("{page}", &(n + 1).to_string()).replace("{pages}", &total.to_string());
        let label_width = fonts.width(Weight::Regular, 8.5, &label);
        let foot = embedded.encode(&fonts, Weight::Regular, &label);
        text_ops(&mut ops, 8.5, PAGE_WIDTH - MARGIN - label_width, 36.0, true, &foot);
        contents.push(ops);
    }

    // AES-256 with security handler revision 6 is PDF 2.0.
    let mut doc = Document::with_version("2.0");
    let pages_id = doc.new_object_id();
    // Only the fonts a page draws with are embedded (most packs have no emoji).
    let mut font_resources = lopdf::Dictionary::new();
    for font in FontId::ALL {
        let store = embedded.of(font);
        if store.used() {
            let id = add_font(&mut doc, &fonts, font, store)?;
            font_resources.set(font.names().0, id);
        }
    }
    let resources = doc.add_object(dictionary! { "Font" => font_resources });
    let mut kids = Vec::with_capacity(total);
    for ops in contents {
        let mut stream = Stream::new(dictionary! {}, ops.into_bytes());
        stream.compress().map_err(|e| format!("compressing a page: {e}"))?;
        let content = doc.add_object(stream);
        let page = doc.add_object(dictionary! {
            "Type" => "Page",
            "Parent" => pages_id,
            "Contents" => content,
            "Resources" => resources,
            "MediaBox" => vec![0.into(), 0.into(), Object::Real(PAGE_WIDTH), Object::Real(PAGE_HEIGHT)],
        });
        kids.push(page.into());
    }
    doc.objects.insert(pages_id, Object::Dictionary(dictionary! { "Type" => "Pages", "Kids" => kids, "Count" => total as i64 }));
    let catalog = doc.add_object(dictionary! {
        "Type" => "Catalog",
        "Pages" => pages_id,
        "Lang" => Object::string_literal(if meta.lang == "cy" { "cy-GB" } else { "en-GB" }),
        "ViewerPreferences" => dictionary! { "DisplayDocTitle" => true },
    });
    let info = doc.add_object(dictionary! {
        "Title" => utf16_string(&meta.title),
        "Producer" => Object::string_literal("Heard"),
    });
    doc.trailer.set("Root", catalog);
    doc.trailer.set("Info", info);
    // An encrypted file must name itself: two random identifiers.
    let id = || {
        use rand::RngCore;
        let mut bytes = vec![0u8; 16];
        rand::rng().fill_bytes(&mut bytes);
        Object::String(bytes, StringFormat::Hexadecimal)
    };
    doc.trailer.set("ID", vec![id(), id()]);
    if let Some(password) = password {
        seal(&mut doc, password)?;
    }
    let mut bytes = Vec::new();
    doc.save_to(&mut bytes).map_err(|e| format!("writing the PDF: {e}"))?;
    Ok(bytes)
}

/// A text string in UTF-16 with its byte-order mark, so any letter survives.
fn utf16_string(text: &str) -> Object {
    let mut bytes = vec![0xFE, 0xFF];
    for unit in text.encode_utf16() {
        bytes.extend_from_slice(&unit.to_be_bytes());
    }
    Object::String(bytes, StringFormat::Hexadecimal)
}

fn seal(doc: &mut Document, password: &str) -> Result<(), String> {
    use rand::RngCore;
    let mut rng = rand::rng();
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
    Ok(())
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

    #[test]
    fn lines_never_run_past_the_margin_and_no_word_is_lost() {
        let fonts = Fonts::load().expect("fonts");
        let text = "Dw i eisiau gweld fy mrawd yn amlach, bob penwythnos os gwelwch yn dda. ".repeat(6);
        let max = 200.0;
        let lines = wrap(&fonts, Weight::Regular, 10.5, &text, max);
        assert!(lines.len() > 3);
        assert!(lines.iter().all(|l| fonts.width(Weight::Regular, 10.5, l) <= max));
        assert_eq!(lines.join(" ").split_whitespace().collect::<Vec<_>>(), text.split_whitespace().collect::<Vec<_>>());
        let long = "x".repeat(300);
        let broken = wrap(&fonts, Weight::Regular, 10.5, &long, max);
        assert!(broken.len() > 1 && broken.concat() == long);
    }

    #[test]
    fn welsh_letters_have_their_own_glyphs() {
        let fonts = Fonts::load().expect("fonts");
        let question = fonts.draw(Weight::Regular, '?').expect("drawn").glyph;
        for c in ['ŵ', 'ŷ', 'Ŵ', 'Ŷ', 'â', 'ê', 'î', 'ô', 'û', 'ï', '’', '–'] {
            for weight in [Weight::Regular, Weight::Bold] {
                let drawn = fonts.draw(weight, c).expect("drawn");
                assert_eq!((drawn.font, drawn.shown), (FontId::of(weight), c), "{c}");
                assert_ne!(drawn.glyph, question, "{c}");
            }
        }
    }

    #[test]
    fn emoji_come_from_the_emoji_font_and_joiners_draw_nothing() {
        let fonts = Fonts::load().expect("fonts");
        for c in ['😢', '👍', '🏠', '🐶', '⚽', '🙂'] {
            let drawn = fonts.draw(Weight::Bold, c).expect("drawn");
            assert_eq!((drawn.font, drawn.shown), (FontId::Emoji, c), "{c}");
            assert_ne!(drawn.glyph, 0, "{c}");
        }
        assert_eq!(fonts.draw(Weight::Regular, '\u{FE0F}'), None);
        assert_eq!(fonts.draw(Weight::Regular, '\u{200D}'), None);
        // A character neither font has is a "?", and copies out as one.
        let unknown = fonts.draw(Weight::Regular, '\u{10FFFD}').expect("drawn");
        assert_eq!((unknown.font, unknown.shown), (FontId::Regular, '?'));
        // One line, three pieces: words, the emoji, words.
        let mut embedded = Embeddings::new();
        let pieces = embedded.encode(&fonts, Weight::Regular, "Rwy'n drist 😢 heddiw");
        let fonts_used: Vec<FontId> = pieces.iter().map(|(f, _)| *f).collect();
        assert_eq!(fonts_used, vec![FontId::Regular, FontId::Emoji, FontId::Regular]);
    }

    #[test]
    fn long_documents_run_over_pages() {
        let fonts = Fonts::load().expect("fonts");
        let blocks: Vec<Block> = (0..200).map(|n| Block::Item(format!("Line {n}"))).collect();
        let pages = lay_out(&fonts, &blocks);
        assert!(pages.len() >= 3, "{} pages", pages.len());
        assert!(pages.iter().flatten().all(|r| r.y >= BOTTOM && r.y <= TOP));
    }

    #[test]
    fn the_document_opens_only_with_its_password() {
        let words = "Rydw i eisiau mynd i'r cyfarfod ar ddydd Gŵyl Dewi 😊";
        let bytes = protected(&meta(), &[Block::Title("Pecyn".into()), Block::Quote(words.into())], "cyfrinair hir iawn").expect("pdf");
        assert!(bytes.starts_with(b"%PDF-"));
        assert!(String::from_utf8_lossy(&bytes).contains("/Encrypt"));
        assert!(Document::load_mem_with_options(&bytes, lopdf::LoadOptions::with_password("wrong password")).is_err());
        let opened = Document::load_mem_with_options(&bytes, lopdf::LoadOptions::with_password("cyfrinair hir iawn"))
            .expect("opens with the password");
        assert_eq!(opened.get_pages().len(), 1);
        let text = opened.extract_text(&[1]).expect("text");
        assert!(text.contains("Gŵyl Dewi"), "{text}");
        // The emoji is embedded in its own font and copies out as itself.
        let fonts = opened.get_page_fonts(opened.page_iter().next().expect("page")).expect("fonts");
        assert!(fonts.keys().any(|k| k == b"F3"), "the emoji font is on the page");
        assert!(text.contains('😊'), "{text}");
    }
}
