//! The indicator catalogue's build-time checks refuse a bad entry: each case
//! below is the real catalogue with one mistake, and the same `const fn`s that
//! src/domain/indicators/mod.rs evaluates in a `const _` (so a mistake there
//! stops the build) return an error for it.

use sense_spot_stop::domain::{
    catalogue::{check_catalogue, check_coverage, Applies, Category, Group, Indicator},
    indicators::{CATALOGUE, MIN_INDICATORS},
    setting::Setting,
};
use std::{fs, path::Path};

/// The real catalogue with `change` applied to a copy of one of its entries,
/// added at the end.
fn with_extra(change: impl FnOnce(&mut Indicator)) -> Vec<Indicator> {
    let mut items = CATALOGUE.to_vec();
    let mut extra = *CATALOGUE
        .iter()
        .find(|i| i.id == "work-little-or-no-pay")
        .expect("work-little-or-no-pay");
    extra.id = "work-a-new-sign";
    change(&mut extra);
    items.push(extra);
    items
}

#[test]
fn the_real_catalogue_and_a_good_new_entry_pass() {
    assert_eq!(check_catalogue(CATALOGUE), Ok(()));
    assert_eq!(check_coverage(CATALOGUE, MIN_INDICATORS), Ok(()));
    assert_eq!(check_catalogue(&with_extra(|_| {})), Ok(()));
}

#[test]
fn each_kind_of_bad_entry_is_refused() {
    let cases: [(&str, Vec<Indicator>, &str); 6] = [
        (
            "duplicate id",
            with_extra(|i| i.id = "control-id-held-by-other"),
            "two indicators share an id",
        ),
        (
            "no source",
            with_extra(|i| i.sources = &[]),
            "an indicator has no source",
        ),
        (
            "id not kebab-case",
            with_extra(|i| i.id = "Work_New"),
            "an indicator id is not kebab-case",
        ),
        (
            "no wording",
            with_extra(|i| i.wording = ""),
            "an indicator has no id or no wording",
        ),
        (
            "a labour sign naming no form",
            with_extra(|i| {
                i.category = Category::Labour;
                i.forms = &[];
            }),
            "an indicator of a specific form names no form",
        ),
        (
            "applies to no setting",
            with_extra(|i| i.applies = Applies::Only(&[])),
            "an indicator applies to no setting",
        ),
    ];
    for (what, items, expected) in cases {
        assert_eq!(check_catalogue(&items), Err(expected), "{what}");
    }
}

#[test]
fn too_few_signs_or_a_setting_without_its_own_premises_signs_is_refused() {
    assert_eq!(
        check_coverage(&CATALOGUE[..MIN_INDICATORS - 1], MIN_INDICATORS),
        Err("the catalogue has fewer indicators than required")
    );
    let without_car_washes: Vec<Indicator> = CATALOGUE
        .iter()
        .filter(|i| {
            !(i.group == Group::Premises
                && matches!(i.applies, Applies::Only(list) if list.contains(&Setting::CarWash)))
        })
        .copied()
        .collect();
    assert_eq!(
        check_coverage(&without_car_washes, 0),
        Err("a setting has no premises indicators of its own")
    );
}

/// The checks above only stop the build because the catalogue runs them in a
/// `const`, and a group's signs only count if its file is joined in. A file
/// left out of `mod.rs` would be silently ignored, so every one is named.
#[test]
fn the_build_runs_the_checks_on_every_group_file() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/domain/indicators");
    let joined = fs::read_to_string(dir.join("mod.rs")).expect("mod.rs");
    for check in [
        "const _: () = match check_catalogue(CATALOGUE)",
        "const _: () = match check_coverage(CATALOGUE, MIN_INDICATORS)",
    ] {
        assert!(joined.contains(check), "mod.rs no longer runs `{check}`");
    }
    let mut files = 0;
    for entry in fs::read_dir(&dir).expect("src/domain/indicators") {
        let name = entry.expect("an entry").file_name();
        let name = name.to_string_lossy();
        let Some(module) = name.strip_suffix(".rs") else {
            continue;
        };
        if module == "mod" || module == "tests" {
            continue;
        }
        files += 1;
        assert!(
            joined.contains(&format!("mod {module};"))
                && joined.contains(&format!("{module}::SIGNS,")),
            "src/domain/indicators/{name} is not joined into CATALOGUE in mod.rs"
        );
    }
    assert_eq!(files, Group::ALL.len(), "one file per group");
    // Every group's file holds only that group's signs, so the screen order
    // of the files is the catalogue's order.
    let mut last = 0;
    for ind in CATALOGUE {
        let at = Group::ALL.iter().position(|g| *g == ind.group).unwrap();
        assert!(at >= last, "{} is out of its group's place", ind.id);
        last = at;
    }
}
