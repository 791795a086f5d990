//! The Chain Checker's bank checker refuses bad content: these prove the
//! build would fail, one test per kind of mistake.

#[path = "../build/chain.rs"]
#[allow(dead_code)]
mod chain;
#[path = "../src/domain/workshop/model.rs"]
#[allow(dead_code)]
mod workshop_model;

use sense_spot_stop::domain::registry::REGISTRY;

const SOURCES: &str = r#"reviewed = "2026-12-02"
[[source]]
key = "C13"
citation = "Home Office, Transparency in supply chains"
url = "https://www.gov.uk/x"
"#;

const EXPOSURE: &str = r#"[[question]]
id = "A1"
text = "Over £36m?"
hint = ""
kind = "single"
sources = ["C13"]
options = [
  { id = "yes", label = "Yes", risk = "" },
  { id = "not-sure", label = "Not sure", risk = "" },
]
"#;

const QUESTIONS: &str = r#"[[theme]]
id = "B"
slug = "governance"
title = "Governance"
intro = "Who is responsible."
weight = 10
finance = false
follows_exposure = false
sources = ["C13"]

[[question]]
id = "B1"
theme = "B"
text = "A board lead?"
scale = "yes-no"
weak_action = "Name one."
find_out = "Ask."
sources = ["C13"]
s54 = "structure"
registry = "structure"
ktc = "commitment-governance"
"#;

/// The app's registry, as build.rs gives it to the bank's checker.
fn numbers() -> chain::Numbers {
    chain::Numbers::new(REGISTRY.iter().map(|o| {
        (
            format!("{:?}", o.id),
            o.numbers.iter().map(|n| n.display).collect(),
        )
    }))
}

fn errors(sources: &str, exposure: &str, questions: &str) -> Vec<String> {
    match chain::parse(sources, exposure, questions) {
        Err(e) => e,
        Ok(bank) => chain::check(&bank, &numbers()).err().unwrap_or_default(),
    }
}

fn with_question(from: &str, to: &str) -> Vec<String> {
    assert!(QUESTIONS.contains(from), "{from}");
    errors(SOURCES, EXPOSURE, &QUESTIONS.replace(from, to))
}

fn has(e: &[String], what: &str) -> bool {
    e.iter().any(|e| e.contains(what))
}

#[test]
fn a_good_bank_passes_and_renders() {
    assert_eq!(errors(SOURCES, EXPOSURE, QUESTIONS), Vec::<String>::new());
    let bank = chain::parse(SOURCES, EXPOSURE, QUESTIONS).unwrap();
    let rs = chain::render(&bank, &numbers());
    assert!(rs.contains("pub const CS_C13: Source"));
    assert!(rs.contains("scale: Scale::YesNo"));
}

#[test]
fn the_real_bank_passes() {
    let read = |n: &str| std::fs::read_to_string(format!("content/chain-checker/{n}")).unwrap();
    assert_eq!(
        errors(
            &read("sources.toml"),
            &read("exposure.toml"),
            &read("questions.toml")
        ),
        Vec::<String>::new()
    );
}

#[test]
fn a_weak_answer_without_an_action_fails() {
    let e = with_question("weak_action = \"Name one.\"", "weak_action = \" \"");
    assert!(has(&e, "B1: a weak answer has no action"), "{e:?}");
    let e = with_question("find_out = \"Ask.\"", "find_out = \"\"");
    assert!(has(&e, "B1: \"Not sure\" has no find-out action"), "{e:?}");
}

#[test]
fn a_question_without_a_source_fails() {
    let e = with_question("sources = [\"C13\"]\ns54", "sources = []\ns54");
    assert!(has(&e, "question B1: has no source"), "{e:?}");
    let e = with_question("sources = [\"C13\"]\ns54", "sources = [\"C99\"]\ns54");
    assert!(has(&e, "question B1: unknown source 'C99'"), "{e:?}");
}

#[test]
fn a_theme_without_questions_fails() {
    let e = with_question("theme = \"B\"\ntext", "theme = \"Z\"\ntext");
    assert!(has(&e, "theme B: has no questions"), "{e:?}");
    assert!(has(&e, "question B1: unknown theme 'Z'"), "{e:?}");
}

#[test]
fn unknown_tags_and_scales_fail() {
    for (from, to, want) in [
        (
            "s54 = \"structure\"",
            "s54 = \"marketing\"",
            "unknown s54 area",
        ),
        (
            "registry = \"structure\"",
            "registry = \"colour\"",
            "unknown registry field",
        ),
        (
            "ktc = \"commitment-governance\"",
            "ktc = \"vibes\"",
            "unknown KnowTheChain theme",
        ),
        ("scale = \"yes-no\"", "scale = \"stars\"", "unknown scale"),
    ] {
        let e = with_question(from, to);
        assert!(has(&e, want), "{want}: {e:?}");
    }
}

#[test]
fn finance_questions_need_a_fast_goal_and_others_must_not_have_one() {
    let e = with_question("finance = false", "finance = true");
    assert!(has(&e, "needs a FAST goal"), "{e:?}");
    let e = with_question(
        "ktc = \"commitment-governance\"",
        "ktc = \"commitment-governance\"\nfast = \"2\"",
    );
    assert!(has(&e, "only finance questions take a FAST goal"), "{e:?}");
}

#[test]
fn a_red_flag_must_lead_to_act_now() {
    let e = with_question("scale = \"yes-no\"", "scale = \"red-flag\"");
    assert!(has(&e, "must start with \"Act now\""), "{e:?}");
}

#[test]
fn an_exposure_question_without_not_sure_fails() {
    let e = errors(
        SOURCES,
        &EXPOSURE.replace(
            "  { id = \"not-sure\", label = \"Not sure\", risk = \"\" },\n",
            "",
        ),
        QUESTIONS,
    );
    assert!(has(&e, "needs a \"not-sure\" option"), "{e:?}");
}

#[test]
fn duplicates_bad_dates_and_unknown_fields_fail() {
    let twice = format!(
        "{QUESTIONS}{}",
        &QUESTIONS[QUESTIONS.find("[[question]]").unwrap()..]
    );
    assert!(has(
        &errors(SOURCES, EXPOSURE, &twice),
        "B1: id is used twice"
    ));
    let e = errors(&SOURCES.replace("2026-12-02", "soon"), EXPOSURE, QUESTIONS);
    assert!(has(&e, "review date"), "{e:?}");
    let e = with_question(
        "text = \"A board lead?\"",
        "text = \"A board lead?\"\ncolour = \"red\"",
    );
    assert!(has(&e, "unknown field"), "{e:?}");
}

#[test]
fn a_typed_phone_number_fails_and_a_named_one_is_filled_in_from_the_registry() {
    for typed in [
        "Call 999.",
        "call 999, then",
        "(999)",
        "Ring 08000 121 700 for advice.",
    ] {
        let e = with_question(
            "weak_action = \"Name one.\"",
            &format!("weak_action = \"{typed}\""),
        );
        assert!(has(&e, "question B1: the number"), "{typed}: {e:?}");
        assert!(has(&e, "is typed in"), "{typed}: {e:?}");
    }
    let e = with_question("text = \"A board lead?\"", "text = \"Call 999?\"");
    assert!(has(&e, "question B1: the number 999 is typed in"), "{e:?}");
    // Digits that only contain a number are not one.
    for fine in ["Since 1999.", "Call 9999.", "Item 1010."] {
        let e = with_question(
            "weak_action = \"Name one.\"",
            &format!("weak_action = \"{fine}\""),
        );
        assert!(!has(&e, "is typed in"), "{fine}: {e:?}");
    }
    let named = "weak_action = \"Tell staff when to call {number:Emergency999}.\"";
    let q = QUESTIONS.replace("weak_action = \"Name one.\"", named);
    assert_eq!(errors(SOURCES, EXPOSURE, &q), Vec::<String>::new());
    let rs = chain::render(&chain::parse(SOURCES, EXPOSURE, &q).unwrap(), &numbers());
    assert!(
        rs.contains("weak_action: \"Tell staff when to call 999.\""),
        "{rs}"
    );
    assert!(!rs.contains("{number:"));
}

#[test]
fn an_unknown_number_name_fails() {
    let e = with_question(
        "find_out = \"Ask.\"",
        "find_out = \"Call {number:Ghostbusters}.\"",
    );
    assert!(
        has(
            &e,
            "question B1: {number:Ghostbusters} is not in the registry"
        ),
        "{e:?}"
    );
    let e = errors(
        SOURCES,
        &EXPOSURE.replace("Over £36m?", "Over £36m? Call {number:Nobody}"),
        QUESTIONS,
    );
    assert!(
        has(&e, "exposure A1: {number:Nobody} is not in the registry"),
        "{e:?}"
    );
}

#[test]
fn the_real_bank_types_no_number_and_names_999_from_the_registry() {
    let q = std::fs::read_to_string("content/chain-checker/questions.toml").unwrap();
    assert!(q.contains("{number:Emergency999}"));
    assert!(chain::typed_numbers(&q, &numbers()).is_empty());
}
