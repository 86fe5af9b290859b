#[doc(hidden)]
use ::guarded::__private as __guarded_Cache;
pub(crate) struct Cache<'a, T: Clone>
where
    T: Send,
{
    ///Every field's storage, in one allocation that clones share. Each field is reached through its methods (`cache_levels` names their levels).
    #[doc(hidden)]
    pub(crate) fields: __guarded_Cache::Arc<cache_levels::Fields<Vec<&'a T>, u64>>,
}
/**The lock levels of `Cache`, one type per locked field, in lock order: `values`, then `hits`.

Name a level in a helper that takes a key: `key: &mut impl guarded::CanLock<cache_levels::values>` accepts any key that may lock that field.*/
pub(crate) mod cache_levels {
    use ::guarded::__private as __guarded_Cache;
    ///The lock order of `Cache`: its locked fields' names in declaration order (`atomic`, `unlocked` and `snapshot` fields take no lock), which is the order in which a thread may lock them.
    pub(crate) const LOCK_ORDER: &[&::core::primitive::str] = &["values", "hits"];
    ///`Cache` in the order between structs (for a generic struct, every instantiation).
    pub(crate) enum Cache {}
    ///The level of `Cache.values`, 1st of 2 in the lock order.
    pub(crate) enum values {}
    ///The level of `Cache.hits`, 2nd of 2 in the lock order.
    pub(crate) enum hits {}
    #[doc(hidden)]
    #[diagnostic::on_unimplemented(
        message = r"lock order violation on `Cache`: cannot lock `values` with `{Self}`",
        label = r"this key holds a lock that does not come before `values`, or is a task key",
        note = r"`Cache` locks `values`, then `hits`",
        note = r"lock `values` first, or drop that guard first; for two `Cache`s, use `Cache::lock_values_pair`"
    )]
    pub trait comes_before_values: __guarded_Cache::CanLock<values> {}
    #[doc(hidden)]
    #[diagnostic::do_not_recommend]
    impl<K: __guarded_Cache::CanLock<values>> comes_before_values for K {}
    #[doc(hidden)]
    #[diagnostic::on_unimplemented(
        message = r"lock order violation on `Cache`: cannot lock `hits` with `{Self}`",
        label = r"this key holds a lock that does not come before `hits`, or is a task key",
        note = r"`Cache` locks `values`, then `hits`",
        note = r"lock `hits` first, or drop that guard first; for two `Cache`s, use `Cache::lock_hits_pair`"
    )]
    pub trait comes_before_hits: __guarded_Cache::CanLock<hits> {}
    #[doc(hidden)]
    #[diagnostic::do_not_recommend]
    impl<K: __guarded_Cache::CanLock<hits>> comes_before_hits for K {}
    #[doc(hidden)]
    unsafe impl<H> __guarded_Cache::Follows<H> for values
    where
        H: __guarded_Cache::Level<Struct = <values as __guarded_Cache::Level>::Struct>,
        H::Index: __guarded_Cache::Less<<values as __guarded_Cache::Level>::Index>,
    {}
    #[doc(hidden)]
    unsafe impl<H> __guarded_Cache::Follows<H> for hits
    where
        H: __guarded_Cache::Level<Struct = <hits as __guarded_Cache::Level>::Struct>,
        H::Index: __guarded_Cache::Less<<hits as __guarded_Cache::Level>::Index>,
    {}
    ///The storage of `Cache`'s fields, which the struct holds in one `Arc`.
    #[doc(hidden)]
    pub(crate) struct Fields<T0, T1> {
        pub(super) values: __guarded_Cache::Field<T0, self::values>,
        pub(super) hits: __guarded_Cache::Field<T1, self::hits>,
    }
}
const _: () = {
    static CACHE_AFTER_NOTHING: ::guarded::__private::StructOrder = ::guarded::__private::StructOrder {
        name: "Cache",
        id: 2265713218,
        location: ::core::concat!(
            ::core::module_path!(), " ", ::core::file!(), ":", ::core::line!(), ":",
            ::core::column!()
        ),
        fields: cache_levels::LOCK_ORDER,
        after: ::core::option::Option::None,
    };
    #[doc(hidden)]
    unsafe impl ::guarded::__private::Guarded for cache_levels::Cache {
        type Id = ::guarded::__private::X8<
            ::guarded::__private::X7<
                ::guarded::__private::X0<
                    ::guarded::__private::XC<
                        ::guarded::__private::X0<
                            ::guarded::__private::XA<
                                ::guarded::__private::X4<
                                    ::guarded::__private::X2<::guarded::__private::Nil>,
                                >,
                            >,
                        >,
                    >,
                >,
            >,
        >;
        type Parent = ::guarded::__private::NoParent;
        const ORDER: &'static ::guarded::__private::StructOrder = &CACHE_AFTER_NOTHING;
    }
    ::guarded::__private::if_registry! {
        #[::guarded::__private::linkme::distributed_slice(::guarded::__private::GUARDED_0_1_STRUCTS)]
        #[linkme(crate = ::guarded::__private::linkme)] static REGISTRATION :
        ::guarded::__private::Registration = unsafe {
        ::guarded::__private::Registration::new(& CACHE_AFTER_NOTHING) };
    }
};
#[doc(hidden)]
#[automatically_derived]
unsafe impl<'a, T: Clone> ::guarded::__private::HasOrder for Cache<'a, T>
where
    T: Send,
{
    type Marker = cache_levels::Cache;
}
#[doc(hidden)]
unsafe impl __guarded_Cache::Level for cache_levels::values {
    const STRUCT: &'static __guarded_Cache::str = "Cache";
    const FIELD: &'static __guarded_Cache::str = "values";
    const RECOVER: &'static __guarded_Cache::str = "recover_values";
    const INDEX: __guarded_Cache::usize = 0;
    type Policy = __guarded_Cache::PanicOnPoison;
    type Struct = cache_levels::Cache;
    type Index = __guarded_Cache::X0<__guarded_Cache::Nil>;
}
#[doc(hidden)]
unsafe impl __guarded_Cache::Level for cache_levels::hits {
    const STRUCT: &'static __guarded_Cache::str = "Cache";
    const FIELD: &'static __guarded_Cache::str = "hits";
    const RECOVER: &'static __guarded_Cache::str = "recover_hits";
    const INDEX: __guarded_Cache::usize = 1;
    type Policy = __guarded_Cache::PanicOnPoison;
    type Struct = cache_levels::Cache;
    type Index = __guarded_Cache::X1<__guarded_Cache::Nil>;
}
#[automatically_derived]
impl<'a, T: Clone> Cache<'a, T>
where
    T: Send,
{
    ///Creates a `Cache` from the values of its fields, in declaration order: `values`, `hits`. Each value goes behind its own lock (a field that takes no lock keeps it without one: `atomic`, `unlocked`, `snapshot`), all in one allocation, which clones share.
    #[must_use]
    #[inline]
    pub(crate) fn new(values: Vec<&'a T>, hits: u64) -> Self {
        Self {
            fields: __guarded_Cache::Arc::new(cache_levels::Fields {
                values: __guarded_Cache::Field::new(values),
                hits: __guarded_Cache::Field::new(hits),
            }),
        }
    }
    ///The lock order of `Cache`: its locked fields' names in declaration order (`atomic`, `unlocked` and `snapshot` fields take no lock), which is the order in which a thread may lock them (also `cache_levels::LOCK_ORDER`, which needs no generic arguments).
    pub(crate) const LOCK_ORDER: &'static [&'static ::core::primitive::str] = cache_levels::LOCK_ORDER;
    /**Locks `values`, blocking until no other thread holds it.

`values` is 1st of 2 in the lock order of `Cache`: `values`, then `hits`.

Takes the `ThreadKey`: `values` comes first, so no other lock of `Cache` may be held. Hands back the guard, which unlocks when dropped, and a key that may lock only the fields after it: `hits`.

# Panics

If `values` is poisoned (a thread panicked while holding it). `recover_values` takes the data anyway.*/
    #[track_caller]
    fn lock_values<'g>(
        &'g self,
        key: &'g mut impl cache_levels::comes_before_values,
    ) -> (
        __guarded_Cache::Guard<'g, Vec<&'a T>>,
        __guarded_Cache::Key<'g, cache_levels::values>,
    ) {
        (&self.fields.values).lock(key)
    }
    /**Locks `values` if no other thread holds it now; never blocks. Takes and hands back keys as `lock_values` does.

# Errors

`Busy` if another thread holds it (it borrows nothing: see `Busy` for using the key again). Otherwise the result is what `lock_values` returns.

# Panics

If `values` is poisoned (a thread panicked while holding it). `recover_values` takes the data anyway.*/
    #[track_caller]
    fn try_lock_values<'g>(
        &'g self,
        key: &'g mut impl cache_levels::comes_before_values,
    ) -> __guarded_Cache::Result<
        (
            __guarded_Cache::Guard<'g, Vec<&'a T>>,
            __guarded_Cache::Key<'g, cache_levels::values>,
        ),
        __guarded_Cache::Busy,
    > {
        (&self.fields.values).try_lock(key)
    }
    /**Locks `values`, waiting at most `timeout` until no other thread holds it. (With the default std backend the wait polls, yielding and then sleeping up to 1 ms between attempts; with the `parking_lot` feature it parks the thread.) Takes and hands back keys as `lock_values` does.

# Errors

`Busy` if another thread still holds it when `timeout` has passed (it borrows nothing: see `Busy` for using the key again). Otherwise the result is what `lock_values` returns.

# Panics

If `values` is poisoned (a thread panicked while holding it). `recover_values` takes the data anyway.*/
    #[track_caller]
    fn try_lock_values_for<'g>(
        &'g self,
        key: &'g mut impl cache_levels::comes_before_values,
        timeout: __guarded_Cache::Duration,
    ) -> __guarded_Cache::Result<
        (
            __guarded_Cache::Guard<'g, Vec<&'a T>>,
            __guarded_Cache::Key<'g, cache_levels::values>,
        ),
        __guarded_Cache::Busy,
    > {
        (&self.fields.values).try_lock_for(key, timeout)
    }
    ///Locks `values` like `lock_values`, but if the lock is poisoned (a thread panicked while holding it), hands over the data as that thread left it and clears the poison, instead of panicking. Takes and hands back keys as `lock_values` does.
    #[track_caller]
    fn recover_values<'g>(
        &'g self,
        key: &'g mut impl cache_levels::comes_before_values,
    ) -> (
        __guarded_Cache::Guard<'g, Vec<&'a T>>,
        __guarded_Cache::Key<'g, cache_levels::values>,
    ) {
        (&self.fields.values).recover(key)
    }
    /**Locks `values` of two `Cache`s in one call, in an order of their own (so that two threads locking the same two in opposite orders cannot deadlock); the guards come back in argument order. Takes keys as `lock_values` does, and hands back one key after `values`, which cannot lock `values` of a third.

# Errors

`SameInstance` if both are the same instance, or clones of one: nothing is locked then.

# Panics

If `values` of one of them is poisoned, as `lock_values` does.*/
    #[track_caller]
    fn lock_values_pair<'g>(
        first: &'g Self,
        second: &'g Self,
        key: &'g mut impl cache_levels::comes_before_values,
    ) -> __guarded_Cache::Result<
        (
            __guarded_Cache::Guard<'g, Vec<&'a T>>,
            __guarded_Cache::Guard<'g, Vec<&'a T>>,
            __guarded_Cache::Key<'g, cache_levels::values>,
        ),
        __guarded_Cache::SameInstance,
    > {
        __guarded_Cache::Field::lock_pair(
            &first.fields.values,
            &second.fields.values,
            key,
        )
    }
    /**Locks `values` of every `Cache` that `instances` yields in one call, as `lock_values_pair` does for two; the guards come back in the order of `instances`. Takes keys as `lock_values` does, and hands back one key after `values`.

# Errors

`SameInstance` if an instance (or a clone of it) comes twice: nothing is locked then.

# Panics

If `values` of one of them is poisoned, as `lock_values` does.*/
    #[track_caller]
    fn lock_values_many<'g>(
        instances: impl __guarded_Cache::IntoIterator<Item = &'g Self>,
        key: &'g mut impl cache_levels::comes_before_values,
    ) -> __guarded_Cache::Result<
        (
            __guarded_Cache::Vec<__guarded_Cache::Guard<'g, Vec<&'a T>>>,
            __guarded_Cache::Key<'g, cache_levels::values>,
        ),
        __guarded_Cache::SameInstance,
    >
    where
        Self: 'g,
    {
        __guarded_Cache::Field::lock_many(
            instances,
            |instances| &instances.fields.values,
            key,
        )
    }
    /**Locks `hits`, blocking until no other thread holds it.

`hits` is 2nd of 2 in the lock order of `Cache`: `values`, then `hits`.

Takes the `ThreadKey`, or the key handed back by locking an earlier field (`values`); a key that holds `hits` or a later field does not compile. Hands back the guard, which unlocks when dropped, and a key that may lock no other field of this struct (`hits` is last).

# Panics

If `hits` is poisoned (a thread panicked while holding it). `recover_hits` takes the data anyway.*/
    #[track_caller]
    fn lock_hits<'g>(
        &'g self,
        key: &'g mut impl cache_levels::comes_before_hits,
    ) -> (
        __guarded_Cache::Guard<'g, u64>,
        __guarded_Cache::Key<'g, cache_levels::hits>,
    ) {
        (&self.fields.hits).lock(key)
    }
    /**Locks `hits` if no other thread holds it now; never blocks. Takes and hands back keys as `lock_hits` does.

# Errors

`Busy` if another thread holds it (it borrows nothing: see `Busy` for using the key again). Otherwise the result is what `lock_hits` returns.

# Panics

If `hits` is poisoned (a thread panicked while holding it). `recover_hits` takes the data anyway.*/
    #[track_caller]
    fn try_lock_hits<'g>(
        &'g self,
        key: &'g mut impl cache_levels::comes_before_hits,
    ) -> __guarded_Cache::Result<
        (__guarded_Cache::Guard<'g, u64>, __guarded_Cache::Key<'g, cache_levels::hits>),
        __guarded_Cache::Busy,
    > {
        (&self.fields.hits).try_lock(key)
    }
    /**Locks `hits`, waiting at most `timeout` until no other thread holds it. (With the default std backend the wait polls, yielding and then sleeping up to 1 ms between attempts; with the `parking_lot` feature it parks the thread.) Takes and hands back keys as `lock_hits` does.

# Errors

`Busy` if another thread still holds it when `timeout` has passed (it borrows nothing: see `Busy` for using the key again). Otherwise the result is what `lock_hits` returns.

# Panics

If `hits` is poisoned (a thread panicked while holding it). `recover_hits` takes the data anyway.*/
    #[track_caller]
    fn try_lock_hits_for<'g>(
        &'g self,
        key: &'g mut impl cache_levels::comes_before_hits,
        timeout: __guarded_Cache::Duration,
    ) -> __guarded_Cache::Result<
        (__guarded_Cache::Guard<'g, u64>, __guarded_Cache::Key<'g, cache_levels::hits>),
        __guarded_Cache::Busy,
    > {
        (&self.fields.hits).try_lock_for(key, timeout)
    }
    ///Locks `hits` like `lock_hits`, but if the lock is poisoned (a thread panicked while holding it), hands over the data as that thread left it and clears the poison, instead of panicking. Takes and hands back keys as `lock_hits` does.
    #[track_caller]
    fn recover_hits<'g>(
        &'g self,
        key: &'g mut impl cache_levels::comes_before_hits,
    ) -> (
        __guarded_Cache::Guard<'g, u64>,
        __guarded_Cache::Key<'g, cache_levels::hits>,
    ) {
        (&self.fields.hits).recover(key)
    }
    /**Locks `hits` of two `Cache`s in one call, in an order of their own (so that two threads locking the same two in opposite orders cannot deadlock); the guards come back in argument order. Takes keys as `lock_hits` does, and hands back one key after `hits`, which cannot lock `hits` of a third.

# Errors

`SameInstance` if both are the same instance, or clones of one: nothing is locked then.

# Panics

If `hits` of one of them is poisoned, as `lock_hits` does.*/
    #[track_caller]
    fn lock_hits_pair<'g>(
        first: &'g Self,
        second: &'g Self,
        key: &'g mut impl cache_levels::comes_before_hits,
    ) -> __guarded_Cache::Result<
        (
            __guarded_Cache::Guard<'g, u64>,
            __guarded_Cache::Guard<'g, u64>,
            __guarded_Cache::Key<'g, cache_levels::hits>,
        ),
        __guarded_Cache::SameInstance,
    > {
        __guarded_Cache::Field::lock_pair(&first.fields.hits, &second.fields.hits, key)
    }
    /**Locks `hits` of every `Cache` that `instances` yields in one call, as `lock_hits_pair` does for two; the guards come back in the order of `instances`. Takes keys as `lock_hits` does, and hands back one key after `hits`.

# Errors

`SameInstance` if an instance (or a clone of it) comes twice: nothing is locked then.

# Panics

If `hits` of one of them is poisoned, as `lock_hits` does.*/
    #[track_caller]
    fn lock_hits_many<'g>(
        instances: impl __guarded_Cache::IntoIterator<Item = &'g Self>,
        key: &'g mut impl cache_levels::comes_before_hits,
    ) -> __guarded_Cache::Result<
        (
            __guarded_Cache::Vec<__guarded_Cache::Guard<'g, u64>>,
            __guarded_Cache::Key<'g, cache_levels::hits>,
        ),
        __guarded_Cache::SameInstance,
    >
    where
        Self: 'g,
    {
        __guarded_Cache::Field::lock_many(
            instances,
            |instances| &instances.fields.hits,
            key,
        )
    }
}
#[automatically_derived]
impl<'a, T: Clone> __guarded_Cache::Clone for Cache<'a, T>
where
    T: Send,
{
    #[inline]
    fn clone(&self) -> Self {
        Self {
            fields: __guarded_Cache::Clone::clone(&self.fields),
        }
    }
}
