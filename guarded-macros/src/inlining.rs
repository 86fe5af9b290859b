//! The generated lock calls are compiled in the caller's crate: a lock call of a `pub`
//! field of a struct declared in another crate must cost what it costs in the struct's
//! own crate. A method generic over a type (the key as `impl ..`, the instances of
//! `_many`) is instantiated, and inlined, where it is called; one generic only over a
//! lifetime is compiled once, in the struct's crate, so it needs `#[inline]`.
//!
//! That matters most for the lock calls of `async` and `async_rw` fields, which take the
//! key as an object (`&mut dyn comes_before_<field>`): without `#[inline]`, a caller in
//! another crate calls the method out of line, and the method calls the key's
//! `checked_owner` through the object's table of methods, since it cannot know the key's
//! type (457 instructions per lock and unlock of a task, where the struct's own crate
//! counts 370: callgrind, the `async_lock` workload with the struct in a library).

/// Expands `item` and returns each method of the generated `impl` blocks (`summary`).
fn methods(item: &str) -> Vec<(String, bool, bool, bool)> {
    let out = crate::run(
        proc_macro2::TokenStream::new(),
        item.parse().expect("the item lexes"),
    );
    let file: syn::File = syn::parse2(out).expect("the expansion parses as a file");
    let impls = file.items.iter().filter_map(|item| match item {
        syn::Item::Impl(block) => Some(block),
        _ => None,
    });
    let methods = impls
        .flat_map(|block| &block.items)
        .filter_map(|item| match item {
            syn::ImplItem::Fn(method) => Some(method),
            _ => None,
        });
    methods.map(summary).collect()
}

/// A method's name, whether it is `#[inline]`, whether it is generic over a type (a type
/// parameter, or an argument `impl ..`), and whether it takes a key.
fn summary(method: &syn::ImplItemFn) -> (String, bool, bool, bool) {
    let signature = &method.sig;
    let inline = method.attrs.iter().any(|a| a.path().is_ident("inline"));
    let arguments: Vec<String> = signature
        .inputs
        .iter()
        .map(|input| quote::quote!(#input).to_string())
        .collect();
    let generic_type = signature
        .generics
        .params
        .iter()
        .any(|p| matches!(p, syn::GenericParam::Type(_)))
        || arguments.iter().any(|a| a.contains("impl "));
    let takes_key = arguments.iter().any(|a| a.contains("comes_before_"));
    (signature.ident.to_string(), inline, generic_type, takes_key)
}

/// Every lock call that is generic only over lifetimes is `#[inline]`: the `async` and
/// `async_rw` fields' calls, which take the key as an object.
#[test]
fn lock_calls_not_generic_over_a_type_are_inline() {
    let methods = methods(
        "pub struct Chat {
            #[guarded(async)] pub members: Vec<String>,
            #[guarded(async_rw)] pub log: Vec<String>,
            #[guarded(async_condvar)] pub queue: Vec<u32>,
            pub settings: u32,
        }",
    );
    let object_keyed: Vec<&str> = methods
        .iter()
        .filter(|(_, _, generic, key)| *key && !generic)
        .map(|(name, ..)| name.as_str())
        .collect();
    // The calls that take the key as an object, and only those: not the `_many` calls
    // (generic over their instances), nor those of `async_condvar` or blocking fields.
    let mut expected = vec![
        "lock_members",
        "try_lock_members",
        "lock_members_pair",
        "read_log",
        "write_log",
        "try_read_log",
        "try_write_log",
        "read_log_pair",
        "write_log_pair",
    ];
    let mut got = object_keyed.clone();
    expected.sort_unstable();
    got.sort_unstable();
    assert_eq!(got, expected, "the lock calls generic only over lifetimes");
    let not_inline: Vec<&str> = methods
        .iter()
        .filter(|(_, inline, generic, key)| *key && !generic && !inline)
        .map(|(name, ..)| name.as_str())
        .collect();
    assert!(
        not_inline.is_empty(),
        "compiled once, in the struct's crate, not inlinable in the caller's: {not_inline:?}"
    );
}
