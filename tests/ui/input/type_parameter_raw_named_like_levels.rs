//! The same as `type_parameter_named_like_levels`, written as a raw identifier
//! (`r#bank_levels`), which names the same parameter: `#[guarded]` refuses it too.

#![allow(non_camel_case_types)] // the parameter is named like the module on purpose

use guarded::guarded;

#[guarded]
pub struct Bank<r#bank_levels> {
    accounts: Vec<r#bank_levels>,
    audit: Vec<String>,
}

fn main() {}
