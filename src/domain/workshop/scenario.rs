//! Walking a branching scenario: the choices made so far give the steps
//! taken, with the feedback for each, and where the learner stands now.

use super::model::{Choice, Node, Scenario};

/// One step taken: the node shown, and the choice made there.
pub struct Step<'a> {
    pub node: &'a Node,
    pub choice: &'a Choice,
}

pub struct Walk<'a> {
    pub steps: Vec<Step<'a>>,
    /// Where the learner is: a node to choose at, or an ending.
    pub current: &'a Node,
}

impl Walk<'_> {
    pub fn ended(&self) -> bool {
        self.current.ending.is_some()
    }

    /// How many of the choices made were good ones.
    pub fn good_choices(&self) -> usize {
        self.steps.iter().filter(|s| s.choice.good).count()
    }
}

/// Follows `choices` (indices at each node) from the start. A choice that no
/// longer exists (the content changed since it was stored) ends the walk
/// there, so a stored run never breaks the page. `None` only for a scenario
/// without its start node, which the build refuses.
pub fn walk<'a>(scenario: &'a Scenario, choices: &[usize]) -> Option<Walk<'a>> {
    let mut current = scenario.node(&scenario.start)?;
    let mut steps = Vec::new();
    for &i in choices {
        let Some(choice) = current.choices.get(i) else {
            break;
        };
        let Some(next) = scenario.node(&choice.next) else {
            break;
        };
        steps.push(Step {
            node: current,
            choice,
        });
        current = next;
    }
    Some(Walk { steps, current })
}

/// The choices kept after a walk: only those that were followed.
pub fn valid_prefix(scenario: &Scenario, choices: &[usize]) -> Vec<usize> {
    let taken = walk(scenario, choices).map_or(0, |w| w.steps.len());
    choices[..taken].to_vec()
}

#[cfg(test)]
mod tests {
    use super::super::model::{Ending, Workshop};
    use super::*;

    fn scenario() -> Scenario {
        let w: Workshop = serde_json::from_str(
            r#"{"title":"t","reviewed":"2026-12-02","block":[],"scenario":[{
              "id":"s","title":"S","intro":"i","start":"a","sources":["1"],"node":[
                {"id":"a","text":"A","choice":[
                  {"label":"good","next":"b","feedback":"why good","good":true},
                  {"label":"bad","next":"x","feedback":"why bad","good":false}]},
                {"id":"b","text":"B","choice":[
                  {"label":"finish","next":"y","feedback":"well done","good":true}]},
                {"id":"x","text":"X","ending":"poor"},
                {"id":"y","text":"Y","ending":"good"}]}]}"#,
        )
        .unwrap();
        w.scenarios[0].clone()
    }

    #[test]
    fn the_good_path_ends_well_with_every_step_explained() {
        let s = scenario();
        let w = walk(&s, &[0, 0]).unwrap();
        assert!(w.ended());
        assert_eq!(w.current.ending, Some(Ending::Good));
        assert_eq!(w.good_choices(), 2);
        assert_eq!(w.steps[1].choice.feedback, "well done");
    }

    #[test]
    fn a_bad_choice_leads_to_a_poor_ending() {
        let s = scenario();
        let w = walk(&s, &[1]).unwrap();
        assert_eq!(w.current.ending, Some(Ending::Poor));
        assert_eq!(w.steps[0].choice.feedback, "why bad");
    }

    #[test]
    fn no_choice_yet_stands_at_the_start() {
        let s = scenario();
        let w = walk(&s, &[]).unwrap();
        assert_eq!(w.current.id, "a");
        assert!(!w.ended());
    }

    #[test]
    fn a_stored_choice_that_no_longer_exists_is_dropped() {
        let s = scenario();
        assert_eq!(valid_prefix(&s, &[0, 5, 1]), vec![0]);
        assert_eq!(walk(&s, &[0, 5]).unwrap().current.id, "b");
    }
}
