//! A year of demo history for the managers' reports: more children per demo council, each with
//! reviews held over the last twelve months (most on time, fewer late as the year goes on),
//! invitations answered or not, read-aloud, Welsh, advocacy, alerts and messages. Made from a
//! fixed seed, so it is the same on every machine; idempotent. Nothing in it is anyone's words.

use app::domain::children::{ChildDetails, LegalBasis};
use app::domain::forms::{age_on, Band};
use app::domain::staff::EmailAddress;
use app::i18n::Lang;
use app::model::{AuthorityId, StaffId};
use app::server::db;
use app::server::db::format_date;
use sqlx::AnyPool;
use time::{Date, Duration};

/// A small fixed-seed generator (xorshift): the same history every time.
struct Dice(u64);

impl Dice {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    /// True with the given chance (0.0 to 1.0).
    fn chance(&mut self, p: f64) -> bool {
        (self.next() % 10_000) as f64 / 10_000.0 < p
    }

    fn between(&mut self, low: i64, high: i64) -> i64 {
        low + (self.next() % ((high - low + 1) as u64)) as i64
    }
}

const FIRST_NAMES: [&str; 40] = [
    "Alaw", "Bedwyr", "Cadi", "Dafydd", "Efa", "Fflur", "Gethin", "Hana", "Ianto", "Jac", "Kian", "Lowri", "Macsen", "Nia", "Osian",
    "Peredur", "Rhodri", "Seren", "Tegan", "Wil", "Amelia", "Ben", "Chloe", "Dylan", "Ella", "Finn", "Grace", "Harry", "Isla", "Jack",
    "Katie", "Liam", "Maisie", "Noah", "Olivia", "Poppy", "Ruby", "Sam", "Theo", "Zara",
];
const SURNAMES: [&str; 10] = ["Jones", "Williams", "Davies", "Evans", "Thomas", "Roberts", "Hughes", "Lewis", "Morgan", "Griffiths"];

/// (authority, children, share who speak Welsh, its IROs).
const PLAN: [(&str, usize, f64, &[&str]); 2] =
    [("dyffryn", 300, 0.45, &["iro@dyffryn.example", "iro2@dyffryn.example"]), ("glannau", 120, 0.15, &["iro@glannau.example"])];

/// How far an invitee got, as stored: sent their views, opened the form, or neither yet.
fn invitation_status(opened: bool, sent: bool) -> &'static str {
    match (opened, sent) {
        (_, true) => "submitted",
        (true, false) => "opened",
        (false, false) => "sent",
    }
}

fn stamp(day: Date, hour: i64) -> i64 {
    day.midnight().assume_utc().unix_timestamp() + hour * 3600
}

pub async fn seed(pool: &AnyPool, today: Date) -> Result<(), String> {
    let unscoped = app::server::tenant::Unscoped::new(pool.clone(), app::server::now());
    let mut dice = Dice(0x0005_EED2_026C_17ED);
    // A second stream for today's picture, so the year behind it stays as it was.
    let mut now_dice = Dice(0x7E5D_A7C0_FFEE_0001);
    for (slug, children, welsh_share, iros) in PLAN {
        let Some(authority) = db::authorities::by_slug(&unscoped, slug).await.map_err(|e| e.to_string())? else { continue };
        let mut alert_left = true;
        let marker = format!("{} {}", FIRST_NAMES[0], SURNAMES[0]);
        let (exists,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM children WHERE authority_id = $1 AND full_name = $2")
            .bind(authority.id)
            .bind(&marker)
            .fetch_one(pool)
            .await
            .map_err(|e| e.to_string())?;
        if exists > 0 {
            continue;
        }
        let mut iro_ids = Vec::new();
        for email in iros {
            let email = EmailAddress::parse(email).map_err(|e| format!("{e:?}"))?;
            if let Some(found) = app::features::staff::store::credentials(&unscoped, &email).await.map_err(|e| e.to_string())? {
                iro_ids.push(found.id);
            }
        }
        for n in 0..children {
            let name = FIRST_NAMES[n % FIRST_NAMES.len()];
            let full = format!("{name} {}", SURNAMES[(n / FIRST_NAMES.len() + n) % SURNAMES.len()]);
            let born = today - Duration::days(dice.between(4 * 365, 17 * 365));
            let since = today - Duration::days(dice.between(400, 1500));
            let welsh = dice.chance(welsh_share);
            let child = ChildDetails {
                preferred_name: name.to_string(),
                full_name: full,
                // Invented references in the shape a Welsh case system gives, unique per council.
                case_reference: Some(format!("WCCIS-{:06}", 200_000 + n)),
                date_of_birth: born,
                language: if welsh { Lang::Cy } else { Lang::En },
                communication_needs: String::new(),
                looked_after_since: since,
                legal_basis: if age_on(born, today) >= 17 { LegalBasis::PathwayPlan } else { LegalBasis::CareOrder },
                placement_type: "Foster care".to_string(),
                iro_staff_id: iro_ids.get(n % iro_ids.len().max(1)).copied().map(StaffId::get),
            };
            let child_id = unscoped.for_stored(authority.id).children().insert(&child).await.map_err(|e| e.to_string())?;
            // A few children's last review was never held: they are overdue today.
            let missed_last = now_dice.chance(0.02);
            history(pool, &mut dice, authority.id, child_id, &child, today, missed_last).await?;
            let tenant = unscoped.for_stored(authority.id);
            // One open alert in each council: on the first child whose meeting is near.
            let raise_alert = alert_left;
            if present(pool, &tenant, &mut now_dice, child_id, &child, today, raise_alert).await? && raise_alert {
                alert_left = false;
            }
        }
    }
    Ok(())
}

/// Two reviews a year for a child, each with their invitations and what came of them.
async fn history(
    pool: &AnyPool,
    dice: &mut Dice,
    authority_id: AuthorityId,
    child_id: app::model::ChildId,
    child: &ChildDetails,
    today: Date,
    missed_last: bool,
) -> Result<(), String> {
    let e = |error: sqlx::Error| error.to_string();
    let mut tx = db::begin_write(pool).await.map_err(e)?;
    let first_due = today - Duration::days(dice.between(190, 360));
    for k in 0..2 {
        let due = first_due + Duration::days(182 * k);
        if due >= today - Duration::days(3) || (k == 1 && missed_last) {
            continue;
        }
        // How far through the year (0 to 1): the service gets better as it goes on.
        let progress = 1.0 - ((today - due).whole_days() as f64 / 365.0).clamp(0.0, 1.0);
        let late = dice.chance(0.25 - 0.17 * progress);
        let held = if late { due + Duration::days(dice.between(1, 25)) } else { due - Duration::days(dice.between(0, 20)) };
        let held = held.min(today - Duration::days(1));
        let review_id: (i64,) = sqlx::query_as(
            "INSERT INTO reviews (authority_id, child_id, kind, due_on, meeting_on, meeting_at, arrangement, status, created_at, updated_at)
             VALUES ($1, $2, 'subsequent', $3, $4, '10:00', 'in_person', 'held', $5, $5) RETURNING id",
        )
        .bind(authority_id)
        .bind(child_id)
        .bind(format_date(due))
        .bind(format_date(held))
        .bind(stamp(held - Duration::days(30), 9))
        .fetch_one(&mut *tx)
        .await
        .map_err(e)?;
        let review_id = review_id.0;
        let invited = held - Duration::days(21);
        let band = Band::for_age(age_on(child.date_of_birth, held));
        let language = child.language.code();
        // (audience, chance asked, chance opened, chance sent once opened)
        let people = [
            ("child", 1.0, 0.65 + 0.2 * progress, 0.7 + 0.2 * progress),
            ("parent", 0.7, 0.55, 0.6 + 0.15 * progress),
            ("carer", 0.85, 0.8, 0.85),
        ];
        for (audience, asked, opens, sends) in people {
            if !dice.chance(asked) {
                continue;
            }
            let opened = dice.chance(opens);
            let sent = opened && dice.chance(sends);
            let status = invitation_status(opened, sent);
            let created = stamp(invited, 11);
            let opened_at = opened.then(|| created + dice.between(1, 9) * 86_400);
            let (invitation_id,): (i64,) = sqlx::query_as(
                "INSERT INTO invitations (authority_id, review_id, audience, first_name, language, delivery, status, created_at, updated_at,
                                          sent_at, opened_at, revoked_at)
                 VALUES ($1, $2, $3, $4, $5, 'post', $6, $7, $7, $7, $8, $9) RETURNING id",
            )
            .bind(authority_id)
            .bind(review_id)
            .bind(audience)
            .bind(if audience == "child" { child.preferred_name.as_str() } else { "Demo" })
            .bind(language)
            .bind(status)
            .bind(created)
            .bind(opened_at)
            .bind(stamp(held, 17))
            .fetch_one(&mut *tx)
            .await
            .map_err(e)?;
            let Some(opened_at) = opened_at else { continue };
            let is_child = audience == "child";
            let offered = audience != "carer" && (sent || dice.chance(0.3));
            let accepted = offered && dice.chance(if is_child { 0.22 } else { 0.12 });
            let advocacy = if !offered {
                None
            } else if accepted {
                Some("yes")
            } else {
                Some("no")
            };
            let plain = dice.chance(0.1);
            let (consultation_id,): (i64,) = sqlx::query_as(
                "INSERT INTO consultations (authority_id, review_id, invitation_id, form_id, form_version, band, step, advocacy,
                                            read_aloud_used, scripted_saves, plain_saves, created_at, updated_at, submitted_at)
                 VALUES ($1, $2, $3, $4, 1, $5, 1, $6, $7, $8, $9, $10, $10, $11) RETURNING id",
            )
            .bind(authority_id)
            .bind(review_id)
            .bind(invitation_id)
            .bind(audience)
            .bind(if is_child { band.as_str() } else { Band::Adult.as_str() })
            .bind(advocacy)
            .bind(i64::from(is_child && dice.chance(0.45)))
            .bind(if plain { 0_i64 } else { 4 })
            .bind(if plain { 4_i64 } else { 0 })
            .bind(opened_at)
            .bind(sent.then(|| opened_at + 3600))
            .fetch_one(&mut *tx)
            .await
            .map_err(e)?;
            if sent {
                // The language they answered in (no words: the demo says nothing of anyone).
                sqlx::query("INSERT INTO answers (consultation_id, question_id, language, saved_at) VALUES ($1, 'demo', $2, $3)")
                    .bind(consultation_id)
                    .bind(language)
                    .bind(opened_at)
                    .execute(&mut *tx)
                    .await
                    .map_err(e)?;
            }
            if accepted {
                sqlx::query(
                    "INSERT INTO advocacy_requests (authority_id, review_id, invitation_id, reference, status, created_at, updated_at)
                     VALUES ($1, $2, $3, $4, 'closed', $5, $5)",
                )
                .bind(authority_id)
                .bind(review_id)
                .bind(invitation_id)
                .bind(format!("ADV-DEMO{invitation_id:04}"))
                .bind(opened_at)
                .execute(&mut *tx)
                .await
                .map_err(e)?;
            }
            if is_child && dice.chance(0.06) {
                let raised = opened_at + 600;
                sqlx::query(
                    "INSERT INTO alerts (authority_id, review_id, child_id, invitation_id, source, raised_at, acknowledged_at)
                     VALUES ($1, $2, $3, $4, 'panel', $5, $6)",
                )
                .bind(authority_id)
                .bind(review_id)
                .bind(child_id)
                .bind(invitation_id)
                .bind(raised)
                .bind(raised + dice.between(4, 180) * 60)
                .execute(&mut *tx)
                .await
                .map_err(e)?;
            }
            if is_child && sent && dice.chance(0.3) {
                sqlx::query(
                    "INSERT INTO child_messages (authority_id, child_id, invitation_id, kind, words, language, sent_at, read_at)
                     VALUES ($1, $2, $3, 'good_news', '', $4, $5, $5)",
                )
                .bind(authority_id)
                .bind(child_id)
                .bind(invitation_id)
                .bind(language)
                .bind((opened_at + dice.between(5, 60) * 86_400).min(stamp(today, 0)))
                .execute(&mut *tx)
                .await
                .map_err(e)?;
            }
        }
    }
    tx.commit().await.map_err(e)?;
    Ok(())
}

/// Today's picture for one child, as on an ordinary working day: a review due within ten weeks
/// is usually booked in time (and confirmed); within four weeks of the meeting the invitations
/// have gone out by post and replies are coming in. True when it raised the open alert asked for.
async fn present(
    pool: &AnyPool,
    tenant: &app::server::tenant::Tenant,
    dice: &mut Dice,
    child_id: app::model::ChildId,
    child: &ChildDetails,
    today: Date,
    raise_alert: bool,
) -> Result<bool, String> {
    use app::domain::calendar::is_working_day;
    let e = |error: sqlx::Error| error.to_string();
    let due = app::features::reviews::service::next_due(tenant, child_id).await.map_err(|e| e.to_string())?;
    let Some(due) = due else { return Ok(false) };
    // Overdue children stay overdue, and one in ten due soon is still to book.
    if due <= today || due > today + Duration::days(70) || dice.chance(0.1) {
        return Ok(false);
    }
    let mut meeting = due - Duration::days(dice.between(0, 10));
    while !is_working_day(meeting) && meeting > today {
        meeting -= Duration::days(1);
    }
    if meeting <= today {
        return Ok(false);
    }
    let authority_id = tenant.authority();
    let mut tx = db::begin_write(pool).await.map_err(e)?;
    let booked_at = stamp(today - Duration::days(dice.between(20, 50)), 10);
    let (review_id,): (i64,) = sqlx::query_as(
        "INSERT INTO reviews (authority_id, child_id, kind, due_on, meeting_on, meeting_at, arrangement, status, confirmed_at,
                              created_at, updated_at)
         VALUES ($1, $2, 'subsequent', $3, $4, $5, $6, 'booked', $7, $7, $7) RETURNING id",
    )
    .bind(authority_id)
    .bind(child_id)
    .bind(format_date(due))
    .bind(format_date(meeting))
    .bind(if dice.chance(0.5) { "10:00" } else { "14:00" })
    .bind(if dice.chance(0.75) { "in_person" } else { "hybrid" })
    .bind(booked_at)
    .fetch_one(&mut *tx)
    .await
    .map_err(e)?;
    let days_left = (meeting - today).whole_days();
    let mut raised = false;
    if days_left <= 28 {
        let sent_at = stamp(today - Duration::days((28 - days_left).clamp(1, 27)), 11);
        // Nearer the meeting, more have opened and sent their views.
        let nearness = 1.0 - days_left as f64 / 28.0;
        for (audience, asked) in [("child", 1.0), ("parent", 0.7), ("carer", 0.85)] {
            if !dice.chance(asked) {
                continue;
            }
            // The child whose alert is asked for has opened their form (that is where it is raised).
            let opened = (raise_alert && audience == "child") || dice.chance(0.35 + 0.45 * nearness);
            let sent = opened && dice.chance(0.3 + 0.5 * nearness);
            let status = invitation_status(opened, sent);
            let opened_at = opened.then(|| (sent_at + dice.between(1, 5) * 86_400).min(stamp(today, 8)));
            // A posted letter whose code was given out: the demo keeps no working code.
            let (invitation_id,): (i64,) = sqlx::query_as(
                "INSERT INTO invitations (authority_id, review_id, audience, first_name, language, delivery, link_salt, status,
                                          created_at, updated_at, sent_at, opened_at, submitted_at)
                 VALUES ($1, $2, $3, $4, $5, 'post', 'demo', $6, $7, $7, $7, $8, $9) RETURNING id",
            )
            .bind(authority_id)
            .bind(review_id)
            .bind(audience)
            .bind(if audience == "child" { child.preferred_name.as_str() } else { "Demo" })
            .bind(child.language.code())
            .bind(status)
            .bind(sent_at)
            .bind(opened_at)
            .bind(sent.then(|| opened_at.map_or(sent_at, |at| at + 3600)))
            .fetch_one(&mut *tx)
            .await
            .map_err(e)?;
            if let Some(opened_at) = opened_at {
                // Their form as far as they got (no words: the demo says nothing of anyone).
                let band = if audience == "child" { Band::for_age(age_on(child.date_of_birth, today)) } else { Band::Adult };
                sqlx::query(
                    "INSERT INTO consultations (authority_id, review_id, invitation_id, form_id, form_version, band, step,
                                                created_at, updated_at, submitted_at)
                     VALUES ($1, $2, $3, $4, 1, $5, 1, $6, $6, $7)",
                )
                .bind(authority_id)
                .bind(review_id)
                .bind(invitation_id)
                .bind(audience)
                .bind(band.as_str())
                .bind(opened_at)
                .bind(sent.then(|| opened_at + 3600))
                .execute(&mut *tx)
                .await
                .map_err(e)?;
            }
            if audience == "child" && opened && raise_alert {
                sqlx::query(
                    "INSERT INTO alerts (authority_id, review_id, child_id, invitation_id, source, raised_at)
                     VALUES ($1, $2, $3, $4, 'panel', $5)",
                )
                .bind(authority_id)
                .bind(review_id)
                .bind(child_id)
                .bind(invitation_id)
                .bind(opened_at.unwrap_or(sent_at) + 600)
                .execute(&mut *tx)
                .await
                .map_err(e)?;
                raised = true;
            }
        }
    }
    tx.commit().await.map_err(e)?;
    Ok(raised)
}
