//! "How the checklist decides": generated from the same catalogue, rule and
//! engine the wizard uses, so a safeguarding lead can audit it.

use crate::{
    app::use_app,
    domain::{
        catalogue::{Applies, Group, Strength},
        engine::{assess, england_wales_only, RouteKind, LEVEL_RULE},
        indicators::CATALOGUE,
        registry::{org, REGISTRY},
        setting::Setting,
        situations::situations,
        source::Source,
        sources::*,
    },
    ui::components::{nation_switch::NationSwitch, page_title::PageTitle, sources::PageSources},
};
use leptos::prelude::*;

const REVIEWED: &str = "2026-11-28";

/// The routing rules in plain English, next to the code that applies them
/// (`engine::routes_for`); the situation tables below show the engine's output.
const ROUTE_RULES: &[&str] = &[
    "Immediate danger, or not being sure about it, puts 'Call 999' first, before anything else.",
    "If anyone may be under 18, or their age is not known, the person is treated as a child: children's services and the police come next (each nation's own), and in England and Wales the council can refer the child to the National Referral Mechanism without consent. 'Keep your record' is never offered for a possible child.",
    "For an adult at significant or high concern: the police; then, in England and Wales, a National Referral Mechanism referral through the council if the person agrees, a Duty to Notify report without their name if they do not, or both explained if they have not been asked. In Scotland, Migrant Help (and TARA for women who may be sexually exploited) refer adults who agree. In Northern Ireland the police refer, and Migrant Help or Belfast & Lisburn Women's Aid give support.",
    "For an adult with some indicators short of significant concern: the helpline for advice, and the police non-emergency number.",
    "Signs of labour exploitation bring in the labour-exploitation authority (England and Wales).",
    "Signs that a vulnerable adult's home has been taken over bring in adult safeguarding (England and Wales).",
    "The helpline is always offered; Crimestoppers is offered for anonymous reports whenever something was recorded.",
    "Duty to Notify is an England and Wales route: it is never offered in Scotland or Northern Ireland, where commencement of a similar duty is not confirmed.",
];

fn where_text(applies: Applies) -> String {
    match applies {
        Applies::Everywhere => "All".into(),
        Applies::Only(list) if list.len() == Setting::ALL.len() => "All".into(),
        Applies::Only(list) => list
            .iter()
            .map(|s| s.label())
            .collect::<Vec<_>>()
            .join("; "),
    }
}

#[component]
pub fn LogicPage() -> impl IntoView {
    let state = use_app();
    let red_flags: Vec<_> = CATALOGUE.iter().filter(|i| i.red_flag).collect();
    let count = |s: Strength| CATALOGUE.iter().filter(|i| i.strength == s).count();
    let mut sources: Vec<&'static Source> = vec![&S2, &S120, &S124, &S102, &S72A];
    sources.extend(CATALOGUE.iter().flat_map(|i| i.sources.iter().copied()));
    sources.extend(REGISTRY.iter().flat_map(|o| o.sources.iter().copied()));
    view! {
        <PageTitle title="How the checklist decides"/>
        <span class="app-caption">"Spot it"</span>
        <h1 class="app-heading-xl">"How the checklist decides"</h1>
        <p class="app-body-l">"Everything on this page is produced from the same data and rules the visit checklist uses."</p>

        <h2 class="app-heading-m">"It never gives a verdict"</h2>
        <p>"The checklist gives a level of concern and the routes that follow from it, each with its reasons. It never says that someone is or is not a victim: that is decided after a referral, by people trained to do it."</p>

        <h2 class="app-heading-m">"Level of concern"</h2>
        <p data-testid="level-rule">{LEVEL_RULE}</p>
        <div class="app-warning">
            <span class="app-warning__icon" aria-hidden="true">"!"</span>
            <p class="app-warning__text"><span class="app-visually-hidden">"Warning: "</span>"The ILO/EC combination rule and the strong, medium and weak grades come from a secondary source that cites the ILO's 2009 publication; they have not been checked against the ILO's own text. Grades for signs the ILO does not list are this app's judgement."</p>
        </div>
        <p>{format!("The catalogue has {} signs: {} strong, {} medium and {} weak, of which {} are red flags:", CATALOGUE.len(), count(Strength::Strong), count(Strength::Medium), count(Strength::Weak), red_flags.len())}</p>
        <ul class="app-list app-list--bullet">{red_flags.iter().map(|i| view! { <li>{i.wording}</li> }).collect_view()}</ul>

        <h2 class="app-heading-m">"Questions and branches"</h2>
        <ol class="app-list app-list--number">
            <li>"Is anyone in immediate danger? 'Yes' shows the 999 screen straight away."</li>
            <li>"What kind of property, where it is, and how many people you saw."</li>
            <li>"Does anyone appear to be under 18? 'Yes' or 'Not sure' adds the screen of signs about children and skips the consent question."</li>
            <li>{format!("One screen for each group of signs that applies to the property: {}.", Group::ALL.iter().map(|g| g.title().to_lowercase()).collect::<Vec<_>>().join(", "))}</li>
            <li>"For adults only: has the person agreed to be referred?"</li>
        </ol>

        <h2 class="app-heading-m">"Routes"</h2>
        <ul class="app-list app-list--bullet">{ROUTE_RULES.iter().map(|r| view! { <li>{*r}</li> }).collect_view()}</ul>
        <p>"What the engine gives for typical situations:"</p>
        <NationSwitch/>
        {move || {
            let nation = state.nation.get();
            view! {
                <table class="app-table app-table--stack">
                    <caption class="app-table__caption">{format!("Routes in {} for typical situations", nation.label())}</caption>
                    <thead><tr><th scope="col">"Situation"</th><th scope="col">"Level"</th><th scope="col">"Routes, in order"</th></tr></thead>
                    <tbody>
                        {situations(nation).into_iter().map(|s| {
                            let a = assess(&s.answers);
                            let routes = a.routes.iter().map(|r| match r.org {
                                Some(id) => format!("{} ({})", r.kind.title(), org(id).name),
                                None => r.kind.title().to_string(),
                            }).collect::<Vec<_>>();
                            view! {
                                <tr>
                                    <th scope="row" data-label="Situation">{s.title}</th>
                                    <td data-label="Level">{a.level.label()}</td>
                                    <td data-label="Routes"><ol class="app-list app-list--number">{routes.into_iter().map(|r| view! { <li>{r}</li> }).collect_view()}</ol></td>
                                </tr>
                            }
                        }).collect_view()}
                    </tbody>
                </table>
            }
        }}
        <p>{format!("Routes only in England and Wales: {}.", [RouteKind::DutyToNotify, RouteKind::NrmOrDutyToNotify].iter().filter(|k| england_wales_only(**k)).map(|k| k.title()).collect::<Vec<_>>().join("; "))}</p>

        <h2 class="app-heading-m">"Every sign"</h2>
        <table class="app-table app-table--stack" data-testid="indicator-table">
            <caption class="app-table__caption">{format!("All {} signs, by screen", CATALOGUE.len())}</caption>
            <thead>
                <tr>
                    <th scope="col">"Sign"</th>
                    <th scope="col">"Screen"</th>
                    <th scope="col">"Where"</th>
                    <th scope="col">"Strength"</th>
                    <th scope="col">"ILO/EC dimension"</th>
                    <th scope="col">"Sources"</th>
                </tr>
            </thead>
            <tbody>
                {CATALOGUE.iter().map(|i| view! {
                    <tr>
                        <th scope="row" data-label="Sign">{i.wording}{i.red_flag.then(|| view! { " " <strong class="app-tag app-tag--red">"Red flag"</strong> })}</th>
                        <td data-label="Screen">{i.group.title()}</td>
                        <td data-label="Where">{where_text(i.applies)}</td>
                        <td data-label="Strength">{i.strength.label()}</td>
                        <td data-label="ILO/EC dimension">{i.ilo.map(|d| d.label()).unwrap_or("—")}</td>
                        <td data-label="Sources">{i.sources.iter().map(|s| format!("[{}]", s.key)).collect::<Vec<_>>().join(" ")}</td>
                    </tr>
                }).collect_view()}
            </tbody>
        </table>
        <PageSources sources=sources reviewed=REVIEWED/>
    }
}
