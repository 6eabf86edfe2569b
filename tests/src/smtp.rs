//! A real SMTP server for the tests, listening on loopback: it speaks enough of RFC 5321 for
//! lettre's SMTP transport (EHLO, MAIL, RCPT, DATA, RSET, NOOP, QUIT) and keeps what it receives.

use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::TcpListener;

#[derive(Clone, Debug)]
pub struct Received {
    pub from: String,
    pub to: Vec<String>,
    /// The message as sent (headers and body), dot-unstuffed.
    pub data: String,
}

impl Received {
    pub fn header(&self, name: &str) -> Option<String> {
        // Long headers are folded onto continuation lines that start with white space.
        let head = self.data.split("\r\n\r\n").next().unwrap_or_default().replace("\r\n ", " ").replace("\r\n\t", " ");
        let prefix = format!("{}:", name.to_lowercase());
        head.split("\r\n").find(|line| line.to_lowercase().starts_with(&prefix)).map(|line| line[prefix.len()..].trim().to_string())
    }

    /// The subject, decoded when it is an RFC 2047 encoded word (non-ASCII subjects are).
    pub fn subject(&self) -> String {
        let raw = self.header("subject").unwrap_or_default();
        decode_words(&raw)
    }

    /// The plain-text body, decoded from quoted-printable or base64 as its header says.
    pub fn body(&self) -> String {
        let body = self.data.split_once("\r\n\r\n").map(|(_, b)| b).unwrap_or_default();
        match self.header("content-transfer-encoding").unwrap_or_default().to_lowercase().as_str() {
            "base64" => {
                use base64::Engine;
                let joined: String = body.split_whitespace().collect();
                String::from_utf8(base64::engine::general_purpose::STANDARD.decode(joined).unwrap_or_default()).unwrap_or_default()
            }
            "quoted-printable" => decode_quoted_printable(body),
            _ => body.to_string(),
        }
    }

    /// The first invitation link in the body.
    pub fn link(&self) -> Option<String> {
        let body = self.body();
        let start = body.find("http")?;
        let link: String = body[start..].chars().take_while(|c| !c.is_whitespace()).collect();
        link.contains("/i/").then_some(link)
    }
}

fn decode_quoted_printable(text: &str) -> String {
    let mut bytes = Vec::new();
    let raw = text.replace("=\r\n", "");
    let mut chars = raw.bytes().peekable();
    while let Some(b) = chars.next() {
        if b == b'=' {
            let hex: Vec<u8> = chars.by_ref().take(2).collect();
            if let Ok(value) = u8::from_str_radix(std::str::from_utf8(&hex).unwrap_or(""), 16) {
                bytes.push(value);
            }
        } else {
            bytes.push(b);
        }
    }
    String::from_utf8_lossy(&bytes).into_owned()
}

fn decode_words(text: &str) -> String {
    // =?utf-8?b?...?= or =?utf-8?q?...?=, possibly several separated by spaces.
    let mut out = String::new();
    for word in text.split_whitespace() {
        let parts: Vec<&str> = word.split('?').collect();
        if parts.len() == 5 && parts[0] == "=" && parts[4] == "=" {
            match parts[2].to_lowercase().as_str() {
                "b" => {
                    use base64::Engine;
                    let bytes = base64::engine::general_purpose::STANDARD.decode(parts[3]).unwrap_or_default();
                    out.push_str(&String::from_utf8_lossy(&bytes));
                }
                _ => out.push_str(&decode_quoted_printable(&parts[3].replace('_', " "))),
            }
        } else {
            if !out.is_empty() {
                out.push(' ');
            }
            out.push_str(word);
        }
    }
    out
}

/// How the sink answers: it takes messages, refuses them for good (554), is down (421, try
/// later, as a mail server that is being restarted answers), or takes the connection and says
/// nothing (a sender waits there, mid-send, until its timeout).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    Accepting,
    Refusing,
    Down,
    Stalled,
}

#[derive(Clone)]
pub struct SmtpSink {
    pub port: u16,
    received: Arc<Mutex<Vec<Received>>>,
    mode: Arc<Mutex<Mode>>,
}

impl SmtpSink {
    /// A server that accepts every message.
    pub async fn start() -> SmtpSink {
        Self::start_with(false).await
    }

    /// A server that refuses every message (554), as a broken relay would.
    pub async fn start_refusing() -> SmtpSink {
        Self::start_with(true).await
    }

    async fn start_with(refuse: bool) -> SmtpSink {
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind SMTP sink");
        let port = listener.local_addr().expect("address").port();
        let received = Arc::new(Mutex::new(Vec::new()));
        let mode = Arc::new(Mutex::new(if refuse { Mode::Refusing } else { Mode::Accepting }));
        let (store, current) = (received.clone(), mode.clone());
        tokio::spawn(async move {
            while let Ok((socket, _)) = listener.accept().await {
                let store = store.clone();
                let mode = *current.lock().expect("sink lock");
                tokio::spawn(async move {
                    let _ = session(socket, store, mode).await;
                });
            }
        });
        SmtpSink { port, received, mode }
    }

    /// From the next connection on, refuse every message (or take them again).
    pub fn set_refusing(&self, refusing: bool) {
        self.set_mode(if refusing { Mode::Refusing } else { Mode::Accepting });
    }

    pub fn set_mode(&self, mode: Mode) {
        *self.mode.lock().expect("sink lock") = mode;
    }

    /// The URL Heard is given: plain SMTP on loopback.
    pub fn url(&self) -> String {
        format!("smtp://127.0.0.1:{}", self.port)
    }

    pub fn messages(&self) -> Vec<Received> {
        self.received.lock().expect("sink lock").clone()
    }

    /// Waits until at least `count` messages arrived (or `seconds` passed) and returns them all.
    pub async fn wait_for(&self, count: usize, seconds: u64) -> Vec<Received> {
        let deadline = tokio::time::Instant::now() + Duration::from_secs(seconds);
        loop {
            let messages = self.messages();
            if messages.len() >= count || tokio::time::Instant::now() >= deadline {
                return messages;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }
}

async fn session(socket: tokio::net::TcpStream, store: Arc<Mutex<Vec<Received>>>, mode: Mode) -> std::io::Result<()> {
    let (read, mut write) = socket.into_split();
    let mut lines = BufReader::new(read);
    if mode == Mode::Down {
        write.write_all(b"421 4.3.2 Service not available, try later\r\n").await?;
        return Ok(());
    }
    if mode == Mode::Stalled {
        let mut ignored = String::new();
        while lines.read_line(&mut ignored).await? > 0 {}
        return Ok(());
    }
    let refuse = mode == Mode::Refusing;
    write.write_all(b"220 sink.test ESMTP ready\r\n").await?;
    let mut from = String::new();
    let mut to = Vec::new();
    let mut line = String::new();
    loop {
        line.clear();
        if lines.read_line(&mut line).await? == 0 {
            return Ok(());
        }
        let command = line.trim_end().to_string();
        let upper = command.to_uppercase();
        if upper.starts_with("EHLO") {
            write.write_all(b"250-sink.test\r\n250-8BITMIME\r\n250 SMTPUTF8\r\n").await?;
        } else if upper.starts_with("HELO") || upper.starts_with("NOOP") {
            write.write_all(b"250 OK\r\n").await?;
        } else if upper.starts_with("MAIL FROM:") {
            if refuse {
                write.write_all(b"554 5.7.1 Refused by the test\r\n").await?;
                continue;
            }
            from = command[10..].trim().trim_start_matches('<').split('>').next().unwrap_or_default().to_string();
            write.write_all(b"250 OK\r\n").await?;
        } else if upper.starts_with("RCPT TO:") {
            to.push(command[8..].trim().trim_start_matches('<').split('>').next().unwrap_or_default().to_string());
            write.write_all(b"250 OK\r\n").await?;
        } else if upper == "DATA" {
            write.write_all(b"354 End data with <CR><LF>.<CR><LF>\r\n").await?;
            let mut data = String::new();
            loop {
                let mut data_line = String::new();
                if lines.read_line(&mut data_line).await? == 0 {
                    return Ok(());
                }
                if data_line == ".\r\n" || data_line == ".\n" {
                    break;
                }
                // Dot-unstuffing (RFC 5321 4.5.2).
                let data_line = data_line.strip_prefix('.').map(str::to_string).unwrap_or(data_line);
                data.push_str(&data_line);
            }
            store.lock().expect("sink lock").push(Received { from: from.clone(), to: std::mem::take(&mut to), data });
            write.write_all(b"250 OK queued\r\n").await?;
        } else if upper == "RSET" {
            from.clear();
            to.clear();
            write.write_all(b"250 OK\r\n").await?;
        } else if upper == "QUIT" {
            write.write_all(b"221 Bye\r\n").await?;
            return Ok(());
        } else {
            write.write_all(b"502 Command not implemented\r\n").await?;
        }
    }
}
