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
        signs: set(&[
            "control-id-held-by-other",
            "work-no-pay",
            "people-look-tired",
        ]),
        signs_with_forms: set(&["control-id-held-by-other", "work-no-pay"]),
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
        w.activities.len(),
        4,
        "myths, sorting signs, and the Ps twice"
    );
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

const ACTIVITIES: &str = r#"
[[activity]]
id = "myths"
kind = "myths"
title = "Myth or fact?"
intro = "True or false?"
groups = [{ id = "true", label = "True" }, { id = "false", label = "False" }]
[[activity.item]]
id = "border"
statement = "It needs a border."
answers = ["false"]
explanation = "Travel within a country counts."
sources = ["1"]
[[activity.item]]
id = "men"
statement = "Men are trafficked too."
answers = ["true"]
explanation = "Most referrals are male."
sources = ["w26"]

[[activity]]
id = "sort"
kind = "sort"
title = "Sort the signs"
intro = "Which form?"
[[activity.item]]
sign = "control-id-held-by-other"
explanation = "Holding documents controls people."
[[activity.item]]
sign = "work-no-pay"
explanation = "Twice."

[[activity]]
id = "match"
kind = "match"
title = "Ps"
intro = "Which P?"
groups = [{ id = "pursue", label = "Pursue" }, { id = "protect", label = "Protect" }]
[[activity.item]]
org = "Emergency999"
answers = ["pursue"]
explanation = "Police pursue offenders."
sources = ["w26"]
[[activity.item]]
org = "Helpline"
answers = ["protect", "pursue"]
explanation = "Both."
sources = ["1"]
"#;

/// Module 1 plays each activity on a slide of its own (titled by its id),
/// after its first slide.
fn activity_slides() -> String {
    ["myths", "sort", "match"]
        .map(|a| {
            format!(
                "[[block.slide]]\nid = \"{a}\"\ntitle = \"{a}\"\nnotes = \"Reveal each answer.\"\nsources = [\"1\"]\nactivities = [\"{a}\"]\n"
            )
        })
        .concat()
}

fn with_activity_slides(slides: &str) -> String {
    PLAN.replace(
        "\n[[block]]\nid = \"m2\"",
        &format!("{slides}\n[[block]]\nid = \"m2\""),
    )
}

fn activity_errors(activities: &str) -> Vec<String> {
    activity_errors_in(&with_activity_slides(&activity_slides()), activities)
}

fn activity_errors_in(plan: &str, activities: &str) -> Vec<String> {
    let files = [
        ("activities.toml", activities),
        ("plan.toml", plan),
        ("quiz.toml", QUIZ),
        ("scenarios.toml", SCENARIO),
        ("sources.toml", SOURCES),
    ]
    .map(|(n, t)| (n.to_string(), t.to_string()));
    match parse(&files) {
        Err(e) => e,
        Ok(w) => check(&w, &known()).err().unwrap_or_default(),
    }
}

fn activity_fails_with(activities: &str, needle: &str) {
    let e = activity_errors(activities);
    assert!(
        e.iter().any(|e| e.contains(needle)),
        "wanted {needle:?} in {e:?}"
    );
}

#[test]
fn good_activities_pass_and_a_sign_placed_twice_does_not() {
    assert_eq!(activity_errors(ACTIVITIES), Vec::<String>::new());
    activity_fails_with(
        &ACTIVITIES.replace("work-no-pay", "control-id-held-by-other"),
        "item `control-id-held-by-other`: used twice",
    );
}

#[test]
fn the_build_fails_on_an_activity_item_without_its_answer_explanation_or_source() {
    activity_fails_with(
        &ACTIVITIES.replacen("answers = [\"false\"]\n", "", 1),
        "item `border`: has no answer",
    );
    activity_fails_with(
        &ACTIVITIES.replace("explanation = \"Both.\"", "explanation = \" \""),
        "item `Helpline`: has no explanation",
    );
    activity_fails_with(
        &ACTIVITIES.replacen("sources = [\"1\"]\n", "sources = []\n", 1),
        "item `border`: has no source",
    );
    activity_fails_with(
        &ACTIVITIES.replace(
            "sources = [\"w26\"]\n[[activity.item]]\norg",
            "sources = [\"w99\"]\n[[activity.item]]\norg",
        ),
        "unknown source `w99`",
    );
    activity_fails_with(
        &ACTIVITIES.replace("answers = [\"pursue\"]", "answers = [\"prosecution\"]"),
        "the answer `prosecution` is not one of the groups",
    );
}

#[test]
fn the_build_fails_on_a_sign_or_organisation_that_is_not_in_its_one_home() {
    activity_fails_with(
        &ACTIVITIES.replace(
            "sign = \"work-no-pay\"\nexplanation = \"Twice.\"",
            "sign = \"made-up-sign\"\nexplanation = \"Twice.\"",
        ),
        "unknown sign `made-up-sign`",
    );
    activity_fails_with(
        &ACTIVITIES.replace(
            "sign = \"work-no-pay\"\nexplanation = \"Twice.\"",
            "sign = \"people-look-tired\"\nexplanation = \"Twice.\"",
        ),
        "links this sign to no form of exploitation",
    );
    activity_fails_with(
        &ACTIVITIES.replace("org = \"Helpline\"", "org = \"Ghostbusters\""),
        "unknown organisation `Ghostbusters`",
    );
    activity_fails_with(
        &ACTIVITIES.replace(
            "explanation = \"Holding documents controls people.\"",
            "explanation = \"Holding documents controls people.\"\nanswers = [\"labour\"]",
        ),
        "a sign's forms and sources come from the catalogue: do not copy them",
    );
}

#[test]
fn the_build_fails_on_an_activity_titled_like_its_slide() {
    activity_fails_with(
        &ACTIVITIES.replace("title = \"Myth or fact?\"", "title = \" Myths\""),
        "slide m1/myths: activity `myths` has the slide's own title, so it would show twice",
    );
}

#[test]
fn the_build_fails_on_a_slide_with_more_than_the_room_can_answer_on_one_screen() {
    let fails = |slides: &str, needle: &str| {
        let e = activity_errors_in(&with_activity_slides(slides), ACTIVITIES);
        assert!(
            e.iter().any(|e| e.contains(needle)),
            "wanted {needle:?} in {e:?}"
        );
    };
    fails(
        &activity_slides().replace(
            "activities = [\"match\"]",
            "activities = [\"match\", \"sort\"]",
        ),
        "slide m1/match: plays 2 activities: give each its own slide",
    );
    fails(
        &activity_slides().replace(
            "activities = [\"sort\"]",
            "activities = [\"sort\"]\nquiz = [\"q1\"]",
        ),
        "slide m1/sort: an activity shares its slide with a quiz or a scenario",
    );
    fails(
        &activity_slides().replace(
            "activities = [\"sort\"]",
            "activities = [\"sort\"]\nscenario = \"s1\"",
        ),
        "slide m1/sort: an activity shares its slide with a quiz or a scenario",
    );
}

#[test]
fn the_build_fails_on_an_unknown_or_unplayed_activity() {
    let plan = PLAN.replace(
        "scenario = \"s1\"\n",
        "scenario = \"s1\"\nactivities = [\"nope\"]\n",
    );
    fails_with(&plan, QUIZ, SCENARIO, "unknown activity `nope`");
    let files = [
        ("activities.toml", ACTIVITIES),
        ("plan.toml", PLAN),
        ("quiz.toml", QUIZ),
        ("scenarios.toml", SCENARIO),
        ("sources.toml", SOURCES),
    ]
    .map(|(n, t)| (n.to_string(), t.to_string()));
    let e = check(&parse(&files).unwrap(), &known()).unwrap_err();
    assert!(
        e.iter()
            .any(|e| e.contains("activity myths: no slide plays it")),
        "{e:?}"
    );
}

const BRIEFINGS: &str = r#"
briefing_steps = ["Call {number:Emergency999} in danger."]
briefing_sources = ["1"]
[[briefing]]
id = "housing"
role = "Housing"
visits = "You see who sleeps where."
signs = ["control-id-held-by-other"]
orgs = ["Helpline"]
sources = ["w26"]
"#;

fn briefing_errors(briefings: &str) -> Vec<String> {
    let files = [
        ("briefings.toml", briefings),
        ("plan.toml", PLAN),
        ("quiz.toml", QUIZ),
        ("scenarios.toml", SCENARIO),
        ("sources.toml", SOURCES),
    ]
    .map(|(n, t)| (n.to_string(), t.to_string()));
    match parse(&files) {
        Err(e) => e,
        Ok(w) => check(&w, &known()).err().unwrap_or_default(),
    }
}

#[test]
fn the_build_fails_on_a_briefing_that_refers_to_nothing_or_would_not_fit_a_page() {
    assert_eq!(briefing_errors(BRIEFINGS), Vec::<String>::new());
    let cases = [
        (
            "\"control-id-held-by-other\"]",
            "\"made-up\"]",
            "unknown sign `made-up`",
        ),
        (
            "orgs = [\"Helpline\"]",
            "orgs = [\"Nobody\"]",
            "unknown organisation `Nobody`",
        ),
        (
            "sources = [\"w26\"]",
            "sources = []",
            "briefing housing: has no source",
        ),
        (
            "{number:Emergency999}",
            "{number:Nobody}",
            "{number:Nobody} is not in the registry",
        ),
        (
            "briefing_sources = [\"1\"]",
            "briefing_sources = [\"w99\"]",
            "unknown source `w99`",
        ),
        (
            "signs = [\"control-id-held-by-other\"]",
            "signs = [\"a\",\"b\",\"c\",\"d\",\"e\",\"f\",\"g\",\"h\",\"i\"]",
            "lists 9 signs; 1 to 8 fit one page",
        ),
    ];
    for (from, to, needle) in cases {
        let e = briefing_errors(&BRIEFINGS.replace(from, to));
        assert!(
            e.iter().any(|e| e.contains(needle)),
            "wanted {needle:?} in {e:?}"
        );
    }
}

const RESOURCES: &str = r#"
[[resource]]
title = "A council guide"
publisher = "Local Government Association"
date = "October 2022"
url = "https://www.local.gov.uk/publications/council-guide-tackling-modern-slavery"
about = "What councils can do."
sources = ["w26"]
"#;

#[test]
fn the_build_fails_on_a_resource_without_its_original_or_a_caveat() {
    let errors = |text: &str| {
        let files = [
            ("plan.toml", PLAN),
            ("quiz.toml", QUIZ),
            ("scenarios.toml", SCENARIO),
            ("sources.toml", SOURCES),
            ("resources.toml", text),
        ]
        .map(|(n, t)| (n.to_string(), t.to_string()));
        check(&parse(&files).unwrap(), &known())
            .err()
            .unwrap_or_default()
    };
    assert_eq!(errors(RESOURCES), Vec::<String>::new());
    let no_url = RESOURCES.replace(
        "url = \"https://www.local.gov.uk/publications/council-guide-tackling-modern-slavery\"\n",
        "",
    );
    assert!(errors(&no_url)
        .iter()
        .any(|e| e.contains("needs a caveat saying so")));
    assert_eq!(
        errors(&format!("{no_url}caveat = \"Address not confirmed.\"\n")),
        Vec::<String>::new()
    );
    assert!(
        errors(&RESOURCES.replace("sources = [\"w26\"]", "sources = []"))
            .iter()
            .any(|e| e.contains("has no source confirming it"))
    );
    assert!(errors(&RESOURCES.replace("url = \"https:", "url = \"ftp:"))
        .iter()
        .any(|e| e.contains("is not a web address")));
}
