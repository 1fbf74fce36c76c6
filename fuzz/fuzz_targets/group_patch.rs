#![no_main]
//! Group bodies and group PATCH requests: any input gives member edits or
//! a client error (400), never a panic.

use libfuzzer_sys::fuzz_target;
use scimctl_core::scim::group;
use scimctl_core::scim::patch::PatchRequest;

#[path = "common.rs"]
mod common;

fuzz_target!(|data: &[u8]| {
    if let Ok(request) = serde_json::from_slice::<PatchRequest>(data)
        && let Err(e) = group::patch_changes(&request.operations)
    {
        common::refused(&e);
    }
    if let Ok(body) = serde_json::from_slice::<serde_json::Value>(data)
        && let Err(e) = group::parse_body(&body)
    {
        common::refused(&e);
    }
});
