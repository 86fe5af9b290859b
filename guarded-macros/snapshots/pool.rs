#[doc(hidden)]
use ::guarded::__private as __guarded_Pool;
/// Jobs and their settings.
/**

# Lock order

`Pool` locks its fields in declaration order: `settings`, then `jobs`. A thread holding one may lock only those after it (`pool_levels::LOCK_ORDER` lists them).

Declared after `Bank` (`#[guarded(after = Bank)]`): a thread holding locks of `Bank`, or of a struct that `Bank` is declared after, may lock the fields of `Pool`, and holding those, the fields of the structs declared after `Pool`; not the other way round. `guarded::lock_order()` prints the whole program's order of structs.*/
pub struct Pool {
    ///Every field's storage, in one allocation that clones share. Each field is reached through its methods (`pool_levels` names their levels).
    #[doc(hidden)]
    pub fields: __guarded_Pool::Arc<pool_levels::Fields<Vec<String>, Vec<u32>>>,
}
/**The lock levels of `Pool`, one type per locked field, in lock order: `settings`, then `jobs`.

Name a level in a helper that takes a key: `key: &mut impl guarded::CanLock<pool_levels::settings>` accepts any key that may lock that field.*/
pub mod pool_levels {
    use ::guarded::__private as __guarded_Pool;
    ///The lock order of `Pool`: its locked fields' names in declaration order (`atomic`, `unlocked` and `snapshot` fields take no lock), which is the order in which a thread may lock them.
    pub const LOCK_ORDER: &[&::core::primitive::str] = &["settings", "jobs"];
    ///The level of `Pool.settings`, 1st of 2 in the lock order.
    pub enum settings {}
    ///The level of `Pool.jobs`, 2nd of 2 in the lock order.
    pub enum jobs {}
    #[doc(hidden)]
    #[diagnostic::on_unimplemented(
        message = r"lock order violation on `Pool`: cannot lock `settings` with `{Self}`",
        label = r"this key holds a lock that does not come before `settings`, or is a task key",
        note = r"`Pool` locks `settings`, then `jobs`",
        note = r"lock `settings` first, or drop that guard first; for two `Pool`s, use `Pool::read_settings_pair` or `write_settings_pair`"
    )]
    pub trait comes_before_settings: __guarded_Pool::CanLock<settings> {}
    #[doc(hidden)]
    #[diagnostic::do_not_recommend]
    impl<K: __guarded_Pool::CanLock<settings>> comes_before_settings for K {}
    #[doc(hidden)]
    #[diagnostic::on_unimplemented(
        message = r"lock order violation on `Pool`: cannot lock `jobs` with `{Self}`",
        label = r"this key holds a lock that does not come before `jobs`, or is a task key",
        note = r"`Pool` locks `settings`, then `jobs`",
        note = r"lock `jobs` first, or drop that guard first; for two `Pool`s, use `Pool::lock_jobs_pair`"
    )]
    pub trait comes_before_jobs: __guarded_Pool::CanLock<jobs> {}
    #[doc(hidden)]
    #[diagnostic::do_not_recommend]
    impl<K: __guarded_Pool::CanLock<jobs>> comes_before_jobs for K {}
    #[doc(hidden)]
    unsafe impl<H> __guarded_Pool::Follows<H> for settings
    where
        H: __guarded_Pool::Level<Struct = <settings as __guarded_Pool::Level>::Struct>,
        H::Index: __guarded_Pool::Less<<settings as __guarded_Pool::Level>::Index>,
    {}
    #[doc(hidden)]
    unsafe impl<H> __guarded_Pool::Follows<H> for jobs
    where
        H: __guarded_Pool::Level<Struct = <jobs as __guarded_Pool::Level>::Struct>,
        H::Index: __guarded_Pool::Less<<jobs as __guarded_Pool::Level>::Index>,
    {}
    ///The storage of `Pool`'s fields, which the struct holds in one `Arc`.
    #[doc(hidden)]
    pub struct Fields<T0, T1> {
        pub(super) settings: __guarded_Pool::RwField<T0, self::settings>,
        pub(super) jobs: __guarded_Pool::CondvarField<T1, self::jobs>,
        pub(super) done: __guarded_Pool::AtomicField<
            ::guarded::__private::atomic::AtomicU64,
        >,
    }
}
const _: () = {
    static POOL_AFTER_BANK: ::guarded::__private::StructOrder = ::guarded::__private::StructOrder {
        name: "Pool",
        id: 3704281982,
        location: ::core::concat!(
            ::core::module_path!(), " ", ::core::file!(), ":", ::core::line!(), ":",
            ::core::column!()
        ),
        fields: pool_levels::LOCK_ORDER,
        after: ::core::option::Option::Some(
            <<Bank as ::guarded::__private::HasOrder>::Marker as ::guarded::__private::Guarded>::ORDER,
        ),
    };
    #[doc(hidden)]
    unsafe impl ::guarded::__private::Guarded for Pool {
        type Id = ::guarded::__private::XD<
            ::guarded::__private::XC<
                ::guarded::__private::XC<
                    ::guarded::__private::XA<
                        ::guarded::__private::XD<
                            ::guarded::__private::XB<
                                ::guarded::__private::X7<
                                    ::guarded::__private::XE<::guarded::__private::Nil>,
                                >,
                            >,
                        >,
                    >,
                >,
            >,
        >;
        type Parent = <Bank as ::guarded::__private::HasOrder>::Marker;
        const ORDER: &'static ::guarded::__private::StructOrder = &POOL_AFTER_BANK;
    }
    ::guarded::__private::if_registry! {
        #[::guarded::__private::linkme::distributed_slice(::guarded::__private::GUARDED_0_1_STRUCTS)]
        #[linkme(crate = ::guarded::__private::linkme)] static REGISTRATION :
        ::guarded::__private::Registration = unsafe {
        ::guarded::__private::Registration::new(& POOL_AFTER_BANK) };
    }
};
#[doc(hidden)]
#[automatically_derived]
unsafe impl ::guarded::__private::HasOrder for Pool {
    type Marker = Pool;
}
#[doc(hidden)]
unsafe impl __guarded_Pool::Level for pool_levels::settings {
    const STRUCT: &'static __guarded_Pool::str = "Pool";
    const FIELD: &'static __guarded_Pool::str = "settings";
    const RECOVER: &'static __guarded_Pool::str = "recover_settings";
    const INDEX: __guarded_Pool::usize = 0;
    type Policy = __guarded_Pool::ReturnPoison;
    type Struct = Pool;
    type Index = __guarded_Pool::X0<__guarded_Pool::Nil>;
}
#[doc(hidden)]
unsafe impl __guarded_Pool::Level for pool_levels::jobs {
    const STRUCT: &'static __guarded_Pool::str = "Pool";
    const FIELD: &'static __guarded_Pool::str = "jobs";
    const RECOVER: &'static __guarded_Pool::str = "recover_jobs";
    const INDEX: __guarded_Pool::usize = 1;
    type Policy = __guarded_Pool::PanicOnPoison;
    type Struct = Pool;
    type Index = __guarded_Pool::X1<__guarded_Pool::Nil>;
}
#[automatically_derived]
impl Pool {
    ///Creates a `Pool` from the values of its fields, in declaration order: `settings`, `jobs`, `done`. Each value goes behind its own lock (a field that takes no lock keeps it without one: `atomic`, `unlocked`, `snapshot`), all in one allocation, which clones share.
    #[must_use]
    #[inline]
    pub fn new(settings: Vec<String>, jobs: Vec<u32>, done: u64) -> Self {
        Self {
            fields: __guarded_Pool::Arc::new(pool_levels::Fields {
                settings: __guarded_Pool::RwField::new(settings),
                jobs: __guarded_Pool::CondvarField::new(jobs),
                done: __guarded_Pool::AtomicField::new(
                    ::guarded::__private::atomic::AtomicU64::new(done),
                ),
            }),
        }
    }
    ///The lock order of `Pool`: its locked fields' names in declaration order (`atomic`, `unlocked` and `snapshot` fields take no lock), which is the order in which a thread may lock them (also `pool_levels::LOCK_ORDER`, which needs no generic arguments).
    pub const LOCK_ORDER: &'static [&'static ::core::primitive::str] = pool_levels::LOCK_ORDER;
    /**Read-locks `settings`, blocking until no writer holds it.

`settings` is 1st of 2 in the lock order of `Pool`: `settings`, then `jobs`.

Takes the `ThreadKey`: `settings` comes first, so no other lock of `Pool` may be held. Hands back the guard, which unlocks when dropped, and a key that may lock only the fields after it: `jobs`.

This thread cannot read `settings` again, nor write it, while the guard lives: a second read would deadlock as soon as a writer queued between the two.

# Errors

`Poisoned` if `settings` is poisoned (a thread panicked while holding it): the error holds the guard and the key, and its `into_inner` hands them over and clears the poison (`poison = result`).*/
    #[track_caller]
    fn read_settings<'g>(
        &'g self,
        key: &'g mut impl pool_levels::comes_before_settings,
    ) -> __guarded_Pool::Result<
        (
            __guarded_Pool::ReadGuard<'g, Vec<String>>,
            __guarded_Pool::Key<'g, pool_levels::settings>,
        ),
        __guarded_Pool::Poisoned<
            'g,
            (
                __guarded_Pool::ReadGuard<'g, Vec<String>>,
                __guarded_Pool::Key<'g, pool_levels::settings>,
            ),
        >,
    > {
        (&self.fields.settings).read(key)
    }
    /**Write-locks `settings`, blocking until no thread reads or writes it.

`settings` is 1st of 2 in the lock order of `Pool`: `settings`, then `jobs`.

Takes the `ThreadKey`: `settings` comes first, so no other lock of `Pool` may be held. Hands back the guard, which unlocks when dropped, and a key that may lock only the fields after it: `jobs`.

# Errors

`Poisoned` if `settings` is poisoned (a thread panicked while holding it): the error holds the guard and the key, and its `into_inner` hands them over and clears the poison (`poison = result`).*/
    #[track_caller]
    fn write_settings<'g>(
        &'g self,
        key: &'g mut impl pool_levels::comes_before_settings,
    ) -> __guarded_Pool::Result<
        (
            __guarded_Pool::WriteGuard<'g, Vec<String>>,
            __guarded_Pool::Key<'g, pool_levels::settings>,
        ),
        __guarded_Pool::Poisoned<
            'g,
            (
                __guarded_Pool::WriteGuard<'g, Vec<String>>,
                __guarded_Pool::Key<'g, pool_levels::settings>,
            ),
        >,
    > {
        (&self.fields.settings).write(key)
    }
    /**Read-locks `settings` if no writer holds it now; never blocks. Takes and hands back keys as `read_settings` does.

This thread cannot read `settings` again, nor write it, while the guard lives: a second read would deadlock as soon as a writer queued between the two.

# Errors

`Busy` if another thread holds it (it borrows nothing: see `Busy` for using the key again). Otherwise the result is what `read_settings` returns. Inside `Ok`: `Err(Poisoned)` if `settings` is poisoned (a thread panicked while holding it): the error holds the guard and the key, and its `into_inner` hands them over and clears the poison (`poison = result`).*/
    #[track_caller]
    fn try_read_settings<'g>(
        &'g self,
        key: &'g mut impl pool_levels::comes_before_settings,
    ) -> __guarded_Pool::Result<
        __guarded_Pool::Result<
            (
                __guarded_Pool::ReadGuard<'g, Vec<String>>,
                __guarded_Pool::Key<'g, pool_levels::settings>,
            ),
            __guarded_Pool::Poisoned<
                'g,
                (
                    __guarded_Pool::ReadGuard<'g, Vec<String>>,
                    __guarded_Pool::Key<'g, pool_levels::settings>,
                ),
            >,
        >,
        __guarded_Pool::Busy,
    > {
        (&self.fields.settings).try_read(key)
    }
    /**Write-locks `settings` if no thread reads or writes it now; never blocks. Takes and hands back keys as `write_settings` does.

# Errors

`Busy` if another thread holds it (it borrows nothing: see `Busy` for using the key again). Otherwise the result is what `write_settings` returns. Inside `Ok`: `Err(Poisoned)` if `settings` is poisoned (a thread panicked while holding it): the error holds the guard and the key, and its `into_inner` hands them over and clears the poison (`poison = result`).*/
    #[track_caller]
    fn try_write_settings<'g>(
        &'g self,
        key: &'g mut impl pool_levels::comes_before_settings,
    ) -> __guarded_Pool::Result<
        __guarded_Pool::Result<
            (
                __guarded_Pool::WriteGuard<'g, Vec<String>>,
                __guarded_Pool::Key<'g, pool_levels::settings>,
            ),
            __guarded_Pool::Poisoned<
                'g,
                (
                    __guarded_Pool::WriteGuard<'g, Vec<String>>,
                    __guarded_Pool::Key<'g, pool_levels::settings>,
                ),
            >,
        >,
        __guarded_Pool::Busy,
    > {
        (&self.fields.settings).try_write(key)
    }
    /**Read-locks `settings`, waiting at most `timeout` until no writer holds it. (With the default std backend the wait polls, yielding and then sleeping up to 1 ms between attempts; with the `parking_lot` feature it parks the thread.) Takes and hands back keys as `read_settings` does.

This thread cannot read `settings` again, nor write it, while the guard lives: a second read would deadlock as soon as a writer queued between the two.

# Errors

`Busy` if another thread still holds it when `timeout` has passed (it borrows nothing: see `Busy` for using the key again). Otherwise the result is what `read_settings` returns. Inside `Ok`: `Err(Poisoned)` if `settings` is poisoned (a thread panicked while holding it): the error holds the guard and the key, and its `into_inner` hands them over and clears the poison (`poison = result`).*/
    #[track_caller]
    fn try_read_settings_for<'g>(
        &'g self,
        key: &'g mut impl pool_levels::comes_before_settings,
        timeout: __guarded_Pool::Duration,
    ) -> __guarded_Pool::Result<
        __guarded_Pool::Result<
            (
                __guarded_Pool::ReadGuard<'g, Vec<String>>,
                __guarded_Pool::Key<'g, pool_levels::settings>,
            ),
            __guarded_Pool::Poisoned<
                'g,
                (
                    __guarded_Pool::ReadGuard<'g, Vec<String>>,
                    __guarded_Pool::Key<'g, pool_levels::settings>,
                ),
            >,
        >,
        __guarded_Pool::Busy,
    > {
        (&self.fields.settings).try_read_for(key, timeout)
    }
    /**Write-locks `settings`, waiting at most `timeout` until no thread reads or writes it. (With the default std backend the wait polls, yielding and then sleeping up to 1 ms between attempts; with the `parking_lot` feature it parks the thread.) Takes and hands back keys as `write_settings` does.

# Errors

`Busy` if another thread still holds it when `timeout` has passed (it borrows nothing: see `Busy` for using the key again). Otherwise the result is what `write_settings` returns. Inside `Ok`: `Err(Poisoned)` if `settings` is poisoned (a thread panicked while holding it): the error holds the guard and the key, and its `into_inner` hands them over and clears the poison (`poison = result`).*/
    #[track_caller]
    fn try_write_settings_for<'g>(
        &'g self,
        key: &'g mut impl pool_levels::comes_before_settings,
        timeout: __guarded_Pool::Duration,
    ) -> __guarded_Pool::Result<
        __guarded_Pool::Result<
            (
                __guarded_Pool::WriteGuard<'g, Vec<String>>,
                __guarded_Pool::Key<'g, pool_levels::settings>,
            ),
            __guarded_Pool::Poisoned<
                'g,
                (
                    __guarded_Pool::WriteGuard<'g, Vec<String>>,
                    __guarded_Pool::Key<'g, pool_levels::settings>,
                ),
            >,
        >,
        __guarded_Pool::Busy,
    > {
        (&self.fields.settings).try_write_for(key, timeout)
    }
    /**Read-locks `settings` of two `Pool`s in one call, in an order of their own (so that two threads locking the same two in opposite orders cannot deadlock); the guards come back in argument order. Takes keys as `read_settings` does, and hands back one key after `settings`, which cannot lock `settings` of a third.

# Errors

`SameInstance` if both are the same instance, or clones of one: nothing is locked then. Each guard is a `Result`, `Err(Poisoned)` if that instance's `settings` is poisoned.*/
    #[track_caller]
    fn read_settings_pair<'g>(
        first: &'g Self,
        second: &'g Self,
        key: &'g mut impl pool_levels::comes_before_settings,
    ) -> __guarded_Pool::Result<
        (
            __guarded_Pool::Result<
                __guarded_Pool::ReadGuard<'g, Vec<String>>,
                __guarded_Pool::Poisoned<'g, __guarded_Pool::ReadGuard<'g, Vec<String>>>,
            >,
            __guarded_Pool::Result<
                __guarded_Pool::ReadGuard<'g, Vec<String>>,
                __guarded_Pool::Poisoned<'g, __guarded_Pool::ReadGuard<'g, Vec<String>>>,
            >,
            __guarded_Pool::Key<'g, pool_levels::settings>,
        ),
        __guarded_Pool::SameInstance,
    > {
        __guarded_Pool::RwField::read_pair(
            &first.fields.settings,
            &second.fields.settings,
            key,
        )
    }
    /**Write-locks `settings` of two `Pool`s in one call, in an order of their own (so that two threads locking the same two in opposite orders cannot deadlock); the guards come back in argument order. Takes keys as `write_settings` does, and hands back one key after `settings`, which cannot lock `settings` of a third.

# Errors

`SameInstance` if both are the same instance, or clones of one: nothing is locked then. Each guard is a `Result`, `Err(Poisoned)` if that instance's `settings` is poisoned.*/
    #[track_caller]
    fn write_settings_pair<'g>(
        first: &'g Self,
        second: &'g Self,
        key: &'g mut impl pool_levels::comes_before_settings,
    ) -> __guarded_Pool::Result<
        (
            __guarded_Pool::Result<
                __guarded_Pool::WriteGuard<'g, Vec<String>>,
                __guarded_Pool::Poisoned<'g, __guarded_Pool::WriteGuard<'g, Vec<String>>>,
            >,
            __guarded_Pool::Result<
                __guarded_Pool::WriteGuard<'g, Vec<String>>,
                __guarded_Pool::Poisoned<'g, __guarded_Pool::WriteGuard<'g, Vec<String>>>,
            >,
            __guarded_Pool::Key<'g, pool_levels::settings>,
        ),
        __guarded_Pool::SameInstance,
    > {
        __guarded_Pool::RwField::write_pair(
            &first.fields.settings,
            &second.fields.settings,
            key,
        )
    }
    /**Read-locks `settings` of every `Pool` that `instances` yields in one call, as `read_settings_pair` does for two; the guards come back in the order of `instances`. Takes keys as `read_settings` does, and hands back one key after `settings`.

# Errors

`SameInstance` if an instance (or a clone of it) comes twice: nothing is locked then. Each guard is a `Result`, `Err(Poisoned)` if that instance's `settings` is poisoned.*/
    #[track_caller]
    fn read_settings_many<'g>(
        instances: impl __guarded_Pool::IntoIterator<Item = &'g Self>,
        key: &'g mut impl pool_levels::comes_before_settings,
    ) -> __guarded_Pool::Result<
        (
            __guarded_Pool::Vec<
                __guarded_Pool::Result<
                    __guarded_Pool::ReadGuard<'g, Vec<String>>,
                    __guarded_Pool::Poisoned<
                        'g,
                        __guarded_Pool::ReadGuard<'g, Vec<String>>,
                    >,
                >,
            >,
            __guarded_Pool::Key<'g, pool_levels::settings>,
        ),
        __guarded_Pool::SameInstance,
    >
    where
        Self: 'g,
    {
        __guarded_Pool::RwField::read_many(
            instances,
            |instances| &instances.fields.settings,
            key,
        )
    }
    /**Write-locks `settings` of every `Pool` that `instances` yields in one call, as `write_settings_pair` does for two; the guards come back in the order of `instances`. Takes keys as `write_settings` does, and hands back one key after `settings`.

# Errors

`SameInstance` if an instance (or a clone of it) comes twice: nothing is locked then. Each guard is a `Result`, `Err(Poisoned)` if that instance's `settings` is poisoned.*/
    #[track_caller]
    fn write_settings_many<'g>(
        instances: impl __guarded_Pool::IntoIterator<Item = &'g Self>,
        key: &'g mut impl pool_levels::comes_before_settings,
    ) -> __guarded_Pool::Result<
        (
            __guarded_Pool::Vec<
                __guarded_Pool::Result<
                    __guarded_Pool::WriteGuard<'g, Vec<String>>,
                    __guarded_Pool::Poisoned<
                        'g,
                        __guarded_Pool::WriteGuard<'g, Vec<String>>,
                    >,
                >,
            >,
            __guarded_Pool::Key<'g, pool_levels::settings>,
        ),
        __guarded_Pool::SameInstance,
    >
    where
        Self: 'g,
    {
        __guarded_Pool::RwField::write_many(
            instances,
            |instances| &instances.fields.settings,
            key,
        )
    }
    /**Locks `jobs`, blocking until no other thread holds it.

`jobs` is 2nd of 2 in the lock order of `Pool`: `settings`, then `jobs`.

Takes the `ThreadKey`, or the key handed back by locking an earlier field (`settings`); a key that holds `jobs` or a later field does not compile. Hands back the guard, which unlocks when dropped, and a key that may lock no other field of this struct (`jobs` is last).

The guard can wait on `jobs` (`wait_while`, `wait_timeout_while`) if `jobs` was locked with the `ThreadKey`: a waiting thread must hold no other lock.

# Panics

If `jobs` is poisoned (a thread panicked while holding it). `recover_jobs` takes the data anyway.*/
    #[track_caller]
    fn lock_jobs<'g, K: pool_levels::comes_before_jobs>(
        &'g self,
        key: &'g mut K,
    ) -> (
        __guarded_Pool::WaitGuard<'g, Vec<u32>, pool_levels::jobs, K>,
        __guarded_Pool::Key<'g, pool_levels::jobs>,
    ) {
        (&self.fields.jobs).lock(key)
    }
    /**Locks `jobs` if no other thread holds it now; never blocks. Takes and hands back keys as `lock_jobs` does.

The guard can wait on `jobs` (`wait_while`, `wait_timeout_while`) if `jobs` was locked with the `ThreadKey`: a waiting thread must hold no other lock.

# Errors

`Busy` if another thread holds it (it borrows nothing: see `Busy` for using the key again). Otherwise the result is what `lock_jobs` returns.

# Panics

If `jobs` is poisoned (a thread panicked while holding it). `recover_jobs` takes the data anyway.*/
    #[track_caller]
    fn try_lock_jobs<'g, K: pool_levels::comes_before_jobs>(
        &'g self,
        key: &'g mut K,
    ) -> __guarded_Pool::Result<
        (
            __guarded_Pool::WaitGuard<'g, Vec<u32>, pool_levels::jobs, K>,
            __guarded_Pool::Key<'g, pool_levels::jobs>,
        ),
        __guarded_Pool::Busy,
    > {
        (&self.fields.jobs).try_lock(key)
    }
    /**Locks `jobs`, waiting at most `timeout` until no other thread holds it. (With the default std backend the wait polls, yielding and then sleeping up to 1 ms between attempts; with the `parking_lot` feature it parks the thread.) Takes and hands back keys as `lock_jobs` does.

The guard can wait on `jobs` (`wait_while`, `wait_timeout_while`) if `jobs` was locked with the `ThreadKey`: a waiting thread must hold no other lock.

# Errors

`Busy` if another thread still holds it when `timeout` has passed (it borrows nothing: see `Busy` for using the key again). Otherwise the result is what `lock_jobs` returns.

# Panics

If `jobs` is poisoned (a thread panicked while holding it). `recover_jobs` takes the data anyway.*/
    #[track_caller]
    fn try_lock_jobs_for<'g, K: pool_levels::comes_before_jobs>(
        &'g self,
        key: &'g mut K,
        timeout: __guarded_Pool::Duration,
    ) -> __guarded_Pool::Result<
        (
            __guarded_Pool::WaitGuard<'g, Vec<u32>, pool_levels::jobs, K>,
            __guarded_Pool::Key<'g, pool_levels::jobs>,
        ),
        __guarded_Pool::Busy,
    > {
        (&self.fields.jobs).try_lock_for(key, timeout)
    }
    /**Locks `jobs` like `lock_jobs`, but if the lock is poisoned (a thread panicked while holding it), hands over the data as that thread left it and clears the poison, instead of panicking. Takes and hands back keys as `lock_jobs` does.

The guard can wait on `jobs` (`wait_while`, `wait_timeout_while`) if `jobs` was locked with the `ThreadKey`: a waiting thread must hold no other lock.*/
    #[track_caller]
    fn recover_jobs<'g, K: pool_levels::comes_before_jobs>(
        &'g self,
        key: &'g mut K,
    ) -> (
        __guarded_Pool::WaitGuard<'g, Vec<u32>, pool_levels::jobs, K>,
        __guarded_Pool::Key<'g, pool_levels::jobs>,
    ) {
        (&self.fields.jobs).recover(key)
    }
    /**Locks `jobs` of two `Pool`s in one call, in an order of their own (so that two threads locking the same two in opposite orders cannot deadlock); the guards come back in argument order. Takes keys as `lock_jobs` does, and hands back one key after `jobs`, which cannot lock `jobs` of a third.

# Errors

`SameInstance` if both are the same instance, or clones of one: nothing is locked then.

# Panics

If `jobs` of one of them is poisoned, as `lock_jobs` does.*/
    #[track_caller]
    fn lock_jobs_pair<'g>(
        first: &'g Self,
        second: &'g Self,
        key: &'g mut impl pool_levels::comes_before_jobs,
    ) -> __guarded_Pool::Result<
        (
            __guarded_Pool::Guard<'g, Vec<u32>>,
            __guarded_Pool::Guard<'g, Vec<u32>>,
            __guarded_Pool::Key<'g, pool_levels::jobs>,
        ),
        __guarded_Pool::SameInstance,
    > {
        __guarded_Pool::CondvarField::lock_pair(
            &first.fields.jobs,
            &second.fields.jobs,
            key,
        )
    }
    /**Locks `jobs` of every `Pool` that `instances` yields in one call, as `lock_jobs_pair` does for two; the guards come back in the order of `instances`. Takes keys as `lock_jobs` does, and hands back one key after `jobs`.

# Errors

`SameInstance` if an instance (or a clone of it) comes twice: nothing is locked then.

# Panics

If `jobs` of one of them is poisoned, as `lock_jobs` does.*/
    #[track_caller]
    fn lock_jobs_many<'g>(
        instances: impl __guarded_Pool::IntoIterator<Item = &'g Self>,
        key: &'g mut impl pool_levels::comes_before_jobs,
    ) -> __guarded_Pool::Result<
        (
            __guarded_Pool::Vec<__guarded_Pool::Guard<'g, Vec<u32>>>,
            __guarded_Pool::Key<'g, pool_levels::jobs>,
        ),
        __guarded_Pool::SameInstance,
    >
    where
        Self: 'g,
    {
        __guarded_Pool::CondvarField::lock_many(
            instances,
            |instances| &instances.fields.jobs,
            key,
        )
    }
    /**Wakes one thread waiting on `Pool.jobs`, if any.

Takes no lock and no key, so it can be called anywhere; call it after changing `jobs` (and, usually, after dropping its guard) so that the woken thread finds the change. A waiting thread checks its condition again when woken.*/
    #[inline]
    fn notify_one_jobs(&self) {
        (&self.fields.jobs).notify_one();
    }
    /**Wakes every thread waiting on `Pool.jobs`.

Takes no lock and no key, so it can be called anywhere; call it after changing `jobs` (and, usually, after dropping its guard) so that the woken thread finds the change. A waiting thread checks its condition again when woken.*/
    #[inline]
    fn notify_all_jobs(&self) {
        (&self.fields.jobs).notify_all();
    }
    ///The atomic `Pool.done`. It takes no lock, so it needs no key and is outside the lock order: use it at any time, also while holding locks.
    #[inline]
    #[must_use]
    fn done(&self) -> &::guarded::__private::atomic::AtomicU64 {
        (&self.fields.done).get()
    }
}
#[automatically_derived]
impl __guarded_Pool::Clone for Pool {
    #[inline]
    fn clone(&self) -> Self {
        Self {
            fields: __guarded_Pool::Clone::clone(&self.fields),
        }
    }
}
