//! Where the property is: a free-text location (optional) and the nation,
//! which decides the law and the routes.

use crate::state::visits::Part;
use crate::{
    domain::nation::Nation,
    ui::{
        components::question::{Choice, Radios},
        spot::visit_ctx::VisitCtx,
    },
};
use leptos::prelude::*;

/// The id of the first nation's radio, for the error summary's link.
pub const FIELD: &str = "nation";

#[component]
pub fn PlaceStep(ctx: VisitCtx) -> impl IntoView {
    let choices: Vec<Choice> = Nation::ALL
        .iter()
        .map(|n| Choice::new(n.id(), n.label()))
        .collect();
    // A memo: typing the location leaves the nation's radios untouched.
    let selected = Memo::new(move |_| {
        ctx.read(Part::Record, |v| {
            v.answers.nation.map(|n| n.id().to_string())
        })
        .flatten()
    });
    let on_select =
        Callback::new(move |id: String| ctx.update_answers(|a| a.nation = Nation::from_id(&id)));
    let location = move || {
        ctx.read(Part::Location, |v| v.location.clone())
            .unwrap_or_default()
    };
    view! {
        <div class="app-form-group">
            <label class="app-label" for="location">"Address or description (optional)"</label>
            <div class="app-hint" id="location-hint">"Enough for you to find it again, for example a street and the name of the business. You can change it later."</div>
            <input
                class="app-input"
                id="location"
                name="location"
                type="text"
                autocomplete="off"
                spellcheck="false"
                aria-describedby="location-hint"
                prop:value=location
                on:input=move |ev| {
                    let text = event_target_value(&ev);
                    ctx.set_location(text);
                }
            />
        </div>
        <p class="app-label" id="nation-label">"Which nation is it in?"</p>
        <div role="group" aria-labelledby="nation-label">
            <Radios field=FIELD choices=choices selected=selected on_select=on_select/>
        </div>
    }
}
