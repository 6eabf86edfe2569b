//! Reads a PDF's text back the way the PDF standard says a reader should, independent of the
//! code that wrote it: each glyph through its font's ToUnicode map, `/ActualText` in place of
//! what it covers, and the characters of a `/ReversedChars` sequence (right-to-left text drawn
//! left to right) put back in the order they were written (ISO 32000-1, 14.8.2.3.3 and 14.9.4).

use lopdf::content::Content;
use lopdf::{Document, Encoding, Object};
use std::collections::BTreeMap;

/// A marked-content sequence still open while reading a page.
struct Marked {
    reversed: bool,
    actual: Option<String>,
    /// What the sequence showed, glyph by glyph: kept aside when it is reversed or replaced.
    glyphs: Vec<String>,
    aside: bool,
}

/// Every page's text, opened with `password` as a PDF reader would; a line on the page is a line
/// of the text, and pages are separated by a blank line.
pub fn pdf_text(bytes: &[u8], password: &str) -> Result<String, String> {
    let document =
        Document::load_mem_with_options(bytes, lopdf::LoadOptions::with_password(password)).map_err(|e| format!("opening: {e}"))?;
    let mut pages = Vec::new();
    for (_, page) in document.get_pages() {
        pages.push(page_text(&document, page)?);
    }
    Ok(pages.join("\n\n"))
}

fn page_text(document: &Document, page: lopdf::ObjectId) -> Result<String, String> {
    let fonts = document.get_page_fonts(page).map_err(|e| format!("fonts: {e}"))?;
    // Each font's encoding, and how many bytes one glyph's code takes (two in a composite font).
    let mut encodings: BTreeMap<Vec<u8>, (Encoding, usize)> = BTreeMap::new();
    for (name, font) in &fonts {
        let encoding = font.get_font_encoding(document).map_err(|e| format!("font encoding: {e}"))?;
        let width = if font.get(b"Subtype").and_then(Object::as_name).is_ok_and(|s| s == b"Type0") { 2 } else { 1 };
        encodings.insert(name.clone(), (encoding, width));
    }
    let content = document.get_page_content(page);
    let content = Content::decode(&content).map_err(|e| format!("decoding content: {e}"))?;
    let mut out = String::new();
    let mut stack: Vec<Marked> = Vec::new();
    let mut font: Option<Vec<u8>> = None;
    let mut line_y: Option<f32> = None;
    for op in &content.operations {
        match op.operator.as_str() {
            "BMC" | "BDC" => {
                let tag = op.operands.first().and_then(|o| o.as_name().ok()).unwrap_or_default();
                let actual =
                    op.operands.get(1).and_then(|p| p.as_dict().ok()).and_then(|d| d.get(b"ActualText").ok()).and_then(text_string);
                let reversed = tag == b"ReversedChars";
                let aside = reversed || actual.is_some();
                stack.push(Marked { reversed, actual, glyphs: Vec::new(), aside });
            }
            "EMC" => {
                let Some(done) = stack.pop() else { continue };
                // Reversed glyph by glyph, not letter by letter: a glyph for several letters
                // (lam-alef) stands for them in their own order.
                let shown = match (done.actual, done.reversed) {
                    (Some(actual), _) => actual,
                    (None, true) => done.glyphs.iter().rev().map(String::as_str).collect(),
                    (None, false) => done.glyphs.concat(),
                };
                if done.aside {
                    emit(&mut stack, &mut out, &shown);
                }
            }
            "Tf" => font = op.operands.first().and_then(|o| o.as_name().ok()).map(<[u8]>::to_vec),
            "Tm" => {
                let y = op.operands.get(5).and_then(number);
                if let (Some(y), Some(last)) = (y, line_y) {
                    // A new line starts before anything it shows, even inside a reversed run. A
                    // mark set above or below its letter moves a few points, never a line (the
                    // closest lines are 13 points apart).
                    if (y - last).abs() > 8.0 {
                        out.push('\n');
                        line_y = Some(y);
                    }
                } else {
                    line_y = y;
                }
            }
            "Tj" | "TJ" | "'" | "\"" => {
                let Some((encoding, width)) = font.as_ref().and_then(|f| encodings.get(f)) else { continue };
                let strings: Vec<&Object> = match op.operator.as_str() {
                    "TJ" => op.operands.first().and_then(|o| o.as_array().ok()).map(|a| a.iter().collect()).unwrap_or_default(),
                    _ => op.operands.last().into_iter().collect(),
                };
                for string in strings {
                    if let Ok(bytes) = string.as_str() {
                        for code in bytes.chunks(*width) {
                            let text = Document::decode_text(encoding, code).map_err(|e| format!("decoding text: {e}"))?;
                            emit(&mut stack, &mut out, &text);
                        }
                    }
                }
            }
            _ => {}
        }
    }
    Ok(out)
}

/// Adds text to the innermost sequence that keeps its text aside, or to the page.
fn emit(stack: &mut [Marked], out: &mut String, text: &str) {
    match stack.iter_mut().rev().find(|m| m.aside) {
        Some(marked) => marked.glyphs.push(text.to_string()),
        None => out.push_str(text),
    }
}

fn number(object: &Object) -> Option<f32> {
    match object {
        Object::Integer(n) => Some(*n as f32),
        Object::Real(n) => Some(*n),
        _ => None,
    }
}

/// A PDF text string: UTF-16 with its byte-order mark, or PDFDocEncoding (ASCII here).
fn text_string(object: &Object) -> Option<String> {
    let bytes = object.as_str().ok()?;
    match bytes {
        [0xFE, 0xFF, rest @ ..] => {
            let units: Vec<u16> = rest.chunks(2).map(|c| u16::from_be_bytes([c[0], *c.get(1).unwrap_or(&0)])).collect();
            String::from_utf16(&units).ok()
        }
        _ => Some(bytes.iter().map(|b| char::from(*b)).collect()),
    }
}
