#![no_main]
//! Request decoding of POST/PUT bodies: any JSON is a user or a 400.

use libfuzzer_sys::fuzz_target;
use scimctl_core::scim::resource;

#[path = "common.rs"]
mod common;

fuzz_target!(|data: &[u8]| {
    let Ok(body) = serde_json::from_slice::<serde_json::Value>(data) else {
        return;
    };
    match resource::normalize_user(&body) {
        Ok(doc) => {
            let _ = common::render(doc);
        }
        Err(e) => common::refused(&e),
    }
});
