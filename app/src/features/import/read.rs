//! Reading an uploaded children file into rows of cells: its encoding (UTF-8 with or without a
//! spreadsheet's byte-order mark, or UTF-16 as Excel's "Unicode text" saves it), then CSV (by
//! the `csv` crate: quotes, commas and line breaks inside cells) or a JSON array of objects.
//! Anything else is a problem with the file, said in words an admin can act on.

use crate::domain::import::{check_headers, normal_header, Present, Problem, MAX_COLUMNS, MAX_ROWS};
use crate::domain::import_staff::{check_staff_headers, is_staff_file};
use crate::model::{Msg, T};
use std::collections::HashMap;

/// Rows with the line each starts on (the header is line 1), keyed by normalised header.
pub type Rows = Vec<(usize, HashMap<String, String>)>;

/// A file read: its rows, and which optional columns it has.
#[derive(Debug)]
pub struct Read {
    pub rows: Rows,
    pub present: Present,
    /// A staff file (its headers say so), not a children file.
    pub staff: bool,
}

/// The header problems of whichever file the headers describe.
fn header_problems(headers: &[String]) -> Vec<Problem> {
    if is_staff_file(headers) {
        check_staff_headers(headers)
    } else {
        check_headers(headers)
    }
}

/// The file's text, whatever Unicode encoding it was saved in; a file in an old code page
/// (Windows-1252 loses ŵ and ŷ) is refused rather than guessed at.
pub fn decode(bytes: &[u8]) -> Result<String, Problem> {
    let refuse = || Problem::file(Msg::new(T::ErrImportEncoding));
    if let Some(rest) = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]) {
        return String::from_utf8(rest.to_vec()).map_err(|_| refuse());
    }
    let utf16 = |rest: &[u8], little: bool| -> Result<String, Problem> {
        if !rest.len().is_multiple_of(2) {
            return Err(refuse());
        }
        let units = rest.chunks_exact(2).map(|p| if little { u16::from_le_bytes([p[0], p[1]]) } else { u16::from_be_bytes([p[0], p[1]]) });
        char::decode_utf16(units).collect::<Result<String, _>>().map_err(|_| refuse())
    };
    if let Some(rest) = bytes.strip_prefix(&[0xFF, 0xFE]) {
        return utf16(rest, true);
    }
    if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        return utf16(rest, false);
    }
    String::from_utf8(bytes.to_vec()).map_err(|_| refuse())
}

/// The rows of a file: JSON when it starts with `[`, otherwise CSV (comma, or the semicolon or
/// tab some spreadsheets use, read from the header line). Header problems come back alone:
/// rows cannot be read against the wrong columns.
pub fn rows(text: &str) -> Result<Read, Vec<Problem>> {
    let trimmed = text.trim_start();
    if trimmed.is_empty() {
        return Err(vec![Problem::file(Msg::new(T::ErrImportEmpty))]);
    }
    let (rows, headers) = if trimmed.starts_with('[') { json_rows(trimmed)? } else { csv_rows(text)? };
    if rows.is_empty() {
        return Err(vec![Problem::file(Msg::new(T::ErrImportEmpty))]);
    }
    if rows.len() > MAX_ROWS {
        return Err(vec![too_many_rows()]);
    }
    Ok(Read { rows, present: Present::of(&headers), staff: is_staff_file(&headers) })
}

fn too_many_rows() -> Problem {
    Problem::file(Msg::new(T::ErrImportTooManyRows).with("max", MAX_ROWS.to_string()))
}

fn csv_rows(text: &str) -> Result<(Rows, Vec<String>), Vec<Problem>> {
    let first_line = text.lines().next().unwrap_or_default();
    // The separator the header line uses most; a comma when none is used more.
    let count = |d: char| first_line.matches(d).count();
    let delimiter = [b';', b'\t'].into_iter().fold(b',', |best, d| if count(d as char) > count(best as char) { d } else { best });
    let mut reader = csv::ReaderBuilder::new().delimiter(delimiter).flexible(true).from_reader(text.as_bytes());
    let headers: Vec<String> = match reader.headers() {
        Ok(headers) => headers.iter().map(normal_header).collect(),
        Err(_) => return Err(vec![Problem::file(Msg::new(T::ErrImportNotCsv))]),
    };
    let problems = header_problems(&headers);
    if !problems.is_empty() {
        return Err(problems);
    }
    let mut rows = Vec::new();
    let mut problems = Vec::new();
    // The line a record starts on, counted from its byte offset as a spreadsheet counts lines
    // (whatever the line ends, and with cells that hold line breaks), moving forward only.
    let (mut counted_to, mut line_at) = (0usize, 1usize);
    let mut line_of = |byte: u64| {
        // The reader gives a record's start before the previous line's end: step past it.
        let mut byte = (byte as usize).min(text.len());
        while matches!(text.as_bytes().get(byte), Some(b'\r' | b'\n')) {
            byte += 1;
        }
        if byte > counted_to {
            line_at += text.as_bytes()[counted_to..byte].iter().filter(|b| **b == b'\n').count();
            counted_to = byte;
        }
        line_at
    };
    for record in reader.records() {
        let record = match record {
            Ok(record) => record,
            Err(error) => {
                let line = error.position().map_or(0, |p| line_of(p.byte()));
                problems.push(Problem { line, column: String::new(), msg: Msg::new(T::ErrImportNotCsv) });
                if problems.len() > MAX_ROWS {
                    break;
                }
                continue;
            }
        };
        let line = record.position().map_or(0, |p| line_of(p.byte()));
        // A row of empty cells (a spreadsheet's trailing lines) is no child.
        if record.iter().all(|cell| cell.trim().is_empty()) {
            continue;
        }
        if record.len() > headers.len() {
            problems.push(Problem { line, column: String::new(), msg: Msg::new(T::ErrImportTooManyCells) });
            if problems.len() > MAX_ROWS {
                break;
            }
            continue;
        }
        let cells = headers.iter().cloned().zip(record.iter().map(str::to_string)).collect();
        rows.push((line, cells));
        // Past the most rows a file may have, reading on would only cost memory.
        if rows.len() + problems.len() > MAX_ROWS {
            break;
        }
    }
    if problems.is_empty() {
        Ok((rows, headers))
    } else {
        Err(problems)
    }
}

/// A JSON array read item by item, stopping past the most rows or columns a file may have, so
/// a file of three million empty objects costs no more than the limit.
struct JsonItems {
    rows: Rows,
    headers: Vec<String>,
    stopped: Option<Problem>,
}

impl<'de> serde::Deserialize<'de> for JsonItems {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Items;
        impl<'de> serde::de::Visitor<'de> for Items {
            type Value = JsonItems;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a list of children")
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<JsonItems, A::Error> {
                let mut read = JsonItems { rows: Vec::new(), headers: Vec::new(), stopped: None };
                while let Some(item) = seq.next_element::<HashMap<String, serde_json::Value>>()? {
                    if read.rows.len() >= MAX_ROWS {
                        read.stopped = Some(too_many_rows());
                        // The rest is skipped unread into memory.
                        while seq.next_element::<serde::de::IgnoredAny>()?.is_some() {}
                        break;
                    }
                    let mut cells = HashMap::new();
                    for (key, value) in item {
                        let key = normal_header(&key);
                        if !read.headers.contains(&key) {
                            if read.headers.len() >= MAX_COLUMNS {
                                read.stopped =
                                    Some(Problem::file(Msg::new(T::ErrImportTooManyColumns).with("max", MAX_COLUMNS.to_string())));
                                while seq.next_element::<serde::de::IgnoredAny>()?.is_some() {}
                                return Ok(read);
                            }
                            read.headers.push(key.clone());
                        }
                        let value = match value {
                            serde_json::Value::Null => String::new(),
                            serde_json::Value::String(s) => s,
                            other => other.to_string(),
                        };
                        cells.insert(key, value);
                    }
                    // Item n is reported as "line" n + 1, as in CSV where line 1 is the header.
                    read.rows.push((read.rows.len() + 2, cells));
                }
                Ok(read)
            }
        }
        deserializer.deserialize_seq(Items)
    }
}

fn json_rows(text: &str) -> Result<(Rows, Vec<String>), Vec<Problem>> {
    let read: JsonItems = serde_json::from_str(text).map_err(|_| vec![Problem::file(Msg::new(T::ErrImportNotJson))])?;
    if let Some(problem) = read.stopped {
        return Err(vec![problem]);
    }
    // A column no item has is missing; one some items lack is empty for them.
    let problems = header_problems(&read.headers);
    if problems.is_empty() {
        Ok((read.rows, read.headers))
    } else {
        Err(problems)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const HEADER: &str = "case_reference,preferred_name,full_name,date_of_birth,language,legal_basis,looked_after_since";

    #[test]
    fn a_spreadsheets_byte_order_mark_and_utf16_are_read_and_an_old_code_page_is_refused() {
        let text = format!("{HEADER}\nW-1,Ŵyn,Ŵyn Jones,2015-01-01,cy,care_order,2024-01-01\n");
        let mut with_bom = vec![0xEF, 0xBB, 0xBF];
        with_bom.extend_from_slice(text.as_bytes());
        assert_eq!(decode(&with_bom).expect("utf-8 with bom"), text);
        let mut utf16 = vec![0xFF, 0xFE];
        utf16.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
        assert_eq!(decode(&utf16).expect("utf-16"), text);
        // "Ŵ" is not in Windows-1252; "é" saved in it is the lone byte 0xE9: not UTF-8.
        let problem = decode(b"case_reference\nW-1 Ren\xE9\n").expect_err("code page");
        assert_eq!(problem.msg.key, T::ErrImportEncoding);
    }

    #[test]
    fn csv_cells_are_read_under_their_headers_with_quotes_and_semicolons() {
        let text = "Case Reference;Preferred Name;Full Name;Date of Birth;Language;Legal Basis;Looked After Since\r\n\
                    W-1;\"Cadi; Haf\";\"Cadi \"\"Haf\"\" Morgan\";31/12/2015;cy;care_order;2024-01-01\r\n;;;;;;\r\n\
                    W-2;\"Two\nlines\";Full;2015-01-01;cy;care_order;2024-01-01\r\nW-3;Three;Full;2015-01-01;cy;care_order;2024-01-01\r\n";
        let read = rows(text).expect("rows").rows;
        assert_eq!(read.len(), 3, "the empty line is no child");
        let lines: Vec<usize> = read.iter().map(|(line, _)| *line).collect();
        assert_eq!(lines, [2, 4, 6], "lines as a spreadsheet counts them, a cell's line break included");
        let (line, cells) = &read[0];
        assert_eq!(*line, 2);
        assert_eq!(cells["preferred_name"], "Cadi; Haf");
        assert_eq!(cells["full_name"], "Cadi \"Haf\" Morgan");
    }

    #[test]
    fn a_file_with_wrong_headers_or_no_rows_is_refused_as_a_whole() {
        let problems = rows("name,dob\nCadi,2015-01-01\n").expect_err("headers");
        assert!(problems.iter().all(|p| p.line == 0));
        assert!(problems.iter().any(|p| p.msg.key == T::ErrImportColumnMissing));
        assert_eq!(rows(&format!("{HEADER}\n")).expect_err("no rows")[0].msg.key, T::ErrImportEmpty);
        assert_eq!(rows("   ").expect_err("empty")[0].msg.key, T::ErrImportEmpty);
        let extra = rows(&format!("{HEADER}\nW-1,a,b,c,d,e,f,g\n")).expect_err("extra cell");
        assert_eq!((extra[0].line, extra[0].msg.key), (2, T::ErrImportTooManyCells));
    }

    #[test]
    fn json_is_an_array_of_children_with_the_same_names() {
        let text = r#"[{"case_reference": "W-1", "preferred_name": "Cadi", "full_name": "Cadi Morgan", "date_of_birth": "2015-12-31",
                       "language": "cy", "legal_basis": "care_order", "looked_after_since": "2024-01-01", "iro_email": null}]"#;
        let read = rows(text).expect("json");
        assert_eq!(read.rows[0].0, 2);
        assert_eq!(read.rows[0].1["iro_email"], "");
        assert!(read.present.iro_email && !read.present.placement_type);
        let many = format!("[{}{{}}]", "{},".repeat(MAX_ROWS + 5));
        assert_eq!(rows(&many).expect_err("too many")[0].msg.key, T::ErrImportTooManyRows);
        assert_eq!(rows("[{\"case_reference\": ").expect_err("broken")[0].msg.key, T::ErrImportNotJson);
    }
}
