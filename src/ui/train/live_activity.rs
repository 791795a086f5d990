//! An activity as the room sees it in facilitator mode: the groups to
//! choose from, then each item numbered; an item's answer and why appear
//! once the presenter reveals it (one at a time, or all with R).

use super::{activity_item::item_text, live_slide::letter};
use crate::domain::workshop::{
    activity::{accepted_labels, groups},
    facilitator::Live,
    model::Activity,
};
use leptos::prelude::*;

#[component]
pub fn LiveActivity(activity: Activity, live: Live) -> impl IntoView {
    let groups = groups(&activity);
    view! {
        <div class="app-live__question" data-testid="live-activity" data-activity=activity.id.clone()>
            <p class="app-live__q">{activity.title.clone()}</p>
            <p>{activity.intro.clone()}</p>
            <p>
                <strong>"Choose from: "</strong>
                {groups.iter().enumerate().map(|(i, g)| format!("{} {}", letter(i), g.label)).collect::<Vec<_>>().join(" · ")}
            </p>
            <ol class="app-live__options">
                {activity.items.iter().map(|item| {
                    let shown = live.shows_answer(&activity.id, item.key());
                    view! {
                        <li class="app-live__option" class:app-live__option--right=shown data-testid="live-activity-item">
                            <span>{item_text(item)}</span>
                            {shown.then(|| view! {
                                <span class="app-live__why" data-testid="live-activity-answer">
                                    <strong>{format!("{}. ", accepted_labels(&activity, item).join(" or "))}</strong>
                                    {item.explanation.clone()}
                                </span>
                            })}
                        </li>
                    }
                }).collect_view()}
            </ol>
            {activity.caveat.clone().map(|c| view! { <p class="app-hint">{c}</p> })}
        </div>
    }
}
