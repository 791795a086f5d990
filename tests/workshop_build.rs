//! The workshop checker refuses a bad plan: these prove the build would fail
//! on each kind of mistake, and that the real content passes.

#[path = "../build/workshop.rs"]
#[allow(dead_code)]
mod workshop;
#[path = "../src/domain/workshop/model.rs"]
#[allow(dead_code)]
mod workshop_model;

use workshop::{check, parse, Known};

const PLAN: &str = r#"
title = "W"
reviewed = "2026-12-02"

[[block]]
id = "open"
title = "Opening"
minutes = 20
[[block.slide]]
id = "hello"
title = "Hello"
notes = "Welcome them."

[[block]]
id = "m1"
title = "Module 1"
module = 1
minutes = 25
outcomes = ["Define it."]
[[block.slide]]
id = "def"
title = "Definition"
notes = "Ask the room."
sources = ["1"]
quiz = ["q1"]
scenario = "s1"
topics = ["what-is-trafficking"]
terms = ["consent"]
signs = ["control-id-held-by-other"]
orgs = ["Helpline"]

[[block]]
id = "m2"
title = "Module 2"
module = 2
minutes = 25
outcomes = ["Explain it."]
[[block.slide]]
id = "ps"
title = "Ps"
notes = "n"
sources = ["w26"]

[[block]]
id = "m3"
title = "Module 3"
module = 3
minutes = 25
outcomes = ["Refer."]
[[block.slide]]
id = "r"
title = "Refer"
notes = "n"
sources = ["1"]

[[block]]
id = "m4"
title = "Module 4"
module = 4
minutes = 25
outcomes = ["Brief a team."]
[[block.slide]]
id = "t"
title = "Team"
notes = "n"
sources = ["1"]
"#;

const QUIZ: &str = r#"
[[item]]
id = "q1"
question = "Call {number:Helpline}?"
options = ["Yes", "No"]
answer = 0
explanation = "Because."
sources = ["1"]
"#;

const SCENARIO: &str = r#"
[[scenario]]
id = "s1"
title = "S"
intro = "A composite."
start = "a"
sources = ["1"]
[[scenario.node]]
id = "a"
text = "A"
[[scenario.node.choice]]
label = "Good move"
next = "good"
feedback = "Why it is good."
good = true
[[scenario.node.choice]]
label = "Poor move"
next = "poor"
feedback = "Why it is poor."
good = false
[[scenario.node]]
id = "good"
text = "Ends well."
ending = "good"
[[scenario.node]]
id = "poor"
text = "Ends badly."
ending = "poor"
"#;

const SOURCES: &str = r#"
[[source]]
key = "w26"
citation = "US Department of State, The 3Ps"
url = "https://2009-2017.state.gov/j/tip/rls/fs/2014/233736.htm"
"#;

fn known() -> Known {
    let set = |v: &[&str]| v.iter().map(|s| s.to_string()).collect();
    Known {
        sources: set(&["1"]),
        topics: set(&["what-is-trafficking"]),
        terms: set(&["consent"]),
        signs: set(&["control-id-held-by-other"]),
        orgs: set(&["Helpline", "Emergency999"]),
    }
}

fn errors(plan: &str, quiz: &str, scenario: &str) -> Vec<String> {
    let files = [
        ("plan.toml", plan),
        ("quiz.toml", quiz),
        ("scenarios.toml", scenario),
        ("sources.toml", SOURCES),
    ]
    .map(|(n, t)| (n.to_string(), t.to_string()));
    match parse(&files) {
        Err(e) => e,
        Ok(w) => check(&w, &known()).err().unwrap_or_default(),
    }
}

fn fails_with(plan: &str, quiz: &str, scenario: &str, needle: &str) {
    let e = errors(plan, quiz, scenario);
    assert!(
        e.iter().any(|e| e.contains(needle)),
        "wanted {needle:?} in {e:?}"
    );
}

#[test]
fn a_good_workshop_passes() {
    assert_eq!(errors(PLAN, QUIZ, SCENARIO), Vec::<String>::new());
}

#[test]
fn the_real_workshop_passes_and_lasts_two_hours() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/content/workshop");
    let mut files: Vec<(String, String)> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .map(|p| {
            let name = p.file_name().unwrap().to_string_lossy().to_string();
            (name, std::fs::read_to_string(p).unwrap())
        })
        .collect();
    files.sort();
    let w = parse(&files).unwrap();
    assert_eq!(w.total_minutes(), 120);
    assert_eq!(w.quiz.len(), 22);
    assert_eq!(w.scenarios.len(), 2);
    assert_eq!(
        w.blocks.iter().filter(|b| b.module > 0).count(),
        4,
        "four modules"
    );
}

#[test]
fn the_build_fails_when_timings_do_not_add_up_to_120_minutes() {
    let plan = PLAN.replace("minutes = 20", "minutes = 25");
    fails_with(&plan, QUIZ, SCENARIO, "add up to 125 minutes, not 120");
}

#[test]
fn the_build_fails_on_a_quiz_item_without_a_source() {
    fails_with(
        PLAN,
        &QUIZ.replace(r#"sources = ["1"]"#, "sources = []"),
        SCENARIO,
        "quiz item q1: has no source",
    );
}

#[test]
fn the_build_fails_on_a_quiz_item_without_an_explanation() {
    fails_with(
        PLAN,
        &QUIZ.replace("Because.", " "),
        SCENARIO,
        "quiz item q1: has no explanation",
    );
}

#[test]
fn the_build_fails_on_a_quiz_item_citing_an_unknown_source() {
    fails_with(
        PLAN,
        &QUIZ.replace(r#"sources = ["1"]"#, r#"sources = ["999"]"#),
        SCENARIO,
        "unknown source `999`",
    );
}

#[test]
fn the_build_fails_on_an_answer_that_is_not_an_option() {
    fails_with(
        PLAN,
        &QUIZ.replace("answer = 0", "answer = 2"),
        SCENARIO,
        "the answer is not one of the options",
    );
}

#[test]
fn the_build_fails_on_a_number_not_in_the_registry() {
    fails_with(
        PLAN,
        &QUIZ.replace("{number:Helpline}", "{number:Nobody}"),
        SCENARIO,
        "{number:Nobody} is not in the registry",
    );
}

#[test]
fn the_build_fails_on_a_dead_link_in_a_scenario() {
    let s = SCENARIO.replacen(r#"next = "poor""#, r#"next = "nowhere""#, 1);
    fails_with(PLAN, QUIZ, &s, "links to `nowhere`, which does not exist");
}

#[test]
fn the_build_fails_on_a_scenario_node_that_cannot_be_reached() {
    let s = format!(
        "{SCENARIO}\n[[scenario.node]]\nid = \"island\"\ntext = \"Alone.\"\nending = \"good\"\n"
    );
    fails_with(PLAN, QUIZ, &s, "node `island` cannot be reached");
}

#[test]
fn the_build_fails_on_a_path_that_never_ends() {
    // A loop back to the start.
    let s = SCENARIO.replacen(r#"next = "good""#, r#"next = "a""#, 1);
    fails_with(PLAN, QUIZ, &s, "a path that never ends");
    // A node with no choice that is not an ending.
    let s = SCENARIO.replacen("ending = \"poor\"", "", 1);
    fails_with(PLAN, QUIZ, &s, "the path stops there");
}

#[test]
fn the_build_fails_on_a_scenario_without_a_poor_ending_or_an_unexplained_choice() {
    let s = SCENARIO.replace("ending = \"poor\"", "ending = \"good\"");
    fails_with(PLAN, QUIZ, &s, "needs a poor ending");
    let s = SCENARIO.replace("Why it is poor.", "");
    fails_with(PLAN, QUIZ, &s, "does not explain itself");
}

#[test]
fn the_build_fails_on_references_the_app_does_not_have() {
    for (from, to, needle) in [
        (
            "what-is-trafficking",
            "no-such-topic",
            "unknown topic `no-such-topic`",
        ),
        (
            r#"terms = ["consent"]"#,
            r#"terms = ["nope"]"#,
            "unknown glossary term `nope`",
        ),
        (
            "control-id-held-by-other",
            "no-such-sign",
            "unknown sign `no-such-sign`",
        ),
        (
            r#"orgs = ["Helpline"]"#,
            r#"orgs = ["Ghostbusters"]"#,
            "unknown organisation `Ghostbusters`",
        ),
        (
            r#"quiz = ["q1"]"#,
            r#"quiz = ["q9"]"#,
            "unknown quiz item `q9`",
        ),
        (
            r#"scenario = "s1""#,
            r#"scenario = "s9""#,
            "unknown scenario `s9`",
        ),
    ] {
        fails_with(&PLAN.replace(from, to), QUIZ, SCENARIO, needle);
    }
}

#[test]
fn the_build_fails_on_a_module_slide_without_a_source_or_a_missing_module() {
    fails_with(
        &PLAN.replace(r#"sources = ["w26"]"#, "sources = []"),
        QUIZ,
        SCENARIO,
        "slide m2/ps: has no source",
    );
    fails_with(
        &PLAN.replace("module = 4", "module = 3"),
        QUIZ,
        SCENARIO,
        "module 4 has no block",
    );
}

#[test]
fn the_build_fails_on_a_confidence_check_that_is_neither_before_nor_after() {
    let plan = PLAN.replace(
        "id = \"hello\"\ntitle = \"Hello\"",
        "id = \"hello\"\ntitle = \"Hello\"\nconfidence = \"during\"",
    );
    fails_with(
        &plan,
        QUIZ,
        SCENARIO,
        "confidence is \"before\" or \"after\"",
    );
    fails_with(&plan, QUIZ, SCENARIO, "needs its five statements");
}

#[test]
fn the_build_fails_on_a_toolbox_talk_that_is_not_10_minutes_or_refers_to_nothing() {
    let talk = "\n[[talk]]\nminutes = 7\ntitle = \"Talk\"\nsay = \"Say it.\"\nquiz = [\"q1\"]\nscenario = \"s1\"\n";
    assert_eq!(
        errors(
            &format!("{PLAN}{}", talk.replace("7", "10")),
            QUIZ,
            SCENARIO
        ),
        Vec::<String>::new()
    );
    fails_with(
        &format!("{PLAN}{talk}"),
        QUIZ,
        SCENARIO,
        "add up to 7 minutes, not 10",
    );
    fails_with(
        &format!("{PLAN}{}", talk.replace("q1", "q7")),
        QUIZ,
        SCENARIO,
        "unknown quiz item `q7`",
    );
}
