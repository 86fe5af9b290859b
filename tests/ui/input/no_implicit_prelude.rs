//! `#[guarded]` in a module under `#![no_implicit_prelude]`: the generated order traits
//! carry `#[diagnostic::on_unimplemented]` (the messages of a lock out of order), and that
//! attribute removes the tool prelude through which rustc finds the `diagnostic`
//! namespace, so rustc reports it as unresolved (E0433), at the `#[guarded]` line. No path
//! written by the macro reaches that namespace, so this is a limitation (README,
//! "Limitations"): declare the struct in a module without the attribute.

mod plain {
    #![no_implicit_prelude]

    #[::guarded::guarded]
    pub struct Bank {
        accounts: ::std::vec::Vec<i64>,
    }
}

fn main() {}
