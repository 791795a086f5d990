//! Which routes a visit gets, in which order, and why. Pure rules over typed
//! values: the reasons are [`Reason`]s and their words live in
//! `route_reason.rs`.
//!
//! The order is fixed by [`RouteKind::rank`]: 999, children's services, the
//! police, the referral decision (first responder), routes for a particular
//! form of exploitation, adult safeguarding, support, keep the record,
//! specialist advice on a child, the helpline, anonymous reporting. Within a rank, routes keep the order below.

use super::{
    catalogue::{Form, Indicator},
    engine::{Level, RouteKind},
    nation::Nation,
    registry::OrgId,
    route_reason::Reason,
    visit::{Answers, Consent, YesNoUnsure},
};

/// One thing to do, with the organisation to contact and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Route {
    pub kind: RouteKind,
    /// Who to contact: a registry entry, never a copied number. `None` only
    /// for [`RouteKind::RecordOnly`].
    pub org: Option<OrgId>,
    /// Why this route applies.
    pub reasons: Vec<Reason>,
    /// The observations behind it, by indicator id.
    pub evidence: Vec<&'static str>,
}

impl Route {
    /// The reasons as sentences, in the visit's nation.
    pub fn why(&self, nation: Nation) -> Vec<String> {
        self.reasons.iter().map(|r| r.text(nation)).collect()
    }

    /// A stable id for tests and the page: kind and organisation.
    pub fn id(&self) -> String {
        match self.org {
            Some(o) => format!("{:?}/{o:?}", self.kind),
            None => format!("{:?}", self.kind),
        }
    }
}

pub fn police_for(nation: Nation) -> OrgId {
    match nation {
        Nation::EnglandWales => OrgId::PoliceNonEmergency,
        Nation::Scotland => OrgId::PoliceScotland,
        Nation::NorthernIreland => OrgId::Psni,
    }
}

pub fn children_for(nation: Nation) -> OrgId {
    match nation {
        Nation::EnglandWales => OrgId::CouncilChildrensServices,
        Nation::Scotland => OrgId::ScottishChildProtection,
        Nation::NorthernIreland => OrgId::HscTrust,
    }
}

/// Who refers a child to the NRM: the council (E&W), the council's social
/// work services (Scotland), the HSC Trust (NI).
pub fn child_first_responder(nation: Nation) -> OrgId {
    match nation {
        Nation::EnglandWales => OrgId::CouncilModernSlaveryLead,
        Nation::Scotland => OrgId::ScottishChildProtection,
        Nation::NorthernIreland => OrgId::HscTrust,
    }
}

pub fn adult_safeguarding_for(nation: Nation) -> OrgId {
    match nation {
        Nation::EnglandWales => OrgId::CouncilAdultSafeguarding,
        Nation::Scotland => OrgId::ScottishCouncilSocialWork,
        Nation::NorthernIreland => OrgId::HscTrustAdultSafeguarding,
    }
}

/// What the routes depend on, worked out once by the engine.
pub struct Facts<'a> {
    pub answers: &'a Answers,
    pub nation: Nation,
    pub child: bool,
    pub level: Level,
    pub observations: &'a [&'static Indicator],
    pub forms: &'a [Form],
}

struct Routes(Vec<Route>);

impl Routes {
    fn add(
        &mut self,
        kind: RouteKind,
        org: Option<OrgId>,
        reasons: &[Reason],
        ev: Vec<&'static str>,
    ) {
        self.0.push(Route {
            kind,
            org,
            reasons: reasons.to_vec(),
            evidence: ev,
        });
    }
}

/// The routes, ordered by rank.
pub fn routes_for(f: &Facts) -> Vec<Route> {
    use Reason as R;
    use RouteKind as K;
    let all: Vec<&'static str> = f.observations.iter().map(|i| i.id).collect();
    let danger = f.answers.danger;
    let in_danger = danger == Some(YesNoUnsure::Yes);
    let recorded = f.level >= Level::SomeIndicators;
    // Something to act on: a sign, or a danger that was not ruled out.
    let concern = recorded || matches!(danger, Some(YesNoUnsure::Yes | YesNoUnsure::NotSure));
    let consent = f.answers.consent.unwrap_or(Consent::NotAsked);
    let n = f.nation;
    let mut r = Routes(Vec::new());

    match danger {
        Some(YesNoUnsure::Yes) => r.add(
            K::Emergency,
            Some(OrgId::Emergency999),
            &[R::DangerSaid],
            vec![],
        ),
        Some(YesNoUnsure::NotSure) => r.add(
            K::Emergency,
            Some(OrgId::Emergency999),
            &[R::DangerUnsure],
            vec![],
        ),
        _ => {}
    }

    if f.child {
        let age = if f.answers.under_18 == Some(YesNoUnsure::Yes) {
            R::ChildAppearsUnder18
        } else {
            R::ChildAgeUnknown
        };
        r.add(
            K::ChildrensServices,
            Some(children_for(n)),
            &[age, R::ChildSafeguardedFirst],
            all.clone(),
        );
        let police_why: &[Reason] = if in_danger {
            &[R::PoliceAfterEmergency, R::PoliceChild]
        } else {
            &[R::PoliceChild]
        };
        r.add(K::Police, Some(police_for(n)), police_why, all.clone());
        if concern {
            r.add(
                K::NrmReferral,
                Some(child_first_responder(n)),
                &[R::ChildNrmWithoutConsent],
                all.clone(),
            );
        }
    } else if concern {
        let mut police_why = Vec::new();
        if in_danger {
            police_why.push(R::PoliceAfterEmergency);
        }
        police_why.push(match (n, f.level >= Level::Significant) {
            (Nation::NorthernIreland, _) => R::PoliceReferAdultsNi,
            (_, true) => R::PoliceShare,
            (_, false) => R::PoliceSuspicion,
        });
        r.add(K::Police, Some(police_for(n)), &police_why, all.clone());
        adult_referral(&mut r, f, consent, &all);
    }

    if f.forms.contains(&Form::Labour) && n == Nation::EnglandWales && recorded {
        let ev = f
            .observations
            .iter()
            .filter(|i| i.forms.contains(&Form::Labour))
            .map(|i| i.id)
            .collect();
        r.add(
            K::LabourAuthority,
            Some(OrgId::LabourAuthority),
            &[R::LabourSigns],
            ev,
        );
    }
    let vulnerable: Vec<&'static str> = f
        .observations
        .iter()
        .filter(|i| i.vulnerable_adult)
        .map(|i| i.id)
        .collect();
    let social_work = r.0.iter().position(|x| x.kind == K::SocialWork);
    if let (false, false, Some(at)) = (vulnerable.is_empty(), f.child, social_work) {
        // Scotland: the council's social work services already have the
        // route; adult support and protection is theirs too.
        let route = &mut r.0[at];
        route.reasons.push(R::VulnerableAdult);
    } else if !vulnerable.is_empty() && !f.child {
        r.add(
            K::AdultSafeguarding,
            Some(adult_safeguarding_for(n)),
            &[R::VulnerableAdult],
            vulnerable,
        );
    }
    if !f.child && concern && n == Nation::EnglandWales && consent == Consent::Agreed {
        r.add(
            K::SupportReferral,
            Some(OrgId::SalvationArmy),
            &[R::SupportNow],
            vec![],
        );
    }
    if !concern && !f.child {
        r.add(K::RecordOnly, None, &[R::NothingRecorded], vec![]);
    }
    let helpline_why = if f.level == Level::SomeIndicators && !f.child {
        R::HelplineShortOfSignificant
    } else {
        R::HelplineAnyTime
    };
    let helpline_ev = if helpline_why == R::HelplineShortOfSignificant {
        all.clone()
    } else {
        vec![]
    };
    if f.child && concern {
        r.add(
            K::ChildTraffickingAdvice,
            Some(OrgId::NspccCtac),
            &[R::ChildSpecialistAdvice],
            vec![],
        );
    }
    if !r.0.iter().any(|x| x.kind == K::Helpline) {
        r.add(
            K::Helpline,
            Some(OrgId::Helpline),
            &[helpline_why],
            helpline_ev,
        );
    }
    if recorded {
        r.add(
            K::Anonymous,
            Some(OrgId::Crimestoppers),
            &[R::Anonymous],
            vec![],
        );
    }
    let mut routes = r.0;
    // Stable: routes of one rank keep the order they were added in.
    routes.sort_by_key(|x| x.kind.rank());
    routes
}

/// The referral decision for an adult, by nation and consent.
fn adult_referral(r: &mut Routes, f: &Facts, consent: Consent, all: &[&'static str]) {
    use Reason as R;
    use RouteKind as K;
    let all = all.to_vec();
    let sexual = f.forms.contains(&Form::Sexual);
    match f.nation {
        Nation::EnglandWales => {
            let (kind, why) = match consent {
                Consent::Agreed => (K::NrmReferral, R::LeadAgreed),
                Consent::Declined => (K::DutyToNotify, R::LeadDeclined),
                Consent::NotAsked => (K::NrmOrDutyToNotify, R::LeadNotAsked),
            };
            r.add(
                kind,
                Some(OrgId::CouncilModernSlaveryLead),
                &[R::LeadThreshold, why],
                all,
            );
        }
        Nation::Scotland => {
            r.add(
                K::SocialWork,
                Some(OrgId::ScottishCouncilSocialWork),
                &[R::SocialWorkFirstResponder],
                all.clone(),
            );
            if consent == Consent::Declined {
                r.add(
                    K::Helpline,
                    Some(OrgId::Helpline),
                    &[R::ConsentNeededScotland],
                    all,
                );
                return;
            }
            if sexual {
                let ev = f
                    .observations
                    .iter()
                    .filter(|i| i.forms.contains(&Form::Sexual))
                    .map(|i| i.id)
                    .collect();
                r.add(K::NrmReferral, Some(OrgId::Tara), &[R::TaraWomenOnly], ev);
            }
            let why = if consent == Consent::Agreed {
                R::MigrantHelpAgreed
            } else {
                R::MigrantHelpNotAsked
            };
            r.add(
                K::NrmReferral,
                Some(OrgId::MigrantHelpScotland),
                &[why],
                all,
            );
        }
        Nation::NorthernIreland => {
            if consent == Consent::Declined {
                r.add(
                    K::Helpline,
                    Some(OrgId::Helpline),
                    &[R::ConsentNeededNi],
                    all,
                );
                return;
            }
            let why = if consent == Consent::Agreed {
                R::NiSupportAgreed
            } else {
                R::NiSupportNotAsked
            };
            r.add(
                K::SupportReferral,
                Some(OrgId::MigrantHelpNi),
                &[why],
                vec![],
            );
            r.add(
                K::SupportReferral,
                Some(OrgId::BelfastLisburnWomensAid),
                &[R::NiWomensAidWomenOnly],
                vec![],
            );
        }
    }
}
