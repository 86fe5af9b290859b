#[doc(hidden)]
use ::guarded::__private as __guarded_Bank;
/// Balances and their log.
/**

# Lock order

`Bank` locks its fields in declaration order: `accounts`, then `audit`. A thread holding one may lock only those after it (`bank_levels::LOCK_ORDER` lists them).

Declared after no other struct: a thread holding a lock of another `#[guarded]` struct cannot lock the fields of `Bank`; holding those, it may lock the fields of the structs declared `#[guarded(after = Bank)]`. `guarded::lock_order()` prints the whole program's order of structs.*/
pub struct Bank {
    ///Every field's storage, in one allocation that clones share. Each field is reached through its methods (`bank_levels` names their levels).
    #[doc(hidden)]
    pub fields: __guarded_Bank::Arc<
        bank_levels::Fields<std::collections::HashMap<u32, i64>, Vec<String>>,
    >,
}
/**The lock levels of `Bank`, one type per locked field, in lock order: `accounts`, then `audit`.

Name a level in a helper that takes a key: `key: &mut impl guarded::CanLock<bank_levels::accounts>` accepts any key that may lock that field.*/
pub mod bank_levels {
    use ::guarded::__private as __guarded_Bank;
    ///The lock order of `Bank`: its locked fields' names in declaration order (`atomic`, `unlocked` and `snapshot` fields take no lock), which is the order in which a thread may lock them.
    pub const LOCK_ORDER: &[&::core::primitive::str] = &["accounts", "audit"];
    ///The level of `Bank.accounts`, 1st of 2 in the lock order.
    pub enum accounts {}
    ///The level of `Bank.audit`, 2nd of 2 in the lock order.
    pub enum audit {}
    #[doc(hidden)]
    #[diagnostic::on_unimplemented(
        message = r"lock order violation on `Bank`: cannot lock `accounts` with `{Self}`",
        label = r"this key holds a lock that does not come before `accounts`, or is a task key",
        note = r"`Bank` locks `accounts`, then `audit`",
        note = r"lock `accounts` first, or drop that guard first; for two `Bank`s, use `Bank::lock_accounts_pair`"
    )]
    pub trait comes_before_accounts: __guarded_Bank::CanLock<accounts> {}
    #[doc(hidden)]
    #[diagnostic::do_not_recommend]
    impl<K: __guarded_Bank::CanLock<accounts>> comes_before_accounts for K {}
    #[doc(hidden)]
    #[diagnostic::on_unimplemented(
        message = r"lock order violation on `Bank`: cannot lock `audit` with `{Self}`",
        label = r"this key holds a lock that does not come before `audit`, or is a task key",
        note = r"`Bank` locks `accounts`, then `audit`",
        note = r"lock `audit` first, or drop that guard first; for two `Bank`s, use `Bank::lock_audit_pair`"
    )]
    pub trait comes_before_audit: __guarded_Bank::CanLock<audit> {}
    #[doc(hidden)]
    #[diagnostic::do_not_recommend]
    impl<K: __guarded_Bank::CanLock<audit>> comes_before_audit for K {}
    #[doc(hidden)]
    unsafe impl<H> __guarded_Bank::Follows<H> for accounts
    where
        H: __guarded_Bank::Level<Struct = <accounts as __guarded_Bank::Level>::Struct>,
        H::Index: __guarded_Bank::Less<<accounts as __guarded_Bank::Level>::Index>,
    {}
    #[doc(hidden)]
    unsafe impl<H> __guarded_Bank::Follows<H> for audit
    where
        H: __guarded_Bank::Level<Struct = <audit as __guarded_Bank::Level>::Struct>,
        H::Index: __guarded_Bank::Less<<audit as __guarded_Bank::Level>::Index>,
    {}
    ///The storage of `Bank`'s fields, which the struct holds in one `Arc`.
    #[doc(hidden)]
    pub struct Fields<T0, T1> {
        pub(super) accounts: __guarded_Bank::Field<T0, self::accounts>,
        pub(super) audit: __guarded_Bank::Field<T1, self::audit>,
    }
}
const _: () = {
    static BANK_AFTER_NOTHING: ::guarded::__private::StructOrder = ::guarded::__private::StructOrder {
        name: "Bank",
        id: 3661802968,
        location: ::core::concat!(
            ::core::module_path!(), " ", ::core::file!(), ":", ::core::line!(), ":",
            ::core::column!()
        ),
        fields: bank_levels::LOCK_ORDER,
        after: ::core::option::Option::None,
    };
    #[doc(hidden)]
    unsafe impl ::guarded::__private::Guarded for Bank {
        type Id = ::guarded::__private::XD<
            ::guarded::__private::XA<
                ::guarded::__private::X4<
                    ::guarded::__private::X2<
                        ::guarded::__private::XA<
                            ::guarded::__private::XD<
                                ::guarded::__private::XD<
                                    ::guarded::__private::X8<::guarded::__private::Nil>,
                                >,
                            >,
                        >,
                    >,
                >,
            >,
        >;
        type Parent = ::guarded::__private::NoParent;
        const ORDER: &'static ::guarded::__private::StructOrder = &BANK_AFTER_NOTHING;
    }
    ::guarded::__private::if_registry! {
        #[::guarded::__private::linkme::distributed_slice(::guarded::__private::GUARDED_0_1_STRUCTS)]
        #[linkme(crate = ::guarded::__private::linkme)] static REGISTRATION :
        ::guarded::__private::Registration = unsafe {
        ::guarded::__private::Registration::new(& BANK_AFTER_NOTHING) };
    }
};
#[doc(hidden)]
#[automatically_derived]
unsafe impl ::guarded::__private::HasOrder for Bank {
    type Marker = Bank;
}
#[doc(hidden)]
unsafe impl __guarded_Bank::Level for bank_levels::accounts {
    const STRUCT: &'static __guarded_Bank::str = "Bank";
    const FIELD: &'static __guarded_Bank::str = "accounts";
    const RECOVER: &'static __guarded_Bank::str = "recover_accounts";
    const INDEX: __guarded_Bank::usize = 0;
    type Policy = __guarded_Bank::PanicOnPoison;
    type Struct = Bank;
    type Index = __guarded_Bank::X0<__guarded_Bank::Nil>;
}
#[doc(hidden)]
unsafe impl __guarded_Bank::Level for bank_levels::audit {
    const STRUCT: &'static __guarded_Bank::str = "Bank";
    const FIELD: &'static __guarded_Bank::str = "audit";
    const RECOVER: &'static __guarded_Bank::str = "recover_audit";
    const INDEX: __guarded_Bank::usize = 1;
    type Policy = __guarded_Bank::PanicOnPoison;
    type Struct = Bank;
    type Index = __guarded_Bank::X1<__guarded_Bank::Nil>;
}
#[automatically_derived]
impl Bank {
    ///Creates a `Bank` from the values of its fields, in declaration order: `accounts`, `audit`. Each value goes behind its own lock (a field that takes no lock keeps it without one: `atomic`, `unlocked`, `snapshot`), all in one allocation, which clones share.
    #[must_use]
    #[inline]
    pub fn new(
        accounts: std::collections::HashMap<u32, i64>,
        audit: Vec<String>,
    ) -> Self {
        Self {
            fields: __guarded_Bank::Arc::new(bank_levels::Fields {
                accounts: __guarded_Bank::Field::new(accounts),
                audit: __guarded_Bank::Field::new(audit),
            }),
        }
    }
    ///The lock order of `Bank`: its locked fields' names in declaration order (`atomic`, `unlocked` and `snapshot` fields take no lock), which is the order in which a thread may lock them (also `bank_levels::LOCK_ORDER`, which needs no generic arguments).
    pub const LOCK_ORDER: &'static [&'static ::core::primitive::str] = bank_levels::LOCK_ORDER;
    /**Locks `accounts`, blocking until no other thread holds it.

`accounts` is 1st of 2 in the lock order of `Bank`: `accounts`, then `audit`.

Takes the `ThreadKey`: `accounts` comes first, so no other lock of `Bank` may be held. Hands back the guard, which unlocks when dropped, and a key that may lock only the fields after it: `audit`.

# Panics

If `accounts` is poisoned (a thread panicked while holding it). `recover_accounts` takes the data anyway.*/
    #[track_caller]
    fn lock_accounts<'g>(
        &'g self,
        key: &'g mut impl bank_levels::comes_before_accounts,
    ) -> (
        __guarded_Bank::Guard<'g, std::collections::HashMap<u32, i64>>,
        __guarded_Bank::Key<'g, bank_levels::accounts>,
    ) {
        (&self.fields.accounts).lock(key)
    }
    /**Locks `accounts` if no other thread holds it now; never blocks. Takes and hands back keys as `lock_accounts` does.

# Errors

`Busy` if another thread holds it (it borrows nothing: see `Busy` for using the key again). Otherwise the result is what `lock_accounts` returns.

# Panics

If `accounts` is poisoned (a thread panicked while holding it). `recover_accounts` takes the data anyway.*/
    #[track_caller]
    fn try_lock_accounts<'g>(
        &'g self,
        key: &'g mut impl bank_levels::comes_before_accounts,
    ) -> __guarded_Bank::Result<
        (
            __guarded_Bank::Guard<'g, std::collections::HashMap<u32, i64>>,
            __guarded_Bank::Key<'g, bank_levels::accounts>,
        ),
        __guarded_Bank::Busy,
    > {
        (&self.fields.accounts).try_lock(key)
    }
    /**Locks `accounts`, waiting at most `timeout` until no other thread holds it. (With the default std backend the wait polls, yielding and then sleeping up to 1 ms between attempts; with the `parking_lot` feature it parks the thread.) Takes and hands back keys as `lock_accounts` does.

# Errors

`Busy` if another thread still holds it when `timeout` has passed (it borrows nothing: see `Busy` for using the key again). Otherwise the result is what `lock_accounts` returns.

# Panics

If `accounts` is poisoned (a thread panicked while holding it). `recover_accounts` takes the data anyway.*/
    #[track_caller]
    fn try_lock_accounts_for<'g>(
        &'g self,
        key: &'g mut impl bank_levels::comes_before_accounts,
        timeout: __guarded_Bank::Duration,
    ) -> __guarded_Bank::Result<
        (
            __guarded_Bank::Guard<'g, std::collections::HashMap<u32, i64>>,
            __guarded_Bank::Key<'g, bank_levels::accounts>,
        ),
        __guarded_Bank::Busy,
    > {
        (&self.fields.accounts).try_lock_for(key, timeout)
    }
    ///Locks `accounts` like `lock_accounts`, but if the lock is poisoned (a thread panicked while holding it), hands over the data as that thread left it and clears the poison, instead of panicking. Takes and hands back keys as `lock_accounts` does.
    #[track_caller]
    fn recover_accounts<'g>(
        &'g self,
        key: &'g mut impl bank_levels::comes_before_accounts,
    ) -> (
        __guarded_Bank::Guard<'g, std::collections::HashMap<u32, i64>>,
        __guarded_Bank::Key<'g, bank_levels::accounts>,
    ) {
        (&self.fields.accounts).recover(key)
    }
    /**Locks `accounts` of two `Bank`s in one call, in an order of their own (so that two threads locking the same two in opposite orders cannot deadlock); the guards come back in argument order. Takes keys as `lock_accounts` does, and hands back one key after `accounts`, which cannot lock `accounts` of a third.

# Errors

`SameInstance` if both are the same instance, or clones of one: nothing is locked then.

# Panics

If `accounts` of one of them is poisoned, as `lock_accounts` does.*/
    #[track_caller]
    fn lock_accounts_pair<'g>(
        first: &'g Self,
        second: &'g Self,
        key: &'g mut impl bank_levels::comes_before_accounts,
    ) -> __guarded_Bank::Result<
        (
            __guarded_Bank::Guard<'g, std::collections::HashMap<u32, i64>>,
            __guarded_Bank::Guard<'g, std::collections::HashMap<u32, i64>>,
            __guarded_Bank::Key<'g, bank_levels::accounts>,
        ),
        __guarded_Bank::SameInstance,
    > {
        __guarded_Bank::Field::lock_pair(
            &first.fields.accounts,
            &second.fields.accounts,
            key,
        )
    }
    /**Locks `accounts` of every `Bank` that `instances` yields in one call, as `lock_accounts_pair` does for two; the guards come back in the order of `instances`. Takes keys as `lock_accounts` does, and hands back one key after `accounts`.

# Errors

`SameInstance` if an instance (or a clone of it) comes twice: nothing is locked then.

# Panics

If `accounts` of one of them is poisoned, as `lock_accounts` does.*/
    #[track_caller]
    fn lock_accounts_many<'g>(
        instances: impl __guarded_Bank::IntoIterator<Item = &'g Self>,
        key: &'g mut impl bank_levels::comes_before_accounts,
    ) -> __guarded_Bank::Result<
        (
            __guarded_Bank::Vec<
                __guarded_Bank::Guard<'g, std::collections::HashMap<u32, i64>>,
            >,
            __guarded_Bank::Key<'g, bank_levels::accounts>,
        ),
        __guarded_Bank::SameInstance,
    >
    where
        Self: 'g,
    {
        __guarded_Bank::Field::lock_many(
            instances,
            |instances| &instances.fields.accounts,
            key,
        )
    }
    /**Locks `audit`, blocking until no other thread holds it.

`audit` is 2nd of 2 in the lock order of `Bank`: `accounts`, then `audit`.

Takes the `ThreadKey`, or the key handed back by locking an earlier field (`accounts`); a key that holds `audit` or a later field does not compile. Hands back the guard, which unlocks when dropped, and a key that may lock no other field of this struct (`audit` is last).

# Panics

If `audit` is poisoned (a thread panicked while holding it). `recover_audit` takes the data anyway.*/
    #[track_caller]
    fn lock_audit<'g>(
        &'g self,
        key: &'g mut impl bank_levels::comes_before_audit,
    ) -> (
        __guarded_Bank::Guard<'g, Vec<String>>,
        __guarded_Bank::Key<'g, bank_levels::audit>,
    ) {
        (&self.fields.audit).lock(key)
    }
    /**Locks `audit` if no other thread holds it now; never blocks. Takes and hands back keys as `lock_audit` does.

# Errors

`Busy` if another thread holds it (it borrows nothing: see `Busy` for using the key again). Otherwise the result is what `lock_audit` returns.

# Panics

If `audit` is poisoned (a thread panicked while holding it). `recover_audit` takes the data anyway.*/
    #[track_caller]
    fn try_lock_audit<'g>(
        &'g self,
        key: &'g mut impl bank_levels::comes_before_audit,
    ) -> __guarded_Bank::Result<
        (
            __guarded_Bank::Guard<'g, Vec<String>>,
            __guarded_Bank::Key<'g, bank_levels::audit>,
        ),
        __guarded_Bank::Busy,
    > {
        (&self.fields.audit).try_lock(key)
    }
    /**Locks `audit`, waiting at most `timeout` until no other thread holds it. (With the default std backend the wait polls, yielding and then sleeping up to 1 ms between attempts; with the `parking_lot` feature it parks the thread.) Takes and hands back keys as `lock_audit` does.

# Errors

`Busy` if another thread still holds it when `timeout` has passed (it borrows nothing: see `Busy` for using the key again). Otherwise the result is what `lock_audit` returns.

# Panics

If `audit` is poisoned (a thread panicked while holding it). `recover_audit` takes the data anyway.*/
    #[track_caller]
    fn try_lock_audit_for<'g>(
        &'g self,
        key: &'g mut impl bank_levels::comes_before_audit,
        timeout: __guarded_Bank::Duration,
    ) -> __guarded_Bank::Result<
        (
            __guarded_Bank::Guard<'g, Vec<String>>,
            __guarded_Bank::Key<'g, bank_levels::audit>,
        ),
        __guarded_Bank::Busy,
    > {
        (&self.fields.audit).try_lock_for(key, timeout)
    }
    ///Locks `audit` like `lock_audit`, but if the lock is poisoned (a thread panicked while holding it), hands over the data as that thread left it and clears the poison, instead of panicking. Takes and hands back keys as `lock_audit` does.
    #[track_caller]
    fn recover_audit<'g>(
        &'g self,
        key: &'g mut impl bank_levels::comes_before_audit,
    ) -> (
        __guarded_Bank::Guard<'g, Vec<String>>,
        __guarded_Bank::Key<'g, bank_levels::audit>,
    ) {
        (&self.fields.audit).recover(key)
    }
    /**Locks `audit` of two `Bank`s in one call, in an order of their own (so that two threads locking the same two in opposite orders cannot deadlock); the guards come back in argument order. Takes keys as `lock_audit` does, and hands back one key after `audit`, which cannot lock `audit` of a third.

# Errors

`SameInstance` if both are the same instance, or clones of one: nothing is locked then.

# Panics

If `audit` of one of them is poisoned, as `lock_audit` does.*/
    #[track_caller]
    fn lock_audit_pair<'g>(
        first: &'g Self,
        second: &'g Self,
        key: &'g mut impl bank_levels::comes_before_audit,
    ) -> __guarded_Bank::Result<
        (
            __guarded_Bank::Guard<'g, Vec<String>>,
            __guarded_Bank::Guard<'g, Vec<String>>,
            __guarded_Bank::Key<'g, bank_levels::audit>,
        ),
        __guarded_Bank::SameInstance,
    > {
        __guarded_Bank::Field::lock_pair(&first.fields.audit, &second.fields.audit, key)
    }
    /**Locks `audit` of every `Bank` that `instances` yields in one call, as `lock_audit_pair` does for two; the guards come back in the order of `instances`. Takes keys as `lock_audit` does, and hands back one key after `audit`.

# Errors

`SameInstance` if an instance (or a clone of it) comes twice: nothing is locked then.

# Panics

If `audit` of one of them is poisoned, as `lock_audit` does.*/
    #[track_caller]
    fn lock_audit_many<'g>(
        instances: impl __guarded_Bank::IntoIterator<Item = &'g Self>,
        key: &'g mut impl bank_levels::comes_before_audit,
    ) -> __guarded_Bank::Result<
        (
            __guarded_Bank::Vec<__guarded_Bank::Guard<'g, Vec<String>>>,
            __guarded_Bank::Key<'g, bank_levels::audit>,
        ),
        __guarded_Bank::SameInstance,
    >
    where
        Self: 'g,
    {
        __guarded_Bank::Field::lock_many(
            instances,
            |instances| &instances.fields.audit,
            key,
        )
    }
}
#[automatically_derived]
impl __guarded_Bank::Clone for Bank {
    #[inline]
    fn clone(&self) -> Self {
        Self {
            fields: __guarded_Bank::Clone::clone(&self.fields),
        }
    }
}
