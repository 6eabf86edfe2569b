//! Demo data for trying Heard out: two authorities with staff of every role. Idempotent: running
//! it again adds nothing that is already there. Never loaded in production (configuration refuses).

use crate::configuration::Settings;
use app::domain::staff::{EmailAddress, PersonName};
use app::model::{Role, StaffId};
use app::server::db;
use secrecy::ExposeSecret;
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
        return Ok(password.expose_secret().to_string());
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
        "afon", "bara", "cwch", "draig", "eira", "ffenest", "glaw", "haul", "iard", "lleuad", "mynydd", "nant", "ogof", "pont", "rhosyn",
        "seren", "tonnau", "tywod", "wennol", "ynys", "castell", "coeden", "gwanwyn", "hedyn",
    ];
    let mut rng = rand::rng();
    let words: Vec<&str> = (0..4).filter_map(|_| WORDS.choose(&mut rng).copied()).collect();
    words.join("-")
}

/// A demo child; names are invented.
struct DemoChild {
    authority: &'static str,
    preferred: &'static str,
    full: &'static str,
    born: &'static str,
    language: &'static str,
    basis: &'static str,
    since: &'static str,
    iro: &'static str,
}

const CHILDREN: [DemoChild; 6] = [
    DemoChild {
        authority: "dyffryn",
        preferred: "Cadi",
        full: "Cadi Haf Morgan",
        born: "2019-05-14",
        language: "cy",
        basis: "care_order",
        since: "2024-02-01",
        iro: "iro@dyffryn.example",
    },
    DemoChild {
        authority: "dyffryn",
        preferred: "Osian",
        full: "Osian Llŷr Jones",
        born: "2015-09-02",
        language: "cy",
        basis: "s76",
        since: "2025-06-20",
        iro: "iro@dyffryn.example",
    },
    DemoChild {
        authority: "dyffryn",
        preferred: "Jade",
        full: "Jade Louise Evans",
        born: "2011-01-30",
        language: "en",
        basis: "interim_care_order",
        since: "2026-10-03",
        iro: "iro@dyffryn.example",
    },
    DemoChild {
        authority: "dyffryn",
        preferred: "Tomos",
        full: "Tomos Rhys Williams",
        born: "2008-07-11",
        language: "en",
        basis: "pathway_plan",
        since: "2020-03-15",
        iro: "iro2@dyffryn.example",
    },
    DemoChild {
        authority: "glannau",
        preferred: "Leo",
        full: "Leo James Price",
        born: "2017-12-01",
        language: "en",
        basis: "care_order",
        since: "2023-09-09",
        iro: "iro@glannau.example",
    },
    DemoChild {
        authority: "glannau",
        preferred: "Ffion",
        full: "Ffion Mair Davies",
        born: "2012-04-22",
        language: "cy",
        basis: "placement_with_parents",
        since: "2025-01-10",
        iro: "iro@glannau.example",
    },
];

async fn seed_children(db: &AnyPool) -> Result<(), String> {
    let unscoped = app::server::tenant::Unscoped::new(db.clone(), app::server::now());
    use app::domain::children::ChildDetails;
    use app::domain::children::LegalBasis;
    use app::i18n::Lang;
    let date = |text: &str| app::server::db::parse_date(text).map_err(|e| e.to_string());
    for authority in &AUTHORITIES {
        let Some(found) = db::authorities::by_slug(&unscoped, authority.slug).await.map_err(|e| e.to_string())? else { continue };
        // The demo seed works through each authority it made, by the id it stored.
        let tenant = unscoped.for_stored(found.id);
        if tenant.children().count_in_authority().await.map_err(|e| e.to_string())? > 0 {
            continue;
        }
        for (n, DemoChild { authority: slug, preferred, full, born, language, basis, since, iro }) in CHILDREN.into_iter().enumerate() {
            if slug != authority.slug {
                continue;
            }
            let iro_id = app::features::staff::store::credentials(&unscoped, &EmailAddress::parse(iro).map_err(|e| format!("{e:?}"))?)
                .await
                .map_err(|e| e.to_string())?
                .map(|c| c.id);
            let since_date = date(since)?;
            let child_id = tenant
                .children()
                .insert(&ChildDetails {
                    preferred_name: preferred.to_string(),
                    full_name: full.to_string(),
                    // An invented reference in the shape a Welsh case system gives.
                    case_reference: Some(format!("WCCIS-{:06}", 100_100 + n)),
                    date_of_birth: date(born)?,
                    language: Lang::parse(language).unwrap_or_default(),
                    communication_needs: String::new(),
                    looked_after_since: date(since)?,
                    legal_basis: LegalBasis::parse(basis).ok_or("legal basis")?,
                    placement_type: "Foster care".to_string(),
                    iro_staff_id: iro_id.map(StaffId::get),
                })
                .await
                .map_err(|e| e.to_string())?;
            // Children looked after for a while have had reviews: the latest some months ago,
            // so the demo shows reviews coming due (Tomos's very soon) rather than all overdue.
            let today = time::OffsetDateTime::now_utc().date();
            if since_date < today - time::Duration::days(200) {
                let months_ago = if preferred == "Tomos" { 175 } else { 140 };
                let held_on = today - time::Duration::days(months_ago);
                tenant
                    .reviews()
                    .insert_held(child_id, app::domain::schedule::DueReason::Subsequent, held_on)
                    .await
                    .map_err(|e| e.to_string())?;
            }
        }
    }
    Ok(())
}

/// Who is invited to each demo child's reviews: the child (through their carer's email), a
/// parent (by post where the council sends letters) and the carer. One child in ten has none
/// yet, as on any real caseload, so the work list shows the gap. Once any contact exists the
/// demo leaves them all alone, so seeding again never brings back one that was removed.
async fn seed_contacts(db: &AnyPool) -> Result<(), String> {
    let now = app::server::now();
    let (existing,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM child_contacts").fetch_one(db).await.map_err(|e| e.to_string())?;
    if existing > 0 {
        return Ok(());
    }
    let places = [
        ("child", "c.preferred_name", "'email'", "'home' || c.id || '@families.example'", "''"),
        (
            "parent1",
            "'Sam'",
            "CASE WHEN s.post_enabled = '1' THEN 'post' ELSE 'email' END",
            "CASE WHEN s.post_enabled = '1' THEN '' ELSE 'parent' || c.id || '@families.example' END",
            "CASE WHEN s.post_enabled = '1' THEN '1 Demo Street' ELSE '' END",
        ),
        ("carer", "'Alex'", "'email'", "'carer' || c.id || '@families.example'", "''"),
    ];
    for (slot, name, delivery, email, address) in places {
        let sql = format!(
            "INSERT INTO child_contacts (authority_id, child_id, slot, first_name, language, delivery, email, postal_address, updated_at)
             SELECT c.authority_id, c.id, '{slot}', {name}, c.preferred_language, {delivery}, {email}, {address}, $1
             FROM children c LEFT JOIN authority_settings s ON s.authority_id = c.authority_id
             WHERE c.id % 10 <> 0"
        );
        sqlx::query(&sql).bind(now).execute(db).await.map_err(|e| e.to_string())?;
    }
    Ok(())
}

/// Each demo council's own settings: advocacy provider, duty contact, review team, post.
async fn seed_settings(db: &AnyPool) -> Result<(), String> {
    let unscoped = app::server::tenant::Unscoped::new(db.clone(), app::server::now());
    use app::domain::reviews::SettingsInput;
    let demo = [
        (
            "dyffryn",
            "TGP Cymru",
            "01234 100200",
            "Dyffryn emergency duty team",
            "01234 100300",
            "01234 100400",
            "Neuadd y Sir, Dyffryn (Room 2)",
            "1",
        ),
        (
            "glannau",
            "NYAS Cymru",
            "01234 200200",
            "Glannau out of hours team",
            "01234 200300",
            "01234 200400",
            "Microsoft Teams (link sent by the IRO)",
            "",
        ),
    ];
    for (slug, advocacy, advocacy_phone, duty, duty_phone, team_phone, arrangements, post) in demo {
        let Some(found) = db::authorities::by_slug(&unscoped, slug).await.map_err(|e| e.to_string())? else { continue };
        let (existing,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM authority_settings WHERE authority_id = $1")
            .bind(found.id)
            .fetch_one(db)
            .await
            .map_err(|e| e.to_string())?;
        if existing > 0 {
            continue;
        }
        let settings = SettingsInput {
            advocacy_name: advocacy.into(),
            advocacy_email: format!("referrals@{slug}-advocacy.example"),
            advocacy_phone: advocacy_phone.into(),
            // Parents in the demo are served by a family advocacy service of their own.
            parent_advocacy_name: "Family Advocacy Cymru".into(),
            parent_advocacy_email: format!("parents@{slug}-advocacy.example"),
            parent_advocacy_phone: "01267 000 111".into(),
            duty_name: duty.into(),
            duty_email: format!("duty@{slug}.example"),
            duty_phone: duty_phone.into(),
            review_team_phone: team_phone.into(),
            review_team_email: format!("reviews@{slug}.example"),
            default_arrangements: arrangements.into(),
            post_enabled: post.into(),
            suppress_below: app::domain::reports::DEFAULT_SUPPRESS_BELOW.to_string(),
        };
        unscoped.for_stored(found.id).settings().save(&settings).await.map_err(|e| e.to_string())?;
    }
    Ok(())
}

pub async fn seed(db: &AnyPool, settings: &Settings) -> Result<(), String> {
    let unscoped = app::server::tenant::Unscoped::new(db.clone(), app::server::now());
    let password = demo_password(settings).map_err(|e| e.to_string())?;
    let mut hash: Option<String> = None;
    for authority in &AUTHORITIES {
        let authority_id = db::authorities::ensure(&unscoped, authority.slug, authority.name_en, authority.name_cy, authority.welsh_first)
            .await
            .map_err(|e| e.to_string())?;
        for (email, name, role) in authority.staff {
            let email = EmailAddress::parse(email).map_err(|e| format!("{e:?}"))?;
            if app::features::staff::store::email_taken(&unscoped, &email).await.map_err(|e| e.to_string())? {
                continue;
            }
            let name = PersonName::parse(name).map_err(|e| format!("{e:?}"))?;
            // One hash serves every demo account: argon2 is slow on purpose.
            if hash.is_none() {
                hash = Some(app::server::auth::hash_password(password.clone()).await.map_err(|e| e.to_string())?);
            }
            let hash = hash.as_deref().unwrap_or_default();
            unscoped.for_stored(authority_id).staff().insert(&name, &email, *role, hash).await.map_err(|e| e.to_string())?;
        }
    }
    seed_children(db).await?;
    seed_settings(db).await?;
    if settings.demo_history {
        crate::demo_history::seed(db, app::server::today()).await?;
    }
    seed_contacts(db).await?;
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
