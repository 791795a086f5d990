//! An activity as the room sees it in facilitator mode: the groups to
//! choose from, then the one item the presenter has put on screen ("3 of
//! 6"), so even a long activity fits a projector without scrolling; the
//! item's answer and why appear once the presenter reveals it.

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
    let total = activity.items.len();
    let at = live.place(total);
    let item = activity.items.get(at).map(|item| {
        let shown = live.shows_answer(&activity.id, item.key());
        view! {
            <p class="app-live__position" data-testid="live-position">{format!("{} of {total}", at + 1)}</p>
            <div class="app-live__option app-live__item" class:app-live__option--right=shown data-testid="live-activity-item">
                <p class="app-live__statement">{item_text(item)}</p>
                {shown.then(|| view! {
                    <p class="app-live__why" data-testid="live-activity-answer">
                        <strong>{format!("{}. ", accepted_labels(&activity, item).join(" or "))}</strong>
                        {item.explanation.clone()}
                    </p>
                })}
            </div>
        }
    });
    view! {
        <div class="app-live__question" data-testid="live-activity" data-activity=activity.id.clone()>
            <p class="app-live__q">{activity.title.clone()}</p>
            <p>{activity.intro.clone()}</p>
            <p>
                <strong>"Choose from: "</strong>
                {groups.iter().enumerate().map(|(i, g)| format!("{} {}", letter(i), g.label)).collect::<Vec<_>>().join(" · ")}
            </p>
            {item}
            {activity.caveat.clone().map(|c| view! { <p class="app-hint">{c}</p> })}
        </div>
    }
}
