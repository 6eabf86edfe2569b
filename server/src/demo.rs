//! Demo data for trying Heard out: two authorities with staff of every role. Idempotent: running
//! it again adds nothing that is already there. Never loaded in production (configuration refuses).

use crate::configuration::Settings;
use app::domain::staff::{EmailAddress, PersonName, Role};
use app::server::db;
use sqlx::AnyPool;

pub struct DemoAuthority {
    pub slug: &'static str,
    pub name_en: &'static str,
    pub name_cy: &'static str,
    pub welsh_first: bool,
    pub staff: &'static [(&'static str, &'static str, Role)],
}

pub const AUTHORITIES: [DemoAuthority; 2] = [
    DemoAuthority {
        slug: "dyffryn",
        name_en: "Dyffryn County Council",
        name_cy: "Cyngor Sir Dyffryn",
        welsh_first: true,
        staff: &[
            ("admin@dyffryn.example", "Alun Admin", Role::Admin),
            ("manager@dyffryn.example", "Mererid Manager", Role::Manager),
            ("iro@dyffryn.example", "Iola Roberts", Role::Iro),
            ("iro2@dyffryn.example", "Ifan Rhys", Role::Iro),
            ("support@dyffryn.example", "Sioned Support", Role::BusinessSupport),
        ],
    },
    DemoAuthority {
        slug: "glannau",
        name_en: "Glannau Borough Council",
        name_cy: "Cyngor Bwrdeistref Glannau",
        welsh_first: false,
        staff: &[
            ("admin@glannau.example", "Gareth Admin", Role::Admin),
            ("manager@glannau.example", "Megan Manager", Role::Manager),
            ("iro@glannau.example", "Owen Iro", Role::Iro),
            ("support@glannau.example", "Siân Support", Role::BusinessSupport),
        ],
    },
];

/// The demo staff password: from HEARD_DEMO_PASSWORD, else kept in `data/demo-password.txt`
/// (generated the first time), so it is never a secret written in the code.
pub fn demo_password(settings: &Settings) -> std::io::Result<String> {
    if let Some(password) = &settings.demo_password {
        return Ok(password.clone());
    }
    let path = settings.data_dir.join("demo-password.txt");
    if let Ok(text) = std::fs::read_to_string(&path) {
        if !text.trim().is_empty() {
            return Ok(text.trim().to_string());
        }
    }
    let password = generate_passphrase();
    crate::startup::write_private(&path, &password)?;
    Ok(password)
}

fn generate_passphrase() -> String {
    use rand::seq::IndexedRandom;
    const WORDS: [&str; 24] = [
        "afon", "bara", "cwch", "draig", "eira", "ffenest", "glaw", "haul", "iard", "lleuad", "mynydd", "nant", "ogof",
        "pont", "rhosyn", "seren", "tonnau", "tywod", "wennol", "ynys", "castell", "coeden", "gwanwyn", "hedyn",
    ];
    let mut rng = rand::rng();
    let words: Vec<&str> = (0..4).filter_map(|_| WORDS.choose(&mut rng).copied()).collect();
    words.join("-")
}

pub async fn seed(db: &AnyPool, settings: &Settings) -> Result<(), String> {
    let password = demo_password(settings).map_err(|e| e.to_string())?;
    let mut hash: Option<String> = None;
    for authority in &AUTHORITIES {
        let authority_id = db::authorities::ensure(db, authority.slug, authority.name_en, authority.name_cy, authority.welsh_first)
            .await
            .map_err(|e| e.to_string())?;
        for (email, name, role) in authority.staff {
            let email = EmailAddress::parse(email).map_err(|e| format!("{e:?}"))?;
            if db::staff::email_taken(db, &email).await.map_err(|e| e.to_string())? {
                continue;
            }
            let name = PersonName::parse(name).map_err(|e| format!("{e:?}"))?;
            // One hash serves every demo account: argon2 is slow on purpose.
            if hash.is_none() {
                hash = Some(app::server::auth::hash_password(password.clone()).await.map_err(|e| e.to_string())?);
            }
            let hash = hash.as_deref().unwrap_or_default();
            db::staff::insert(db, authority_id, &name, &email, *role, hash).await.map_err(|e| e.to_string())?;
        }
    }
    println!("\nHeard demo sign-ins (password for all: {password})");
    for authority in &AUTHORITIES {
        println!("  {}:", authority.name_en);
        for (email, _, role) in authority.staff {
            println!("    {:<28} {}", email, role.as_str());
        }
    }
    println!();
    Ok(())
}
