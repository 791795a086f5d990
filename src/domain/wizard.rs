//! The visit wizard's steps, declared as data: which questions are asked, in
//! what order, and which branch on earlier answers. The UI renders a step; it
//! never decides which step comes next.

use super::{
    catalogue::{indicators_for, Group},
    setting::Setting,
    visit::{Answers, GroupAnswer, YesNoUnsure},
};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Step {
    /// Asked first: is anyone in immediate danger?
    Danger,
    /// Shown straight after a "yes" to danger, before anything else.
    CallEmergency,
    Setting,
    /// Where the property is: an optional address and the nation.
    Place,
    People,
    UnderAge,
    Observe(Group),
    /// Only for adults: children need no consent to be referred.
    Consent,
    Check,
    Result,
    /// The referral summary: print, copy or download. Not on the path.
    Summary,
}

impl Step {
    /// The URL segment, stable across versions.
    pub fn id(self) -> String {
        match self {
            Step::Danger => "danger".into(),
            Step::CallEmergency => "call-999".into(),
            Step::Setting => "setting".into(),
            Step::Place => "place".into(),
            Step::People => "people".into(),
            Step::UnderAge => "under-18".into(),
            Step::Observe(g) => format!("observe-{}", g.id()),
            Step::Consent => "consent".into(),
            Step::Check => "check".into(),
            Step::Result => "result".into(),
            Step::Summary => "summary".into(),
        }
    }

    pub fn from_id(id: &str) -> Option<Step> {
        Some(match id {
            "danger" => Step::Danger,
            "call-999" => Step::CallEmergency,
            "setting" => Step::Setting,
            "place" => Step::Place,
            "people" => Step::People,
            "under-18" => Step::UnderAge,
            "consent" => Step::Consent,
            "check" => Step::Check,
            "result" => Step::Result,
            "summary" => Step::Summary,
            other => Step::Observe(Group::from_id(other.strip_prefix("observe-")?)?),
        })
    }

    /// A question the user answers (as opposed to an information screen).
    pub fn is_question(self) -> bool {
        !matches!(
            self,
            Step::CallEmergency | Step::Check | Step::Result | Step::Summary
        )
    }

    /// The question as asked, for headings and check-your-answers.
    pub fn question(self) -> &'static str {
        match self {
            Step::Danger => "Is anyone in immediate danger?",
            Step::CallEmergency => "Call 999 now",
            Step::Setting => "What kind of property is this?",
            Step::Place => "Where is the property?",
            Step::People => "How many people did you see who might be affected?",
            Step::UnderAge => "Does anyone you saw working or living here appear to be under 18?",
            Step::Observe(g) => g.question(),
            Step::Consent => "Has the person agreed to be referred for support?",
            Step::Check => "Check your answers",
            Step::Result => "Level of concern and what to do next",
            Step::Summary => "Referral summary",
        }
    }
}

impl Step {
    /// The heading on screen. In discreet mode the questions an onlooker could
    /// read as being about exploitation are put neutrally; a trained
    /// inspector still knows each screen.
    pub fn heading(self, discreet: bool) -> &'static str {
        if !discreet {
            return self.question();
        }
        match self {
            Step::Danger => "Is anyone at risk of harm right now?",
            Step::People => "How many occupants did you see?",
            Step::UnderAge => "Does anyone here appear to be under 18?",
            Step::Observe(g) => g.discreet_title(),
            Step::Consent => "Has the person agreed to a referral?",
            other => other.question(),
        }
    }
}

/// The observation screens for a setting: those with at least one indicator
/// that applies there. The children's screen only when a child may be involved.
pub fn observation_groups(setting: Setting, answers: &Answers) -> Vec<Group> {
    Group::ALL
        .into_iter()
        .filter(|g| *g != Group::Children || answers.may_involve_child())
        .filter(|g| indicators_for(*g, setting).next().is_some())
        .collect()
}

/// The steps this visit goes through, given the answers so far. Branches:
/// "yes" to danger adds the 999 screen; the setting decides the observation
/// screens; a possible child adds the children's screen and removes consent.
pub fn path(answers: &Answers) -> Vec<Step> {
    let mut steps = vec![Step::Danger];
    if answers.danger == Some(YesNoUnsure::Yes) {
        steps.push(Step::CallEmergency);
    }
    steps.extend([Step::Setting, Step::Place, Step::People, Step::UnderAge]);
    let setting = answers.setting.unwrap_or(Setting::Other);
    steps.extend(
        observation_groups(setting, answers)
            .into_iter()
            .map(Step::Observe),
    );
    if !answers.may_involve_child() {
        steps.push(Step::Consent);
    }
    steps.extend([Step::Check, Step::Result]);
    steps
}

/// Whether the number of questions ahead is settled: the setting and the
/// age question decide the branches.
pub fn path_is_settled(answers: &Answers) -> bool {
    answers.setting.is_some() && answers.under_18.is_some()
}

/// "Question 3 of 12": the position among questions, and the total when the
/// path is settled (so the count never promises what a branch may change).
pub fn progress(step: Step, answers: &Answers) -> Option<(usize, Option<usize>)> {
    let questions: Vec<Step> = path(answers)
        .into_iter()
        .filter(|s| s.is_question())
        .collect();
    let index = questions.iter().position(|s| *s == step)?;
    let total = path_is_settled(answers).then_some(questions.len());
    Some((index + 1, total))
}

pub fn is_answered(step: Step, a: &Answers) -> bool {
    match step {
        Step::Danger => a.danger.is_some(),
        Step::CallEmergency | Step::Check | Step::Result | Step::Summary => true,
        Step::Setting => a.setting.is_some(),
        Step::Place => a.nation.is_some(),
        Step::People => a.people.is_some(),
        Step::UnderAge => a.under_18.is_some(),
        Step::Observe(g) => a.groups.contains_key(&g),
        Step::Consent => a.consent.is_some(),
    }
}

/// The step after `step` on the current path.
pub fn next(step: Step, answers: &Answers) -> Step {
    let p = path(answers);
    match p.iter().position(|s| *s == step) {
        Some(i) if i + 1 < p.len() => p[i + 1],
        _ => Step::Check,
    }
}

/// Where "Continue" goes after a change made from check-your-answers: forward
/// through any question the change brought in, otherwise back to the check.
pub fn next_after_change(step: Step, answers: &Answers) -> Step {
    path(answers)
        .into_iter()
        .skip_while(|s| *s != step)
        .skip(1)
        .find(|s| s.is_question() && !is_answered(*s, answers))
        .unwrap_or(Step::Check)
}

/// The step before `step` on the current path, for the back link.
pub fn previous(step: Step, answers: &Answers) -> Option<Step> {
    let p = path(answers);
    let i = p.iter().position(|s| *s == step)?;
    i.checked_sub(1).map(|j| p[j])
}

/// The first question not yet answered, where resuming a visit lands.
pub fn first_unanswered(answers: &Answers) -> Step {
    path(answers)
        .into_iter()
        .find(|s| s.is_question() && !is_answered(*s, answers))
        .unwrap_or(Step::Check)
}

/// A step's answer is required; this is the message when it is missing, worded
/// as the GOV.UK pattern asks ("Select …").
pub fn missing_answer_message(step: Step) -> &'static str {
    match step {
        Step::Danger => "Select whether anyone is in immediate danger",
        Step::Setting => "Select the kind of property",
        Step::Place => "Select which nation the property is in",
        Step::People => "Select how many people you saw",
        Step::UnderAge => "Select whether anyone appears to be under 18",
        Step::Observe(_) => {
            "Select what you saw, or select 'None of these' or 'Not sure / could not see'"
        }
        Step::Consent => "Select whether the person has agreed to be referred",
        Step::CallEmergency | Step::Check | Step::Result | Step::Summary => "",
    }
}

/// What Continue records on a page left blank: an observation page passed
/// with nothing ticked is "nothing recorded on this page", so a clean visit
/// needs no tick on every page. Other questions still need an answer.
pub fn record_continue(step: Step, answers: &mut Answers) {
    if let Step::Observe(g) = step {
        answers
            .groups
            .entry(g)
            .or_insert_with(|| GroupAnswer::Seen(Default::default()));
    }
}

/// The line for a page passed with nothing ticked.
pub const NOTHING_RECORDED: &str = "Nothing recorded on this page";

/// Checks a step's answer before moving on.
pub fn validate(step: Step, answers: &Answers) -> Result<(), &'static str> {
    if !step.is_question() || is_answered(step, answers) {
        return Ok(());
    }
    Err(missing_answer_message(step))
}

/// A step's answer as written on check-your-answers and in summaries.
pub fn answer_lines(step: Step, visit: &super::visit::Visit) -> Vec<String> {
    let a = &visit.answers;
    let or_not = |v: Option<&'static str>| vec![v.unwrap_or("Not answered").to_string()];
    match step {
        Step::Danger => or_not(a.danger.map(|v| v.label())),
        Step::Setting => or_not(a.setting.map(|v| v.label())),
        Step::Place => {
            let mut lines = Vec::new();
            if !visit.location.trim().is_empty() {
                lines.push(visit.location.trim().to_string());
            }
            lines.push(
                a.nation
                    .map(|n| n.label())
                    .unwrap_or("Nation not answered")
                    .to_string(),
            );
            lines
        }
        Step::People => or_not(a.people.map(|v| v.label())),
        Step::UnderAge => or_not(a.under_18.map(|v| v.label())),
        Step::Observe(g) => describe_group_answer(a.groups.get(&g)),
        Step::Consent => or_not(a.consent.map(|v| v.label())),
        Step::CallEmergency | Step::Check | Step::Result | Step::Summary => Vec::new(),
    }
}

/// The observation answer as written on check-your-answers and summaries.
pub fn describe_group_answer(answer: Option<&GroupAnswer>) -> Vec<String> {
    match answer {
        None => vec!["Not answered".into()],
        Some(GroupAnswer::NoneSeen) => vec!["None of these".into()],
        Some(GroupAnswer::Seen(ids)) if ids.is_empty() => vec![NOTHING_RECORDED.into()],
        Some(GroupAnswer::CouldNotSee) => vec!["Not sure / could not see".into()],
        Some(GroupAnswer::Seen(ids)) => ids
            .iter()
            .map(|id| match super::catalogue::indicator(id) {
                Some(i) => i.wording.to_string(),
                None => format!("An observation this version does not know ({id})"),
            })
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn discreet_headings_name_no_exploitation() {
        let mut steps = vec![
            Step::Danger,
            Step::CallEmergency,
            Step::Setting,
            Step::Place,
        ];
        steps.extend([Step::People, Step::UnderAge, Step::Consent, Step::Check]);
        steps.extend([Step::Result, Step::Summary]);
        steps.extend(Group::ALL.into_iter().map(Step::Observe));
        for step in steps {
            let h = step.heading(true).to_ascii_lowercase();
            for word in [
                "exploit",
                "traffick",
                "slave",
                "sexual",
                "criminal",
                "servitude",
                "control",
            ] {
                assert!(!h.contains(word), "{h}");
            }
            assert_eq!(step.heading(false), step.question());
        }
    }
    use crate::domain::{nation::Nation, visit::PeopleCount};

    fn adult_car_wash() -> Answers {
        Answers {
            danger: Some(YesNoUnsure::No),
            setting: Some(Setting::CarWash),
            nation: Some(Nation::EnglandWales),
            people: Some(PeopleCount::TwoToFive),
            under_18: Some(YesNoUnsure::No),
            ..Answers::default()
        }
    }

    #[test]
    fn danger_is_the_first_question_and_yes_brings_the_999_screen_next() {
        let mut a = Answers::default();
        assert_eq!(path(&a)[0], Step::Danger);
        assert_eq!(next(Step::Danger, &a), Step::Setting);
        a.danger = Some(YesNoUnsure::Yes);
        assert_eq!(next(Step::Danger, &a), Step::CallEmergency);
        assert_eq!(next(Step::CallEmergency, &a), Step::Setting);
    }

    #[test]
    fn a_possible_child_adds_the_children_screen_and_drops_consent() {
        let mut a = adult_car_wash();
        let p = path(&a);
        assert!(p.contains(&Step::Consent));
        assert!(!p.contains(&Step::Observe(Group::Children)));
        a.under_18 = Some(YesNoUnsure::NotSure);
        let p = path(&a);
        assert!(!p.contains(&Step::Consent));
        assert!(p.contains(&Step::Observe(Group::Children)));
    }

    #[test]
    fn every_path_ends_at_check_then_result_and_ids_round_trip() {
        for setting in Setting::ALL {
            for under in [YesNoUnsure::Yes, YesNoUnsure::No, YesNoUnsure::NotSure] {
                for danger in [YesNoUnsure::Yes, YesNoUnsure::No] {
                    let a = Answers {
                        setting: Some(setting),
                        under_18: Some(under),
                        danger: Some(danger),
                        ..Answers::default()
                    };
                    let p = path(&a);
                    assert_eq!(&p[p.len() - 2..], &[Step::Check, Step::Result]);
                    assert!(
                        p.iter().any(|s| matches!(s, Step::Observe(_))),
                        "{setting:?}"
                    );
                    for s in &p {
                        assert_eq!(Step::from_id(&s.id()), Some(*s));
                    }
                }
            }
        }
    }

    #[test]
    fn every_step_and_group_is_reachable_from_some_answers() {
        let mut reached = std::collections::HashSet::new();
        for setting in Setting::ALL {
            for under in [YesNoUnsure::Yes, YesNoUnsure::No] {
                let a = Answers {
                    setting: Some(setting),
                    under_18: Some(under),
                    danger: Some(YesNoUnsure::Yes),
                    ..Answers::default()
                };
                reached.extend(path(&a));
            }
        }
        for g in Group::ALL {
            assert!(reached.contains(&Step::Observe(g)), "{g:?} is never asked");
        }
        for s in [
            Step::Danger,
            Step::CallEmergency,
            Step::Setting,
            Step::Place,
            Step::People,
            Step::UnderAge,
            Step::Consent,
        ] {
            assert!(reached.contains(&s), "{s:?} is never asked");
        }
    }

    #[test]
    fn progress_gives_a_total_only_once_the_branches_are_settled() {
        let a = Answers::default();
        assert_eq!(progress(Step::Danger, &a), Some((1, None)));
        let a = adult_car_wash();
        let (n, total) = progress(Step::Setting, &a).unwrap();
        assert_eq!(n, 2);
        assert_eq!(
            total,
            Some(path(&a).iter().filter(|s| s.is_question()).count())
        );
    }

    #[test]
    fn required_answers_are_checked() {
        let a = Answers::default();
        assert_eq!(
            validate(Step::Danger, &a),
            Err("Select whether anyone is in immediate danger")
        );
        assert!(validate(Step::Check, &a).is_ok());
        let a = adult_car_wash();
        assert!(validate(Step::Setting, &a).is_ok());
        assert!(validate(Step::Observe(Group::Work), &a).is_err());
    }

    #[test]
    fn a_change_that_opens_a_branch_walks_through_it() {
        let mut a = adult_car_wash();
        for g in observation_groups(Setting::CarWash, &a) {
            a.groups.insert(g, GroupAnswer::NoneSeen);
        }
        a.consent = Some(crate::domain::visit::Consent::NotAsked);
        assert_eq!(next_after_change(Step::People, &a), Step::Check);
        a.under_18 = Some(YesNoUnsure::Yes);
        // The children's screen is new and unanswered: go through it.
        assert_eq!(
            next_after_change(Step::UnderAge, &a),
            Step::Observe(Group::Children)
        );
        assert_eq!(first_unanswered(&a), Step::Observe(Group::Children));
    }

    #[test]
    fn back_goes_to_the_previous_step_on_the_path() {
        let a = adult_car_wash();
        assert_eq!(previous(Step::Danger, &a), None);
        assert_eq!(previous(Step::Setting, &a), Some(Step::Danger));
    }

    /// A clean visit passes every observation page with nothing ticked: each
    /// is recorded as "nothing recorded on this page", not "none seen".
    #[test]
    fn continue_with_nothing_ticked_records_nothing_recorded() {
        let mut a = adult_car_wash();
        for g in observation_groups(Setting::CarWash, &a) {
            let step = Step::Observe(g);
            assert!(validate(step, &a).is_err());
            record_continue(step, &mut a);
            assert!(validate(step, &a).is_ok());
            assert_eq!(
                describe_group_answer(a.groups.get(&g)),
                vec![NOTHING_RECORDED.to_string()]
            );
        }
        // Other questions still need an answer.
        let mut b = Answers::default();
        record_continue(Step::Danger, &mut b);
        assert!(validate(Step::Danger, &b).is_err());
        let r = crate::domain::engine::assess(&a);
        assert_eq!(r.level, crate::domain::engine::Level::NoIndicators);
    }
}
