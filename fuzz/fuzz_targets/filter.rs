#![no_main]
//! The filter parser and evaluator: any text is a filter or a 400.

use libfuzzer_sys::fuzz_target;
use scimctl_core::scim::filter;

#[path = "common.rs"]
mod common;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    match filter::parse(text) {
        Ok(f) => {
            let _ = filter::matches(&f, &common::render(common::user_doc()));
            let _ = scimctl_core::query::plan(&f);
        }
        Err(e) => common::refused(&e),
    }
});
