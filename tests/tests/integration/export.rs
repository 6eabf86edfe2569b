//! Data out to the case record: a review's export follows its published JSON Schema, carries
//! every answer sent with its question and sharing choice, and nothing typed and not sent; it is
//! found only within its own council.

use crate::pack::review_with_voices;
use app::features::export::{service::review_export, SCHEMA, SCHEMA_PATH};
use app::model::{AuthorityId, ReviewId};
use heard_tests::spawn_app;

#[tokio::test]
async fn a_reviews_export_follows_its_published_schema() {
    let app = spawn_app().await;
    let (review, _child, _parent) = review_with_voices(&app).await;

    // The schema is published, to anyone, as it is built in.
    let response = app.get(SCHEMA_PATH).await;
    assert_eq!(response.status(), 200);
    assert_eq!(response.headers()["content-type"], "application/schema+json");
    let published: serde_json::Value = response.json().await.expect("the schema is JSON");
    assert_eq!(published, serde_json::from_str::<serde_json::Value>(SCHEMA).expect("schema"));
    let validator = jsonschema::validator_for(&published).expect("a valid JSON Schema");

    let (dyffryn,): (i64,) =
        sqlx::query_as("SELECT authority_id FROM reviews WHERE id = $1").bind(review).fetch_one(&app.db).await.expect("review");
    let tenant = app.state().unscoped().for_stored(AuthorityId::new(dyffryn));
    let export = review_export(&tenant, &app.address, ReviewId::new(review)).await.expect("export");
    let document = serde_json::to_value(&export).expect("json");
    let problems: Vec<String> = validator.iter_errors(&document).map(|e| format!("{} at {}", e, e.instance_path())).collect();
    assert!(problems.is_empty(), "{problems:?}\n{document:#}");

    assert_eq!(document["$schema"], format!("{}{SCHEMA_PATH}", app.address));
    assert_eq!(document["review"]["id"], review);
    assert_eq!(document["child_participation"]["views_sent"], true);
    assert_eq!(document["child_participation"]["attended"], serde_json::Value::Null, "attendance is the case system's to record");
    assert_eq!(document["alerts"].as_array().map(Vec::len), Some(1), "the child's alert");
    let requests = document["advocacy"]["requests"].as_array().expect("requests");
    assert_eq!(requests.iter().map(|r| r["role"].as_str().unwrap_or_default()).collect::<Vec<_>>(), ["parent"]);
    let answers = document["answers"].as_array().expect("answers");
    let feel = answers.iter().find(|a| a["question_id"] == "feel_now").expect("the child's feelings answer");
    assert_eq!(feel["role"], "child");
    assert_eq!(feel["words"], "pack-child-words-heron", "their own words, exactly");
    assert!(feel["question_text"]["cy"].as_str().is_some_and(|t| !t.is_empty()), "the question in Welsh too");
    assert!(matches!(feel["sharing"].as_str(), Some("share" | "private")));
    // The parent began but did not send: none of their words go out.
    assert!(!document.to_string().contains("pack-parent-words-otter"), "unsent words stay theirs");
    let roles: Vec<&str> = document["participants"].as_array().expect("participants").iter().filter_map(|p| p["role"].as_str()).collect();
    assert_eq!(roles.len(), 3, "{roles:?}");

    // A document with a field the schema does not know, or a wrong code, is not valid: the
    // schema checks something.
    let mut wrong = document.clone();
    wrong["review"]["status"] = "lost".into();
    assert!(!validator.is_valid(&wrong));
    let mut extra = document.clone();
    extra["child"]["full_name"] = "Heulwen Fullname-Private".into();
    assert!(!validator.is_valid(&extra), "a field the schema does not know");
    assert_eq!(document["advocacy"]["offered"], true, "the child and the parent were offered an advocate");

    // Another council's records do not have it.
    let (glannau,): (i64,) = sqlx::query_as("SELECT id FROM authorities WHERE slug = 'glannau'").fetch_one(&app.db).await.expect("glannau");
    let other = app.state().unscoped().for_stored(AuthorityId::new(glannau));
    assert!(matches!(review_export(&other, &app.address, ReviewId::new(review)).await, Err(app::server::AppError::NotFound)));
}
