#[doc(hidden)]
use ::guarded::__private as __guarded_Shard;
pub struct Shard {
    ///Every field's storage, in one allocation that clones share. Each field is reached through its methods (`shard_levels` names their levels).
    #[doc(hidden)]
    pub fields: __guarded_Shard::Arc<
        shard_levels::Fields<String, Config, Vec<u32>, u32>,
    >,
}
/**The lock levels of `Shard`, one type per locked field, in lock order: `jobs`.

Name a level in a helper that takes a key: `key: &mut impl guarded::CanLock<shard_levels::jobs>` accepts any key that may lock that field.*/
pub mod shard_levels {
    use ::guarded::__private as __guarded_Shard;
    ///The lock order of `Shard`: its locked fields' names in declaration order (`atomic`, `unlocked` and `snapshot` fields take no lock), which is the order in which a thread may lock them.
    pub const LOCK_ORDER: &[&::core::primitive::str] = &["jobs"];
    ///The level of `Shard.jobs`, 1st of 1 in the lock order.
    pub enum jobs {}
    #[doc(hidden)]
    #[diagnostic::on_unimplemented(
        message = r"lock order violation on `Shard`: cannot lock `jobs` with `{Self}`",
        label = r"this key holds a lock that does not come before `jobs`, or is a task key",
        note = r"`Shard` locks `jobs`",
        note = r"lock `jobs` first, or drop that guard first; for two `Shard`s, use `Shard::lock_jobs_pair`"
    )]
    pub trait comes_before_jobs: __guarded_Shard::CanLock<jobs> {}
    #[doc(hidden)]
    #[diagnostic::do_not_recommend]
    impl<K: __guarded_Shard::CanLock<jobs>> comes_before_jobs for K {}
    #[doc(hidden)]
    unsafe impl<H> __guarded_Shard::Follows<H> for jobs
    where
        H: __guarded_Shard::Level<Struct = <jobs as __guarded_Shard::Level>::Struct>,
        H::Index: __guarded_Shard::Less<<jobs as __guarded_Shard::Level>::Index>,
    {}
    ///The storage of `Shard`'s fields, which the struct holds in one `Arc`.
    #[doc(hidden)]
    pub struct Fields<T0, T1, T2, T3> {
        pub(super) name: __guarded_Shard::UnlockedField<T0>,
        pub(super) config: __guarded_Shard::SnapshotField<T1>,
        pub(super) jobs: __guarded_Shard::Field<T2, self::jobs>,
        pub(super) id: __guarded_Shard::UnlockedField<T3>,
    }
}
const _: () = {
    static SHARD_AFTER_NOTHING: ::guarded::__private::StructOrder = ::guarded::__private::StructOrder {
        name: "Shard",
        id: 809502363,
        location: ::core::concat!(
            ::core::module_path!(), " ", ::core::file!(), ":", ::core::line!(), ":",
            ::core::column!()
        ),
        fields: shard_levels::LOCK_ORDER,
        after: ::core::option::Option::None,
    };
    #[doc(hidden)]
    unsafe impl ::guarded::__private::Guarded for Shard {
        type Id = ::guarded::__private::X3<
            ::guarded::__private::X0<
                ::guarded::__private::X4<
                    ::guarded::__private::X0<
                        ::guarded::__private::X0<
                            ::guarded::__private::X6<
                                ::guarded::__private::X9<
                                    ::guarded::__private::XB<::guarded::__private::Nil>,
                                >,
                            >,
                        >,
                    >,
                >,
            >,
        >;
        type Parent = ::guarded::__private::NoParent;
        const ORDER: &'static ::guarded::__private::StructOrder = &SHARD_AFTER_NOTHING;
    }
    ::guarded::__private::if_registry! {
        #[::guarded::__private::linkme::distributed_slice(::guarded::__private::GUARDED_0_1_STRUCTS)]
        #[linkme(crate = ::guarded::__private::linkme)] static REGISTRATION :
        ::guarded::__private::Registration = unsafe {
        ::guarded::__private::Registration::new(& SHARD_AFTER_NOTHING) };
    }
};
#[doc(hidden)]
#[automatically_derived]
unsafe impl ::guarded::__private::HasOrder for Shard {
    type Marker = Shard;
}
#[doc(hidden)]
unsafe impl __guarded_Shard::Level for shard_levels::jobs {
    const STRUCT: &'static __guarded_Shard::str = "Shard";
    const FIELD: &'static __guarded_Shard::str = "jobs";
    const RECOVER: &'static __guarded_Shard::str = "recover_jobs";
    const INDEX: __guarded_Shard::usize = 0;
    type Policy = __guarded_Shard::PanicOnPoison;
    type Struct = Shard;
    type Index = __guarded_Shard::X0<__guarded_Shard::Nil>;
}
#[automatically_derived]
impl Shard {
    ///Creates a `Shard` from the values of its fields, in declaration order: `name`, `config`, `jobs`, `id`. Each value goes behind its own lock (a field that takes no lock keeps it without one: `atomic`, `unlocked`, `snapshot`), all in one allocation, which clones share.
    #[must_use]
    #[inline]
    pub fn new(name: String, config: Config, jobs: Vec<u32>, id: u32) -> Self {
        Self {
            fields: __guarded_Shard::Arc::new(shard_levels::Fields {
                name: __guarded_Shard::UnlockedField::new(name),
                config: __guarded_Shard::SnapshotField::new(config),
                jobs: __guarded_Shard::Field::new(jobs),
                id: __guarded_Shard::UnlockedField::new(id),
            }),
        }
    }
    ///The lock order of `Shard`: its locked fields' names in declaration order (`atomic`, `unlocked` and `snapshot` fields take no lock), which is the order in which a thread may lock them (also `shard_levels::LOCK_ORDER`, which needs no generic arguments).
    pub const LOCK_ORDER: &'static [&'static ::core::primitive::str] = shard_levels::LOCK_ORDER;
    ///`Shard.name`, set by `new` and shared by every clone. It takes no lock, so it needs no key and is outside the lock order: read it at any time, also while holding locks. It is never handed out as `&mut`; to change it, give it a type that changes through `&` (an atomic, a channel's sender, a `OnceLock`).
    #[inline]
    #[must_use]
    fn name(&self) -> &String {
        (&self.fields.name).get()
    }
    /**A snapshot of `Shard.config`: the value as it is now, which stays readable, unchanged, after the field is replaced (it keeps that value alive). It takes no lock, so it needs no key and is outside the lock order: call it at any time, also while holding locks. Readers never block writers or each other.

A load never blocks and never waits for a writer; it costs a few dozen instructions, more than an uncontended lock of one thread, and holding many snapshots at once for long makes loads slower (see `Snapshot`).*/
    #[inline]
    #[must_use]
    fn load_config(&self) -> __guarded_Shard::Snapshot<Config> {
        (&self.fields.config).load()
    }
    /**Replaces `Shard.config` with `value`. Snapshots loaded before keep the old value; loads after see the new one. It takes no lock, so it needs no key and is outside the lock order: call it at any time, also while holding locks. Readers never block writers or each other.

# Panics

Inside the function given to `update_config` (of this instance or a clone), before storing anything: that function returns the new value instead.*/
    #[inline]
    #[track_caller]
    fn store_config(&self, value: Config) {
        (&self.fields.config).store(value);
    }
    /**Replaces `Shard.config` with `f(&current)`, without losing a concurrent update: if another thread replaced the value while `f` ran, `f` runs again on the newer value. So `f` may run more than once, and should only compute the new value. It takes no lock, so it needs no key and is outside the lock order: call it at any time, also while holding locks. Readers never block writers or each other.

# Panics

If `f` stores or updates `Shard.config` itself (through this instance or a clone): `f` would run again after each such write, and the update would never return. The write panics instead, before writing anything.*/
    #[inline]
    #[track_caller]
    fn update_config(&self, f: impl __guarded_Shard::FnMut(&Config) -> Config) {
        (&self.fields.config).update(f);
    }
    /**Locks `jobs`, blocking until no other thread holds it.

`jobs` is 1st of 1 in the lock order of `Shard`: `jobs`.

Takes the `ThreadKey`: `jobs` comes first, so no other lock of `Shard` may be held. Hands back the guard, which unlocks when dropped, and a key that may lock no other field of this struct (`jobs` is last).

# Panics

If `jobs` is poisoned (a thread panicked while holding it). `recover_jobs` takes the data anyway.*/
    #[track_caller]
    fn lock_jobs<'g>(
        &'g self,
        key: &'g mut impl shard_levels::comes_before_jobs,
    ) -> (
        __guarded_Shard::Guard<'g, Vec<u32>>,
        __guarded_Shard::Key<'g, shard_levels::jobs>,
    ) {
        (&self.fields.jobs).lock(key)
    }
    /**Locks `jobs` if no other thread holds it now; never blocks. Takes and hands back keys as `lock_jobs` does.

# Errors

`Busy` if another thread holds it (it borrows nothing: see `Busy` for using the key again). Otherwise the result is what `lock_jobs` returns.

# Panics

If `jobs` is poisoned (a thread panicked while holding it). `recover_jobs` takes the data anyway.*/
    #[track_caller]
    fn try_lock_jobs<'g>(
        &'g self,
        key: &'g mut impl shard_levels::comes_before_jobs,
    ) -> __guarded_Shard::Result<
        (
            __guarded_Shard::Guard<'g, Vec<u32>>,
            __guarded_Shard::Key<'g, shard_levels::jobs>,
        ),
        __guarded_Shard::Busy,
    > {
        (&self.fields.jobs).try_lock(key)
    }
    /**Locks `jobs`, waiting at most `timeout` until no other thread holds it. (With the default std backend the wait polls, yielding and then sleeping up to 1 ms between attempts; with the `parking_lot` feature it parks the thread.) Takes and hands back keys as `lock_jobs` does.

# Errors

`Busy` if another thread still holds it when `timeout` has passed (it borrows nothing: see `Busy` for using the key again). Otherwise the result is what `lock_jobs` returns.

# Panics

If `jobs` is poisoned (a thread panicked while holding it). `recover_jobs` takes the data anyway.*/
    #[track_caller]
    fn try_lock_jobs_for<'g>(
        &'g self,
        key: &'g mut impl shard_levels::comes_before_jobs,
        timeout: __guarded_Shard::Duration,
    ) -> __guarded_Shard::Result<
        (
            __guarded_Shard::Guard<'g, Vec<u32>>,
            __guarded_Shard::Key<'g, shard_levels::jobs>,
        ),
        __guarded_Shard::Busy,
    > {
        (&self.fields.jobs).try_lock_for(key, timeout)
    }
    ///Locks `jobs` like `lock_jobs`, but if the lock is poisoned (a thread panicked while holding it), hands over the data as that thread left it and clears the poison, instead of panicking. Takes and hands back keys as `lock_jobs` does.
    #[track_caller]
    fn recover_jobs<'g>(
        &'g self,
        key: &'g mut impl shard_levels::comes_before_jobs,
    ) -> (
        __guarded_Shard::Guard<'g, Vec<u32>>,
        __guarded_Shard::Key<'g, shard_levels::jobs>,
    ) {
        (&self.fields.jobs).recover(key)
    }
    /**Locks `jobs` of two `Shard`s in one call, in an order of their own (so that two threads locking the same two in opposite orders cannot deadlock); the guards come back in argument order. Takes keys as `lock_jobs` does, and hands back one key after `jobs`, which cannot lock `jobs` of a third.

# Errors

`SameInstance` if both are the same instance, or clones of one: nothing is locked then.

# Panics

If `jobs` of one of them is poisoned, as `lock_jobs` does.*/
    #[track_caller]
    fn lock_jobs_pair<'g>(
        first: &'g Self,
        second: &'g Self,
        key: &'g mut impl shard_levels::comes_before_jobs,
    ) -> __guarded_Shard::Result<
        (
            __guarded_Shard::Guard<'g, Vec<u32>>,
            __guarded_Shard::Guard<'g, Vec<u32>>,
            __guarded_Shard::Key<'g, shard_levels::jobs>,
        ),
        __guarded_Shard::SameInstance,
    > {
        __guarded_Shard::Field::lock_pair(&first.fields.jobs, &second.fields.jobs, key)
    }
    /**Locks `jobs` of every `Shard` that `instances` yields in one call, as `lock_jobs_pair` does for two; the guards come back in the order of `instances`. Takes keys as `lock_jobs` does, and hands back one key after `jobs`.

# Errors

`SameInstance` if an instance (or a clone of it) comes twice: nothing is locked then.

# Panics

If `jobs` of one of them is poisoned, as `lock_jobs` does.*/
    #[track_caller]
    fn lock_jobs_many<'g>(
        instances: impl __guarded_Shard::IntoIterator<Item = &'g Self>,
        key: &'g mut impl shard_levels::comes_before_jobs,
    ) -> __guarded_Shard::Result<
        (
            __guarded_Shard::Vec<__guarded_Shard::Guard<'g, Vec<u32>>>,
            __guarded_Shard::Key<'g, shard_levels::jobs>,
        ),
        __guarded_Shard::SameInstance,
    >
    where
        Self: 'g,
    {
        __guarded_Shard::Field::lock_many(
            instances,
            |instances| &instances.fields.jobs,
            key,
        )
    }
    ///`Shard.id`, set by `new` and shared by every clone. It takes no lock, so it needs no key and is outside the lock order: read it at any time, also while holding locks. It is never handed out as `&mut`; to change it, give it a type that changes through `&` (an atomic, a channel's sender, a `OnceLock`).
    #[inline]
    #[must_use]
    fn shard_id(&self) -> &u32 {
        (&self.fields.id).get()
    }
}
#[automatically_derived]
impl __guarded_Shard::Clone for Shard {
    #[inline]
    fn clone(&self) -> Self {
        Self {
            fields: __guarded_Shard::Clone::clone(&self.fields),
        }
    }
}
