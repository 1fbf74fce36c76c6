#![no_main]
//! PATCH decoding and application: any body is applied or refused (400).

use libfuzzer_sys::fuzz_target;
use scimctl_core::scim::patch::{self, PatchRequest};

#[path = "common.rs"]
mod common;

fuzz_target!(|data: &[u8]| {
    let Ok(request) = serde_json::from_slice::<PatchRequest>(data) else {
        return;
    };
    match patch::apply(&common::user_doc(), &request.operations) {
        Ok(doc) => {
            let _ = common::render(doc);
        }
        Err(e) => common::refused(&e),
    }
});
