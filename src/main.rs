#[cfg(target_arch = "wasm32")]
fn main() {
    sense_spot_stop::app::mount();
}

// The binary only means something in the browser; on the host the crate is a
// library for the tests.
#[cfg(not(target_arch = "wasm32"))]
fn main() {}
