//! Kept instead of `slice::sort_by`: smaller wasm; proptested against it.
//!
//! A stable sort for the app's short lists. The standard library's sort is
//! compiled in full (3 to 4 KB of wasm) for every element type and ordering
//! it is used with; this one is a few hundred bytes each. The lists sorted
//! here hold tens to a few hundred items and are usually nearly in order
//! already, where insertion sort is quick.

use std::cmp::Ordering;

/// Sorts `v` by `cmp`, keeping equal items in their order.
pub fn sort_by<T>(v: &mut [T], mut cmp: impl FnMut(&T, &T) -> Ordering) {
    for i in 1..v.len() {
        let mut j = i;
        while j > 0 && cmp(&v[j], &v[j - 1]).is_lt() {
            v.swap(j, j - 1);
            j -= 1;
        }
    }
}

/// Sorts `v` by `key`, keeping items with equal keys in their order.
pub fn sort_by_key<T, K: Ord>(v: &mut [T], mut key: impl FnMut(&T) -> K) {
    sort_by(v, |a, b| key(a).cmp(&key(b)));
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn sorts_like_the_standard_stable_sort(v in proptest::collection::vec((0u8..8, any::<u16>()), 0..200)) {
            let mut ours = v.clone();
            let mut std = v;
            sort_by_key(&mut ours, |x| x.0);
            std.sort_by_key(|x| x.0);
            prop_assert_eq!(ours, std);
        }

        #[test]
        fn sorts_descending_with_a_tie_break(v in proptest::collection::vec((any::<u8>(), any::<u8>()), 0..100)) {
            let mut ours = v.clone();
            let mut std = v;
            let cmp = |a: &(u8, u8), b: &(u8, u8)| b.0.cmp(&a.0).then(a.1.cmp(&b.1));
            sort_by(&mut ours, cmp);
            std.sort_by(cmp);
            prop_assert_eq!(ours, std);
        }
    }
}
