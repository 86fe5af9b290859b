//! A type parameter named like the generated levels module (`bank_levels`): the generated
//! paths `bank_levels::accounts` would name associated types of the parameter, and a
//! caller could pick which levels the fields get. `#[guarded]` refuses the name.

#![allow(non_camel_case_types)] // the parameter is named like the module on purpose

use guarded::guarded;

#[guarded]
pub struct Bank<bank_levels> {
    accounts: Vec<bank_levels>,
    audit: Vec<String>,
}

fn main() {}
