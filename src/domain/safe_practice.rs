//! Safe practice on a visit, said outright. One list: the Stop it page, the
//! result and the call script show it, each point with its source, or a
//! plain note where no official source says it in so many words.

use super::{source::Source, sources::*};

pub struct Point {
    pub text: &'static str,
    pub sources: &'static [&'static Source],
    /// Said when no official source states the point in these words.
    pub gap: &'static str,
}

pub const POINTS: &[Point] = &[
    Point {
        text: "Do not confront anyone you think may be controlling the people here, and do not \
               raise your concern with anyone who is with them.",
        sources: &[&S69, &S163],
        gap: "",
    },
    Point {
        text: "Do not take anyone aside, or be seen to, while a possible controller is present. \
               Speak to a person in private only if it is safe for you and for them.",
        sources: &[&S163, &S164],
        gap: "The guidance says to speak in private only if it is safe; 'or be seen to' is \
              this app's reading of why.",
    },
    Point {
        text: "Use a professional interpreter. Never use anyone who came with the person.",
        sources: &[&S69, &S164],
        gap: "No official UK source found says 'use a professional interpreter' in so many \
              words; the sources say never to use someone who came with the person.",
    },
    Point {
        text: "Do not promise what you cannot control: immigration status, keeping what they \
               tell you confidential, or what happens next.",
        sources: &[&S149, &S150],
        gap: "No official source found says this in these words. The sources say an adult \
              must be told the possible outcomes, and that information may be shared with \
              the police and the council, before they agree to a referral.",
    },
];
