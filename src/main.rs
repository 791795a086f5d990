// The app is drawn by `app::mount`, which public/boot.js calls once the wasm
// is instantiated (see there why not from here); `main` must still be linked,
// as wasm-bindgen runs it at instantiation.
#[cfg(target_arch = "wasm32")]
fn main() {
    // Keeps the library's exports, `mountApp` among them, in the binary.
    let _ = sense_spot_stop::app::mount as fn();
}

// The binary only means something in the browser; on the host the crate is a
// library for the tests.
#[cfg(not(target_arch = "wasm32"))]
fn main() {}
