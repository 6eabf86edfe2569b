//! Say it or draw it: what a recording or a drawing given for an answer may be, told by its
//! bytes (never by its name or the type the browser claimed), and whether it arrived whole.

use serde::{Deserialize, Serialize};

/// A recording of up to two minutes: Opus at the recorder's 32 kbit/s is under 0.5 MB, and a
/// phone's own recorder (AAC, or WAV at 16 bits) stays under this.
pub const MAX_VOICE_BYTES: usize = 12 * 1024 * 1024;

/// A drawing from the canvas is tens of kilobytes; a phone's photo of one on paper, a few MB.
pub const MAX_DRAWING_BYTES: usize = 12 * 1024 * 1024;

/// How long a recording on the page's recorder may run.
pub const MAX_VOICE_SECONDS: u32 = 120;

/// The two things a person can give in place of (or beside) their words.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum MediaKind {
    Voice,
    Drawing,
}

impl MediaKind {
    pub const ALL: [MediaKind; 2] = [MediaKind::Voice, MediaKind::Drawing];

    pub fn as_str(self) -> &'static str {
        match self {
            MediaKind::Voice => "voice",
            MediaKind::Drawing => "drawing",
        }
    }

    pub fn parse(text: &str) -> Option<MediaKind> {
        MediaKind::ALL.into_iter().find(|kind| kind.as_str() == text)
    }

    pub fn max_bytes(self) -> usize {
        match self {
            MediaKind::Voice => MAX_VOICE_BYTES,
            MediaKind::Drawing => MAX_DRAWING_BYTES,
        }
    }

    /// The form field that carries this kind's file for a question: `voice[q]`, `drawing[q]`.
    pub fn field(self, question_id: &str) -> String {
        format!("{}[{question_id}]", self.as_str())
    }

    /// The question and kind a file field names, if it is one.
    pub fn from_field(name: &str) -> Option<(MediaKind, &str)> {
        let (kind, rest) = name.split_once('[')?;
        let question = rest.strip_suffix(']')?;
        (!question.is_empty()).then_some(())?;
        Some((MediaKind::parse(kind)?, question))
    }
}

/// Why a file was not kept.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Refused {
    /// Nothing in it.
    Empty,
    /// Not a recording (or picture) Heard can play (or show): told by its first bytes.
    WrongType,
    /// Past the limit for its kind.
    TooBig,
    /// Its first bytes say what it is, but the rest does not hold together: cut short on the
    /// way, or damaged.
    Damaged,
    /// A recording that holds nothing but silence (told for WAV; the page's recorder checks any
    /// recording before it is sent).
    Silent,
}

/// What the bytes were found to be: a content type Heard serves them as.
pub fn check(kind: MediaKind, bytes: &[u8]) -> Result<&'static str, Refused> {
    if bytes.is_empty() {
        return Err(Refused::Empty);
    }
    if bytes.len() > kind.max_bytes() {
        return Err(Refused::TooBig);
    }
    match kind {
        MediaKind::Voice => audio(bytes),
        MediaKind::Drawing => picture(bytes),
    }
}

fn audio(bytes: &[u8]) -> Result<&'static str, Refused> {
    if bytes.starts_with(b"OggS") {
        // The first page names the codec: Opus, or Vorbis from older recorders.
        let head = &bytes[..bytes.len().min(128)];
        if !(contains(head, b"OpusHead") || contains(head, b"\x01vorbis")) {
            return Err(Refused::WrongType);
        }
        return ogg_whole(bytes).then_some("audio/ogg").ok_or(Refused::Damaged);
    }
    if bytes.starts_with(&[0x1A, 0x45, 0xDF, 0xA3]) {
        // WebM (Chrome's and Firefox's recorder), or Matroska. A recorder streams it with sizes
        // left "unknown", so only its header can be checked: it must name its kind and hold a
        // track and at least one cluster of sound.
        let head = &bytes[..bytes.len().min(64)];
        if !(contains(head, b"webm") || contains(head, b"matroska")) {
            return Err(Refused::WrongType);
        }
        return contains(bytes, &[0x1F, 0x43, 0xB6, 0x75]).then_some("audio/webm").ok_or(Refused::Damaged);
    }
    if bytes.len() >= 12 && &bytes[4..8] == b"ftyp" {
        // MP4 or M4A (Safari's recorder, iPhones' Voice Memos, many Android recorders); 3GP too.
        return mp4_whole(bytes).then_some("audio/mp4").ok_or(Refused::Damaged);
    }
    if bytes.len() >= 12 && bytes.starts_with(b"RIFF") && &bytes[8..12] == b"WAVE" {
        return wav(bytes);
    }
    if bytes.starts_with(b"ID3") || (bytes.len() >= 2 && bytes[0] == 0xFF && bytes[1] & 0xE0 == 0xE0 && bytes[1] & 0x06 != 0) {
        return (bytes.len() >= 128).then_some("audio/mpeg").ok_or(Refused::Damaged);
    }
    Err(Refused::WrongType)
}

fn picture(bytes: &[u8]) -> Result<&'static str, Refused> {
    const PNG: &[u8] = &[0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A];
    if bytes.starts_with(PNG) {
        // The header chunk first, the end chunk last: a file cut short has no end.
        let whole = bytes.len() >= 8 + 25 + 12 && &bytes[12..16] == b"IHDR" && bytes[bytes.len() - 8..bytes.len() - 4] == *b"IEND";
        return whole.then_some("image/png").ok_or(Refused::Damaged);
    }
    if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
        // A JPEG ends with its end-of-image marker (some cameras pad a few bytes after it).
        let tail = &bytes[bytes.len().saturating_sub(64)..];
        return tail.windows(2).any(|w| w == [0xFF, 0xD9]).then_some("image/jpeg").ok_or(Refused::Damaged);
    }
    if bytes.len() >= 12 && bytes.starts_with(b"RIFF") && &bytes[8..12] == b"WEBP" {
        return riff_whole(bytes).then_some("image/webp").ok_or(Refused::Damaged);
    }
    Err(Refused::WrongType)
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

/// Every Ogg page, header and body, follows the last exactly to the end of the file.
fn ogg_whole(bytes: &[u8]) -> bool {
    let mut at = 0;
    let mut pages = 0;
    while at < bytes.len() {
        let Some(page) = bytes.get(at..at + 27) else { return false };
        if &page[..4] != b"OggS" {
            return false;
        }
        let segments = usize::from(page[26]);
        let Some(table) = bytes.get(at + 27..at + 27 + segments) else { return false };
        at += 27 + segments + table.iter().map(|&s| usize::from(s)).sum::<usize>();
        pages += 1;
    }
    // The identification and comment headers, then at least one page of sound.
    at == bytes.len() && pages >= 3
}

/// Top-level MP4 boxes laid end to end fill the file, and one of them is the movie (`moov`).
fn mp4_whole(bytes: &[u8]) -> bool {
    let mut at = 0;
    let mut movie = false;
    while at < bytes.len() {
        let Some(head) = bytes.get(at..at + 8) else { return false };
        let size = u32::from_be_bytes([head[0], head[1], head[2], head[3]]) as usize;
        let size = match size {
            // A 64-bit size follows the name.
            1 => match bytes.get(at + 8..at + 16) {
                Some(large) => usize::try_from(u64::from_be_bytes(large.try_into().unwrap_or([0xFF; 8]))).unwrap_or(usize::MAX),
                None => return false,
            },
            // The last box runs to the end of the file.
            0 => bytes.len() - at,
            size => size,
        };
        if size < 8 || at.checked_add(size).is_none_or(|end| end > bytes.len()) {
            return false;
        }
        movie |= &head[4..8] == b"moov";
        at += size;
    }
    movie
}

/// A RIFF file's own length field matches what arrived (padding byte allowed).
fn riff_whole(bytes: &[u8]) -> bool {
    let declared = u32::from_le_bytes([bytes[4], bytes[5], bytes[6], bytes[7]]) as usize;
    declared.checked_add(8).is_some_and(|total| total == bytes.len() || total + 1 == bytes.len())
}

/// A WAV recording: whole, PCM of 8 or 16 bits, and not silent throughout.
fn wav(bytes: &[u8]) -> Result<&'static str, Refused> {
    if !riff_whole(bytes) {
        return Err(Refused::Damaged);
    }
    // Chunks after "WAVE": "fmt " says the format, "data" holds the samples.
    let mut at = 12;
    let mut bits = None;
    while let Some(head) = bytes.get(at..at + 8) {
        let size = u32::from_le_bytes([head[4], head[5], head[6], head[7]]) as usize;
        let Some(body) = bytes.get(at + 8..(at + 8).saturating_add(size).min(bytes.len())) else { break };
        match &head[..4] {
            b"fmt " if body.len() >= 16 => bits = Some(u16::from_le_bytes([body[14], body[15]])),
            b"data" => {
                return match bits {
                    Some(16) => {
                        let loudest = body.chunks_exact(2).map(|s| i16::from_le_bytes([s[0], s[1]]).unsigned_abs()).max().unwrap_or(0);
                        // About -50 dBFS: below any voice, above a quiet room's hiss.
                        if loudest < 100 {
                            Err(Refused::Silent)
                        } else {
                            Ok("audio/wav")
                        }
                    }
                    Some(8) => {
                        let loudest = body.iter().map(|&s| (i16::from(s) - 128).unsigned_abs()).max().unwrap_or(0);
                        if loudest < 2 {
                            Err(Refused::Silent)
                        } else {
                            Ok("audio/wav")
                        }
                    }
                    _ => Err(Refused::WrongType),
                };
            }
            _ => {}
        }
        at += 8 + size + size % 2;
    }
    Err(Refused::Damaged)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ogg_page(body: &[u8]) -> Vec<u8> {
        let mut page = b"OggS".to_vec();
        page.extend_from_slice(&[0; 22]);
        let mut table = vec![255u8; body.len() / 255];
        table.push((body.len() % 255) as u8);
        page.push(table.len() as u8);
        page.extend_from_slice(&table);
        page.extend_from_slice(body);
        page
    }

    fn opus() -> Vec<u8> {
        let mut file = ogg_page(b"OpusHead\x01\x01\x38\x01\x80\xbb\0\0\0\0\0");
        file.extend(ogg_page(b"OpusTags\0\0\0\0\0\0\0\0"));
        file.extend(ogg_page(&[0x7F; 300]));
        file
    }

    fn wav16(samples: &[i16]) -> Vec<u8> {
        let data: Vec<u8> = samples.iter().flat_map(|s| s.to_le_bytes()).collect();
        let mut file = b"RIFF".to_vec();
        file.extend_from_slice(&((36 + data.len()) as u32).to_le_bytes());
        file.extend_from_slice(b"WAVEfmt ");
        file.extend_from_slice(&16u32.to_le_bytes());
        file.extend_from_slice(&[1, 0, 1, 0, 0x80, 0x3E, 0, 0, 0, 0x7D, 0, 0, 2, 0, 16, 0]);
        file.extend_from_slice(b"data");
        file.extend_from_slice(&(data.len() as u32).to_le_bytes());
        file.extend(data);
        file
    }

    fn mp4() -> Vec<u8> {
        let mut file = vec![0, 0, 0, 20];
        file.extend_from_slice(b"ftypM4A \0\0\0\0M4A ");
        file.extend_from_slice(&[0, 0, 0, 16]);
        file.extend_from_slice(b"moov\0\0\0\0\0\0\0\0");
        file.extend_from_slice(&[0, 0, 0, 12]);
        file.extend_from_slice(b"mdat\x01\x02\x03\x04");
        file
    }

    fn png() -> Vec<u8> {
        let mut file = vec![0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13];
        file.extend_from_slice(b"IHDR");
        file.extend_from_slice(&[0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1F, 0x15, 0xC4, 0x89]);
        file.extend_from_slice(&[0, 0, 0, 0]);
        file.extend_from_slice(b"IEND");
        file.extend_from_slice(&[0xAE, 0x42, 0x60, 0x82]);
        file
    }

    #[test]
    fn recordings_are_told_by_their_bytes_and_must_be_whole() {
        assert_eq!(check(MediaKind::Voice, &opus()), Ok("audio/ogg"));
        let cut = opus();
        assert_eq!(check(MediaKind::Voice, &cut[..cut.len() - 10]), Err(Refused::Damaged), "cut short on the way");
        assert_eq!(check(MediaKind::Voice, &ogg_page(b"OpusHead")), Err(Refused::Damaged), "headers but no sound");
        assert_eq!(check(MediaKind::Voice, &ogg_page(b"theora video")), Err(Refused::WrongType), "Ogg, but not sound");
        assert_eq!(check(MediaKind::Voice, &mp4()), Ok("audio/mp4"));
        let m = mp4();
        assert_eq!(check(MediaKind::Voice, &m[..m.len() - 3]), Err(Refused::Damaged));
        let mut webm = vec![0x1A, 0x45, 0xDF, 0xA3, 0x9F, 0x42, 0x82, 0x84];
        webm.extend_from_slice(b"webm");
        assert_eq!(check(MediaKind::Voice, &webm), Err(Refused::Damaged), "a header and no sound");
        webm.extend_from_slice(&[0x16, 0x54, 0xAE, 0x6B, 0x1F, 0x43, 0xB6, 0x75, 1, 2, 3]);
        assert_eq!(check(MediaKind::Voice, &webm), Ok("audio/webm"));
        let speech: Vec<i16> = (0..8000).map(|i| ((i as f32 / 10.0).sin() * 8000.0) as i16).collect();
        assert_eq!(check(MediaKind::Voice, &wav16(&speech)), Ok("audio/wav"));
        assert_eq!(check(MediaKind::Voice, &wav16(&[3; 8000])), Err(Refused::Silent));
        let w = wav16(&speech);
        assert_eq!(check(MediaKind::Voice, &w[..w.len() / 2]), Err(Refused::Damaged));
    }

    #[test]
    fn a_file_named_or_typed_as_sound_is_refused_unless_its_bytes_are() {
        assert_eq!(check(MediaKind::Voice, b""), Err(Refused::Empty));
        assert_eq!(check(MediaKind::Voice, b"<html><script>alert(1)</script></html>"), Err(Refused::WrongType));
        assert_eq!(check(MediaKind::Voice, &png()), Err(Refused::WrongType), "a picture is not a recording");
        assert_eq!(check(MediaKind::Drawing, &opus()), Err(Refused::WrongType), "a recording is not a picture");
        assert_eq!(check(MediaKind::Drawing, b"%PDF-1.7"), Err(Refused::WrongType));
        let big = vec![0u8; MAX_VOICE_BYTES + 1];
        assert_eq!(check(MediaKind::Voice, &big), Err(Refused::TooBig));
    }

    #[test]
    fn pictures_are_told_by_their_bytes_and_must_be_whole() {
        assert_eq!(check(MediaKind::Drawing, &png()), Ok("image/png"));
        let p = png();
        assert_eq!(check(MediaKind::Drawing, &p[..p.len() - 12]), Err(Refused::Damaged));
        let jpeg = [&[0xFF, 0xD8, 0xFF, 0xE0][..], &[0; 100], &[0xFF, 0xD9]].concat();
        assert_eq!(check(MediaKind::Drawing, &jpeg), Ok("image/jpeg"));
        assert_eq!(check(MediaKind::Drawing, &jpeg[..80]), Err(Refused::Damaged));
        let mut webp = b"RIFF\x08\0\0\0WEBPVP8 ".to_vec();
        assert_eq!(check(MediaKind::Drawing, &webp), Ok("image/webp"));
        webp.push(0);
        webp.push(0);
        assert_eq!(check(MediaKind::Drawing, &webp), Err(Refused::Damaged));
    }

    #[test]
    fn file_fields_name_a_kind_and_a_question() {
        assert_eq!(MediaKind::Voice.field("houses_good"), "voice[houses_good]");
        assert_eq!(MediaKind::from_field("drawing[houses_dreams]"), Some((MediaKind::Drawing, "houses_dreams")));
        assert_eq!(MediaKind::from_field("video[q]"), None);
        assert_eq!(MediaKind::from_field("voice[]"), None);
        assert_eq!(MediaKind::from_field("a[q:words]"), None);
    }
}
