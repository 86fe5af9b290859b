#[doc(hidden)]
use ::guarded::__private as __guarded_Wide;
pub struct Wide {
    ///Every field's storage, in one allocation that clones share. Each field is reached through its methods (`wide_levels` names their levels).
    #[doc(hidden)]
    pub fields: __guarded_Wide::Arc<
        wide_levels::Fields<
            u32,
            u32,
            u32,
            u32,
            u32,
            u32,
            u32,
            u32,
            u32,
            u32,
            u32,
            u32,
            u32,
            u32,
            u32,
            u32,
            u32,
            u32,
            u32,
            u32,
            u32,
            u32,
            u32,
            u32,
            u32,
            u32,
            u32,
            u32,
            u32,
            u32,
            u32,
            u32,
            u32,
        >,
    >,
}
/**The lock levels of `Wide`, one type per locked field, in lock order: its 33 fields in declaration order (see `wide_levels::LOCK_ORDER`).

Name a level in a helper that takes a key: `key: &mut impl guarded::CanLock<wide_levels::f0>` accepts any key that may lock that field.*/
pub mod wide_levels {
    use ::guarded::__private as __guarded_Wide;
    ///The lock order of `Wide`: its locked fields' names in declaration order (`atomic`, `unlocked` and `snapshot` fields take no lock), which is the order in which a thread may lock them.
    pub const LOCK_ORDER: &[&::core::primitive::str] = &[
        "f0",
        "f1",
        "f2",
        "f3",
        "f4",
        "f5",
        "f6",
        "f7",
        "f8",
        "f9",
        "f10",
        "f11",
        "f12",
        "f13",
        "f14",
        "f15",
        "f16",
        "f17",
        "f18",
        "f19",
        "f20",
        "f21",
        "f22",
        "f23",
        "f24",
        "f25",
        "f26",
        "f27",
        "f28",
        "f29",
        "f30",
        "f31",
        "f32",
    ];
    ///The level of `Wide.f0`, 1st of 33 in the lock order.
    pub enum f0 {}
    ///The level of `Wide.f1`, 2nd of 33 in the lock order.
    pub enum f1 {}
    ///The level of `Wide.f2`, 3rd of 33 in the lock order.
    pub enum f2 {}
    ///The level of `Wide.f3`, 4th of 33 in the lock order.
    pub enum f3 {}
    ///The level of `Wide.f4`, 5th of 33 in the lock order.
    pub enum f4 {}
    ///The level of `Wide.f5`, 6th of 33 in the lock order.
    pub enum f5 {}
    ///The level of `Wide.f6`, 7th of 33 in the lock order.
    pub enum f6 {}
    ///The level of `Wide.f7`, 8th of 33 in the lock order.
    pub enum f7 {}
    ///The level of `Wide.f8`, 9th of 33 in the lock order.
    pub enum f8 {}
    ///The level of `Wide.f9`, 10th of 33 in the lock order.
    pub enum f9 {}
    ///The level of `Wide.f10`, 11th of 33 in the lock order.
    pub enum f10 {}
    ///The level of `Wide.f11`, 12th of 33 in the lock order.
    pub enum f11 {}
    ///The level of `Wide.f12`, 13th of 33 in the lock order.
    pub enum f12 {}
    ///The level of `Wide.f13`, 14th of 33 in the lock order.
    pub enum f13 {}
    ///The level of `Wide.f14`, 15th of 33 in the lock order.
    pub enum f14 {}
    ///The level of `Wide.f15`, 16th of 33 in the lock order.
    pub enum f15 {}
    ///The level of `Wide.f16`, 17th of 33 in the lock order.
    pub enum f16 {}
    ///The level of `Wide.f17`, 18th of 33 in the lock order.
    pub enum f17 {}
    ///The level of `Wide.f18`, 19th of 33 in the lock order.
    pub enum f18 {}
    ///The level of `Wide.f19`, 20th of 33 in the lock order.
    pub enum f19 {}
    ///The level of `Wide.f20`, 21st of 33 in the lock order.
    pub enum f20 {}
    ///The level of `Wide.f21`, 22nd of 33 in the lock order.
    pub enum f21 {}
    ///The level of `Wide.f22`, 23rd of 33 in the lock order.
    pub enum f22 {}
    ///The level of `Wide.f23`, 24th of 33 in the lock order.
    pub enum f23 {}
    ///The level of `Wide.f24`, 25th of 33 in the lock order.
    pub enum f24 {}
    ///The level of `Wide.f25`, 26th of 33 in the lock order.
    pub enum f25 {}
    ///The level of `Wide.f26`, 27th of 33 in the lock order.
    pub enum f26 {}
    ///The level of `Wide.f27`, 28th of 33 in the lock order.
    pub enum f27 {}
    ///The level of `Wide.f28`, 29th of 33 in the lock order.
    pub enum f28 {}
    ///The level of `Wide.f29`, 30th of 33 in the lock order.
    pub enum f29 {}
    ///The level of `Wide.f30`, 31st of 33 in the lock order.
    pub enum f30 {}
    ///The level of `Wide.f31`, 32nd of 33 in the lock order.
    pub enum f31 {}
    ///The level of `Wide.f32`, 33rd of 33 in the lock order.
    pub enum f32 {}
    #[doc(hidden)]
    #[diagnostic::on_unimplemented(
        message = r"lock order violation on `Wide`: cannot lock `f0` with `{Self}`",
        label = r"this key holds a lock that does not come before `f0`, or is a task key",
        note = r"`Wide` locks its 33 fields in declaration order (see `wide_levels::LOCK_ORDER`)",
        note = r"lock `f0` first, or drop that guard first; for two `Wide`s, use `Wide::lock_f0_pair`"
    )]
    pub trait comes_before_f0: __guarded_Wide::CanLock<f0> {}
    #[doc(hidden)]
    #[diagnostic::do_not_recommend]
    impl<K: __guarded_Wide::CanLock<f0>> comes_before_f0 for K {}
    #[doc(hidden)]
    #[diagnostic::on_unimplemented(
        message = r"lock order violation on `Wide`: cannot lock `f1` with `{Self}`",
        label = r"this key holds a lock that does not come before `f1`, or is a task key",
        note = r"`Wide` locks its 33 fields in declaration order (see `wide_levels::LOCK_ORDER`)",
        note = r"lock `f1` first, or drop that guard first; for two `Wide`s, use `Wide::lock_f1_pair`"
    )]
    pub trait comes_before_f1: __guarded_Wide::CanLock<f1> {}
    #[doc(hidden)]
    #[diagnostic::do_not_recommend]
    impl<K: __guarded_Wide::CanLock<f1>> comes_before_f1 for K {}
    #[doc(hidden)]
    #[diagnostic::on_unimplemented(
        message = r"lock order violation on `Wide`: cannot lock `f2` with `{Self}`",
        label = r"this key holds a lock that does not come before `f2`, or is a task key",
        note = r"`Wide` locks its 33 fields in declaration order (see `wide_levels::LOCK_ORDER`)",
        note = r"lock `f2` first, or drop that guard first; for two `Wide`s, use `Wide::lock_f2_pair`"
    )]
    pub trait comes_before_f2: __guarded_Wide::CanLock<f2> {}
    #[doc(hidden)]
    #[diagnostic::do_not_recommend]
    impl<K: __guarded_Wide::CanLock<f2>> comes_before_f2 for K {}
    #[doc(hidden)]
    #[diagnostic::on_unimplemented(
        message = r"lock order violation on `Wide`: cannot lock `f3` with `{Self}`",
        label = r"this key holds a lock that does not come before `f3`, or is a task key",
        note = r"`Wide` locks its 33 fields in declaration order (see `wide_levels::LOCK_ORDER`)",
        note = r"lock `f3` first, or drop that guard first; for two `Wide`s, use `Wide::lock_f3_pair`"
    )]
    pub trait comes_before_f3: __guarded_Wide::CanLock<f3> {}
    #[doc(hidden)]
    #[diagnostic::do_not_recommend]
    impl<K: __guarded_Wide::CanLock<f3>> comes_before_f3 for K {}
    #[doc(hidden)]
    #[diagnostic::on_unimplemented(
        message = r"lock order violation on `Wide`: cannot lock `f4` with `{Self}`",
        label = r"this key holds a lock that does not come before `f4`, or is a task key",
        note = r"`Wide` locks its 33 fields in declaration order (see `wide_levels::LOCK_ORDER`)",
        note = r"lock `f4` first, or drop that guard first; for two `Wide`s, use `Wide::lock_f4_pair`"
    )]
    pub trait comes_before_f4: __guarded_Wide::CanLock<f4> {}
    #[doc(hidden)]
    #[diagnostic::do_not_recommend]
    impl<K: __guarded_Wide::CanLock<f4>> comes_before_f4 for K {}
    #[doc(hidden)]
    #[diagnostic::on_unimplemented(
        message = r"lock order violation on `Wide`: cannot lock `f5` with `{Self}`",
        label = r"this key holds a lock that does not come before `f5`, or is a task key",
        note = r"`Wide` locks its 33 fields in declaration order (see `wide_levels::LOCK_ORDER`)",
        note = r"lock `f5` first, or drop that guard first; for two `Wide`s, use `Wide::lock_f5_pair`"
    )]
    pub trait comes_before_f5: __guarded_Wide::CanLock<f5> {}
    #[doc(hidden)]
    #[diagnostic::do_not_recommend]
    impl<K: __guarded_Wide::CanLock<f5>> comes_before_f5 for K {}
    #[doc(hidden)]
    #[diagnostic::on_unimplemented(
        message = r"lock order violation on `Wide`: cannot lock `f6` with `{Self}`",
        label = r"this key holds a lock that does not come before `f6`, or is a task key",
        note = r"`Wide` locks its 33 fields in declaration order (see `wide_levels::LOCK_ORDER`)",
        note = r"lock `f6` first, or drop that guard first; for two `Wide`s, use `Wide::lock_f6_pair`"
    )]
    pub trait comes_before_f6: __guarded_Wide::CanLock<f6> {}
    #[doc(hidden)]
    #[diagnostic::do_not_recommend]
    impl<K: __guarded_Wide::CanLock<f6>> comes_before_f6 for K {}
    #[doc(hidden)]
    #[diagnostic::on_unimplemented(
        message = r"lock order violation on `Wide`: cannot lock `f7` with `{Self}`",
        label = r"this key holds a lock that does not come before `f7`, or is a task key",
        note = r"`Wide` locks its 33 fields in declaration order (see `wide_levels::LOCK_ORDER`)",
        note = r"lock `f7` first, or drop that guard first; for two `Wide`s, use `Wide::lock_f7_pair`"
    )]
    pub trait comes_before_f7: __guarded_Wide::CanLock<f7> {}
    #[doc(hidden)]
    #[diagnostic::do_not_recommend]
    impl<K: __guarded_Wide::CanLock<f7>> comes_before_f7 for K {}
    #[doc(hidden)]
    #[diagnostic::on_unimplemented(
        message = r"lock order violation on `Wide`: cannot lock `f8` with `{Self}`",
        label = r"this key holds a lock that does not come before `f8`, or is a task key",
        note = r"`Wide` locks its 33 fields in declaration order (see `wide_levels::LOCK_ORDER`)",
        note = r"lock `f8` first, or drop that guard first; for two `Wide`s, use `Wide::lock_f8_pair`"
    )]
    pub trait comes_before_f8: __guarded_Wide::CanLock<f8> {}
    #[doc(hidden)]
    #[diagnostic::do_not_recommend]
    impl<K: __guarded_Wide::CanLock<f8>> comes_before_f8 for K {}
    #[doc(hidden)]
    #[diagnostic::on_unimplemented(
        message = r"lock order violation on `Wide`: cannot lock `f9` with `{Self}`",
        label = r"this key holds a lock that does not come before `f9`, or is a task key",
        note = r"`Wide` locks its 33 fields in declaration order (see `wide_levels::LOCK_ORDER`)",
        note = r"lock `f9` first, or drop that guard first; for two `Wide`s, use `Wide::lock_f9_pair`"
    )]
    pub trait comes_before_f9: __guarded_Wide::CanLock<f9> {}
    #[doc(hidden)]
    #[diagnostic::do_not_recommend]
    impl<K: __guarded_Wide::CanLock<f9>> comes_before_f9 for K {}
    #[doc(hidden)]
    #[diagnostic::on_unimplemented(
        message = r"lock order violation on `Wide`: cannot lock `f10` with `{Self}`",
        label = r"this key holds a lock that does not come before `f10`, or is a task key",
        note = r"`Wide` locks its 33 fields in declaration order (see `wide_levels::LOCK_ORDER`)",
        note = r"lock `f10` first, or drop that guard first; for two `Wide`s, use `Wide::lock_f10_pair`"
    )]
    pub trait comes_before_f10: __guarded_Wide::CanLock<f10> {}
    #[doc(hidden)]
    #[diagnostic::do_not_recommend]
    impl<K: __guarded_Wide::CanLock<f10>> comes_before_f10 for K {}
    #[doc(hidden)]
    #[diagnostic::on_unimplemented(
        message = r"lock order violation on `Wide`: cannot lock `f11` with `{Self}`",
        label = r"this key holds a lock that does not come before `f11`, or is a task key",
        note = r"`Wide` locks its 33 fields in declaration order (see `wide_levels::LOCK_ORDER`)",
        note = r"lock `f11` first, or drop that guard first; for two `Wide`s, use `Wide::lock_f11_pair`"
    )]
    pub trait comes_before_f11: __guarded_Wide::CanLock<f11> {}
    #[doc(hidden)]
    #[diagnostic::do_not_recommend]
    impl<K: __guarded_Wide::CanLock<f11>> comes_before_f11 for K {}
    #[doc(hidden)]
    #[diagnostic::on_unimplemented(
        message = r"lock order violation on `Wide`: cannot lock `f12` with `{Self}`",
        label = r"this key holds a lock that does not come before `f12`, or is a task key",
        note = r"`Wide` locks its 33 fields in declaration order (see `wide_levels::LOCK_ORDER`)",
        note = r"lock `f12` first, or drop that guard first; for two `Wide`s, use `Wide::lock_f12_pair`"
    )]
    pub trait comes_before_f12: __guarded_Wide::CanLock<f12> {}
    #[doc(hidden)]
    #[diagnostic::do_not_recommend]
    impl<K: __guarded_Wide::CanLock<f12>> comes_before_f12 for K {}
    #[doc(hidden)]
    #[diagnostic::on_unimplemented(
        message = r"lock order violation on `Wide`: cannot lock `f13` with `{Self}`",
        label = r"this key holds a lock that does not come before `f13`, or is a task key",
        note = r"`Wide` locks its 33 fields in declaration order (see `wide_levels::LOCK_ORDER`)",
        note = r"lock `f13` first, or drop that guard first; for two `Wide`s, use `Wide::lock_f13_pair`"
    )]
    pub trait comes_before_f13: __guarded_Wide::CanLock<f13> {}
    #[doc(hidden)]
    #[diagnostic::do_not_recommend]
    impl<K: __guarded_Wide::CanLock<f13>> comes_before_f13 for K {}
    #[doc(hidden)]
    #[diagnostic::on_unimplemented(
        message = r"lock order violation on `Wide`: cannot lock `f14` with `{Self}`",
        label = r"this key holds a lock that does not come before `f14`, or is a task key",
        note = r"`Wide` locks its 33 fields in declaration order (see `wide_levels::LOCK_ORDER`)",
        note = r"lock `f14` first, or drop that guard first; for two `Wide`s, use `Wide::lock_f14_pair`"
    )]
    pub trait comes_before_f14: __guarded_Wide::CanLock<f14> {}
    #[doc(hidden)]
    #[diagnostic::do_not_recommend]
    impl<K: __guarded_Wide::CanLock<f14>> comes_before_f14 for K {}
    #[doc(hidden)]
    #[diagnostic::on_unimplemented(
        message = r"lock order violation on `Wide`: cannot lock `f15` with `{Self}`",
        label = r"this key holds a lock that does not come before `f15`, or is a task key",
        note = r"`Wide` locks its 33 fields in declaration order (see `wide_levels::LOCK_ORDER`)",
        note = r"lock `f15` first, or drop that guard first; for two `Wide`s, use `Wide::lock_f15_pair`"
    )]
    pub trait comes_before_f15: __guarded_Wide::CanLock<f15> {}
    #[doc(hidden)]
    #[diagnostic::do_not_recommend]
    impl<K: __guarded_Wide::CanLock<f15>> comes_before_f15 for K {}
    #[doc(hidden)]
    #[diagnostic::on_unimplemented(
        message = r"lock order violation on `Wide`: cannot lock `f16` with `{Self}`",
        label = r"this key holds a lock that does not come before `f16`, or is a task key",
        note = r"`Wide` locks its 33 fields in declaration order (see `wide_levels::LOCK_ORDER`)",
        note = r"lock `f16` first, or drop that guard first; for two `Wide`s, use `Wide::lock_f16_pair`"
    )]
    pub trait comes_before_f16: __guarded_Wide::CanLock<f16> {}
    #[doc(hidden)]
    #[diagnostic::do_not_recommend]
    impl<K: __guarded_Wide::CanLock<f16>> comes_before_f16 for K {}
    #[doc(hidden)]
    #[diagnostic::on_unimplemented(
        message = r"lock order violation on `Wide`: cannot lock `f17` with `{Self}`",
        label = r"this key holds a lock that does not come before `f17`, or is a task key",
        note = r"`Wide` locks its 33 fields in declaration order (see `wide_levels::LOCK_ORDER`)",
        note = r"lock `f17` first, or drop that guard first; for two `Wide`s, use `Wide::lock_f17_pair`"
    )]
    pub trait comes_before_f17: __guarded_Wide::CanLock<f17> {}
    #[doc(hidden)]
    #[diagnostic::do_not_recommend]
    impl<K: __guarded_Wide::CanLock<f17>> comes_before_f17 for K {}
    #[doc(hidden)]
    #[diagnostic::on_unimplemented(
        message = r"lock order violation on `Wide`: cannot lock `f18` with `{Self}`",
        label = r"this key holds a lock that does not come before `f18`, or is a task key",
        note = r"`Wide` locks its 33 fields in declaration order (see `wide_levels::LOCK_ORDER`)",
        note = r"lock `f18` first, or drop that guard first; for two `Wide`s, use `Wide::lock_f18_pair`"
    )]
    pub trait comes_before_f18: __guarded_Wide::CanLock<f18> {}
    #[doc(hidden)]
    #[diagnostic::do_not_recommend]
    impl<K: __guarded_Wide::CanLock<f18>> comes_before_f18 for K {}
    #[doc(hidden)]
    #[diagnostic::on_unimplemented(
        message = r"lock order violation on `Wide`: cannot lock `f19` with `{Self}`",
        label = r"this key holds a lock that does not come before `f19`, or is a task key",
        note = r"`Wide` locks its 33 fields in declaration order (see `wide_levels::LOCK_ORDER`)",
        note = r"lock `f19` first, or drop that guard first; for two `Wide`s, use `Wide::lock_f19_pair`"
    )]
    pub trait comes_before_f19: __guarded_Wide::CanLock<f19> {}
    #[doc(hidden)]
    #[diagnostic::do_not_recommend]
    impl<K: __guarded_Wide::CanLock<f19>> comes_before_f19 for K {}
    #[doc(hidden)]
    #[diagnostic::on_unimplemented(
        message = r"lock order violation on `Wide`: cannot lock `f20` with `{Self}`",
        label = r"this key holds a lock that does not come before `f20`, or is a task key",
        note = r"`Wide` locks its 33 fields in declaration order (see `wide_levels::LOCK_ORDER`)",
        note = r"lock `f20` first, or drop that guard first; for two `Wide`s, use `Wide::read_f20_pair` or `write_f20_pair`"
    )]
    pub trait comes_before_f20: __guarded_Wide::CanLock<f20> {}
    #[doc(hidden)]
    #[diagnostic::do_not_recommend]
    impl<K: __guarded_Wide::CanLock<f20>> comes_before_f20 for K {}
    #[doc(hidden)]
    #[diagnostic::on_unimplemented(
        message = r"lock order violation on `Wide`: cannot lock `f21` with `{Self}`",
        label = r"this key holds a lock that does not come before `f21`, or is a task key",
        note = r"`Wide` locks its 33 fields in declaration order (see `wide_levels::LOCK_ORDER`)",
        note = r"lock `f21` first, or drop that guard first; for two `Wide`s, use `Wide::lock_f21_pair`"
    )]
    pub trait comes_before_f21: __guarded_Wide::CanLock<f21> {}
    #[doc(hidden)]
    #[diagnostic::do_not_recommend]
    impl<K: __guarded_Wide::CanLock<f21>> comes_before_f21 for K {}
    #[doc(hidden)]
    #[diagnostic::on_unimplemented(
        message = r"lock order violation on `Wide`: cannot lock `f22` with `{Self}`",
        label = r"this key holds a lock that does not come before `f22`, or is a task key",
        note = r"`Wide` locks its 33 fields in declaration order (see `wide_levels::LOCK_ORDER`)",
        note = r"lock `f22` first, or drop that guard first; for two `Wide`s, use `Wide::lock_f22_pair`"
    )]
    pub trait comes_before_f22: __guarded_Wide::CanLock<f22> {}
    #[doc(hidden)]
    #[diagnostic::do_not_recommend]
    impl<K: __guarded_Wide::CanLock<f22>> comes_before_f22 for K {}
    #[doc(hidden)]
    #[diagnostic::on_unimplemented(
        message = r"lock order violation on `Wide`: cannot lock `f23` with `{Self}`",
        label = r"this key holds a lock that does not come before `f23`, or is a task key",
        note = r"`Wide` locks its 33 fields in declaration order (see `wide_levels::LOCK_ORDER`)",
        note = r"lock `f23` first, or drop that guard first; for two `Wide`s, use `Wide::lock_f23_pair`"
    )]
    pub trait comes_before_f23: __guarded_Wide::CanLock<f23> {}
    #[doc(hidden)]
    #[diagnostic::do_not_recommend]
    impl<K: __guarded_Wide::CanLock<f23>> comes_before_f23 for K {}
    #[doc(hidden)]
    #[diagnostic::on_unimplemented(
        message = r"lock order violation on `Wide`: cannot lock `f24` with `{Self}`",
        label = r"this key holds a lock that does not come before `f24`, or is a task key",
        note = r"`Wide` locks its 33 fields in declaration order (see `wide_levels::LOCK_ORDER`)",
        note = r"lock `f24` first, or drop that guard first; for two `Wide`s, use `Wide::lock_f24_pair`"
    )]
    pub trait comes_before_f24: __guarded_Wide::CanLock<f24> {}
    #[doc(hidden)]
    #[diagnostic::do_not_recommend]
    impl<K: __guarded_Wide::CanLock<f24>> comes_before_f24 for K {}
    #[doc(hidden)]
    #[diagnostic::on_unimplemented(
        message = r"lock order violation on `Wide`: cannot lock `f25` with `{Self}`",
        label = r"this key holds a lock that does not come before `f25`, or is a task key",
        note = r"`Wide` locks its 33 fields in declaration order (see `wide_levels::LOCK_ORDER`)",
        note = r"lock `f25` first, or drop that guard first; for two `Wide`s, use `Wide::lock_f25_pair`"
    )]
    pub trait comes_before_f25: __guarded_Wide::CanLock<f25> {}
    #[doc(hidden)]
    #[diagnostic::do_not_recommend]
    impl<K: __guarded_Wide::CanLock<f25>> comes_before_f25 for K {}
    #[doc(hidden)]
    #[diagnostic::on_unimplemented(
        message = r"lock order violation on `Wide`: cannot lock `f26` with `{Self}`",
        label = r"this key holds a lock that does not come before `f26`, or is a task key",
        note = r"`Wide` locks its 33 fields in declaration order (see `wide_levels::LOCK_ORDER`)",
        note = r"lock `f26` first, or drop that guard first; for two `Wide`s, use `Wide::lock_f26_pair`"
    )]
    pub trait comes_before_f26: __guarded_Wide::CanLock<f26> {}
    #[doc(hidden)]
    #[diagnostic::do_not_recommend]
    impl<K: __guarded_Wide::CanLock<f26>> comes_before_f26 for K {}
    #[doc(hidden)]
    #[diagnostic::on_unimplemented(
        message = r"lock order violation on `Wide`: cannot lock `f27` with `{Self}`",
        label = r"this key holds a lock that does not come before `f27`, or is a task key",
        note = r"`Wide` locks its 33 fields in declaration order (see `wide_levels::LOCK_ORDER`)",
        note = r"lock `f27` first, or drop that guard first; for two `Wide`s, use `Wide::lock_f27_pair`"
    )]
    pub trait comes_before_f27: __guarded_Wide::CanLock<f27> {}
    #[doc(hidden)]
    #[diagnostic::do_not_recommend]
    impl<K: __guarded_Wide::CanLock<f27>> comes_before_f27 for K {}
    #[doc(hidden)]
    #[diagnostic::on_unimplemented(
        message = r"lock order violation on `Wide`: cannot lock `f28` with `{Self}`",
        label = r"this key holds a lock that does not come before `f28`, or is a task key",
        note = r"`Wide` locks its 33 fields in declaration order (see `wide_levels::LOCK_ORDER`)",
        note = r"lock `f28` first, or drop that guard first; for two `Wide`s, use `Wide::lock_f28_pair`"
    )]
    pub trait comes_before_f28: __guarded_Wide::CanLock<f28> {}
    #[doc(hidden)]
    #[diagnostic::do_not_recommend]
    impl<K: __guarded_Wide::CanLock<f28>> comes_before_f28 for K {}
    #[doc(hidden)]
    #[diagnostic::on_unimplemented(
        message = r"lock order violation on `Wide`: cannot lock `f29` with `{Self}`",
        label = r"this key holds a lock that does not come before `f29`, or is a task key",
        note = r"`Wide` locks its 33 fields in declaration order (see `wide_levels::LOCK_ORDER`)",
        note = r"lock `f29` first, or drop that guard first; for two `Wide`s, use `Wide::lock_f29_pair`"
    )]
    pub trait comes_before_f29: __guarded_Wide::CanLock<f29> {}
    #[doc(hidden)]
    #[diagnostic::do_not_recommend]
    impl<K: __guarded_Wide::CanLock<f29>> comes_before_f29 for K {}
    #[doc(hidden)]
    #[diagnostic::on_unimplemented(
        message = r"lock order violation on `Wide`: cannot lock `f30` with `{Self}`",
        label = r"this key holds a lock that does not come before `f30`, or is a task key",
        note = r"`Wide` locks its 33 fields in declaration order (see `wide_levels::LOCK_ORDER`)",
        note = r"lock `f30` first, or drop that guard first; for two `Wide`s, use `Wide::lock_f30_pair`"
    )]
    pub trait comes_before_f30: __guarded_Wide::CanLock<f30> {}
    #[doc(hidden)]
    #[diagnostic::do_not_recommend]
    impl<K: __guarded_Wide::CanLock<f30>> comes_before_f30 for K {}
    #[doc(hidden)]
    #[diagnostic::on_unimplemented(
        message = r"lock order violation on `Wide`: cannot lock `f31` with `{Self}`",
        label = r"this key holds a lock that does not come before `f31`, or is a task key",
        note = r"`Wide` locks its 33 fields in declaration order (see `wide_levels::LOCK_ORDER`)",
        note = r"lock `f31` first, or drop that guard first; for two `Wide`s, use `Wide::lock_f31_pair`"
    )]
    pub trait comes_before_f31: __guarded_Wide::CanLock<f31> {}
    #[doc(hidden)]
    #[diagnostic::do_not_recommend]
    impl<K: __guarded_Wide::CanLock<f31>> comes_before_f31 for K {}
    #[doc(hidden)]
    #[diagnostic::on_unimplemented(
        message = r"lock order violation on `Wide`: cannot lock `f32` with `{Self}`",
        label = r"this key holds a lock that does not come before `f32`, or is a task key",
        note = r"`Wide` locks its 33 fields in declaration order (see `wide_levels::LOCK_ORDER`)",
        note = r"lock `f32` first, or drop that guard first; for two `Wide`s, use `Wide::lock_f32_pair`"
    )]
    pub trait comes_before_f32: __guarded_Wide::CanLock<f32> {}
    #[doc(hidden)]
    #[diagnostic::do_not_recommend]
    impl<K: __guarded_Wide::CanLock<f32>> comes_before_f32 for K {}
    #[doc(hidden)]
    unsafe impl<H> __guarded_Wide::Follows<H> for f0
    where
        H: __guarded_Wide::Level<Struct = <f0 as __guarded_Wide::Level>::Struct>,
        H::Index: __guarded_Wide::Less<<f0 as __guarded_Wide::Level>::Index>,
    {}
    #[doc(hidden)]
    unsafe impl<H> __guarded_Wide::Follows<H> for f1
    where
        H: __guarded_Wide::Level<Struct = <f1 as __guarded_Wide::Level>::Struct>,
        H::Index: __guarded_Wide::Less<<f1 as __guarded_Wide::Level>::Index>,
    {}
    #[doc(hidden)]
    unsafe impl<H> __guarded_Wide::Follows<H> for f2
    where
        H: __guarded_Wide::Level<Struct = <f2 as __guarded_Wide::Level>::Struct>,
        H::Index: __guarded_Wide::Less<<f2 as __guarded_Wide::Level>::Index>,
    {}
    #[doc(hidden)]
    unsafe impl<H> __guarded_Wide::Follows<H> for f3
    where
        H: __guarded_Wide::Level<Struct = <f3 as __guarded_Wide::Level>::Struct>,
        H::Index: __guarded_Wide::Less<<f3 as __guarded_Wide::Level>::Index>,
    {}
    #[doc(hidden)]
    unsafe impl<H> __guarded_Wide::Follows<H> for f4
    where
        H: __guarded_Wide::Level<Struct = <f4 as __guarded_Wide::Level>::Struct>,
        H::Index: __guarded_Wide::Less<<f4 as __guarded_Wide::Level>::Index>,
    {}
    #[doc(hidden)]
    unsafe impl<H> __guarded_Wide::Follows<H> for f5
    where
        H: __guarded_Wide::Level<Struct = <f5 as __guarded_Wide::Level>::Struct>,
        H::Index: __guarded_Wide::Less<<f5 as __guarded_Wide::Level>::Index>,
    {}
    #[doc(hidden)]
    unsafe impl<H> __guarded_Wide::Follows<H> for f6
    where
        H: __guarded_Wide::Level<Struct = <f6 as __guarded_Wide::Level>::Struct>,
        H::Index: __guarded_Wide::Less<<f6 as __guarded_Wide::Level>::Index>,
    {}
    #[doc(hidden)]
    unsafe impl<H> __guarded_Wide::Follows<H> for f7
    where
        H: __guarded_Wide::Level<Struct = <f7 as __guarded_Wide::Level>::Struct>,
        H::Index: __guarded_Wide::Less<<f7 as __guarded_Wide::Level>::Index>,
    {}
    #[doc(hidden)]
    unsafe impl<H> __guarded_Wide::Follows<H> for f8
    where
        H: __guarded_Wide::Level<Struct = <f8 as __guarded_Wide::Level>::Struct>,
        H::Index: __guarded_Wide::Less<<f8 as __guarded_Wide::Level>::Index>,
    {}
    #[doc(hidden)]
    unsafe impl<H> __guarded_Wide::Follows<H> for f9
    where
        H: __guarded_Wide::Level<Struct = <f9 as __guarded_Wide::Level>::Struct>,
        H::Index: __guarded_Wide::Less<<f9 as __guarded_Wide::Level>::Index>,
    {}
    #[doc(hidden)]
    unsafe impl<H> __guarded_Wide::Follows<H> for f10
    where
        H: __guarded_Wide::Level<Struct = <f10 as __guarded_Wide::Level>::Struct>,
        H::Index: __guarded_Wide::Less<<f10 as __guarded_Wide::Level>::Index>,
    {}
    #[doc(hidden)]
    unsafe impl<H> __guarded_Wide::Follows<H> for f11
    where
        H: __guarded_Wide::Level<Struct = <f11 as __guarded_Wide::Level>::Struct>,
        H::Index: __guarded_Wide::Less<<f11 as __guarded_Wide::Level>::Index>,
    {}
    #[doc(hidden)]
    unsafe impl<H> __guarded_Wide::Follows<H> for f12
    where
        H: __guarded_Wide::Level<Struct = <f12 as __guarded_Wide::Level>::Struct>,
        H::Index: __guarded_Wide::Less<<f12 as __guarded_Wide::Level>::Index>,
    {}
    #[doc(hidden)]
    unsafe impl<H> __guarded_Wide::Follows<H> for f13
    where
        H: __guarded_Wide::Level<Struct = <f13 as __guarded_Wide::Level>::Struct>,
        H::Index: __guarded_Wide::Less<<f13 as __guarded_Wide::Level>::Index>,
    {}
    #[doc(hidden)]
    unsafe impl<H> __guarded_Wide::Follows<H> for f14
    where
        H: __guarded_Wide::Level<Struct = <f14 as __guarded_Wide::Level>::Struct>,
        H::Index: __guarded_Wide::Less<<f14 as __guarded_Wide::Level>::Index>,
    {}
    #[doc(hidden)]
    unsafe impl<H> __guarded_Wide::Follows<H> for f15
    where
        H: __guarded_Wide::Level<Struct = <f15 as __guarded_Wide::Level>::Struct>,
        H::Index: __guarded_Wide::Less<<f15 as __guarded_Wide::Level>::Index>,
    {}
    #[doc(hidden)]
    unsafe impl<H> __guarded_Wide::Follows<H> for f16
    where
        H: __guarded_Wide::Level<Struct = <f16 as __guarded_Wide::Level>::Struct>,
        H::Index: __guarded_Wide::Less<<f16 as __guarded_Wide::Level>::Index>,
    {}
    #[doc(hidden)]
    unsafe impl<H> __guarded_Wide::Follows<H> for f17
    where
        H: __guarded_Wide::Level<Struct = <f17 as __guarded_Wide::Level>::Struct>,
        H::Index: __guarded_Wide::Less<<f17 as __guarded_Wide::Level>::Index>,
    {}
    #[doc(hidden)]
    unsafe impl<H> __guarded_Wide::Follows<H> for f18
    where
        H: __guarded_Wide::Level<Struct = <f18 as __guarded_Wide::Level>::Struct>,
        H::Index: __guarded_Wide::Less<<f18 as __guarded_Wide::Level>::Index>,
    {}
    #[doc(hidden)]
    unsafe impl<H> __guarded_Wide::Follows<H> for f19
    where
        H: __guarded_Wide::Level<Struct = <f19 as __guarded_Wide::Level>::Struct>,
        H::Index: __guarded_Wide::Less<<f19 as __guarded_Wide::Level>::Index>,
    {}
    #[doc(hidden)]
    unsafe impl<H> __guarded_Wide::Follows<H> for f20
    where
        H: __guarded_Wide::Level<Struct = <f20 as __guarded_Wide::Level>::Struct>,
        H::Index: __guarded_Wide::Less<<f20 as __guarded_Wide::Level>::Index>,
    {}
    #[doc(hidden)]
    unsafe impl<H> __guarded_Wide::Follows<H> for f21
    where
        H: __guarded_Wide::Level<Struct = <f21 as __guarded_Wide::Level>::Struct>,
        H::Index: __guarded_Wide::Less<<f21 as __guarded_Wide::Level>::Index>,
    {}
    #[doc(hidden)]
    unsafe impl<H> __guarded_Wide::Follows<H> for f22
    where
        H: __guarded_Wide::Level<Struct = <f22 as __guarded_Wide::Level>::Struct>,
        H::Index: __guarded_Wide::Less<<f22 as __guarded_Wide::Level>::Index>,
    {}
    #[doc(hidden)]
    unsafe impl<H> __guarded_Wide::Follows<H> for f23
    where
        H: __guarded_Wide::Level<Struct = <f23 as __guarded_Wide::Level>::Struct>,
        H::Index: __guarded_Wide::Less<<f23 as __guarded_Wide::Level>::Index>,
    {}
    #[doc(hidden)]
    unsafe impl<H> __guarded_Wide::Follows<H> for f24
    where
        H: __guarded_Wide::Level<Struct = <f24 as __guarded_Wide::Level>::Struct>,
        H::Index: __guarded_Wide::Less<<f24 as __guarded_Wide::Level>::Index>,
    {}
    #[doc(hidden)]
    unsafe impl<H> __guarded_Wide::Follows<H> for f25
    where
        H: __guarded_Wide::Level<Struct = <f25 as __guarded_Wide::Level>::Struct>,
        H::Index: __guarded_Wide::Less<<f25 as __guarded_Wide::Level>::Index>,
    {}
    #[doc(hidden)]
    unsafe impl<H> __guarded_Wide::Follows<H> for f26
    where
        H: __guarded_Wide::Level<Struct = <f26 as __guarded_Wide::Level>::Struct>,
        H::Index: __guarded_Wide::Less<<f26 as __guarded_Wide::Level>::Index>,
    {}
    #[doc(hidden)]
    unsafe impl<H> __guarded_Wide::Follows<H> for f27
    where
        H: __guarded_Wide::Level<Struct = <f27 as __guarded_Wide::Level>::Struct>,
        H::Index: __guarded_Wide::Less<<f27 as __guarded_Wide::Level>::Index>,
    {}
    #[doc(hidden)]
    unsafe impl<H> __guarded_Wide::Follows<H> for f28
    where
        H: __guarded_Wide::Level<Struct = <f28 as __guarded_Wide::Level>::Struct>,
        H::Index: __guarded_Wide::Less<<f28 as __guarded_Wide::Level>::Index>,
    {}
    #[doc(hidden)]
    unsafe impl<H> __guarded_Wide::Follows<H> for f29
    where
        H: __guarded_Wide::Level<Struct = <f29 as __guarded_Wide::Level>::Struct>,
        H::Index: __guarded_Wide::Less<<f29 as __guarded_Wide::Level>::Index>,
    {}
    #[doc(hidden)]
    unsafe impl<H> __guarded_Wide::Follows<H> for f30
    where
        H: __guarded_Wide::Level<Struct = <f30 as __guarded_Wide::Level>::Struct>,
        H::Index: __guarded_Wide::Less<<f30 as __guarded_Wide::Level>::Index>,
    {}
    #[doc(hidden)]
    unsafe impl<H> __guarded_Wide::Follows<H> for f31
    where
        H: __guarded_Wide::Level<Struct = <f31 as __guarded_Wide::Level>::Struct>,
        H::Index: __guarded_Wide::Less<<f31 as __guarded_Wide::Level>::Index>,
    {}
    #[doc(hidden)]
    unsafe impl<H> __guarded_Wide::Follows<H> for f32
    where
        H: __guarded_Wide::Level<Struct = <f32 as __guarded_Wide::Level>::Struct>,
        H::Index: __guarded_Wide::Less<<f32 as __guarded_Wide::Level>::Index>,
    {}
    ///The storage of `Wide`'s fields, which the struct holds in one `Arc`.
    #[doc(hidden)]
    pub struct Fields<
        T0,
        T1,
        T2,
        T3,
        T4,
        T5,
        T6,
        T7,
        T8,
        T9,
        T10,
        T11,
        T12,
        T13,
        T14,
        T15,
        T16,
        T17,
        T18,
        T19,
        T20,
        T21,
        T22,
        T23,
        T24,
        T25,
        T26,
        T27,
        T28,
        T29,
        T30,
        T31,
        T32,
    > {
        pub(super) f0: __guarded_Wide::Field<T0, self::f0>,
        pub(super) f1: __guarded_Wide::Field<T1, self::f1>,
        pub(super) f2: __guarded_Wide::Field<T2, self::f2>,
        pub(super) f3: __guarded_Wide::Field<T3, self::f3>,
        pub(super) f4: __guarded_Wide::Field<T4, self::f4>,
        pub(super) f5: __guarded_Wide::Field<T5, self::f5>,
        pub(super) f6: __guarded_Wide::Field<T6, self::f6>,
        pub(super) f7: __guarded_Wide::Field<T7, self::f7>,
        pub(super) f8: __guarded_Wide::Field<T8, self::f8>,
        pub(super) f9: __guarded_Wide::Field<T9, self::f9>,
        pub(super) f10: __guarded_Wide::Field<T10, self::f10>,
        pub(super) f11: __guarded_Wide::Field<T11, self::f11>,
        pub(super) f12: __guarded_Wide::Field<T12, self::f12>,
        pub(super) f13: __guarded_Wide::Field<T13, self::f13>,
        pub(super) f14: __guarded_Wide::Field<T14, self::f14>,
        pub(super) f15: __guarded_Wide::Field<T15, self::f15>,
        pub(super) f16: __guarded_Wide::CondvarField<T16, self::f16>,
        pub(super) f17: __guarded_Wide::Field<T17, self::f17>,
        pub(super) f18: __guarded_Wide::Field<T18, self::f18>,
        pub(super) f19: __guarded_Wide::Field<T19, self::f19>,
        pub(super) f20: __guarded_Wide::RwField<T20, self::f20>,
        pub(super) f21: __guarded_Wide::Field<T21, self::f21>,
        pub(super) f22: __guarded_Wide::Field<T22, self::f22>,
        pub(super) f23: __guarded_Wide::Field<T23, self::f23>,
        pub(super) f24: __guarded_Wide::Field<T24, self::f24>,
        pub(super) f25: __guarded_Wide::Field<T25, self::f25>,
        pub(super) f26: __guarded_Wide::Field<T26, self::f26>,
        pub(super) f27: __guarded_Wide::Field<T27, self::f27>,
        pub(super) f28: __guarded_Wide::Field<T28, self::f28>,
        pub(super) f29: __guarded_Wide::Field<T29, self::f29>,
        pub(super) f30: __guarded_Wide::Field<T30, self::f30>,
        pub(super) f31: __guarded_Wide::Field<T31, self::f31>,
        pub(super) f32: __guarded_Wide::Field<T32, self::f32>,
    }
}
const _: () = {
    static WIDE_AFTER_NOTHING: ::guarded::__private::StructOrder = ::guarded::__private::StructOrder {
        name: "Wide",
        id: 3195971335,
        location: ::core::concat!(
            ::core::module_path!(), " ", ::core::file!(), ":", ::core::line!(), ":",
            ::core::column!()
        ),
        fields: wide_levels::LOCK_ORDER,
        after: ::core::option::Option::None,
    };
    #[doc(hidden)]
    unsafe impl ::guarded::__private::Guarded for Wide {
        type Id = ::guarded::__private::XB<
            ::guarded::__private::XE<
                ::guarded::__private::X7<
                    ::guarded::__private::XE<
                        ::guarded::__private::XA<
                            ::guarded::__private::X7<
                                ::guarded::__private::X0<
                                    ::guarded::__private::X7<::guarded::__private::Nil>,
                                >,
                            >,
                        >,
                    >,
                >,
            >,
        >;
        type Parent = ::guarded::__private::NoParent;
        const ORDER: &'static ::guarded::__private::StructOrder = &WIDE_AFTER_NOTHING;
    }
    ::guarded::__private::if_registry! {
        #[::guarded::__private::linkme::distributed_slice(::guarded::__private::GUARDED_0_1_STRUCTS)]
        #[linkme(crate = ::guarded::__private::linkme)] static REGISTRATION :
        ::guarded::__private::Registration = unsafe {
        ::guarded::__private::Registration::new(& WIDE_AFTER_NOTHING) };
    }
};
#[doc(hidden)]
#[automatically_derived]
unsafe impl ::guarded::__private::HasOrder for Wide {
    type Marker = Wide;
}
#[doc(hidden)]
unsafe impl __guarded_Wide::Level for wide_levels::f0 {
    const STRUCT: &'static __guarded_Wide::str = "Wide";
    const FIELD: &'static __guarded_Wide::str = "f0";
    const RECOVER: &'static __guarded_Wide::str = "recover_f0";
    const INDEX: __guarded_Wide::usize = 0;
    type Policy = __guarded_Wide::PanicOnPoison;
    type Struct = Wide;
    type Index = __guarded_Wide::X0<__guarded_Wide::X0<__guarded_Wide::Nil>>;
}
#[doc(hidden)]
unsafe impl __guarded_Wide::Level for wide_levels::f1 {
    const STRUCT: &'static __guarded_Wide::str = "Wide";
    const FIELD: &'static __guarded_Wide::str = "f1";
    const RECOVER: &'static __guarded_Wide::str = "recover_f1";
    const INDEX: __guarded_Wide::usize = 1;
    type Policy = __guarded_Wide::PanicOnPoison;
    type Struct = Wide;
    type Index = __guarded_Wide::X0<__guarded_Wide::X1<__guarded_Wide::Nil>>;
}
#[doc(hidden)]
unsafe impl __guarded_Wide::Level for wide_levels::f2 {
    const STRUCT: &'static __guarded_Wide::str = "Wide";
    const FIELD: &'static __guarded_Wide::str = "f2";
    const RECOVER: &'static __guarded_Wide::str = "recover_f2";
    const INDEX: __guarded_Wide::usize = 2;
    type Policy = __guarded_Wide::PanicOnPoison;
    type Struct = Wide;
    type Index = __guarded_Wide::X0<__guarded_Wide::X2<__guarded_Wide::Nil>>;
}
#[doc(hidden)]
unsafe impl __guarded_Wide::Level for wide_levels::f3 {
    const STRUCT: &'static __guarded_Wide::str = "Wide";
    const FIELD: &'static __guarded_Wide::str = "f3";
    const RECOVER: &'static __guarded_Wide::str = "recover_f3";
    const INDEX: __guarded_Wide::usize = 3;
    type Policy = __guarded_Wide::PanicOnPoison;
    type Struct = Wide;
    type Index = __guarded_Wide::X0<__guarded_Wide::X3<__guarded_Wide::Nil>>;
}
#[doc(hidden)]
unsafe impl __guarded_Wide::Level for wide_levels::f4 {
    const STRUCT: &'static __guarded_Wide::str = "Wide";
    const FIELD: &'static __guarded_Wide::str = "f4";
    const RECOVER: &'static __guarded_Wide::str = "recover_f4";
    const INDEX: __guarded_Wide::usize = 4;
    type Policy = __guarded_Wide::PanicOnPoison;
    type Struct = Wide;
    type Index = __guarded_Wide::X0<__guarded_Wide::X4<__guarded_Wide::Nil>>;
}
#[doc(hidden)]
unsafe impl __guarded_Wide::Level for wide_levels::f5 {
    const STRUCT: &'static __guarded_Wide::str = "Wide";
    const FIELD: &'static __guarded_Wide::str = "f5";
    const RECOVER: &'static __guarded_Wide::str = "recover_f5";
    const INDEX: __guarded_Wide::usize = 5;
    type Policy = __guarded_Wide::PanicOnPoison;
    type Struct = Wide;
    type Index = __guarded_Wide::X0<__guarded_Wide::X5<__guarded_Wide::Nil>>;
}
#[doc(hidden)]
unsafe impl __guarded_Wide::Level for wide_levels::f6 {
    const STRUCT: &'static __guarded_Wide::str = "Wide";
    const FIELD: &'static __guarded_Wide::str = "f6";
    const RECOVER: &'static __guarded_Wide::str = "recover_f6";
    const INDEX: __guarded_Wide::usize = 6;
    type Policy = __guarded_Wide::PanicOnPoison;
    type Struct = Wide;
    type Index = __guarded_Wide::X0<__guarded_Wide::X6<__guarded_Wide::Nil>>;
}
#[doc(hidden)]
unsafe impl __guarded_Wide::Level for wide_levels::f7 {
    const STRUCT: &'static __guarded_Wide::str = "Wide";
    const FIELD: &'static __guarded_Wide::str = "f7";
    const RECOVER: &'static __guarded_Wide::str = "recover_f7";
    const INDEX: __guarded_Wide::usize = 7;
    type Policy = __guarded_Wide::PanicOnPoison;
    type Struct = Wide;
    type Index = __guarded_Wide::X0<__guarded_Wide::X7<__guarded_Wide::Nil>>;
}
#[doc(hidden)]
unsafe impl __guarded_Wide::Level for wide_levels::f8 {
    const STRUCT: &'static __guarded_Wide::str = "Wide";
    const FIELD: &'static __guarded_Wide::str = "f8";
    const RECOVER: &'static __guarded_Wide::str = "recover_f8";
    const INDEX: __guarded_Wide::usize = 8;
    type Policy = __guarded_Wide::PanicOnPoison;
    type Struct = Wide;
    type Index = __guarded_Wide::X0<__guarded_Wide::X8<__guarded_Wide::Nil>>;
}
#[doc(hidden)]
unsafe impl __guarded_Wide::Level for wide_levels::f9 {
    const STRUCT: &'static __guarded_Wide::str = "Wide";
    const FIELD: &'static __guarded_Wide::str = "f9";
    const RECOVER: &'static __guarded_Wide::str = "recover_f9";
    const INDEX: __guarded_Wide::usize = 9;
    type Policy = __guarded_Wide::PanicOnPoison;
    type Struct = Wide;
    type Index = __guarded_Wide::X0<__guarded_Wide::X9<__guarded_Wide::Nil>>;
}
#[doc(hidden)]
unsafe impl __guarded_Wide::Level for wide_levels::f10 {
    const STRUCT: &'static __guarded_Wide::str = "Wide";
    const FIELD: &'static __guarded_Wide::str = "f10";
    const RECOVER: &'static __guarded_Wide::str = "recover_f10";
    const INDEX: __guarded_Wide::usize = 10;
    type Policy = __guarded_Wide::PanicOnPoison;
    type Struct = Wide;
    type Index = __guarded_Wide::X0<__guarded_Wide::XA<__guarded_Wide::Nil>>;
}
#[doc(hidden)]
unsafe impl __guarded_Wide::Level for wide_levels::f11 {
    const STRUCT: &'static __guarded_Wide::str = "Wide";
    const FIELD: &'static __guarded_Wide::str = "f11";
    const RECOVER: &'static __guarded_Wide::str = "recover_f11";
    const INDEX: __guarded_Wide::usize = 11;
    type Policy = __guarded_Wide::PanicOnPoison;
    type Struct = Wide;
    type Index = __guarded_Wide::X0<__guarded_Wide::XB<__guarded_Wide::Nil>>;
}
#[doc(hidden)]
unsafe impl __guarded_Wide::Level for wide_levels::f12 {
    const STRUCT: &'static __guarded_Wide::str = "Wide";
    const FIELD: &'static __guarded_Wide::str = "f12";
    const RECOVER: &'static __guarded_Wide::str = "recover_f12";
    const INDEX: __guarded_Wide::usize = 12;
    type Policy = __guarded_Wide::PanicOnPoison;
    type Struct = Wide;
    type Index = __guarded_Wide::X0<__guarded_Wide::XC<__guarded_Wide::Nil>>;
}
#[doc(hidden)]
unsafe impl __guarded_Wide::Level for wide_levels::f13 {
    const STRUCT: &'static __guarded_Wide::str = "Wide";
    const FIELD: &'static __guarded_Wide::str = "f13";
    const RECOVER: &'static __guarded_Wide::str = "recover_f13";
    const INDEX: __guarded_Wide::usize = 13;
    type Policy = __guarded_Wide::PanicOnPoison;
    type Struct = Wide;
    type Index = __guarded_Wide::X0<__guarded_Wide::XD<__guarded_Wide::Nil>>;
}
#[doc(hidden)]
unsafe impl __guarded_Wide::Level for wide_levels::f14 {
    const STRUCT: &'static __guarded_Wide::str = "Wide";
    const FIELD: &'static __guarded_Wide::str = "f14";
    const RECOVER: &'static __guarded_Wide::str = "recover_f14";
    const INDEX: __guarded_Wide::usize = 14;
    type Policy = __guarded_Wide::PanicOnPoison;
    type Struct = Wide;
    type Index = __guarded_Wide::X0<__guarded_Wide::XE<__guarded_Wide::Nil>>;
}
#[doc(hidden)]
unsafe impl __guarded_Wide::Level for wide_levels::f15 {
    const STRUCT: &'static __guarded_Wide::str = "Wide";
    const FIELD: &'static __guarded_Wide::str = "f15";
    const RECOVER: &'static __guarded_Wide::str = "recover_f15";
    const INDEX: __guarded_Wide::usize = 15;
    type Policy = __guarded_Wide::PanicOnPoison;
    type Struct = Wide;
    type Index = __guarded_Wide::X0<__guarded_Wide::XF<__guarded_Wide::Nil>>;
}
#[doc(hidden)]
unsafe impl __guarded_Wide::Level for wide_levels::f16 {
    const STRUCT: &'static __guarded_Wide::str = "Wide";
    const FIELD: &'static __guarded_Wide::str = "f16";
    const RECOVER: &'static __guarded_Wide::str = "recover_f16";
    const INDEX: __guarded_Wide::usize = 16;
    type Policy = __guarded_Wide::PanicOnPoison;
    type Struct = Wide;
    type Index = __guarded_Wide::X1<__guarded_Wide::X0<__guarded_Wide::Nil>>;
}
#[doc(hidden)]
unsafe impl __guarded_Wide::Level for wide_levels::f17 {
    const STRUCT: &'static __guarded_Wide::str = "Wide";
    const FIELD: &'static __guarded_Wide::str = "f17";
    const RECOVER: &'static __guarded_Wide::str = "recover_f17";
    const INDEX: __guarded_Wide::usize = 17;
    type Policy = __guarded_Wide::PanicOnPoison;
    type Struct = Wide;
    type Index = __guarded_Wide::X1<__guarded_Wide::X1<__guarded_Wide::Nil>>;
}
#[doc(hidden)]
unsafe impl __guarded_Wide::Level for wide_levels::f18 {
    const STRUCT: &'static __guarded_Wide::str = "Wide";
    const FIELD: &'static __guarded_Wide::str = "f18";
    const RECOVER: &'static __guarded_Wide::str = "recover_f18";
    const INDEX: __guarded_Wide::usize = 18;
    type Policy = __guarded_Wide::PanicOnPoison;
    type Struct = Wide;
    type Index = __guarded_Wide::X1<__guarded_Wide::X2<__guarded_Wide::Nil>>;
}
#[doc(hidden)]
unsafe impl __guarded_Wide::Level for wide_levels::f19 {
    const STRUCT: &'static __guarded_Wide::str = "Wide";
    const FIELD: &'static __guarded_Wide::str = "f19";
    const RECOVER: &'static __guarded_Wide::str = "recover_f19";
    const INDEX: __guarded_Wide::usize = 19;
    type Policy = __guarded_Wide::PanicOnPoison;
    type Struct = Wide;
    type Index = __guarded_Wide::X1<__guarded_Wide::X3<__guarded_Wide::Nil>>;
}
#[doc(hidden)]
unsafe impl __guarded_Wide::Level for wide_levels::f20 {
    const STRUCT: &'static __guarded_Wide::str = "Wide";
    const FIELD: &'static __guarded_Wide::str = "f20";
    const RECOVER: &'static __guarded_Wide::str = "recover_f20";
    const INDEX: __guarded_Wide::usize = 20;
    type Policy = __guarded_Wide::PanicOnPoison;
    type Struct = Wide;
    type Index = __guarded_Wide::X1<__guarded_Wide::X4<__guarded_Wide::Nil>>;
}
#[doc(hidden)]
unsafe impl __guarded_Wide::Level for wide_levels::f21 {
    const STRUCT: &'static __guarded_Wide::str = "Wide";
    const FIELD: &'static __guarded_Wide::str = "f21";
    const RECOVER: &'static __guarded_Wide::str = "recover_f21";
    const INDEX: __guarded_Wide::usize = 21;
    type Policy = __guarded_Wide::PanicOnPoison;
    type Struct = Wide;
    type Index = __guarded_Wide::X1<__guarded_Wide::X5<__guarded_Wide::Nil>>;
}
#[doc(hidden)]
unsafe impl __guarded_Wide::Level for wide_levels::f22 {
    const STRUCT: &'static __guarded_Wide::str = "Wide";
    const FIELD: &'static __guarded_Wide::str = "f22";
    const RECOVER: &'static __guarded_Wide::str = "recover_f22";
    const INDEX: __guarded_Wide::usize = 22;
    type Policy = __guarded_Wide::PanicOnPoison;
    type Struct = Wide;
    type Index = __guarded_Wide::X1<__guarded_Wide::X6<__guarded_Wide::Nil>>;
}
#[doc(hidden)]
unsafe impl __guarded_Wide::Level for wide_levels::f23 {
    const STRUCT: &'static __guarded_Wide::str = "Wide";
    const FIELD: &'static __guarded_Wide::str = "f23";
    const RECOVER: &'static __guarded_Wide::str = "recover_f23";
    const INDEX: __guarded_Wide::usize = 23;
    type Policy = __guarded_Wide::PanicOnPoison;
    type Struct = Wide;
    type Index = __guarded_Wide::X1<__guarded_Wide::X7<__guarded_Wide::Nil>>;
}
#[doc(hidden)]
unsafe impl __guarded_Wide::Level for wide_levels::f24 {
    const STRUCT: &'static __guarded_Wide::str = "Wide";
    const FIELD: &'static __guarded_Wide::str = "f24";
    const RECOVER: &'static __guarded_Wide::str = "recover_f24";
    const INDEX: __guarded_Wide::usize = 24;
    type Policy = __guarded_Wide::PanicOnPoison;
    type Struct = Wide;
    type Index = __guarded_Wide::X1<__guarded_Wide::X8<__guarded_Wide::Nil>>;
}
#[doc(hidden)]
unsafe impl __guarded_Wide::Level for wide_levels::f25 {
    const STRUCT: &'static __guarded_Wide::str = "Wide";
    const FIELD: &'static __guarded_Wide::str = "f25";
    const RECOVER: &'static __guarded_Wide::str = "recover_f25";
    const INDEX: __guarded_Wide::usize = 25;
    type Policy = __guarded_Wide::PanicOnPoison;
    type Struct = Wide;
    type Index = __guarded_Wide::X1<__guarded_Wide::X9<__guarded_Wide::Nil>>;
}
#[doc(hidden)]
unsafe impl __guarded_Wide::Level for wide_levels::f26 {
    const STRUCT: &'static __guarded_Wide::str = "Wide";
    const FIELD: &'static __guarded_Wide::str = "f26";
    const RECOVER: &'static __guarded_Wide::str = "recover_f26";
    const INDEX: __guarded_Wide::usize = 26;
    type Policy = __guarded_Wide::PanicOnPoison;
    type Struct = Wide;
    type Index = __guarded_Wide::X1<__guarded_Wide::XA<__guarded_Wide::Nil>>;
}
#[doc(hidden)]
unsafe impl __guarded_Wide::Level for wide_levels::f27 {
    const STRUCT: &'static __guarded_Wide::str = "Wide";
    const FIELD: &'static __guarded_Wide::str = "f27";
    const RECOVER: &'static __guarded_Wide::str = "recover_f27";
    const INDEX: __guarded_Wide::usize = 27;
    type Policy = __guarded_Wide::PanicOnPoison;
    type Struct = Wide;
    type Index = __guarded_Wide::X1<__guarded_Wide::XB<__guarded_Wide::Nil>>;
}
#[doc(hidden)]
unsafe impl __guarded_Wide::Level for wide_levels::f28 {
    const STRUCT: &'static __guarded_Wide::str = "Wide";
    const FIELD: &'static __guarded_Wide::str = "f28";
    const RECOVER: &'static __guarded_Wide::str = "recover_f28";
    const INDEX: __guarded_Wide::usize = 28;
    type Policy = __guarded_Wide::PanicOnPoison;
    type Struct = Wide;
    type Index = __guarded_Wide::X1<__guarded_Wide::XC<__guarded_Wide::Nil>>;
}
#[doc(hidden)]
unsafe impl __guarded_Wide::Level for wide_levels::f29 {
    const STRUCT: &'static __guarded_Wide::str = "Wide";
    const FIELD: &'static __guarded_Wide::str = "f29";
    const RECOVER: &'static __guarded_Wide::str = "recover_f29";
    const INDEX: __guarded_Wide::usize = 29;
    type Policy = __guarded_Wide::PanicOnPoison;
    type Struct = Wide;
    type Index = __guarded_Wide::X1<__guarded_Wide::XD<__guarded_Wide::Nil>>;
}
#[doc(hidden)]
unsafe impl __guarded_Wide::Level for wide_levels::f30 {
    const STRUCT: &'static __guarded_Wide::str = "Wide";
    const FIELD: &'static __guarded_Wide::str = "f30";
    const RECOVER: &'static __guarded_Wide::str = "recover_f30";
    const INDEX: __guarded_Wide::usize = 30;
    type Policy = __guarded_Wide::PanicOnPoison;
    type Struct = Wide;
    type Index = __guarded_Wide::X1<__guarded_Wide::XE<__guarded_Wide::Nil>>;
}
#[doc(hidden)]
unsafe impl __guarded_Wide::Level for wide_levels::f31 {
    const STRUCT: &'static __guarded_Wide::str = "Wide";
    const FIELD: &'static __guarded_Wide::str = "f31";
    const RECOVER: &'static __guarded_Wide::str = "recover_f31";
    const INDEX: __guarded_Wide::usize = 31;
    type Policy = __guarded_Wide::PanicOnPoison;
    type Struct = Wide;
    type Index = __guarded_Wide::X1<__guarded_Wide::XF<__guarded_Wide::Nil>>;
}
#[doc(hidden)]
unsafe impl __guarded_Wide::Level for wide_levels::f32 {
    const STRUCT: &'static __guarded_Wide::str = "Wide";
    const FIELD: &'static __guarded_Wide::str = "f32";
    const RECOVER: &'static __guarded_Wide::str = "recover_f32";
    const INDEX: __guarded_Wide::usize = 32;
    type Policy = __guarded_Wide::PanicOnPoison;
    type Struct = Wide;
    type Index = __guarded_Wide::X2<__guarded_Wide::X0<__guarded_Wide::Nil>>;
}
#[automatically_derived]
impl Wide {
    ///Creates a `Wide` from the values of its fields, in declaration order: `f0`, `f1`, `f2`, `f3`, `f4`, `f5`, `f6`, `f7`, `f8`, `f9`, `f10`, `f11`, `f12`, `f13`, `f14`, `f15`, `f16`, `f17`, `f18`, `f19`, `f20`, `f21`, `f22`, `f23`, `f24`, `f25`, `f26`, `f27`, `f28`, `f29`, `f30`, `f31`, `f32`. Each value goes behind its own lock (a field that takes no lock keeps it without one: `atomic`, `unlocked`, `snapshot`), all in one allocation, which clones share.
    #[must_use]
    #[inline]
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        f0: u32,
        f1: u32,
        f2: u32,
        f3: u32,
        f4: u32,
        f5: u32,
        f6: u32,
        f7: u32,
        f8: u32,
        f9: u32,
        f10: u32,
        f11: u32,
        f12: u32,
        f13: u32,
        f14: u32,
        f15: u32,
        f16: u32,
        f17: u32,
        f18: u32,
        f19: u32,
        f20: u32,
        f21: u32,
        f22: u32,
        f23: u32,
        f24: u32,
        f25: u32,
        f26: u32,
        f27: u32,
        f28: u32,
        f29: u32,
        f30: u32,
        f31: u32,
        f32: u32,
    ) -> Self {
        Self {
            fields: __guarded_Wide::Arc::new(wide_levels::Fields {
                f0: __guarded_Wide::Field::new(f0),
                f1: __guarded_Wide::Field::new(f1),
                f2: __guarded_Wide::Field::new(f2),
                f3: __guarded_Wide::Field::new(f3),
                f4: __guarded_Wide::Field::new(f4),
                f5: __guarded_Wide::Field::new(f5),
                f6: __guarded_Wide::Field::new(f6),
                f7: __guarded_Wide::Field::new(f7),
                f8: __guarded_Wide::Field::new(f8),
                f9: __guarded_Wide::Field::new(f9),
                f10: __guarded_Wide::Field::new(f10),
                f11: __guarded_Wide::Field::new(f11),
                f12: __guarded_Wide::Field::new(f12),
                f13: __guarded_Wide::Field::new(f13),
                f14: __guarded_Wide::Field::new(f14),
                f15: __guarded_Wide::Field::new(f15),
                f16: __guarded_Wide::CondvarField::new(f16),
                f17: __guarded_Wide::Field::new(f17),
                f18: __guarded_Wide::Field::new(f18),
                f19: __guarded_Wide::Field::new(f19),
                f20: __guarded_Wide::RwField::new(f20),
                f21: __guarded_Wide::Field::new(f21),
                f22: __guarded_Wide::Field::new(f22),
                f23: __guarded_Wide::Field::new(f23),
                f24: __guarded_Wide::Field::new(f24),
                f25: __guarded_Wide::Field::new(f25),
                f26: __guarded_Wide::Field::new(f26),
                f27: __guarded_Wide::Field::new(f27),
                f28: __guarded_Wide::Field::new(f28),
                f29: __guarded_Wide::Field::new(f29),
                f30: __guarded_Wide::Field::new(f30),
                f31: __guarded_Wide::Field::new(f31),
                f32: __guarded_Wide::Field::new(f32),
            }),
        }
    }
    ///The lock order of `Wide`: its locked fields' names in declaration order (`atomic`, `unlocked` and `snapshot` fields take no lock), which is the order in which a thread may lock them (also `wide_levels::LOCK_ORDER`, which needs no generic arguments).
    pub const LOCK_ORDER: &'static [&'static ::core::primitive::str] = wide_levels::LOCK_ORDER;
    /**Locks `f0`, blocking until no other thread holds it.

`f0` is 1st of 33 in the lock order of `Wide`: its 33 fields in declaration order (see `wide_levels::LOCK_ORDER`).

Takes the `ThreadKey`: `f0` comes first, so no other lock of `Wide` may be held. Hands back the guard, which unlocks when dropped, and a key that may lock only the fields after it: 32 fields, `f1` to `f32`.

# Panics

If `f0` is poisoned (a thread panicked while holding it). `recover_f0` takes the data anyway.*/
    #[track_caller]
    fn lock_f0<'g>(
        &'g self,
        key: &'g mut impl wide_levels::comes_before_f0,
    ) -> (__guarded_Wide::Guard<'g, u32>, __guarded_Wide::Key<'g, wide_levels::f0>) {
        (&self.fields.f0).lock(key)
    }
    /**Locks `f0` if no other thread holds it now; never blocks. Takes and hands back keys as `lock_f0` does.

# Errors

`Busy` if another thread holds it (it borrows nothing: see `Busy` for using the key again). Otherwise the result is what `lock_f0` returns.

# Panics

If `f0` is poisoned (a thread panicked while holding it). `recover_f0` takes the data anyway.*/
    #[track_caller]
    fn try_lock_f0<'g>(
        &'g self,
        key: &'g mut impl wide_levels::comes_before_f0,
    ) -> __guarded_Wide::Result<
        (__guarded_Wide::Guard<'g, u32>, __guarded_Wide::Key<'g, wide_levels::f0>),
        __guarded_Wide::Busy,
    > {
        (&self.fields.f0).try_lock(key)
    }
    /**Locks `f0`, waiting at most `timeout` until no other thread holds it. (With the default std backend the wait polls, yielding and then sleeping up to 1 ms between attempts; with the `parking_lot` feature it parks the thread.) Takes and hands back keys as `lock_f0` does.

# Errors

`Busy` if another thread still holds it when `timeout` has passed (it borrows nothing: see `Busy` for using the key again). Otherwise the result is what `lock_f0` returns.

# Panics

If `f0` is poisoned (a thread panicked while holding it). `recover_f0` takes the data anyway.*/
    #[track_caller]
    fn try_lock_f0_for<'g>(
        &'g self,
        key: &'g mut impl wide_levels::comes_before_f0,
        timeout: __guarded_Wide::Duration,
    ) -> __guarded_Wide::Result<
        (__guarded_Wide::Guard<'g, u32>, __guarded_Wide::Key<'g, wide_levels::f0>),
        __guarded_Wide::Busy,
    > {
        (&self.fields.f0).try_lock_for(key, timeout)
    }
    ///Locks `f0` like `lock_f0`, but if the lock is poisoned (a thread panicked while holding it), hands over the data as that thread left it and clears the poison, instead of panicking. Takes and hands back keys as `lock_f0` does.
    #[track_caller]
    fn recover_f0<'g>(
        &'g self,
        key: &'g mut impl wide_levels::comes_before_f0,
    ) -> (__guarded_Wide::Guard<'g, u32>, __guarded_Wide::Key<'g, wide_levels::f0>) {
        (&self.fields.f0).recover(key)
    }
    /**Locks `f0` of two `Wide`s in one call, in an order of their own (so that two threads locking the same two in opposite orders cannot deadlock); the guards come back in argument order. Takes keys as `lock_f0` does, and hands back one key after `f0`, which cannot lock `f0` of a third.

# Errors

`SameInstance` if both are the same instance, or clones of one: nothing is locked then.

# Panics

If `f0` of one of them is poisoned, as `lock_f0` does.*/
    #[track_caller]
    fn lock_f0_pair<'g>(
        first: &'g Self,
        second: &'g Self,
        key: &'g mut impl wide_levels::comes_before_f0,
    ) -> __guarded_Wide::Result<
        (
            __guarded_Wide::Guard<'g, u32>,
            __guarded_Wide::Guard<'g, u32>,
            __guarded_Wide::Key<'g, wide_levels::f0>,
        ),
        __guarded_Wide::SameInstance,
    > {
        __guarded_Wide::Field::lock_pair(&first.fields.f0, &second.fields.f0, key)
    }
    /**Locks `f0` of every `Wide` that `instances` yields in one call, as `lock_f0_pair` does for two; the guards come back in the order of `instances`. Takes keys as `lock_f0` does, and hands back one key after `f0`.

# Errors

`SameInstance` if an instance (or a clone of it) comes twice: nothing is locked then.

# Panics

If `f0` of one of them is poisoned, as `lock_f0` does.*/
    #[track_caller]
    fn lock_f0_many<'g>(
        instances: impl __guarded_Wide::IntoIterator<Item = &'g Self>,
        key: &'g mut impl wide_levels::comes_before_f0,
    ) -> __guarded_Wide::Result<
        (
            __guarded_Wide::Vec<__guarded_Wide::Guard<'g, u32>>,
            __guarded_Wide::Key<'g, wide_levels::f0>,
        ),
        __guarded_Wide::SameInstance,
    >
    where
        Self: 'g,
    {
        __guarded_Wide::Field::lock_many(
            instances,
            |instances| &instances.fields.f0,
            key,
        )
    }
    /**Locks `f1`, blocking until no other thread holds it.

`f1` is 2nd of 33 in the lock order of `Wide`: its 33 fields in declaration order (see `wide_levels::LOCK_ORDER`).

Takes the `ThreadKey`, or the key handed back by locking an earlier field (`f0`); a key that holds `f1` or a later field does not compile. Hands back the guard, which unlocks when dropped, and a key that may lock only the fields after it: 31 fields, `f2` to `f32`.

# Panics

If `f1` is poisoned (a thread panicked while holding it). `recover_f1` takes the data anyway.*/
    #[track_caller]
    fn lock_f1<'g>(
        &'g self,
        key: &'g mut impl wide_levels::comes_before_f1,
    ) -> (__guarded_Wide::Guard<'g, u32>, __guarded_Wide::Key<'g, wide_levels::f1>) {
        (&self.fields.f1).lock(key)
    }
    /**Locks `f1` if no other thread holds it now; never blocks. Takes and hands back keys as `lock_f1` does.

# Errors

`Busy` if another thread holds it (it borrows nothing: see `Busy` for using the key again). Otherwise the result is what `lock_f1` returns.

# Panics

If `f1` is poisoned (a thread panicked while holding it). `recover_f1` takes the data anyway.*/
    #[track_caller]
    fn try_lock_f1<'g>(
        &'g self,
        key: &'g mut impl wide_levels::comes_before_f1,
    ) -> __guarded_Wide::Result<
        (__guarded_Wide::Guard<'g, u32>, __guarded_Wide::Key<'g, wide_levels::f1>),
        __guarded_Wide::Busy,
    > {
        (&self.fields.f1).try_lock(key)
    }
    /**Locks `f1`, waiting at most `timeout` until no other thread holds it. (With the default std backend the wait polls, yielding and then sleeping up to 1 ms between attempts; with the `parking_lot` feature it parks the thread.) Takes and hands back keys as `lock_f1` does.

# Errors

`Busy` if another thread still holds it when `timeout` has passed (it borrows nothing: see `Busy` for using the key again). Otherwise the result is what `lock_f1` returns.

# Panics

If `f1` is poisoned (a thread panicked while holding it). `recover_f1` takes the data anyway.*/
    #[track_caller]
    fn try_lock_f1_for<'g>(
        &'g self,
        key: &'g mut impl wide_levels::comes_before_f1,
        timeout: __guarded_Wide::Duration,
    ) -> __guarded_Wide::Result<
        (__guarded_Wide::Guard<'g, u32>, __guarded_Wide::Key<'g, wide_levels::f1>),
        __guarded_Wide::Busy,
    > {
        (&self.fields.f1).try_lock_for(key, timeout)
    }
    ///Locks `f1` like `lock_f1`, but if the lock is poisoned (a thread panicked while holding it), hands over the data as that thread left it and clears the poison, instead of panicking. Takes and hands back keys as `lock_f1` does.
    #[track_caller]
    fn recover_f1<'g>(
        &'g self,
        key: &'g mut impl wide_levels::comes_before_f1,
    ) -> (__guarded_Wide::Guard<'g, u32>, __guarded_Wide::Key<'g, wide_levels::f1>) {
        (&self.fields.f1).recover(key)
    }
    /**Locks `f1` of two `Wide`s in one call, in an order of their own (so that two threads locking the same two in opposite orders cannot deadlock); the guards come back in argument order. Takes keys as `lock_f1` does, and hands back one key after `f1`, which cannot lock `f1` of a third.

# Errors

`SameInstance` if both are the same instance, or clones of one: nothing is locked then.

# Panics

If `f1` of one of them is poisoned, as `lock_f1` does.*/
    #[track_caller]
    fn lock_f1_pair<'g>(
        first: &'g Self,
        second: &'g Self,
        key: &'g mut impl wide_levels::comes_before_f1,
    ) -> __guarded_Wide::Result<
        (
            __guarded_Wide::Guard<'g, u32>,
            __guarded_Wide::Guard<'g, u32>,
            __guarded_Wide::Key<'g, wide_levels::f1>,
        ),
        __guarded_Wide::SameInstance,
    > {
        __guarded_Wide::Field::lock_pair(&first.fields.f1, &second.fields.f1, key)
    }
    /**Locks `f1` of every `Wide` that `instances` yields in one call, as `lock_f1_pair` does for two; the guards come back in the order of `instances`. Takes keys as `lock_f1` does, and hands back one key after `f1`.

# Errors

`SameInstance` if an instance (or a clone of it) comes twice: nothing is locked then.

# Panics

If `f1` of one of them is poisoned, as `lock_f1` does.*/
    #[track_caller]
    fn lock_f1_many<'g>(
        instances: impl __guarded_Wide::IntoIterator<Item = &'g Self>,
        key: &'g mut impl wide_levels::comes_before_f1,
    ) -> __guarded_Wide::Result<
        (
            __guarded_Wide::Vec<__guarded_Wide::Guard<'g, u32>>,
            __guarded_Wide::Key<'g, wide_levels::f1>,
        ),
        __guarded_Wide::SameInstance,
    >
    where
        Self: 'g,
    {
        __guarded_Wide::Field::lock_many(
            instances,
            |instances| &instances.fields.f1,
            key,
        )
    }
    /**Locks `f2`, blocking until no other thread holds it.

`f2` is 3rd of 33 in the lock order of `Wide`: its 33 fields in declaration order (see `wide_levels::LOCK_ORDER`).

Takes the `ThreadKey`, or the key handed back by locking an earlier field (`f0`, `f1`); a key that holds `f2` or a later field does not compile. Hands back the guard, which unlocks when dropped, and a key that may lock only the fields after it: 30 fields, `f3` to `f32`.

# Panics

If `f2` is poisoned (a thread panicked while holding it). `recover_f2` takes the data anyway.*/
    #[track_caller]
    fn lock_f2<'g>(
        &'g self,
        key: &'g mut impl wide_levels::comes_before_f2,
    ) -> (__guarded_Wide::Guard<'g, u32>, __guarded_Wide::Key<'g, wide_levels::f2>) {
        (&self.fields.f2).lock(key)
    }
    /**Locks `f2` if no other thread holds it now; never blocks. Takes and hands back keys as `lock_f2` does.

# Errors

`Busy` if another thread holds it (it borrows nothing: see `Busy` for using the key again). Otherwise the result is what `lock_f2` returns.

# Panics

If `f2` is poisoned (a thread panicked while holding it). `recover_f2` takes the data anyway.*/
    #[track_caller]
    fn try_lock_f2<'g>(
        &'g self,
        key: &'g mut impl wide_levels::comes_before_f2,
    ) -> __guarded_Wide::Result<
        (__guarded_Wide::Guard<'g, u32>, __guarded_Wide::Key<'g, wide_levels::f2>),
        __guarded_Wide::Busy,
    > {
        (&self.fields.f2).try_lock(key)
    }
    /**Locks `f2`, waiting at most `timeout` until no other thread holds it. (With the default std backend the wait polls, yielding and then sleeping up to 1 ms between attempts; with the `parking_lot` feature it parks the thread.) Takes and hands back keys as `lock_f2` does.

# Errors

`Busy` if another thread still holds it when `timeout` has passed (it borrows nothing: see `Busy` for using the key again). Otherwise the result is what `lock_f2` returns.

# Panics

If `f2` is poisoned (a thread panicked while holding it). `recover_f2` takes the data anyway.*/
    #[track_caller]
    fn try_lock_f2_for<'g>(
        &'g self,
        key: &'g mut impl wide_levels::comes_before_f2,
        timeout: __guarded_Wide::Duration,
    ) -> __guarded_Wide::Result<
        (__guarded_Wide::Guard<'g, u32>, __guarded_Wide::Key<'g, wide_levels::f2>),
        __guarded_Wide::Busy,
    > {
        (&self.fields.f2).try_lock_for(key, timeout)
    }
    ///Locks `f2` like `lock_f2`, but if the lock is poisoned (a thread panicked while holding it), hands over the data as that thread left it and clears the poison, instead of panicking. Takes and hands back keys as `lock_f2` does.
    #[track_caller]
    fn recover_f2<'g>(
        &'g self,
        key: &'g mut impl wide_levels::comes_before_f2,
    ) -> (__guarded_Wide::Guard<'g, u32>, __guarded_Wide::Key<'g, wide_levels::f2>) {
        (&self.fields.f2).recover(key)
    }
    /**Locks `f2` of two `Wide`s in one call, in an order of their own (so that two threads locking the same two in opposite orders cannot deadlock); the guards come back in argument order. Takes keys as `lock_f2` does, and hands back one key after `f2`, which cannot lock `f2` of a third.

# Errors

`SameInstance` if both are the same instance, or clones of one: nothing is locked then.

# Panics

If `f2` of one of them is poisoned, as `lock_f2` does.*/
    #[track_caller]
    fn lock_f2_pair<'g>(
        first: &'g Self,
        second: &'g Self,
        key: &'g mut impl wide_levels::comes_before_f2,
    ) -> __guarded_Wide::Result<
        (
            __guarded_Wide::Guard<'g, u32>,
            __guarded_Wide::Guard<'g, u32>,
            __guarded_Wide::Key<'g, wide_levels::f2>,
        ),
        __guarded_Wide::SameInstance,
    > {
        __guarded_Wide::Field::lock_pair(&first.fields.f2, &second.fields.f2, key)
    }
    /**Locks `f2` of every `Wide` that `instances` yields in one call, as `lock_f2_pair` does for two; the guards come back in the order of `instances`. Takes keys as `lock_f2` does, and hands back one key after `f2`.

# Errors

`SameInstance` if an instance (or a clone of it) comes twice: nothing is locked then.

# Panics

If `f2` of one of them is poisoned, as `lock_f2` does.*/
    #[track_caller]
    fn lock_f2_many<'g>(
        instances: impl __guarded_Wide::IntoIterator<Item = &'g Self>,
        key: &'g mut impl wide_levels::comes_before_f2,
    ) -> __guarded_Wide::Result<
        (
            __guarded_Wide::Vec<__guarded_Wide::Guard<'g, u32>>,
            __guarded_Wide::Key<'g, wide_levels::f2>,
        ),
        __guarded_Wide::SameInstance,
    >
    where
        Self: 'g,
    {
        __guarded_Wide::Field::lock_many(
            instances,
            |instances| &instances.fields.f2,
            key,
        )
    }
    /**Locks `f3`, blocking until no other thread holds it.

`f3` is 4th of 33 in the lock order of `Wide`: its 33 fields in declaration order (see `wide_levels::LOCK_ORDER`).

Takes the `ThreadKey`, or the key handed back by locking an earlier field (`f0`, `f1`, `f2`); a key that holds `f3` or a later field does not compile. Hands back the guard, which unlocks when dropped, and a key that may lock only the fields after it: 29 fields, `f4` to `f32`.

# Panics

If `f3` is poisoned (a thread panicked while holding it). `recover_f3` takes the data anyway.*/
    #[track_caller]
    fn lock_f3<'g>(
        &'g self,
        key: &'g mut impl wide_levels::comes_before_f3,
    ) -> (__guarded_Wide::Guard<'g, u32>, __guarded_Wide::Key<'g, wide_levels::f3>) {
        (&self.fields.f3).lock(key)
    }
    /**Locks `f3` if no other thread holds it now; never blocks. Takes and hands back keys as `lock_f3` does.

# Errors

`Busy` if another thread holds it (it borrows nothing: see `Busy` for using the key again). Otherwise the result is what `lock_f3` returns.

# Panics

If `f3` is poisoned (a thread panicked while holding it). `recover_f3` takes the data anyway.*/
    #[track_caller]
    fn try_lock_f3<'g>(
        &'g self,
        key: &'g mut impl wide_levels::comes_before_f3,
    ) -> __guarded_Wide::Result<
        (__guarded_Wide::Guard<'g, u32>, __guarded_Wide::Key<'g, wide_levels::f3>),
        __guarded_Wide::Busy,
    > {
        (&self.fields.f3).try_lock(key)
    }
    /**Locks `f3`, waiting at most `timeout` until no other thread holds it. (With the default std backend the wait polls, yielding and then sleeping up to 1 ms between attempts; with the `parking_lot` feature it parks the thread.) Takes and hands back keys as `lock_f3` does.

# Errors

`Busy` if another thread still holds it when `timeout` has passed (it borrows nothing: see `Busy` for using the key again). Otherwise the result is what `lock_f3` returns.

# Panics

If `f3` is poisoned (a thread panicked while holding it). `recover_f3` takes the data anyway.*/
    #[track_caller]
    fn try_lock_f3_for<'g>(
        &'g self,
        key: &'g mut impl wide_levels::comes_before_f3,
        timeout: __guarded_Wide::Duration,
    ) -> __guarded_Wide::Result<
        (__guarded_Wide::Guard<'g, u32>, __guarded_Wide::Key<'g, wide_levels::f3>),
        __guarded_Wide::Busy,
    > {
        (&self.fields.f3).try_lock_for(key, timeout)
    }
    ///Locks `f3` like `lock_f3`, but if the lock is poisoned (a thread panicked while holding it), hands over the data as that thread left it and clears the poison, instead of panicking. Takes and hands back keys as `lock_f3` does.
    #[track_caller]
    fn recover_f3<'g>(
        &'g self,
        key: &'g mut impl wide_levels::comes_before_f3,
    ) -> (__guarded_Wide::Guard<'g, u32>, __guarded_Wide::Key<'g, wide_levels::f3>) {
        (&self.fields.f3).recover(key)
    }
    /**Locks `f3` of two `Wide`s in one call, in an order of their own (so that two threads locking the same two in opposite orders cannot deadlock); the guards come back in argument order. Takes keys as `lock_f3` does, and hands back one key after `f3`, which cannot lock `f3` of a third.

# Errors

`SameInstance` if both are the same instance, or clones of one: nothing is locked then.

# Panics

If `f3` of one of them is poisoned, as `lock_f3` does.*/
    #[track_caller]
    fn lock_f3_pair<'g>(
        first: &'g Self,
        second: &'g Self,
        key: &'g mut impl wide_levels::comes_before_f3,
    ) -> __guarded_Wide::Result<
        (
            __guarded_Wide::Guard<'g, u32>,
            __guarded_Wide::Guard<'g, u32>,
            __guarded_Wide::Key<'g, wide_levels::f3>,
        ),
        __guarded_Wide::SameInstance,
    > {
        __guarded_Wide::Field::lock_pair(&first.fields.f3, &second.fields.f3, key)
    }
    /**Locks `f3` of every `Wide` that `instances` yields in one call, as `lock_f3_pair` does for two; the guards come back in the order of `instances`. Takes keys as `lock_f3` does, and hands back one key after `f3`.

# Errors

`SameInstance` if an instance (or a clone of it) comes twice: nothing is locked then.

# Panics

If `f3` of one of them is poisoned, as `lock_f3` does.*/
    #[track_caller]
    fn lock_f3_many<'g>(
        instances: impl __guarded_Wide::IntoIterator<Item = &'g Self>,
        key: &'g mut impl wide_levels::comes_before_f3,
    ) -> __guarded_Wide::Result<
        (
            __guarded_Wide::Vec<__guarded_Wide::Guard<'g, u32>>,
            __guarded_Wide::Key<'g, wide_levels::f3>,
        ),
        __guarded_Wide::SameInstance,
    >
    where
        Self: 'g,
    {
        __guarded_Wide::Field::lock_many(
            instances,
            |instances| &instances.fields.f3,
            key,
        )
    }
    /**Locks `f4`, blocking until no other thread holds it.

`f4` is 5th of 33 in the lock order of `Wide`: its 33 fields in declaration order (see `wide_levels::LOCK_ORDER`).

Takes the `ThreadKey`, or the key handed back by locking an earlier field (`f0`, `f1`, `f2`, `f3`); a key that holds `f4` or a later field does not compile. Hands back the guard, which unlocks when dropped, and a key that may lock only the fields after it: 28 fields, `f5` to `f32`.

# Panics

If `f4` is poisoned (a thread panicked while holding it). `recover_f4` takes the data anyway.*/
    #[track_caller]
    fn lock_f4<'g>(
        &'g self,
        key: &'g mut impl wide_levels::comes_before_f4,
    ) -> (__guarded_Wide::Guard<'g, u32>, __guarded_Wide::Key<'g, wide_levels::f4>) {
        (&self.fields.f4).lock(key)
    }
    /**Locks `f4` if no other thread holds it now; never blocks. Takes and hands back keys as `lock_f4` does.

# Errors

`Busy` if another thread holds it (it borrows nothing: see `Busy` for using the key again). Otherwise the result is what `lock_f4` returns.

# Panics

If `f4` is poisoned (a thread panicked while holding it). `recover_f4` takes the data anyway.*/
    #[track_caller]
    fn try_lock_f4<'g>(
        &'g self,
        key: &'g mut impl wide_levels::comes_before_f4,
    ) -> __guarded_Wide::Result<
        (__guarded_Wide::Guard<'g, u32>, __guarded_Wide::Key<'g, wide_levels::f4>),
        __guarded_Wide::Busy,
    > {
        (&self.fields.f4).try_lock(key)
    }
    /**Locks `f4`, waiting at most `timeout` until no other thread holds it. (With the default std backend the wait polls, yielding and then sleeping up to 1 ms between attempts; with the `parking_lot` feature it parks the thread.) Takes and hands back keys as `lock_f4` does.

# Errors

`Busy` if another thread still holds it when `timeout` has passed (it borrows nothing: see `Busy` for using the key again). Otherwise the result is what `lock_f4` returns.

# Panics

If `f4` is poisoned (a thread panicked while holding it). `recover_f4` takes the data anyway.*/
    #[track_caller]
    fn try_lock_f4_for<'g>(
        &'g self,
        key: &'g mut impl wide_levels::comes_before_f4,
        timeout: __guarded_Wide::Duration,
    ) -> __guarded_Wide::Result<
        (__guarded_Wide::Guard<'g, u32>, __guarded_Wide::Key<'g, wide_levels::f4>),
        __guarded_Wide::Busy,
    > {
        (&self.fields.f4).try_lock_for(key, timeout)
    }
    ///Locks `f4` like `lock_f4`, but if the lock is poisoned (a thread panicked while holding it), hands over the data as that thread left it and clears the poison, instead of panicking. Takes and hands back keys as `lock_f4` does.
    #[track_caller]
    fn recover_f4<'g>(
        &'g self,
        key: &'g mut impl wide_levels::comes_before_f4,
    ) -> (__guarded_Wide::Guard<'g, u32>, __guarded_Wide::Key<'g, wide_levels::f4>) {
        (&self.fields.f4).recover(key)
    }
    /**Locks `f4` of two `Wide`s in one call, in an order of their own (so that two threads locking the same two in opposite orders cannot deadlock); the guards come back in argument order. Takes keys as `lock_f4` does, and hands back one key after `f4`, which cannot lock `f4` of a third.

# Errors

`SameInstance` if both are the same instance, or clones of one: nothing is locked then.

# Panics

If `f4` of one of them is poisoned, as `lock_f4` does.*/
    #[track_caller]
    fn lock_f4_pair<'g>(
        first: &'g Self,
        second: &'g Self,
        key: &'g mut impl wide_levels::comes_before_f4,
    ) -> __guarded_Wide::Result<
        (
            __guarded_Wide::Guard<'g, u32>,
            __guarded_Wide::Guard<'g, u32>,
            __guarded_Wide::Key<'g, wide_levels::f4>,
        ),
        __guarded_Wide::SameInstance,
    > {
        __guarded_Wide::Field::lock_pair(&first.fields.f4, &second.fields.f4, key)
    }
    /**Locks `f4` of every `Wide` that `instances` yields in one call, as `lock_f4_pair` does for two; the guards come back in the order of `instances`. Takes keys as `lock_f4` does, and hands back one key after `f4`.

# Errors

`SameInstance` if an instance (or a clone of it) comes twice: nothing is locked then.

# Panics

If `f4` of one of them is poisoned, as `lock_f4` does.*/
    #[track_caller]
    fn lock_f4_many<'g>(
        instances: impl __guarded_Wide::IntoIterator<Item = &'g Self>,
        key: &'g mut impl wide_levels::comes_before_f4,
    ) -> __guarded_Wide::Result<
        (
            __guarded_Wide::Vec<__guarded_Wide::Guard<'g, u32>>,
            __guarded_Wide::Key<'g, wide_levels::f4>,
        ),
        __guarded_Wide::SameInstance,
    >
    where
        Self: 'g,
    {
        __guarded_Wide::Field::lock_many(
            instances,
            |instances| &instances.fields.f4,
            key,
        )
    }
    /**Locks `f5`, blocking until no other thread holds it.

`f5` is 6th of 33 in the lock order of `Wide`: its 33 fields in declaration order (see `wide_levels::LOCK_ORDER`).

Takes the `ThreadKey`, or the key handed back by locking an earlier field (`f0`, `f1`, `f2`, `f3`, `f4`); a key that holds `f5` or a later field does not compile. Hands back the guard, which unlocks when dropped, and a key that may lock only the fields after it: 27 fields, `f6` to `f32`.

# Panics

If `f5` is poisoned (a thread panicked while holding it). `recover_f5` takes the data anyway.*/
    #[track_caller]
    fn lock_f5<'g>(
        &'g self,
        key: &'g mut impl wide_levels::comes_before_f5,
    ) -> (__guarded_Wide::Guard<'g, u32>, __guarded_Wide::Key<'g, wide_levels::f5>) {
        (&self.fields.f5).lock(key)
    }
    /**Locks `f5` if no other thread holds it now; never blocks. Takes and hands back keys as `lock_f5` does.

# Errors

`Busy` if another thread holds it (it borrows nothing: see `Busy` for using the key again). Otherwise the result is what `lock_f5` returns.

# Panics

If `f5` is poisoned (a thread panicked while holding it). `recover_f5` takes the data anyway.*/
    #[track_caller]
    fn try_lock_f5<'g>(
        &'g self,
        key: &'g mut impl wide_levels::comes_before_f5,
    ) -> __guarded_Wide::Result<
        (__guarded_Wide::Guard<'g, u32>, __guarded_Wide::Key<'g, wide_levels::f5>),
        __guarded_Wide::Busy,
    > {
        (&self.fields.f5).try_lock(key)
    }
    /**Locks `f5`, waiting at most `timeout` until no other thread holds it. (With the default std backend the wait polls, yielding and then sleeping up to 1 ms between attempts; with the `parking_lot` feature it parks the thread.) Takes and hands back keys as `lock_f5` does.

# Errors

`Busy` if another thread still holds it when `timeout` has passed (it borrows nothing: see `Busy` for using the key again). Otherwise the result is what `lock_f5` returns.

# Panics

If `f5` is poisoned (a thread panicked while holding it). `recover_f5` takes the data anyway.*/
    #[track_caller]
    fn try_lock_f5_for<'g>(
        &'g self,
        key: &'g mut impl wide_levels::comes_before_f5,
        timeout: __guarded_Wide::Duration,
    ) -> __guarded_Wide::Result<
        (__guarded_Wide::Guard<'g, u32>, __guarded_Wide::Key<'g, wide_levels::f5>),
        __guarded_Wide::Busy,
    > {
        (&self.fields.f5).try_lock_for(key, timeout)
    }
    ///Locks `f5` like `lock_f5`, but if the lock is poisoned (a thread panicked while holding it), hands over the data as that thread left it and clears the poison, instead of panicking. Takes and hands back keys as `lock_f5` does.
    #[track_caller]
    fn recover_f5<'g>(
        &'g self,
        key: &'g mut impl wide_levels::comes_before_f5,
    ) -> (__guarded_Wide::Guard<'g, u32>, __guarded_Wide::Key<'g, wide_levels::f5>) {
        (&self.fields.f5).recover(key)
    }
    /**Locks `f5` of two `Wide`s in one call, in an order of their own (so that two threads locking the same two in opposite orders cannot deadlock); the guards come back in argument order. Takes keys as `lock_f5` does, and hands back one key after `f5`, which cannot lock `f5` of a third.

# Errors

`SameInstance` if both are the same instance, or clones of one: nothing is locked then.

# Panics

If `f5` of one of them is poisoned, as `lock_f5` does.*/
    #[track_caller]
    fn lock_f5_pair<'g>(
        first: &'g Self,
        second: &'g Self,
        key: &'g mut impl wide_levels::comes_before_f5,
    ) -> __guarded_Wide::Result<
        (
            __guarded_Wide::Guard<'g, u32>,
            __guarded_Wide::Guard<'g, u32>,
            __guarded_Wide::Key<'g, wide_levels::f5>,
        ),
        __guarded_Wide::SameInstance,
    > {
        __guarded_Wide::Field::lock_pair(&first.fields.f5, &second.fields.f5, key)
    }
    /**Locks `f5` of every `Wide` that `instances` yields in one call, as `lock_f5_pair` does for two; the guards come back in the order of `instances`. Takes keys as `lock_f5` does, and hands back one key after `f5`.

# Errors

`SameInstance` if an instance (or a clone of it) comes twice: nothing is locked then.

# Panics

If `f5` of one of them is poisoned, as `lock_f5` does.*/
    #[track_caller]
    fn lock_f5_many<'g>(
        instances: impl __guarded_Wide::IntoIterator<Item = &'g Self>,
        key: &'g mut impl wide_levels::comes_before_f5,
    ) -> __guarded_Wide::Result<
        (
            __guarded_Wide::Vec<__guarded_Wide::Guard<'g, u32>>,
            __guarded_Wide::Key<'g, wide_levels::f5>,
        ),
        __guarded_Wide::SameInstance,
    >
    where
        Self: 'g,
    {
        __guarded_Wide::Field::lock_many(
            instances,
            |instances| &instances.fields.f5,
            key,
        )
    }
    /**Locks `f6`, blocking until no other thread holds it.

`f6` is 7th of 33 in the lock order of `Wide`: its 33 fields in declaration order (see `wide_levels::LOCK_ORDER`).

Takes the `ThreadKey`, or the key handed back by locking an earlier field (`f0`, `f1`, `f2`, `f3`, `f4`, `f5`); a key that holds `f6` or a later field does not compile. Hands back the guard, which unlocks when dropped, and a key that may lock only the fields after it: 26 fields, `f7` to `f32`.

# Panics

If `f6` is poisoned (a thread panicked while holding it). `recover_f6` takes the data anyway.*/
    #[track_caller]
    fn lock_f6<'g>(
        &'g self,
        key: &'g mut impl wide_levels::comes_before_f6,
    ) -> (__guarded_Wide::Guard<'g, u32>, __guarded_Wide::Key<'g, wide_levels::f6>) {
        (&self.fields.f6).lock(key)
    }
    /**Locks `f6` if no other thread holds it now; never blocks. Takes and hands back keys as `lock_f6` does.

# Errors

`Busy` if another thread holds it (it borrows nothing: see `Busy` for using the key again). Otherwise the result is what `lock_f6` returns.

# Panics

If `f6` is poisoned (a thread panicked while holding it). `recover_f6` takes the data anyway.*/
    #[track_caller]
    fn try_lock_f6<'g>(
        &'g self,
        key: &'g mut impl wide_levels::comes_before_f6,
    ) -> __guarded_Wide::Result<
        (__guarded_Wide::Guard<'g, u32>, __guarded_Wide::Key<'g, wide_levels::f6>),
        __guarded_Wide::Busy,
    > {
        (&self.fields.f6).try_lock(key)
    }
    /**Locks `f6`, waiting at most `timeout` until no other thread holds it. (With the default std backend the wait polls, yielding and then sleeping up to 1 ms between attempts; with the `parking_lot` feature it parks the thread.) Takes and hands back keys as `lock_f6` does.

# Errors

`Busy` if another thread still holds it when `timeout` has passed (it borrows nothing: see `Busy` for using the key again). Otherwise the result is what `lock_f6` returns.

# Panics

If `f6` is poisoned (a thread panicked while holding it). `recover_f6` takes the data anyway.*/
    #[track_caller]
    fn try_lock_f6_for<'g>(
        &'g self,
        key: &'g mut impl wide_levels::comes_before_f6,
        timeout: __guarded_Wide::Duration,
    ) -> __guarded_Wide::Result<
        (__guarded_Wide::Guard<'g, u32>, __guarded_Wide::Key<'g, wide_levels::f6>),
        __guarded_Wide::Busy,
    > {
        (&self.fields.f6).try_lock_for(key, timeout)
    }
    ///Locks `f6` like `lock_f6`, but if the lock is poisoned (a thread panicked while holding it), hands over the data as that thread left it and clears the poison, instead of panicking. Takes and hands back keys as `lock_f6` does.
    #[track_caller]
    fn recover_f6<'g>(
        &'g self,
        key: &'g mut impl wide_levels::comes_before_f6,
    ) -> (__guarded_Wide::Guard<'g, u32>, __guarded_Wide::Key<'g, wide_levels::f6>) {
        (&self.fields.f6).recover(key)
    }
    /**Locks `f6` of two `Wide`s in one call, in an order of their own (so that two threads locking the same two in opposite orders cannot deadlock); the guards come back in argument order. Takes keys as `lock_f6` does, and hands back one key after `f6`, which cannot lock `f6` of a third.

# Errors

`SameInstance` if both are the same instance, or clones of one: nothing is locked then.

# Panics

If `f6` of one of them is poisoned, as `lock_f6` does.*/
    #[track_caller]
    fn lock_f6_pair<'g>(
        first: &'g Self,
        second: &'g Self,
        key: &'g mut impl wide_levels::comes_before_f6,
    ) -> __guarded_Wide::Result<
        (
            __guarded_Wide::Guard<'g, u32>,
            __guarded_Wide::Guard<'g, u32>,
            __guarded_Wide::Key<'g, wide_levels::f6>,
        ),
        __guarded_Wide::SameInstance,
    > {
        __guarded_Wide::Field::lock_pair(&first.fields.f6, &second.fields.f6, key)
    }
    /**Locks `f6` of every `Wide` that `instances` yields in one call, as `lock_f6_pair` does for two; the guards come back in the order of `instances`. Takes keys as `lock_f6` does, and hands back one key after `f6`.

# Errors

`SameInstance` if an instance (or a clone of it) comes twice: nothing is locked then.

# Panics

If `f6` of one of them is poisoned, as `lock_f6` does.*/
    #[track_caller]
    fn lock_f6_many<'g>(
        instances: impl __guarded_Wide::IntoIterator<Item = &'g Self>,
        key: &'g mut impl wide_levels::comes_before_f6,
    ) -> __guarded_Wide::Result<
        (
            __guarded_Wide::Vec<__guarded_Wide::Guard<'g, u32>>,
            __guarded_Wide::Key<'g, wide_levels::f6>,
        ),
        __guarded_Wide::SameInstance,
    >
    where
        Self: 'g,
    {
        __guarded_Wide::Field::lock_many(
            instances,
            |instances| &instances.fields.f6,
            key,
        )
    }
    /**Locks `f7`, blocking until no other thread holds it.

`f7` is 8th of 33 in the lock order of `Wide`: its 33 fields in declaration order (see `wide_levels::LOCK_ORDER`).

Takes the `ThreadKey`, or the key handed back by locking an earlier field (`f0`, `f1`, `f2`, `f3`, `f4`, `f5`, `f6`); a key that holds `f7` or a later field does not compile. Hands back the guard, which unlocks when dropped, and a key that may lock only the fields after it: 25 fields, `f8` to `f32`.

# Panics

If `f7` is poisoned (a thread panicked while holding it). `recover_f7` takes the data anyway.*/
    #[track_caller]
    fn lock_f7<'g>(
        &'g self,
        key: &'g mut impl wide_levels::comes_before_f7,
    ) -> (__guarded_Wide::Guard<'g, u32>, __guarded_Wide::Key<'g, wide_levels::f7>) {
        (&self.fields.f7).lock(key)
    }
    /**Locks `f7` if no other thread holds it now; never blocks. Takes and hands back keys as `lock_f7` does.

# Errors

`Busy` if another thread holds it (it borrows nothing: see `Busy` for using the key again). Otherwise the result is what `lock_f7` returns.

# Panics

If `f7` is poisoned (a thread panicked while holding it). `recover_f7` takes the data anyway.*/
    #[track_caller]
    fn try_lock_f7<'g>(
        &'g self,
        key: &'g mut impl wide_levels::comes_before_f7,
    ) -> __guarded_Wide::Result<
        (__guarded_Wide::Guard<'g, u32>, __guarded_Wide::Key<'g, wide_levels::f7>),
        __guarded_Wide::Busy,
    > {
        (&self.fields.f7).try_lock(key)
    }
    /**Locks `f7`, waiting at most `timeout` until no other thread holds it. (With the default std backend the wait polls, yielding and then sleeping up to 1 ms between attempts; with the `parking_lot` feature it parks the thread.) Takes and hands back keys as `lock_f7` does.

# Errors

`Busy` if another thread still holds it when `timeout` has passed (it borrows nothing: see `Busy` for using the key again). Otherwise the result is what `lock_f7` returns.

# Panics

If `f7` is poisoned (a thread panicked while holding it). `recover_f7` takes the data anyway.*/
    #[track_caller]
    fn try_lock_f7_for<'g>(
        &'g self,
        key: &'g mut impl wide_levels::comes_before_f7,
        timeout: __guarded_Wide::Duration,
    ) -> __guarded_Wide::Result<
        (__guarded_Wide::Guard<'g, u32>, __guarded_Wide::Key<'g, wide_levels::f7>),
        __guarded_Wide::Busy,
    > {
        (&self.fields.f7).try_lock_for(key, timeout)
    }
    ///Locks `f7` like `lock_f7`, but if the lock is poisoned (a thread panicked while holding it), hands over the data as that thread left it and clears the poison, instead of panicking. Takes and hands back keys as `lock_f7` does.
    #[track_caller]
    fn recover_f7<'g>(
        &'g self,
        key: &'g mut impl wide_levels::comes_before_f7,
    ) -> (__guarded_Wide::Guard<'g, u32>, __guarded_Wide::Key<'g, wide_levels::f7>) {
        (&self.fields.f7).recover(key)
    }
    /**Locks `f7` of two `Wide`s in one call, in an order of their own (so that two threads locking the same two in opposite orders cannot deadlock); the guards come back in argument order. Takes keys as `lock_f7` does, and hands back one key after `f7`, which cannot lock `f7` of a third.

# Errors

`SameInstance` if both are the same instance, or clones of one: nothing is locked then.

# Panics

If `f7` of one of them is poisoned, as `lock_f7` does.*/
    #[track_caller]
    fn lock_f7_pair<'g>(
        first: &'g Self,
        second: &'g Self,
        key: &'g mut impl wide_levels::comes_before_f7,
    ) -> __guarded_Wide::Result<
        (
            __guarded_Wide::Guard<'g, u32>,
            __guarded_Wide::Guard<'g, u32>,
            __guarded_Wide::Key<'g, wide_levels::f7>,
        ),
        __guarded_Wide::SameInstance,
    > {
        __guarded_Wide::Field::lock_pair(&first.fields.f7, &second.fields.f7, key)
    }
    /**Locks `f7` of every `Wide` that `instances` yields in one call, as `lock_f7_pair` does for two; the guards come back in the order of `instances`. Takes keys as `lock_f7` does, and hands back one key after `f7`.

# Errors

`SameInstance` if an instance (or a clone of it) comes twice: nothing is locked then.

# Panics

If `f7` of one of them is poisoned, as `lock_f7` does.*/
    #[track_caller]
    fn lock_f7_many<'g>(
        instances: impl __guarded_Wide::IntoIterator<Item = &'g Self>,
        key: &'g mut impl wide_levels::comes_before_f7,
    ) -> __guarded_Wide::Result<
        (
            __guarded_Wide::Vec<__guarded_Wide::Guard<'g, u32>>,
            __guarded_Wide::Key<'g, wide_levels::f7>,
        ),
        __guarded_Wide::SameInstance,
    >
    where
        Self: 'g,
    {
        __guarded_Wide::Field::lock_many(
            instances,
            |instances| &instances.fields.f7,
            key,
        )
    }
    /**Locks `f8`, blocking until no other thread holds it.

`f8` is 9th of 33 in the lock order of `Wide`: its 33 fields in declaration order (see `wide_levels::LOCK_ORDER`).

Takes the `ThreadKey`, or the key handed back by locking an earlier field (`f0`, `f1`, `f2`, `f3`, `f4`, `f5`, `f6`, `f7`); a key that holds `f8` or a later field does not compile. Hands back the guard, which unlocks when dropped, and a key that may lock only the fields after it: 24 fields, `f9` to `f32`.

# Panics

If `f8` is poisoned (a thread panicked while holding it). `recover_f8` takes the data anyway.*/
    #[track_caller]
    fn lock_f8<'g>(
        &'g self,
        key: &'g mut impl wide_levels::comes_before_f8,
    ) -> (__guarded_Wide::Guard<'g, u32>, __guarded_Wide::Key<'g, wide_levels::f8>) {
        (&self.fields.f8).lock(key)
    }
    /**Locks `f8` if no other thread holds it now; never blocks. Takes and hands back keys as `lock_f8` does.

# Errors

`Busy` if another thread holds it (it borrows nothing: see `Busy` for using the key again). Otherwise the result is what `lock_f8` returns.

# Panics

If `f8` is poisoned (a thread panicked while holding it). `recover_f8` takes the data anyway.*/
    #[track_caller]
    fn try_lock_f8<'g>(
        &'g self,
        key: &'g mut impl wide_levels::comes_before_f8,
    ) -> __guarded_Wide::Result<
        (__guarded_Wide::Guard<'g, u32>, __guarded_Wide::Key<'g, wide_levels::f8>),
        __guarded_Wide::Busy,
    > {
        (&self.fields.f8).try_lock(key)
    }
    /**Locks `f8`, waiting at most `timeout` until no other thread holds it. (With the default std backend the wait polls, yielding and then sleeping up to 1 ms between attempts; with the `parking_lot` feature it parks the thread.) Takes and hands back keys as `lock_f8` does.

# Errors

`Busy` if another thread still holds it when `timeout` has passed (it borrows nothing: see `Busy` for using the key again). Otherwise the result is what `lock_f8` returns.

# Panics

If `f8` is poisoned (a thread panicked while holding it). `recover_f8` takes the data anyway.*/
    #[track_caller]
    fn try_lock_f8_for<'g>(
        &'g self,
        key: &'g mut impl wide_levels::comes_before_f8,
        timeout: __guarded_Wide::Duration,
    ) -> __guarded_Wide::Result<
        (__guarded_Wide::Guard<'g, u32>, __guarded_Wide::Key<'g, wide_levels::f8>),
        __guarded_Wide::Busy,
    > {
        (&self.fields.f8).try_lock_for(key, timeout)
    }
    ///Locks `f8` like `lock_f8`, but if the lock is poisoned (a thread panicked while holding it), hands over the data as that thread left it and clears the poison, instead of panicking. Takes and hands back keys as `lock_f8` does.
    #[track_caller]
    fn recover_f8<'g>(
        &'g self,
        key: &'g mut impl wide_levels::comes_before_f8,
    ) -> (__guarded_Wide::Guard<'g, u32>, __guarded_Wide::Key<'g, wide_levels::f8>) {
        (&self.fields.f8).recover(key)
    }
    /**Locks `f8` of two `Wide`s in one call, in an order of their own (so that two threads locking the same two in opposite orders cannot deadlock); the guards come back in argument order. Takes keys as `lock_f8` does, and hands back one key after `f8`, which cannot lock `f8` of a third.

# Errors

`SameInstance` if both are the same instance, or clones of one: nothing is locked then.

# Panics

If `f8` of one of them is poisoned, as `lock_f8` does.*/
    #[track_caller]
    fn lock_f8_pair<'g>(
        first: &'g Self,
        second: &'g Self,
        key: &'g mut impl wide_levels::comes_before_f8,
    ) -> __guarded_Wide::Result<
        (
            __guarded_Wide::Guard<'g, u32>,
            __guarded_Wide::Guard<'g, u32>,
            __guarded_Wide::Key<'g, wide_levels::f8>,
        ),
        __guarded_Wide::SameInstance,
    > {
        __guarded_Wide::Field::lock_pair(&first.fields.f8, &second.fields.f8, key)
    }
    /**Locks `f8` of every `Wide` that `instances` yields in one call, as `lock_f8_pair` does for two; the guards come back in the order of `instances`. Takes keys as `lock_f8` does, and hands back one key after `f8`.

# Errors

`SameInstance` if an instance (or a clone of it) comes twice: nothing is locked then.

# Panics

If `f8` of one of them is poisoned, as `lock_f8` does.*/
    #[track_caller]
    fn lock_f8_many<'g>(
        instances: impl __guarded_Wide::IntoIterator<Item = &'g Self>,
        key: &'g mut impl wide_levels::comes_before_f8,
    ) -> __guarded_Wide::Result<
        (
            __guarded_Wide::Vec<__guarded_Wide::Guard<'g, u32>>,
            __guarded_Wide::Key<'g, wide_levels::f8>,
        ),
        __guarded_Wide::SameInstance,
    >
    where
        Self: 'g,
    {
        __guarded_Wide::Field::lock_many(
            instances,
            |instances| &instances.fields.f8,
            key,
        )
    }
    /**Locks `f9`, blocking until no other thread holds it.

`f9` is 10th of 33 in the lock order of `Wide`: its 33 fields in declaration order (see `wide_levels::LOCK_ORDER`).

Takes the `ThreadKey`, or the key handed back by locking an earlier field (9 fields, `f0` to `f8`); a key that holds `f9` or a later field does not compile. Hands back the guard, which unlocks when dropped, and a key that may lock only the fields after it: 23 fields, `f10` to `f32`.

# Panics

If `f9` is poisoned (a thread panicked while holding it). `recover_f9` takes the data anyway.*/
    #[track_caller]
    fn lock_f9<'g>(
        &'g self,
        key: &'g mut impl wide_levels::comes_before_f9,
    ) -> (__guarded_Wide::Guard<'g, u32>, __guarded_Wide::Key<'g, wide_levels::f9>) {
        (&self.fields.f9).lock(key)
    }
    /**Locks `f9` if no other thread holds it now; never blocks. Takes and hands back keys as `lock_f9` does.

# Errors

`Busy` if another thread holds it (it borrows nothing: see `Busy` for using the key again). Otherwise the result is what `lock_f9` returns.

# Panics

If `f9` is poisoned (a thread panicked while holding it). `recover_f9` takes the data anyway.*/
    #[track_caller]
    fn try_lock_f9<'g>(
        &'g self,
        key: &'g mut impl wide_levels::comes_before_f9,
    ) -> __guarded_Wide::Result<
        (__guarded_Wide::Guard<'g, u32>, __guarded_Wide::Key<'g, wide_levels::f9>),
        __guarded_Wide::Busy,
    > {
        (&self.fields.f9).try_lock(key)
    }
    /**Locks `f9`, waiting at most `timeout` until no other thread holds it. (With the default std backend the wait polls, yielding and then sleeping up to 1 ms between attempts; with the `parking_lot` feature it parks the thread.) Takes and hands back keys as `lock_f9` does.

# Errors

`Busy` if another thread still holds it when `timeout` has passed (it borrows nothing: see `Busy` for using the key again). Otherwise the result is what `lock_f9` returns.

# Panics

If `f9` is poisoned (a thread panicked while holding it). `recover_f9` takes the data anyway.*/
    #[track_caller]
    fn try_lock_f9_for<'g>(
        &'g self,
        key: &'g mut impl wide_levels::comes_before_f9,
        timeout: __guarded_Wide::Duration,
    ) -> __guarded_Wide::Result<
        (__guarded_Wide::Guard<'g, u32>, __guarded_Wide::Key<'g, wide_levels::f9>),
        __guarded_Wide::Busy,
    > {
        (&self.fields.f9).try_lock_for(key, timeout)
    }
    ///Locks `f9` like `lock_f9`, but if the lock is poisoned (a thread panicked while holding it), hands over the data as that thread left it and clears the poison, instead of panicking. Takes and hands back keys as `lock_f9` does.
    #[track_caller]
    fn recover_f9<'g>(
        &'g self,
        key: &'g mut impl wide_levels::comes_before_f9,
    ) -> (__guarded_Wide::Guard<'g, u32>, __guarded_Wide::Key<'g, wide_levels::f9>) {
        (&self.fields.f9).recover(key)
    }
    /**Locks `f9` of two `Wide`s in one call, in an order of their own (so that two threads locking the same two in opposite orders cannot deadlock); the guards come back in argument order. Takes keys as `lock_f9` does, and hands back one key after `f9`, which cannot lock `f9` of a third.

# Errors

`SameInstance` if both are the same instance, or clones of one: nothing is locked then.

# Panics

If `f9` of one of them is poisoned, as `lock_f9` does.*/
    #[track_caller]
    fn lock_f9_pair<'g>(
        first: &'g Self,
        second: &'g Self,
        key: &'g mut impl wide_levels::comes_before_f9,
    ) -> __guarded_Wide::Result<
        (
            __guarded_Wide::Guard<'g, u32>,
            __guarded_Wide::Guard<'g, u32>,
            __guarded_Wide::Key<'g, wide_levels::f9>,
        ),
        __guarded_Wide::SameInstance,
    > {
        __guarded_Wide::Field::lock_pair(&first.fields.f9, &second.fields.f9, key)
    }
    /**Locks `f9` of every `Wide` that `instances` yields in one call, as `lock_f9_pair` does for two; the guards come back in the order of `instances`. Takes keys as `lock_f9` does, and hands back one key after `f9`.

# Errors

`SameInstance` if an instance (or a clone of it) comes twice: nothing is locked then.

# Panics

If `f9` of one of them is poisoned, as `lock_f9` does.*/
    #[track_caller]
    fn lock_f9_many<'g>(
        instances: impl __guarded_Wide::IntoIterator<Item = &'g Self>,
        key: &'g mut impl wide_levels::comes_before_f9,
    ) -> __guarded_Wide::Result<
        (
            __guarded_Wide::Vec<__guarded_Wide::Guard<'g, u32>>,
            __guarded_Wide::Key<'g, wide_levels::f9>,
        ),
        __guarded_Wide::SameInstance,
    >
    where
        Self: 'g,
    {
        __guarded_Wide::Field::lock_many(
            instances,
            |instances| &instances.fields.f9,
            key,
        )
    }
    /**Locks `f10`, blocking until no other thread holds it.

`f10` is 11th of 33 in the lock order of `Wide`: its 33 fields in declaration order (see `wide_levels::LOCK_ORDER`).

Takes the `ThreadKey`, or the key handed back by locking an earlier field (10 fields, `f0` to `f9`); a key that holds `f10` or a later field does not compile. Hands back the guard, which unlocks when dropped, and a key that may lock only the fields after it: 22 fields, `f11` to `f32`.

# Panics

If `f10` is poisoned (a thread panicked while holding it). `recover_f10` takes the data anyway.*/
    #[track_caller]
    fn lock_f10<'g>(
        &'g self,
        key: &'g mut impl wide_levels::comes_before_f10,
    ) -> (__guarded_Wide::Guard<'g, u32>, __guarded_Wide::Key<'g, wide_levels::f10>) {
        (&self.fields.f10).lock(key)
    }
    /**Locks `f10` if no other thread holds it now; never blocks. Takes and hands back keys as `lock_f10` does.

# Errors

`Busy` if another thread holds it (it borrows nothing: see `Busy` for using the key again). Otherwise the result is what `lock_f10` returns.

# Panics

If `f10` is poisoned (a thread panicked while holding it). `recover_f10` takes the data anyway.*/
    #[track_caller]
    fn try_lock_f10<'g>(
        &'g self,
        key: &'g mut impl wide_levels::comes_before_f10,
    ) -> __guarded_Wide::Result<
        (__guarded_Wide::Guard<'g, u32>, __guarded_Wide::Key<'g, wide_levels::f10>),
        __guarded_Wide::Busy,
    > {
        (&self.fields.f10).try_lock(key)
    }
    /**Locks `f10`, waiting at most `timeout` until no other thread holds it. (With the default std backend the wait polls, yielding and then sleeping up to 1 ms between attempts; with the `parking_lot` feature it parks the thread.) Takes and hands back keys as `lock_f10` does.

# Errors

`Busy` if another thread still holds it when `timeout` has passed (it borrows nothing: see `Busy` for using the key again). Otherwise the result is what `lock_f10` returns.

# Panics

If `f10` is poisoned (a thread panicked while holding it). `recover_f10` takes the data anyway.*/
    #[track_caller]
    fn try_lock_f10_for<'g>(
        &'g self,
        key: &'g mut impl wide_levels::comes_before_f10,
        timeout: __guarded_Wide::Duration,
    ) -> __guarded_Wide::Result<
        (__guarded_Wide::Guard<'g, u32>, __guarded_Wide::Key<'g, wide_levels::f10>),
        __guarded_Wide::Busy,
    > {
        (&self.fields.f10).try_lock_for(key, timeout)
    }
    ///Locks `f10` like `lock_f10`, but if the lock is poisoned (a thread panicked while holding it), hands over the data as that thread left it and clears the poison, instead of panicking. Takes and hands back keys as `lock_f10` does.
    #[track_caller]
    fn recover_f10<'g>(
        &'g self,
        key: &'g mut impl wide_levels::comes_before_f10,
    ) -> (__guarded_Wide::Guard<'g, u32>, __guarded_Wide::Key<'g, wide_levels::f10>) {
        (&self.fields.f10).recover(key)
    }
    /**Locks `f10` of two `Wide`s in one call, in an order of their own (so that two threads locking the same two in opposite orders cannot deadlock); the guards come back in argument order. Takes keys as `lock_f10` does, and hands back one key after `f10`, which cannot lock `f10` of a third.

# Errors

`SameInstance` if both are the same instance, or clones of one: nothing is locked then.

# Panics

If `f10` of one of them is poisoned, as `lock_f10` does.*/
    #[track_caller]
    fn lock_f10_pair<'g>(
        first: &'g Self,
        second: &'g Self,
        key: &'g mut impl wide_levels::comes_before_f10,
    ) -> __guarded_Wide::Result<
        (
            __guarded_Wide::Guard<'g, u32>,
            __guarded_Wide::Guard<'g, u32>,
            __guarded_Wide::Key<'g, wide_levels::f10>,
        ),
        __guarded_Wide::SameInstance,
    > {
        __guarded_Wide::Field::lock_pair(&first.fields.f10, &second.fields.f10, key)
    }
    /**Locks `f10` of every `Wide` that `instances` yields in one call, as `lock_f10_pair` does for two; the guards come back in the order of `instances`. Takes keys as `lock_f10` does, and hands back one key after `f10`.

# Errors

`SameInstance` if an instance (or a clone of it) comes twice: nothing is locked then.

# Panics

If `f10` of one of them is poisoned, as `lock_f10` does.*/
    #[track_caller]
    fn lock_f10_many<'g>(
        instances: impl __guarded_Wide::IntoIterator<Item = &'g Self>,
        key: &'g mut impl wide_levels::comes_before_f10,
    ) -> __guarded_Wide::Result<
        (
            __guarded_Wide::Vec<__guarded_Wide::Guard<'g, u32>>,
            __guarded_Wide::Key<'g, wide_levels::f10>,
        ),
        __guarded_Wide::SameInstance,
    >
    where
        Self: 'g,
    {
        __guarded_Wide::Field::lock_many(
            instances,
            |instances| &instances.fields.f10,
            key,
        )
    }
    /**Locks `f11`, blocking until no other thread holds it.

`f11` is 12th of 33 in the lock order of `Wide`: its 33 fields in declaration order (see `wide_levels::LOCK_ORDER`).

Takes the `ThreadKey`, or the key handed back by locking an earlier field (11 fields, `f0` to `f10`); a key that holds `f11` or a later field does not compile. Hands back the guard, which unlocks when dropped, and a key that may lock only the fields after it: 21 fields, `f12` to `f32`.

# Panics

If `f11` is poisoned (a thread panicked while holding it). `recover_f11` takes the data anyway.*/
    #[track_caller]
    fn lock_f11<'g>(
        &'g self,
        key: &'g mut impl wide_levels::comes_before_f11,
    ) -> (__guarded_Wide::Guard<'g, u32>, __guarded_Wide::Key<'g, wide_levels::f11>) {
        (&self.fields.f11).lock(key)
    }
    /**Locks `f11` if no other thread holds it now; never blocks. Takes and hands back keys as `lock_f11` does.

# Errors

`Busy` if another thread holds it (it borrows nothing: see `Busy` for using the key again). Otherwise the result is what `lock_f11` returns.

# Panics

If `f11` is poisoned (a thread panicked while holding it). `recover_f11` takes the data anyway.*/
    #[track_caller]
    fn try_lock_f11<'g>(
        &'g self,
        key: &'g mut impl wide_levels::comes_before_f11,
    ) -> __guarded_Wide::Result<
        (__guarded_Wide::Guard<'g, u32>, __guarded_Wide::Key<'g, wide_levels::f11>),
        __guarded_Wide::Busy,
    > {
        (&self.fields.f11).try_lock(key)
    }
    /**Locks `f11`, waiting at most `timeout` until no other thread holds it. (With the default std backend the wait polls, yielding and then sleeping up to 1 ms between attempts; with the `parking_lot` feature it parks the thread.) Takes and hands back keys as `lock_f11` does.

# Errors

`Busy` if another thread still holds it when `timeout` has passed (it borrows nothing: see `Busy` for using the key again). Otherwise the result is what `lock_f11` returns.

# Panics

If `f11` is poisoned (a thread panicked while holding it). `recover_f11` takes the data anyway.*/
    #[track_caller]
    fn try_lock_f11_for<'g>(
        &'g self,
        key: &'g mut impl wide_levels::comes_before_f11,
        timeout: __guarded_Wide::Duration,
    ) -> __guarded_Wide::Result<
        (__guarded_Wide::Guard<'g, u32>, __guarded_Wide::Key<'g, wide_levels::f11>),
        __guarded_Wide::Busy,
    > {
        (&self.fields.f11).try_lock_for(key, timeout)
    }
    ///Locks `f11` like `lock_f11`, but if the lock is poisoned (a thread panicked while holding it), hands over the data as that thread left it and clears the poison, instead of panicking. Takes and hands back keys as `lock_f11` does.
    #[track_caller]
    fn recover_f11<'g>(
        &'g self,
        key: &'g mut impl wide_levels::comes_before_f11,
    ) -> (__guarded_Wide::Guard<'g, u32>, __guarded_Wide::Key<'g, wide_levels::f11>) {
        (&self.fields.f11).recover(key)
    }
    /**Locks `f11` of two `Wide`s in one call, in an order of their own (so that two threads locking the same two in opposite orders cannot deadlock); the guards come back in argument order. Takes keys as `lock_f11` does, and hands back one key after `f11`, which cannot lock `f11` of a third.

# Errors

`SameInstance` if both are the same instance, or clones of one: nothing is locked then.

# Panics

If `f11` of one of them is poisoned, as `lock_f11` does.*/
    #[track_caller]
    fn lock_f11_pair<'g>(
        first: &'g Self,
        second: &'g Self,
        key: &'g mut impl wide_levels::comes_before_f11,
    ) -> __guarded_Wide::Result<
        (
            __guarded_Wide::Guard<'g, u32>,
            __guarded_Wide::Guard<'g, u32>,
            __guarded_Wide::Key<'g, wide_levels::f11>,
        ),
        __guarded_Wide::SameInstance,
    > {
        __guarded_Wide::Field::lock_pair(&first.fields.f11, &second.fields.f11, key)
    }
    /**Locks `f11` of every `Wide` that `instances` yields in one call, as `lock_f11_pair` does for two; the guards come back in the order of `instances`. Takes keys as `lock_f11` does, and hands back one key after `f11`.

# Errors

`SameInstance` if an instance (or a clone of it) comes twice: nothing is locked then.

# Panics

If `f11` of one of them is poisoned, as `lock_f11` does.*/
    #[track_caller]
    fn lock_f11_many<'g>(
        instances: impl __guarded_Wide::IntoIterator<Item = &'g Self>,
        key: &'g mut impl wide_levels::comes_before_f11,
    ) -> __guarded_Wide::Result<
        (
            __guarded_Wide::Vec<__guarded_Wide::Guard<'g, u32>>,
            __guarded_Wide::Key<'g, wide_levels::f11>,
        ),
        __guarded_Wide::SameInstance,
    >
    where
        Self: 'g,
    {
        __guarded_Wide::Field::lock_many(
            instances,
            |instances| &instances.fields.f11,
            key,
        )
    }
    /**Locks `f12`, blocking until no other thread holds it.

`f12` is 13th of 33 in the lock order of `Wide`: its 33 fields in declaration order (see `wide_levels::LOCK_ORDER`).

Takes the `ThreadKey`, or the key handed back by locking an earlier field (12 fields, `f0` to `f11`); a key that holds `f12` or a later field does not compile. Hands back the guard, which unlocks when dropped, and a key that may lock only the fields after it: 20 fields, `f13` to `f32`.

# Panics

If `f12` is poisoned (a thread panicked while holding it). `recover_f12` takes the data anyway.*/
    #[track_caller]
    fn lock_f12<'g>(
        &'g self,
        key: &'g mut impl wide_levels::comes_before_f12,
    ) -> (__guarded_Wide::Guard<'g, u32>, __guarded_Wide::Key<'g, wide_levels::f12>) {
        (&self.fields.f12).lock(key)
    }
    /**Locks `f12` if no other thread holds it now; never blocks. Takes and hands back keys as `lock_f12` does.

# Errors

`Busy` if another thread holds it (it borrows nothing: see `Busy` for using the key again). Otherwise the result is what `lock_f12` returns.

# Panics

If `f12` is poisoned (a thread panicked while holding it). `recover_f12` takes the data anyway.*/
    #[track_caller]
    fn try_lock_f12<'g>(
        &'g self,
        key: &'g mut impl wide_levels::comes_before_f12,
    ) -> __guarded_Wide::Result<
        (__guarded_Wide::Guard<'g, u32>, __guarded_Wide::Key<'g, wide_levels::f12>),
        __guarded_Wide::Busy,
    > {
        (&self.fields.f12).try_lock(key)
    }
    /**Locks `f12`, waiting at most `timeout` until no other thread holds it. (With the default std backend the wait polls, yielding and then sleeping up to 1 ms between attempts; with the `parking_lot` feature it parks the thread.) Takes and hands back keys as `lock_f12` does.

# Errors

`Busy` if another thread still holds it when `timeout` has passed (it borrows nothing: see `Busy` for using the key again). Otherwise the result is what `lock_f12` returns.

# Panics

If `f12` is poisoned (a thread panicked while holding it). `recover_f12` takes the data anyway.*/
    #[track_caller]
    fn try_lock_f12_for<'g>(
        &'g self,
        key: &'g mut impl wide_levels::comes_before_f12,
        timeout: __guarded_Wide::Duration,
    ) -> __guarded_Wide::Result<
        (__guarded_Wide::Guard<'g, u32>, __guarded_Wide::Key<'g, wide_levels::f12>),
        __guarded_Wide::Busy,
    > {
        (&self.fields.f12).try_lock_for(key, timeout)
    }
    ///Locks `f12` like `lock_f12`, but if the lock is poisoned (a thread panicked while holding it), hands over the data as that thread left it and clears the poison, instead of panicking. Takes and hands back keys as `lock_f12` does.
    #[track_caller]
    fn recover_f12<'g>(
        &'g self,
        key: &'g mut impl wide_levels::comes_before_f12,
    ) -> (__guarded_Wide::Guard<'g, u32>, __guarded_Wide::Key<'g, wide_levels::f12>) {
        (&self.fields.f12).recover(key)
    }
    /**Locks `f12` of two `Wide`s in one call, in an order of their own (so that two threads locking the same two in opposite orders cannot deadlock); the guards come back in argument order. Takes keys as `lock_f12` does, and hands back one key after `f12`, which cannot lock `f12` of a third.

# Errors

`SameInstance` if both are the same instance, or clones of one: nothing is locked then.

# Panics

If `f12` of one of them is poisoned, as `lock_f12` does.*/
    #[track_caller]
    fn lock_f12_pair<'g>(
        first: &'g Self,
        second: &'g Self,
        key: &'g mut impl wide_levels::comes_before_f12,
    ) -> __guarded_Wide::Result<
        (
            __guarded_Wide::Guard<'g, u32>,
            __guarded_Wide::Guard<'g, u32>,
            __guarded_Wide::Key<'g, wide_levels::f12>,
        ),
        __guarded_Wide::SameInstance,
    > {
        __guarded_Wide::Field::lock_pair(&first.fields.f12, &second.fields.f12, key)
    }
    /**Locks `f12` of every `Wide` that `instances` yields in one call, as `lock_f12_pair` does for two; the guards come back in the order of `instances`. Takes keys as `lock_f12` does, and hands back one key after `f12`.

# Errors

`SameInstance` if an instance (or a clone of it) comes twice: nothing is locked then.

# Panics

If `f12` of one of them is poisoned, as `lock_f12` does.*/
    #[track_caller]
    fn lock_f12_many<'g>(
        instances: impl __guarded_Wide::IntoIterator<Item = &'g Self>,
        key: &'g mut impl wide_levels::comes_before_f12,
    ) -> __guarded_Wide::Result<
        (
            __guarded_Wide::Vec<__guarded_Wide::Guard<'g, u32>>,
            __guarded_Wide::Key<'g, wide_levels::f12>,
        ),
        __guarded_Wide::SameInstance,
    >
    where
        Self: 'g,
    {
        __guarded_Wide::Field::lock_many(
            instances,
            |instances| &instances.fields.f12,
            key,
        )
    }
    /**Locks `f13`, blocking until no other thread holds it.

`f13` is 14th of 33 in the lock order of `Wide`: its 33 fields in declaration order (see `wide_levels::LOCK_ORDER`).

Takes the `ThreadKey`, or the key handed back by locking an earlier field (13 fields, `f0` to `f12`); a key that holds `f13` or a later field does not compile. Hands back the guard, which unlocks when dropped, and a key that may lock only the fields after it: 19 fields, `f14` to `f32`.

# Panics

If `f13` is poisoned (a thread panicked while holding it). `recover_f13` takes the data anyway.*/
    #[track_caller]
    fn lock_f13<'g>(
        &'g self,
        key: &'g mut impl wide_levels::comes_before_f13,
    ) -> (__guarded_Wide::Guard<'g, u32>, __guarded_Wide::Key<'g, wide_levels::f13>) {
        (&self.fields.f13).lock(key)
    }
    /**Locks `f13` if no other thread holds it now; never blocks. Takes and hands back keys as `lock_f13` does.

# Errors

`Busy` if another thread holds it (it borrows nothing: see `Busy` for using the key again). Otherwise the result is what `lock_f13` returns.

# Panics

If `f13` is poisoned (a thread panicked while holding it). `recover_f13` takes the data anyway.*/
    #[track_caller]
    fn try_lock_f13<'g>(
        &'g self,
        key: &'g mut impl wide_levels::comes_before_f13,
    ) -> __guarded_Wide::Result<
        (__guarded_Wide::Guard<'g, u32>, __guarded_Wide::Key<'g, wide_levels::f13>),
        __guarded_Wide::Busy,
    > {
        (&self.fields.f13).try_lock(key)
    }
    /**Locks `f13`, waiting at most `timeout` until no other thread holds it. (With the default std backend the wait polls, yielding and then sleeping up to 1 ms between attempts; with the `parking_lot` feature it parks the thread.) Takes and hands back keys as `lock_f13` does.

# Errors

`Busy` if another thread still holds it when `timeout` has passed (it borrows nothing: see `Busy` for using the key again). Otherwise the result is what `lock_f13` returns.

# Panics

If `f13` is poisoned (a thread panicked while holding it). `recover_f13` takes the data anyway.*/
    #[track_caller]
    fn try_lock_f13_for<'g>(
        &'g self,
        key: &'g mut impl wide_levels::comes_before_f13,
        timeout: __guarded_Wide::Duration,
    ) -> __guarded_Wide::Result<
        (__guarded_Wide::Guard<'g, u32>, __guarded_Wide::Key<'g, wide_levels::f13>),
        __guarded_Wide::Busy,
    > {
        (&self.fields.f13).try_lock_for(key, timeout)
    }
    ///Locks `f13` like `lock_f13`, but if the lock is poisoned (a thread panicked while holding it), hands over the data as that thread left it and clears the poison, instead of panicking. Takes and hands back keys as `lock_f13` does.
    #[track_caller]
    fn recover_f13<'g>(
        &'g self,
        key: &'g mut impl wide_levels::comes_before_f13,
    ) -> (__guarded_Wide::Guard<'g, u32>, __guarded_Wide::Key<'g, wide_levels::f13>) {
        (&self.fields.f13).recover(key)
    }
    /**Locks `f13` of two `Wide`s in one call, in an order of their own (so that two threads locking the same two in opposite orders cannot deadlock); the guards come back in argument order. Takes keys as `lock_f13` does, and hands back one key after `f13`, which cannot lock `f13` of a third.

# Errors

`SameInstance` if both are the same instance, or clones of one: nothing is locked then.

# Panics

If `f13` of one of them is poisoned, as `lock_f13` does.*/
    #[track_caller]
    fn lock_f13_pair<'g>(
        first: &'g Self,
        second: &'g Self,
        key: &'g mut impl wide_levels::comes_before_f13,
    ) -> __guarded_Wide::Result<
        (
            __guarded_Wide::Guard<'g, u32>,
            __guarded_Wide::Guard<'g, u32>,
            __guarded_Wide::Key<'g, wide_levels::f13>,
        ),
        __guarded_Wide::SameInstance,
    > {
        __guarded_Wide::Field::lock_pair(&first.fields.f13, &second.fields.f13, key)
    }
    /**Locks `f13` of every `Wide` that `instances` yields in one call, as `lock_f13_pair` does for two; the guards come back in the order of `instances`. Takes keys as `lock_f13` does, and hands back one key after `f13`.

# Errors

`SameInstance` if an instance (or a clone of it) comes twice: nothing is locked then.

# Panics

If `f13` of one of them is poisoned, as `lock_f13` does.*/
    #[track_caller]
    fn lock_f13_many<'g>(
        instances: impl __guarded_Wide::IntoIterator<Item = &'g Self>,
        key: &'g mut impl wide_levels::comes_before_f13,
    ) -> __guarded_Wide::Result<
        (
            __guarded_Wide::Vec<__guarded_Wide::Guard<'g, u32>>,
            __guarded_Wide::Key<'g, wide_levels::f13>,
        ),
        __guarded_Wide::SameInstance,
    >
    where
        Self: 'g,
    {
        __guarded_Wide::Field::lock_many(
            instances,
            |instances| &instances.fields.f13,
            key,
        )
    }
    /**Locks `f14`, blocking until no other thread holds it.

`f14` is 15th of 33 in the lock order of `Wide`: its 33 fields in declaration order (see `wide_levels::LOCK_ORDER`).

Takes the `ThreadKey`, or the key handed back by locking an earlier field (14 fields, `f0` to `f13`); a key that holds `f14` or a later field does not compile. Hands back the guard, which unlocks when dropped, and a key that may lock only the fields after it: 18 fields, `f15` to `f32`.

# Panics

If `f14` is poisoned (a thread panicked while holding it). `recover_f14` takes the data anyway.*/
    #[track_caller]
    fn lock_f14<'g>(
        &'g self,
        key: &'g mut impl wide_levels::comes_before_f14,
    ) -> (__guarded_Wide::Guard<'g, u32>, __guarded_Wide::Key<'g, wide_levels::f14>) {
        (&self.fields.f14).lock(key)
    }
    /**Locks `f14` if no other thread holds it now; never blocks. Takes and hands back keys as `lock_f14` does.

# Errors

`Busy` if another thread holds it (it borrows nothing: see `Busy` for using the key again). Otherwise the result is what `lock_f14` returns.

# Panics

If `f14` is poisoned (a thread panicked while holding it). `recover_f14` takes the data anyway.*/
    #[track_caller]
    fn try_lock_f14<'g>(
        &'g self,
        key: &'g mut impl wide_levels::comes_before_f14,
    ) -> __guarded_Wide::Result<
        (__guarded_Wide::Guard<'g, u32>, __guarded_Wide::Key<'g, wide_levels::f14>),
        __guarded_Wide::Busy,
    > {
        (&self.fields.f14).try_lock(key)
    }
    /**Locks `f14`, waiting at most `timeout` until no other thread holds it. (With the default std backend the wait polls, yielding and then sleeping up to 1 ms between attempts; with the `parking_lot` feature it parks the thread.) Takes and hands back keys as `lock_f14` does.

# Errors

`Busy` if another thread still holds it when `timeout` has passed (it borrows nothing: see `Busy` for using the key again). Otherwise the result is what `lock_f14` returns.

# Panics

If `f14` is poisoned (a thread panicked while holding it). `recover_f14` takes the data anyway.*/
    #[track_caller]
    fn try_lock_f14_for<'g>(
        &'g self,
        key: &'g mut impl wide_levels::comes_before_f14,
        timeout: __guarded_Wide::Duration,
    ) -> __guarded_Wide::Result<
        (__guarded_Wide::Guard<'g, u32>, __guarded_Wide::Key<'g, wide_levels::f14>),
        __guarded_Wide::Busy,
    > {
        (&self.fields.f14).try_lock_for(key, timeout)
    }
    ///Locks `f14` like `lock_f14`, but if the lock is poisoned (a thread panicked while holding it), hands over the data as that thread left it and clears the poison, instead of panicking. Takes and hands back keys as `lock_f14` does.
    #[track_caller]
    fn recover_f14<'g>(
        &'g self,
        key: &'g mut impl wide_levels::comes_before_f14,
    ) -> (__guarded_Wide::Guard<'g, u32>, __guarded_Wide::Key<'g, wide_levels::f14>) {
        (&self.fields.f14).recover(key)
    }
    /**Locks `f14` of two `Wide`s in one call, in an order of their own (so that two threads locking the same two in opposite orders cannot deadlock); the guards come back in argument order. Takes keys as `lock_f14` does, and hands back one key after `f14`, which cannot lock `f14` of a third.

# Errors

`SameInstance` if both are the same instance, or clones of one: nothing is locked then.

# Panics

If `f14` of one of them is poisoned, as `lock_f14` does.*/
    #[track_caller]
    fn lock_f14_pair<'g>(
        first: &'g Self,
        second: &'g Self,
        key: &'g mut impl wide_levels::comes_before_f14,
    ) -> __guarded_Wide::Result<
        (
            __guarded_Wide::Guard<'g, u32>,
            __guarded_Wide::Guard<'g, u32>,
            __guarded_Wide::Key<'g, wide_levels::f14>,
        ),
        __guarded_Wide::SameInstance,
    > {
        __guarded_Wide::Field::lock_pair(&first.fields.f14, &second.fields.f14, key)
    }
    /**Locks `f14` of every `Wide` that `instances` yields in one call, as `lock_f14_pair` does for two; the guards come back in the order of `instances`. Takes keys as `lock_f14` does, and hands back one key after `f14`.

# Errors

`SameInstance` if an instance (or a clone of it) comes twice: nothing is locked then.

# Panics

If `f14` of one of them is poisoned, as `lock_f14` does.*/
    #[track_caller]
    fn lock_f14_many<'g>(
        instances: impl __guarded_Wide::IntoIterator<Item = &'g Self>,
        key: &'g mut impl wide_levels::comes_before_f14,
    ) -> __guarded_Wide::Result<
        (
            __guarded_Wide::Vec<__guarded_Wide::Guard<'g, u32>>,
            __guarded_Wide::Key<'g, wide_levels::f14>,
        ),
        __guarded_Wide::SameInstance,
    >
    where
        Self: 'g,
    {
        __guarded_Wide::Field::lock_many(
            instances,
            |instances| &instances.fields.f14,
            key,
        )
    }
    /**Locks `f15`, blocking until no other thread holds it.

`f15` is 16th of 33 in the lock order of `Wide`: its 33 fields in declaration order (see `wide_levels::LOCK_ORDER`).

Takes the `ThreadKey`, or the key handed back by locking an earlier field (15 fields, `f0` to `f14`); a key that holds `f15` or a later field does not compile. Hands back the guard, which unlocks when dropped, and a key that may lock only the fields after it: 17 fields, `f16` to `f32`.

# Panics

If `f15` is poisoned (a thread panicked while holding it). `recover_f15` takes the data anyway.*/
    #[track_caller]
    fn lock_f15<'g>(
        &'g self,
        key: &'g mut impl wide_levels::comes_before_f15,
    ) -> (__guarded_Wide::Guard<'g, u32>, __guarded_Wide::Key<'g, wide_levels::f15>) {
        (&self.fields.f15).lock(key)
    }
    /**Locks `f15` if no other thread holds it now; never blocks. Takes and hands back keys as `lock_f15` does.

# Errors

`Busy` if another thread holds it (it borrows nothing: see `Busy` for using the key again). Otherwise the result is what `lock_f15` returns.

# Panics

If `f15` is poisoned (a thread panicked while holding it). `recover_f15` takes the data anyway.*/
    #[track_caller]
    fn try_lock_f15<'g>(
        &'g self,
        key: &'g mut impl wide_levels::comes_before_f15,
    ) -> __guarded_Wide::Result<
        (__guarded_Wide::Guard<'g, u32>, __guarded_Wide::Key<'g, wide_levels::f15>),
        __guarded_Wide::Busy,
    > {
        (&self.fields.f15).try_lock(key)
    }
    /**Locks `f15`, waiting at most `timeout` until no other thread holds it. (With the default std backend the wait polls, yielding and then sleeping up to 1 ms between attempts; with the `parking_lot` feature it parks the thread.) Takes and hands back keys as `lock_f15` does.

# Errors

`Busy` if another thread still holds it when `timeout` has passed (it borrows nothing: see `Busy` for using the key again). Otherwise the result is what `lock_f15` returns.

# Panics

If `f15` is poisoned (a thread panicked while holding it). `recover_f15` takes the data anyway.*/
    #[track_caller]
    fn try_lock_f15_for<'g>(
        &'g self,
        key: &'g mut impl wide_levels::comes_before_f15,
        timeout: __guarded_Wide::Duration,
    ) -> __guarded_Wide::Result<
        (__guarded_Wide::Guard<'g, u32>, __guarded_Wide::Key<'g, wide_levels::f15>),
        __guarded_Wide::Busy,
    > {
        (&self.fields.f15).try_lock_for(key, timeout)
    }
    ///Locks `f15` like `lock_f15`, but if the lock is poisoned (a thread panicked while holding it), hands over the data as that thread left it and clears the poison, instead of panicking. Takes and hands back keys as `lock_f15` does.
    #[track_caller]
    fn recover_f15<'g>(
        &'g self,
        key: &'g mut impl wide_levels::comes_before_f15,
    ) -> (__guarded_Wide::Guard<'g, u32>, __guarded_Wide::Key<'g, wide_levels::f15>) {
        (&self.fields.f15).recover(key)
    }
    /**Locks `f15` of two `Wide`s in one call, in an order of their own (so that two threads locking the same two in opposite orders cannot deadlock); the guards come back in argument order. Takes keys as `lock_f15` does, and hands back one key after `f15`, which cannot lock `f15` of a third.

# Errors

`SameInstance` if both are the same instance, or clones of one: nothing is locked then.

# Panics

If `f15` of one of them is poisoned, as `lock_f15` does.*/
    #[track_caller]
    fn lock_f15_pair<'g>(
        first: &'g Self,
        second: &'g Self,
        key: &'g mut impl wide_levels::comes_before_f15,
    ) -> __guarded_Wide::Result<
        (
            __guarded_Wide::Guard<'g, u32>,
            __guarded_Wide::Guard<'g, u32>,
            __guarded_Wide::Key<'g, wide_levels::f15>,
        ),
        __guarded_Wide::SameInstance,
    > {
        __guarded_Wide::Field::lock_pair(&first.fields.f15, &second.fields.f15, key)
    }
    /**Locks `f15` of every `Wide` that `instances` yields in one call, as `lock_f15_pair` does for two; the guards come back in the order of `instances`. Takes keys as `lock_f15` does, and hands back one key after `f15`.

# Errors

`SameInstance` if an instance (or a clone of it) comes twice: nothing is locked then.

# Panics

If `f15` of one of them is poisoned, as `lock_f15` does.*/
    #[track_caller]
    fn lock_f15_many<'g>(
        instances: impl __guarded_Wide::IntoIterator<Item = &'g Self>,
        key: &'g mut impl wide_levels::comes_before_f15,
    ) -> __guarded_Wide::Result<
        (
            __guarded_Wide::Vec<__guarded_Wide::Guard<'g, u32>>,
            __guarded_Wide::Key<'g, wide_levels::f15>,
        ),
        __guarded_Wide::SameInstance,
    >
    where
        Self: 'g,
    {
        __guarded_Wide::Field::lock_many(
            instances,
            |instances| &instances.fields.f15,
            key,
        )
    }
    /**Locks `f16`, blocking until no other thread holds it.

`f16` is 17th of 33 in the lock order of `Wide`: its 33 fields in declaration order (see `wide_levels::LOCK_ORDER`).

Takes the `ThreadKey`, or the key handed back by locking an earlier field (16 fields, `f0` to `f15`); a key that holds `f16` or a later field does not compile. Hands back the guard, which unlocks when dropped, and a key that may lock only the fields after it: 16 fields, `f17` to `f32`.

The guard can wait on `f16` (`wait_while`, `wait_timeout_while`) if `f16` was locked with the `ThreadKey`: a waiting thread must hold no other lock.

# Panics

If `f16` is poisoned (a thread panicked while holding it). `recover_f16` takes the data anyway.*/
    #[track_caller]
    fn lock_f16<'g, K: wide_levels::comes_before_f16>(
        &'g self,
        key: &'g mut K,
    ) -> (
        __guarded_Wide::WaitGuard<'g, u32, wide_levels::f16, K>,
        __guarded_Wide::Key<'g, wide_levels::f16>,
    ) {
        (&self.fields.f16).lock(key)
    }
    /**Locks `f16` if no other thread holds it now; never blocks. Takes and hands back keys as `lock_f16` does.

The guard can wait on `f16` (`wait_while`, `wait_timeout_while`) if `f16` was locked with the `ThreadKey`: a waiting thread must hold no other lock.

# Errors

`Busy` if another thread holds it (it borrows nothing: see `Busy` for using the key again). Otherwise the result is what `lock_f16` returns.

# Panics

If `f16` is poisoned (a thread panicked while holding it). `recover_f16` takes the data anyway.*/
    #[track_caller]
    fn try_lock_f16<'g, K: wide_levels::comes_before_f16>(
        &'g self,
        key: &'g mut K,
    ) -> __guarded_Wide::Result<
        (
            __guarded_Wide::WaitGuard<'g, u32, wide_levels::f16, K>,
            __guarded_Wide::Key<'g, wide_levels::f16>,
        ),
        __guarded_Wide::Busy,
    > {
        (&self.fields.f16).try_lock(key)
    }
    /**Locks `f16`, waiting at most `timeout` until no other thread holds it. (With the default std backend the wait polls, yielding and then sleeping up to 1 ms between attempts; with the `parking_lot` feature it parks the thread.) Takes and hands back keys as `lock_f16` does.

The guard can wait on `f16` (`wait_while`, `wait_timeout_while`) if `f16` was locked with the `ThreadKey`: a waiting thread must hold no other lock.

# Errors

`Busy` if another thread still holds it when `timeout` has passed (it borrows nothing: see `Busy` for using the key again). Otherwise the result is what `lock_f16` returns.

# Panics

If `f16` is poisoned (a thread panicked while holding it). `recover_f16` takes the data anyway.*/
    #[track_caller]
    fn try_lock_f16_for<'g, K: wide_levels::comes_before_f16>(
        &'g self,
        key: &'g mut K,
        timeout: __guarded_Wide::Duration,
    ) -> __guarded_Wide::Result<
        (
            __guarded_Wide::WaitGuard<'g, u32, wide_levels::f16, K>,
            __guarded_Wide::Key<'g, wide_levels::f16>,
        ),
        __guarded_Wide::Busy,
    > {
        (&self.fields.f16).try_lock_for(key, timeout)
    }
    /**Locks `f16` like `lock_f16`, but if the lock is poisoned (a thread panicked while holding it), hands over the data as that thread left it and clears the poison, instead of panicking. Takes and hands back keys as `lock_f16` does.

The guard can wait on `f16` (`wait_while`, `wait_timeout_while`) if `f16` was locked with the `ThreadKey`: a waiting thread must hold no other lock.*/
    #[track_caller]
    fn recover_f16<'g, K: wide_levels::comes_before_f16>(
        &'g self,
        key: &'g mut K,
    ) -> (
        __guarded_Wide::WaitGuard<'g, u32, wide_levels::f16, K>,
        __guarded_Wide::Key<'g, wide_levels::f16>,
    ) {
        (&self.fields.f16).recover(key)
    }
    /**Locks `f16` of two `Wide`s in one call, in an order of their own (so that two threads locking the same two in opposite orders cannot deadlock); the guards come back in argument order. Takes keys as `lock_f16` does, and hands back one key after `f16`, which cannot lock `f16` of a third.

# Errors

`SameInstance` if both are the same instance, or clones of one: nothing is locked then.

# Panics

If `f16` of one of them is poisoned, as `lock_f16` does.*/
    #[track_caller]
    fn lock_f16_pair<'g>(
        first: &'g Self,
        second: &'g Self,
        key: &'g mut impl wide_levels::comes_before_f16,
    ) -> __guarded_Wide::Result<
        (
            __guarded_Wide::Guard<'g, u32>,
            __guarded_Wide::Guard<'g, u32>,
            __guarded_Wide::Key<'g, wide_levels::f16>,
        ),
        __guarded_Wide::SameInstance,
    > {
        __guarded_Wide::CondvarField::lock_pair(
            &first.fields.f16,
            &second.fields.f16,
            key,
        )
    }
    /**Locks `f16` of every `Wide` that `instances` yields in one call, as `lock_f16_pair` does for two; the guards come back in the order of `instances`. Takes keys as `lock_f16` does, and hands back one key after `f16`.

# Errors

`SameInstance` if an instance (or a clone of it) comes twice: nothing is locked then.

# Panics

If `f16` of one of them is poisoned, as `lock_f16` does.*/
    #[track_caller]
    fn lock_f16_many<'g>(
        instances: impl __guarded_Wide::IntoIterator<Item = &'g Self>,
        key: &'g mut impl wide_levels::comes_before_f16,
    ) -> __guarded_Wide::Result<
        (
            __guarded_Wide::Vec<__guarded_Wide::Guard<'g, u32>>,
            __guarded_Wide::Key<'g, wide_levels::f16>,
        ),
        __guarded_Wide::SameInstance,
    >
    where
        Self: 'g,
    {
        __guarded_Wide::CondvarField::lock_many(
            instances,
            |instances| &instances.fields.f16,
            key,
        )
    }
    /**Wakes one thread waiting on `Wide.f16`, if any.

Takes no lock and no key, so it can be called anywhere; call it after changing `f16` (and, usually, after dropping its guard) so that the woken thread finds the change. A waiting thread checks its condition again when woken.*/
    #[inline]
    fn notify_one_f16(&self) {
        (&self.fields.f16).notify_one();
    }
    /**Wakes every thread waiting on `Wide.f16`.

Takes no lock and no key, so it can be called anywhere; call it after changing `f16` (and, usually, after dropping its guard) so that the woken thread finds the change. A waiting thread checks its condition again when woken.*/
    #[inline]
    fn notify_all_f16(&self) {
        (&self.fields.f16).notify_all();
    }
    /**Locks `f17`, blocking until no other thread holds it.

`f17` is 18th of 33 in the lock order of `Wide`: its 33 fields in declaration order (see `wide_levels::LOCK_ORDER`).

Takes the `ThreadKey`, or the key handed back by locking an earlier field (17 fields, `f0` to `f16`); a key that holds `f17` or a later field does not compile. Hands back the guard, which unlocks when dropped, and a key that may lock only the fields after it: 15 fields, `f18` to `f32`.

# Panics

If `f17` is poisoned (a thread panicked while holding it). `recover_f17` takes the data anyway.*/
    #[track_caller]
    fn lock_f17<'g>(
        &'g self,
        key: &'g mut impl wide_levels::comes_before_f17,
    ) -> (__guarded_Wide::Guard<'g, u32>, __guarded_Wide::Key<'g, wide_levels::f17>) {
        (&self.fields.f17).lock(key)
    }
    /**Locks `f17` if no other thread holds it now; never blocks. Takes and hands back keys as `lock_f17` does.

# Errors

`Busy` if another thread holds it (it borrows nothing: see `Busy` for using the key again). Otherwise the result is what `lock_f17` returns.

# Panics

If `f17` is poisoned (a thread panicked while holding it). `recover_f17` takes the data anyway.*/
    #[track_caller]
    fn try_lock_f17<'g>(
        &'g self,
        key: &'g mut impl wide_levels::comes_before_f17,
    ) -> __guarded_Wide::Result<
        (__guarded_Wide::Guard<'g, u32>, __guarded_Wide::Key<'g, wide_levels::f17>),
        __guarded_Wide::Busy,
    > {
        (&self.fields.f17).try_lock(key)
    }
    /**Locks `f17`, waiting at most `timeout` until no other thread holds it. (With the default std backend the wait polls, yielding and then sleeping up to 1 ms between attempts; with the `parking_lot` feature it parks the thread.) Takes and hands back keys as `lock_f17` does.

# Errors

`Busy` if another thread still holds it when `timeout` has passed (it borrows nothing: see `Busy` for using the key again). Otherwise the result is what `lock_f17` returns.

# Panics

If `f17` is poisoned (a thread panicked while holding it). `recover_f17` takes the data anyway.*/
    #[track_caller]
    fn try_lock_f17_for<'g>(
        &'g self,
        key: &'g mut impl wide_levels::comes_before_f17,
        timeout: __guarded_Wide::Duration,
    ) -> __guarded_Wide::Result<
        (__guarded_Wide::Guard<'g, u32>, __guarded_Wide::Key<'g, wide_levels::f17>),
        __guarded_Wide::Busy,
    > {
        (&self.fields.f17).try_lock_for(key, timeout)
    }
    ///Locks `f17` like `lock_f17`, but if the lock is poisoned (a thread panicked while holding it), hands over the data as that thread left it and clears the poison, instead of panicking. Takes and hands back keys as `lock_f17` does.
    #[track_caller]
    fn recover_f17<'g>(
        &'g self,
        key: &'g mut impl wide_levels::comes_before_f17,
    ) -> (__guarded_Wide::Guard<'g, u32>, __guarded_Wide::Key<'g, wide_levels::f17>) {
        (&self.fields.f17).recover(key)
    }
    /**Locks `f17` of two `Wide`s in one call, in an order of their own (so that two threads locking the same two in opposite orders cannot deadlock); the guards come back in argument order. Takes keys as `lock_f17` does, and hands back one key after `f17`, which cannot lock `f17` of a third.

# Errors

`SameInstance` if both are the same instance, or clones of one: nothing is locked then.

# Panics

If `f17` of one of them is poisoned, as `lock_f17` does.*/
    #[track_caller]
    fn lock_f17_pair<'g>(
        first: &'g Self,
        second: &'g Self,
        key: &'g mut impl wide_levels::comes_before_f17,
    ) -> __guarded_Wide::Result<
        (
            __guarded_Wide::Guard<'g, u32>,
            __guarded_Wide::Guard<'g, u32>,
            __guarded_Wide::Key<'g, wide_levels::f17>,
        ),
        __guarded_Wide::SameInstance,
    > {
        __guarded_Wide::Field::lock_pair(&first.fields.f17, &second.fields.f17, key)
    }
    /**Locks `f17` of every `Wide` that `instances` yields in one call, as `lock_f17_pair` does for two; the guards come back in the order of `instances`. Takes keys as `lock_f17` does, and hands back one key after `f17`.

# Errors

`SameInstance` if an instance (or a clone of it) comes twice: nothing is locked then.

# Panics

If `f17` of one of them is poisoned, as `lock_f17` does.*/
    #[track_caller]
    fn lock_f17_many<'g>(
        instances: impl __guarded_Wide::IntoIterator<Item = &'g Self>,
        key: &'g mut impl wide_levels::comes_before_f17,
    ) -> __guarded_Wide::Result<
        (
            __guarded_Wide::Vec<__guarded_Wide::Guard<'g, u32>>,
            __guarded_Wide::Key<'g, wide_levels::f17>,
        ),
        __guarded_Wide::SameInstance,
    >
    where
        Self: 'g,
    {
        __guarded_Wide::Field::lock_many(
            instances,
            |instances| &instances.fields.f17,
            key,
        )
    }
    /**Locks `f18`, blocking until no other thread holds it.

`f18` is 19th of 33 in the lock order of `Wide`: its 33 fields in declaration order (see `wide_levels::LOCK_ORDER`).

Takes the `ThreadKey`, or the key handed back by locking an earlier field (18 fields, `f0` to `f17`); a key that holds `f18` or a later field does not compile. Hands back the guard, which unlocks when dropped, and a key that may lock only the fields after it: 14 fields, `f19` to `f32`.

# Panics

If `f18` is poisoned (a thread panicked while holding it). `recover_f18` takes the data anyway.*/
    #[track_caller]
    fn lock_f18<'g>(
        &'g self,
        key: &'g mut impl wide_levels::comes_before_f18,
    ) -> (__guarded_Wide::Guard<'g, u32>, __guarded_Wide::Key<'g, wide_levels::f18>) {
        (&self.fields.f18).lock(key)
    }
    /**Locks `f18` if no other thread holds it now; never blocks. Takes and hands back keys as `lock_f18` does.

# Errors

`Busy` if another thread holds it (it borrows nothing: see `Busy` for using the key again). Otherwise the result is what `lock_f18` returns.

# Panics

If `f18` is poisoned (a thread panicked while holding it). `recover_f18` takes the data anyway.*/
    #[track_caller]
    fn try_lock_f18<'g>(
        &'g self,
        key: &'g mut impl wide_levels::comes_before_f18,
    ) -> __guarded_Wide::Result<
        (__guarded_Wide::Guard<'g, u32>, __guarded_Wide::Key<'g, wide_levels::f18>),
        __guarded_Wide::Busy,
    > {
        (&self.fields.f18).try_lock(key)
    }
    /**Locks `f18`, waiting at most `timeout` until no other thread holds it. (With the default std backend the wait polls, yielding and then sleeping up to 1 ms between attempts; with the `parking_lot` feature it parks the thread.) Takes and hands back keys as `lock_f18` does.

# Errors

`Busy` if another thread still holds it when `timeout` has passed (it borrows nothing: see `Busy` for using the key again). Otherwise the result is what `lock_f18` returns.

# Panics

If `f18` is poisoned (a thread panicked while holding it). `recover_f18` takes the data anyway.*/
    #[track_caller]
    fn try_lock_f18_for<'g>(
        &'g self,
        key: &'g mut impl wide_levels::comes_before_f18,
        timeout: __guarded_Wide::Duration,
    ) -> __guarded_Wide::Result<
        (__guarded_Wide::Guard<'g, u32>, __guarded_Wide::Key<'g, wide_levels::f18>),
        __guarded_Wide::Busy,
    > {
        (&self.fields.f18).try_lock_for(key, timeout)
    }
    ///Locks `f18` like `lock_f18`, but if the lock is poisoned (a thread panicked while holding it), hands over the data as that thread left it and clears the poison, instead of panicking. Takes and hands back keys as `lock_f18` does.
    #[track_caller]
    fn recover_f18<'g>(
        &'g self,
        key: &'g mut impl wide_levels::comes_before_f18,
    ) -> (__guarded_Wide::Guard<'g, u32>, __guarded_Wide::Key<'g, wide_levels::f18>) {
        (&self.fields.f18).recover(key)
    }
    /**Locks `f18` of two `Wide`s in one call, in an order of their own (so that two threads locking the same two in opposite orders cannot deadlock); the guards come back in argument order. Takes keys as `lock_f18` does, and hands back one key after `f18`, which cannot lock `f18` of a third.

# Errors

`SameInstance` if both are the same instance, or clones of one: nothing is locked then.

# Panics

If `f18` of one of them is poisoned, as `lock_f18` does.*/
    #[track_caller]
    fn lock_f18_pair<'g>(
        first: &'g Self,
        second: &'g Self,
        key: &'g mut impl wide_levels::comes_before_f18,
    ) -> __guarded_Wide::Result<
        (
            __guarded_Wide::Guard<'g, u32>,
            __guarded_Wide::Guard<'g, u32>,
            __guarded_Wide::Key<'g, wide_levels::f18>,
        ),
        __guarded_Wide::SameInstance,
    > {
        __guarded_Wide::Field::lock_pair(&first.fields.f18, &second.fields.f18, key)
    }
    /**Locks `f18` of every `Wide` that `instances` yields in one call, as `lock_f18_pair` does for two; the guards come back in the order of `instances`. Takes keys as `lock_f18` does, and hands back one key after `f18`.

# Errors

`SameInstance` if an instance (or a clone of it) comes twice: nothing is locked then.

# Panics

If `f18` of one of them is poisoned, as `lock_f18` does.*/
    #[track_caller]
    fn lock_f18_many<'g>(
        instances: impl __guarded_Wide::IntoIterator<Item = &'g Self>,
        key: &'g mut impl wide_levels::comes_before_f18,
    ) -> __guarded_Wide::Result<
        (
            __guarded_Wide::Vec<__guarded_Wide::Guard<'g, u32>>,
            __guarded_Wide::Key<'g, wide_levels::f18>,
        ),
        __guarded_Wide::SameInstance,
    >
    where
        Self: 'g,
    {
        __guarded_Wide::Field::lock_many(
            instances,
            |instances| &instances.fields.f18,
            key,
        )
    }
    /**Locks `f19`, blocking until no other thread holds it.

`f19` is 20th of 33 in the lock order of `Wide`: its 33 fields in declaration order (see `wide_levels::LOCK_ORDER`).

Takes the `ThreadKey`, or the key handed back by locking an earlier field (19 fields, `f0` to `f18`); a key that holds `f19` or a later field does not compile. Hands back the guard, which unlocks when dropped, and a key that may lock only the fields after it: 13 fields, `f20` to `f32`.

# Panics

If `f19` is poisoned (a thread panicked while holding it). `recover_f19` takes the data anyway.*/
    #[track_caller]
    fn lock_f19<'g>(
        &'g self,
        key: &'g mut impl wide_levels::comes_before_f19,
    ) -> (__guarded_Wide::Guard<'g, u32>, __guarded_Wide::Key<'g, wide_levels::f19>) {
        (&self.fields.f19).lock(key)
    }
    /**Locks `f19` if no other thread holds it now; never blocks. Takes and hands back keys as `lock_f19` does.

# Errors

`Busy` if another thread holds it (it borrows nothing: see `Busy` for using the key again). Otherwise the result is what `lock_f19` returns.

# Panics

If `f19` is poisoned (a thread panicked while holding it). `recover_f19` takes the data anyway.*/
    #[track_caller]
    fn try_lock_f19<'g>(
        &'g self,
        key: &'g mut impl wide_levels::comes_before_f19,
    ) -> __guarded_Wide::Result<
        (__guarded_Wide::Guard<'g, u32>, __guarded_Wide::Key<'g, wide_levels::f19>),
        __guarded_Wide::Busy,
    > {
        (&self.fields.f19).try_lock(key)
    }
    /**Locks `f19`, waiting at most `timeout` until no other thread holds it. (With the default std backend the wait polls, yielding and then sleeping up to 1 ms between attempts; with the `parking_lot` feature it parks the thread.) Takes and hands back keys as `lock_f19` does.

# Errors

`Busy` if another thread still holds it when `timeout` has passed (it borrows nothing: see `Busy` for using the key again). Otherwise the result is what `lock_f19` returns.

# Panics

If `f19` is poisoned (a thread panicked while holding it). `recover_f19` takes the data anyway.*/
    #[track_caller]
    fn try_lock_f19_for<'g>(
        &'g self,
        key: &'g mut impl wide_levels::comes_before_f19,
        timeout: __guarded_Wide::Duration,
    ) -> __guarded_Wide::Result<
        (__guarded_Wide::Guard<'g, u32>, __guarded_Wide::Key<'g, wide_levels::f19>),
        __guarded_Wide::Busy,
    > {
        (&self.fields.f19).try_lock_for(key, timeout)
    }
    ///Locks `f19` like `lock_f19`, but if the lock is poisoned (a thread panicked while holding it), hands over the data as that thread left it and clears the poison, instead of panicking. Takes and hands back keys as `lock_f19` does.
    #[track_caller]
    fn recover_f19<'g>(
        &'g self,
        key: &'g mut impl wide_levels::comes_before_f19,
    ) -> (__guarded_Wide::Guard<'g, u32>, __guarded_Wide::Key<'g, wide_levels::f19>) {
        (&self.fields.f19).recover(key)
    }
    /**Locks `f19` of two `Wide`s in one call, in an order of their own (so that two threads locking the same two in opposite orders cannot deadlock); the guards come back in argument order. Takes keys as `lock_f19` does, and hands back one key after `f19`, which cannot lock `f19` of a third.

# Errors

`SameInstance` if both are the same instance, or clones of one: nothing is locked then.

# Panics

If `f19` of one of them is poisoned, as `lock_f19` does.*/
    #[track_caller]
    fn lock_f19_pair<'g>(
        first: &'g Self,
        second: &'g Self,
        key: &'g mut impl wide_levels::comes_before_f19,
    ) -> __guarded_Wide::Result<
        (
            __guarded_Wide::Guard<'g, u32>,
            __guarded_Wide::Guard<'g, u32>,
            __guarded_Wide::Key<'g, wide_levels::f19>,
        ),
        __guarded_Wide::SameInstance,
    > {
        __guarded_Wide::Field::lock_pair(&first.fields.f19, &second.fields.f19, key)
    }
    /**Locks `f19` of every `Wide` that `instances` yields in one call, as `lock_f19_pair` does for two; the guards come back in the order of `instances`. Takes keys as `lock_f19` does, and hands back one key after `f19`.

# Errors

`SameInstance` if an instance (or a clone of it) comes twice: nothing is locked then.

# Panics

If `f19` of one of them is poisoned, as `lock_f19` does.*/
    #[track_caller]
    fn lock_f19_many<'g>(
        instances: impl __guarded_Wide::IntoIterator<Item = &'g Self>,
        key: &'g mut impl wide_levels::comes_before_f19,
    ) -> __guarded_Wide::Result<
        (
            __guarded_Wide::Vec<__guarded_Wide::Guard<'g, u32>>,
            __guarded_Wide::Key<'g, wide_levels::f19>,
        ),
        __guarded_Wide::SameInstance,
    >
    where
        Self: 'g,
    {
        __guarded_Wide::Field::lock_many(
            instances,
            |instances| &instances.fields.f19,
            key,
        )
    }
    /**Read-locks `f20`, blocking until no writer holds it.

`f20` is 21st of 33 in the lock order of `Wide`: its 33 fields in declaration order (see `wide_levels::LOCK_ORDER`).

Takes the `ThreadKey`, or the key handed back by locking an earlier field (20 fields, `f0` to `f19`); a key that holds `f20` or a later field does not compile. Hands back the guard, which unlocks when dropped, and a key that may lock only the fields after it: 12 fields, `f21` to `f32`.

This thread cannot read `f20` again, nor write it, while the guard lives: a second read would deadlock as soon as a writer queued between the two.

# Panics

If `f20` is poisoned (a thread panicked while holding it). `recover_f20` takes the data anyway.*/
    #[track_caller]
    fn read_f20<'g>(
        &'g self,
        key: &'g mut impl wide_levels::comes_before_f20,
    ) -> (
        __guarded_Wide::ReadGuard<'g, u32>,
        __guarded_Wide::Key<'g, wide_levels::f20>,
    ) {
        (&self.fields.f20).read(key)
    }
    /**Write-locks `f20`, blocking until no thread reads or writes it.

`f20` is 21st of 33 in the lock order of `Wide`: its 33 fields in declaration order (see `wide_levels::LOCK_ORDER`).

Takes the `ThreadKey`, or the key handed back by locking an earlier field (20 fields, `f0` to `f19`); a key that holds `f20` or a later field does not compile. Hands back the guard, which unlocks when dropped, and a key that may lock only the fields after it: 12 fields, `f21` to `f32`.

# Panics

If `f20` is poisoned (a thread panicked while holding it). `recover_f20` takes the data anyway.*/
    #[track_caller]
    fn write_f20<'g>(
        &'g self,
        key: &'g mut impl wide_levels::comes_before_f20,
    ) -> (
        __guarded_Wide::WriteGuard<'g, u32>,
        __guarded_Wide::Key<'g, wide_levels::f20>,
    ) {
        (&self.fields.f20).write(key)
    }
    /**Read-locks `f20` if no writer holds it now; never blocks. Takes and hands back keys as `read_f20` does.

This thread cannot read `f20` again, nor write it, while the guard lives: a second read would deadlock as soon as a writer queued between the two.

# Errors

`Busy` if another thread holds it (it borrows nothing: see `Busy` for using the key again). Otherwise the result is what `read_f20` returns.

# Panics

If `f20` is poisoned (a thread panicked while holding it). `recover_f20` takes the data anyway.*/
    #[track_caller]
    fn try_read_f20<'g>(
        &'g self,
        key: &'g mut impl wide_levels::comes_before_f20,
    ) -> __guarded_Wide::Result<
        (__guarded_Wide::ReadGuard<'g, u32>, __guarded_Wide::Key<'g, wide_levels::f20>),
        __guarded_Wide::Busy,
    > {
        (&self.fields.f20).try_read(key)
    }
    /**Write-locks `f20` if no thread reads or writes it now; never blocks. Takes and hands back keys as `write_f20` does.

# Errors

`Busy` if another thread holds it (it borrows nothing: see `Busy` for using the key again). Otherwise the result is what `write_f20` returns.

# Panics

If `f20` is poisoned (a thread panicked while holding it). `recover_f20` takes the data anyway.*/
    #[track_caller]
    fn try_write_f20<'g>(
        &'g self,
        key: &'g mut impl wide_levels::comes_before_f20,
    ) -> __guarded_Wide::Result<
        (__guarded_Wide::WriteGuard<'g, u32>, __guarded_Wide::Key<'g, wide_levels::f20>),
        __guarded_Wide::Busy,
    > {
        (&self.fields.f20).try_write(key)
    }
    /**Read-locks `f20`, waiting at most `timeout` until no writer holds it. (With the default std backend the wait polls, yielding and then sleeping up to 1 ms between attempts; with the `parking_lot` feature it parks the thread.) Takes and hands back keys as `read_f20` does.

This thread cannot read `f20` again, nor write it, while the guard lives: a second read would deadlock as soon as a writer queued between the two.

# Errors

`Busy` if another thread still holds it when `timeout` has passed (it borrows nothing: see `Busy` for using the key again). Otherwise the result is what `read_f20` returns.

# Panics

If `f20` is poisoned (a thread panicked while holding it). `recover_f20` takes the data anyway.*/
    #[track_caller]
    fn try_read_f20_for<'g>(
        &'g self,
        key: &'g mut impl wide_levels::comes_before_f20,
        timeout: __guarded_Wide::Duration,
    ) -> __guarded_Wide::Result<
        (__guarded_Wide::ReadGuard<'g, u32>, __guarded_Wide::Key<'g, wide_levels::f20>),
        __guarded_Wide::Busy,
    > {
        (&self.fields.f20).try_read_for(key, timeout)
    }
    /**Write-locks `f20`, waiting at most `timeout` until no thread reads or writes it. (With the default std backend the wait polls, yielding and then sleeping up to 1 ms between attempts; with the `parking_lot` feature it parks the thread.) Takes and hands back keys as `write_f20` does.

# Errors

`Busy` if another thread still holds it when `timeout` has passed (it borrows nothing: see `Busy` for using the key again). Otherwise the result is what `write_f20` returns.

# Panics

If `f20` is poisoned (a thread panicked while holding it). `recover_f20` takes the data anyway.*/
    #[track_caller]
    fn try_write_f20_for<'g>(
        &'g self,
        key: &'g mut impl wide_levels::comes_before_f20,
        timeout: __guarded_Wide::Duration,
    ) -> __guarded_Wide::Result<
        (__guarded_Wide::WriteGuard<'g, u32>, __guarded_Wide::Key<'g, wide_levels::f20>),
        __guarded_Wide::Busy,
    > {
        (&self.fields.f20).try_write_for(key, timeout)
    }
    ///Write-locks `f20` like `write_f20`, but if the lock is poisoned (a thread panicked while holding it), hands over the data as that thread left it and clears the poison, instead of panicking. Takes and hands back keys as `write_f20` does.
    #[track_caller]
    fn recover_f20<'g>(
        &'g self,
        key: &'g mut impl wide_levels::comes_before_f20,
    ) -> (
        __guarded_Wide::WriteGuard<'g, u32>,
        __guarded_Wide::Key<'g, wide_levels::f20>,
    ) {
        (&self.fields.f20).recover(key)
    }
    /**Read-locks `f20` of two `Wide`s in one call, in an order of their own (so that two threads locking the same two in opposite orders cannot deadlock); the guards come back in argument order. Takes keys as `read_f20` does, and hands back one key after `f20`, which cannot lock `f20` of a third.

# Errors

`SameInstance` if both are the same instance, or clones of one: nothing is locked then.

# Panics

If `f20` of one of them is poisoned, as `read_f20` does.*/
    #[track_caller]
    fn read_f20_pair<'g>(
        first: &'g Self,
        second: &'g Self,
        key: &'g mut impl wide_levels::comes_before_f20,
    ) -> __guarded_Wide::Result<
        (
            __guarded_Wide::ReadGuard<'g, u32>,
            __guarded_Wide::ReadGuard<'g, u32>,
            __guarded_Wide::Key<'g, wide_levels::f20>,
        ),
        __guarded_Wide::SameInstance,
    > {
        __guarded_Wide::RwField::read_pair(&first.fields.f20, &second.fields.f20, key)
    }
    /**Write-locks `f20` of two `Wide`s in one call, in an order of their own (so that two threads locking the same two in opposite orders cannot deadlock); the guards come back in argument order. Takes keys as `write_f20` does, and hands back one key after `f20`, which cannot lock `f20` of a third.

# Errors

`SameInstance` if both are the same instance, or clones of one: nothing is locked then.

# Panics

If `f20` of one of them is poisoned, as `write_f20` does.*/
    #[track_caller]
    fn write_f20_pair<'g>(
        first: &'g Self,
        second: &'g Self,
        key: &'g mut impl wide_levels::comes_before_f20,
    ) -> __guarded_Wide::Result<
        (
            __guarded_Wide::WriteGuard<'g, u32>,
            __guarded_Wide::WriteGuard<'g, u32>,
            __guarded_Wide::Key<'g, wide_levels::f20>,
        ),
        __guarded_Wide::SameInstance,
    > {
        __guarded_Wide::RwField::write_pair(&first.fields.f20, &second.fields.f20, key)
    }
    /**Read-locks `f20` of every `Wide` that `instances` yields in one call, as `read_f20_pair` does for two; the guards come back in the order of `instances`. Takes keys as `read_f20` does, and hands back one key after `f20`.

# Errors

`SameInstance` if an instance (or a clone of it) comes twice: nothing is locked then.

# Panics

If `f20` of one of them is poisoned, as `read_f20` does.*/
    #[track_caller]
    fn read_f20_many<'g>(
        instances: impl __guarded_Wide::IntoIterator<Item = &'g Self>,
        key: &'g mut impl wide_levels::comes_before_f20,
    ) -> __guarded_Wide::Result<
        (
            __guarded_Wide::Vec<__guarded_Wide::ReadGuard<'g, u32>>,
            __guarded_Wide::Key<'g, wide_levels::f20>,
        ),
        __guarded_Wide::SameInstance,
    >
    where
        Self: 'g,
    {
        __guarded_Wide::RwField::read_many(
            instances,
            |instances| &instances.fields.f20,
            key,
        )
    }
    /**Write-locks `f20` of every `Wide` that `instances` yields in one call, as `write_f20_pair` does for two; the guards come back in the order of `instances`. Takes keys as `write_f20` does, and hands back one key after `f20`.

# Errors

`SameInstance` if an instance (or a clone of it) comes twice: nothing is locked then.

# Panics

If `f20` of one of them is poisoned, as `write_f20` does.*/
    #[track_caller]
    fn write_f20_many<'g>(
        instances: impl __guarded_Wide::IntoIterator<Item = &'g Self>,
        key: &'g mut impl wide_levels::comes_before_f20,
    ) -> __guarded_Wide::Result<
        (
            __guarded_Wide::Vec<__guarded_Wide::WriteGuard<'g, u32>>,
            __guarded_Wide::Key<'g, wide_levels::f20>,
        ),
        __guarded_Wide::SameInstance,
    >
    where
        Self: 'g,
    {
        __guarded_Wide::RwField::write_many(
            instances,
            |instances| &instances.fields.f20,
            key,
        )
    }
    /**Locks `f21`, blocking until no other thread holds it.

`f21` is 22nd of 33 in the lock order of `Wide`: its 33 fields in declaration order (see `wide_levels::LOCK_ORDER`).

Takes the `ThreadKey`, or the key handed back by locking an earlier field (21 fields, `f0` to `f20`); a key that holds `f21` or a later field does not compile. Hands back the guard, which unlocks when dropped, and a key that may lock only the fields after it: 11 fields, `f22` to `f32`.

# Panics

If `f21` is poisoned (a thread panicked while holding it). `recover_f21` takes the data anyway.*/
    #[track_caller]
    fn lock_f21<'g>(
        &'g self,
        key: &'g mut impl wide_levels::comes_before_f21,
    ) -> (__guarded_Wide::Guard<'g, u32>, __guarded_Wide::Key<'g, wide_levels::f21>) {
        (&self.fields.f21).lock(key)
    }
    /**Locks `f21` if no other thread holds it now; never blocks. Takes and hands back keys as `lock_f21` does.

# Errors

`Busy` if another thread holds it (it borrows nothing: see `Busy` for using the key again). Otherwise the result is what `lock_f21` returns.

# Panics

If `f21` is poisoned (a thread panicked while holding it). `recover_f21` takes the data anyway.*/
    #[track_caller]
    fn try_lock_f21<'g>(
        &'g self,
        key: &'g mut impl wide_levels::comes_before_f21,
    ) -> __guarded_Wide::Result<
        (__guarded_Wide::Guard<'g, u32>, __guarded_Wide::Key<'g, wide_levels::f21>),
        __guarded_Wide::Busy,
    > {
        (&self.fields.f21).try_lock(key)
    }
    /**Locks `f21`, waiting at most `timeout` until no other thread holds it. (With the default std backend the wait polls, yielding and then sleeping up to 1 ms between attempts; with the `parking_lot` feature it parks the thread.) Takes and hands back keys as `lock_f21` does.

# Errors

`Busy` if another thread still holds it when `timeout` has passed (it borrows nothing: see `Busy` for using the key again). Otherwise the result is what `lock_f21` returns.

# Panics

If `f21` is poisoned (a thread panicked while holding it). `recover_f21` takes the data anyway.*/
    #[track_caller]
    fn try_lock_f21_for<'g>(
        &'g self,
        key: &'g mut impl wide_levels::comes_before_f21,
        timeout: __guarded_Wide::Duration,
    ) -> __guarded_Wide::Result<
        (__guarded_Wide::Guard<'g, u32>, __guarded_Wide::Key<'g, wide_levels::f21>),
        __guarded_Wide::Busy,
    > {
        (&self.fields.f21).try_lock_for(key, timeout)
    }
    ///Locks `f21` like `lock_f21`, but if the lock is poisoned (a thread panicked while holding it), hands over the data as that thread left it and clears the poison, instead of panicking. Takes and hands back keys as `lock_f21` does.
    #[track_caller]
    fn recover_f21<'g>(
        &'g self,
        key: &'g mut impl wide_levels::comes_before_f21,
    ) -> (__guarded_Wide::Guard<'g, u32>, __guarded_Wide::Key<'g, wide_levels::f21>) {
        (&self.fields.f21).recover(key)
    }
    /**Locks `f21` of two `Wide`s in one call, in an order of their own (so that two threads locking the same two in opposite orders cannot deadlock); the guards come back in argument order. Takes keys as `lock_f21` does, and hands back one key after `f21`, which cannot lock `f21` of a third.

# Errors

`SameInstance` if both are the same instance, or clones of one: nothing is locked then.

# Panics

If `f21` of one of them is poisoned, as `lock_f21` does.*/
    #[track_caller]
    fn lock_f21_pair<'g>(
        first: &'g Self,
        second: &'g Self,
        key: &'g mut impl wide_levels::comes_before_f21,
    ) -> __guarded_Wide::Result<
        (
            __guarded_Wide::Guard<'g, u32>,
            __guarded_Wide::Guard<'g, u32>,
            __guarded_Wide::Key<'g, wide_levels::f21>,
        ),
        __guarded_Wide::SameInstance,
    > {
        __guarded_Wide::Field::lock_pair(&first.fields.f21, &second.fields.f21, key)
    }
    /**Locks `f21` of every `Wide` that `instances` yields in one call, as `lock_f21_pair` does for two; the guards come back in the order of `instances`. Takes keys as `lock_f21` does, and hands back one key after `f21`.

# Errors

`SameInstance` if an instance (or a clone of it) comes twice: nothing is locked then.

# Panics

If `f21` of one of them is poisoned, as `lock_f21` does.*/
    #[track_caller]
    fn lock_f21_many<'g>(
        instances: impl __guarded_Wide::IntoIterator<Item = &'g Self>,
        key: &'g mut impl wide_levels::comes_before_f21,
    ) -> __guarded_Wide::Result<
        (
            __guarded_Wide::Vec<__guarded_Wide::Guard<'g, u32>>,
            __guarded_Wide::Key<'g, wide_levels::f21>,
        ),
        __guarded_Wide::SameInstance,
    >
    where
        Self: 'g,
    {
        __guarded_Wide::Field::lock_many(
            instances,
            |instances| &instances.fields.f21,
            key,
        )
    }
    /**Locks `f22`, blocking until no other thread holds it.

`f22` is 23rd of 33 in the lock order of `Wide`: its 33 fields in declaration order (see `wide_levels::LOCK_ORDER`).

Takes the `ThreadKey`, or the key handed back by locking an earlier field (22 fields, `f0` to `f21`); a key that holds `f22` or a later field does not compile. Hands back the guard, which unlocks when dropped, and a key that may lock only the fields after it: 10 fields, `f23` to `f32`.

# Panics

If `f22` is poisoned (a thread panicked while holding it). `recover_f22` takes the data anyway.*/
    #[track_caller]
    fn lock_f22<'g>(
        &'g self,
        key: &'g mut impl wide_levels::comes_before_f22,
    ) -> (__guarded_Wide::Guard<'g, u32>, __guarded_Wide::Key<'g, wide_levels::f22>) {
        (&self.fields.f22).lock(key)
    }
    /**Locks `f22` if no other thread holds it now; never blocks. Takes and hands back keys as `lock_f22` does.

# Errors

`Busy` if another thread holds it (it borrows nothing: see `Busy` for using the key again). Otherwise the result is what `lock_f22` returns.

# Panics

If `f22` is poisoned (a thread panicked while holding it). `recover_f22` takes the data anyway.*/
    #[track_caller]
    fn try_lock_f22<'g>(
        &'g self,
        key: &'g mut impl wide_levels::comes_before_f22,
    ) -> __guarded_Wide::Result<
        (__guarded_Wide::Guard<'g, u32>, __guarded_Wide::Key<'g, wide_levels::f22>),
        __guarded_Wide::Busy,
    > {
        (&self.fields.f22).try_lock(key)
    }
    /**Locks `f22`, waiting at most `timeout` until no other thread holds it. (With the default std backend the wait polls, yielding and then sleeping up to 1 ms between attempts; with the `parking_lot` feature it parks the thread.) Takes and hands back keys as `lock_f22` does.

# Errors

`Busy` if another thread still holds it when `timeout` has passed (it borrows nothing: see `Busy` for using the key again). Otherwise the result is what `lock_f22` returns.

# Panics

If `f22` is poisoned (a thread panicked while holding it). `recover_f22` takes the data anyway.*/
    #[track_caller]
    fn try_lock_f22_for<'g>(
        &'g self,
        key: &'g mut impl wide_levels::comes_before_f22,
        timeout: __guarded_Wide::Duration,
    ) -> __guarded_Wide::Result<
        (__guarded_Wide::Guard<'g, u32>, __guarded_Wide::Key<'g, wide_levels::f22>),
        __guarded_Wide::Busy,
    > {
        (&self.fields.f22).try_lock_for(key, timeout)
    }
    ///Locks `f22` like `lock_f22`, but if the lock is poisoned (a thread panicked while holding it), hands over the data as that thread left it and clears the poison, instead of panicking. Takes and hands back keys as `lock_f22` does.
    #[track_caller]
    fn recover_f22<'g>(
        &'g self,
        key: &'g mut impl wide_levels::comes_before_f22,
    ) -> (__guarded_Wide::Guard<'g, u32>, __guarded_Wide::Key<'g, wide_levels::f22>) {
        (&self.fields.f22).recover(key)
    }
    /**Locks `f22` of two `Wide`s in one call, in an order of their own (so that two threads locking the same two in opposite orders cannot deadlock); the guards come back in argument order. Takes keys as `lock_f22` does, and hands back one key after `f22`, which cannot lock `f22` of a third.

# Errors

`SameInstance` if both are the same instance, or clones of one: nothing is locked then.

# Panics

If `f22` of one of them is poisoned, as `lock_f22` does.*/
    #[track_caller]
    fn lock_f22_pair<'g>(
        first: &'g Self,
        second: &'g Self,
        key: &'g mut impl wide_levels::comes_before_f22,
    ) -> __guarded_Wide::Result<
        (
            __guarded_Wide::Guard<'g, u32>,
            __guarded_Wide::Guard<'g, u32>,
            __guarded_Wide::Key<'g, wide_levels::f22>,
        ),
        __guarded_Wide::SameInstance,
    > {
        __guarded_Wide::Field::lock_pair(&first.fields.f22, &second.fields.f22, key)
    }
    /**Locks `f22` of every `Wide` that `instances` yields in one call, as `lock_f22_pair` does for two; the guards come back in the order of `instances`. Takes keys as `lock_f22` does, and hands back one key after `f22`.

# Errors

`SameInstance` if an instance (or a clone of it) comes twice: nothing is locked then.

# Panics

If `f22` of one of them is poisoned, as `lock_f22` does.*/
    #[track_caller]
    fn lock_f22_many<'g>(
        instances: impl __guarded_Wide::IntoIterator<Item = &'g Self>,
        key: &'g mut impl wide_levels::comes_before_f22,
    ) -> __guarded_Wide::Result<
        (
            __guarded_Wide::Vec<__guarded_Wide::Guard<'g, u32>>,
            __guarded_Wide::Key<'g, wide_levels::f22>,
        ),
        __guarded_Wide::SameInstance,
    >
    where
        Self: 'g,
    {
        __guarded_Wide::Field::lock_many(
            instances,
            |instances| &instances.fields.f22,
            key,
        )
    }
    /**Locks `f23`, blocking until no other thread holds it.

`f23` is 24th of 33 in the lock order of `Wide`: its 33 fields in declaration order (see `wide_levels::LOCK_ORDER`).

Takes the `ThreadKey`, or the key handed back by locking an earlier field (23 fields, `f0` to `f22`); a key that holds `f23` or a later field does not compile. Hands back the guard, which unlocks when dropped, and a key that may lock only the fields after it: 9 fields, `f24` to `f32`.

# Panics

If `f23` is poisoned (a thread panicked while holding it). `recover_f23` takes the data anyway.*/
    #[track_caller]
    fn lock_f23<'g>(
        &'g self,
        key: &'g mut impl wide_levels::comes_before_f23,
    ) -> (__guarded_Wide::Guard<'g, u32>, __guarded_Wide::Key<'g, wide_levels::f23>) {
        (&self.fields.f23).lock(key)
    }
    /**Locks `f23` if no other thread holds it now; never blocks. Takes and hands back keys as `lock_f23` does.

# Errors

`Busy` if another thread holds it (it borrows nothing: see `Busy` for using the key again). Otherwise the result is what `lock_f23` returns.

# Panics

If `f23` is poisoned (a thread panicked while holding it). `recover_f23` takes the data anyway.*/
    #[track_caller]
    fn try_lock_f23<'g>(
        &'g self,
        key: &'g mut impl wide_levels::comes_before_f23,
    ) -> __guarded_Wide::Result<
        (__guarded_Wide::Guard<'g, u32>, __guarded_Wide::Key<'g, wide_levels::f23>),
        __guarded_Wide::Busy,
    > {
        (&self.fields.f23).try_lock(key)
    }
    /**Locks `f23`, waiting at most `timeout` until no other thread holds it. (With the default std backend the wait polls, yielding and then sleeping up to 1 ms between attempts; with the `parking_lot` feature it parks the thread.) Takes and hands back keys as `lock_f23` does.

# Errors

`Busy` if another thread still holds it when `timeout` has passed (it borrows nothing: see `Busy` for using the key again). Otherwise the result is what `lock_f23` returns.

# Panics

If `f23` is poisoned (a thread panicked while holding it). `recover_f23` takes the data anyway.*/
    #[track_caller]
    fn try_lock_f23_for<'g>(
        &'g self,
        key: &'g mut impl wide_levels::comes_before_f23,
        timeout: __guarded_Wide::Duration,
    ) -> __guarded_Wide::Result<
        (__guarded_Wide::Guard<'g, u32>, __guarded_Wide::Key<'g, wide_levels::f23>),
        __guarded_Wide::Busy,
    > {
        (&self.fields.f23).try_lock_for(key, timeout)
    }
    ///Locks `f23` like `lock_f23`, but if the lock is poisoned (a thread panicked while holding it), hands over the data as that thread left it and clears the poison, instead of panicking. Takes and hands back keys as `lock_f23` does.
    #[track_caller]
    fn recover_f23<'g>(
        &'g self,
        key: &'g mut impl wide_levels::comes_before_f23,
    ) -> (__guarded_Wide::Guard<'g, u32>, __guarded_Wide::Key<'g, wide_levels::f23>) {
        (&self.fields.f23).recover(key)
    }
    /**Locks `f23` of two `Wide`s in one call, in an order of their own (so that two threads locking the same two in opposite orders cannot deadlock); the guards come back in argument order. Takes keys as `lock_f23` does, and hands back one key after `f23`, which cannot lock `f23` of a third.

# Errors

`SameInstance` if both are the same instance, or clones of one: nothing is locked then.

# Panics

If `f23` of one of them is poisoned, as `lock_f23` does.*/
    #[track_caller]
    fn lock_f23_pair<'g>(
        first: &'g Self,
        second: &'g Self,
        key: &'g mut impl wide_levels::comes_before_f23,
    ) -> __guarded_Wide::Result<
        (
            __guarded_Wide::Guard<'g, u32>,
            __guarded_Wide::Guard<'g, u32>,
            __guarded_Wide::Key<'g, wide_levels::f23>,
        ),
        __guarded_Wide::SameInstance,
    > {
        __guarded_Wide::Field::lock_pair(&first.fields.f23, &second.fields.f23, key)
    }
    /**Locks `f23` of every `Wide` that `instances` yields in one call, as `lock_f23_pair` does for two; the guards come back in the order of `instances`. Takes keys as `lock_f23` does, and hands back one key after `f23`.

# Errors

`SameInstance` if an instance (or a clone of it) comes twice: nothing is locked then.

# Panics

If `f23` of one of them is poisoned, as `lock_f23` does.*/
    #[track_caller]
    fn lock_f23_many<'g>(
        instances: impl __guarded_Wide::IntoIterator<Item = &'g Self>,
        key: &'g mut impl wide_levels::comes_before_f23,
    ) -> __guarded_Wide::Result<
        (
            __guarded_Wide::Vec<__guarded_Wide::Guard<'g, u32>>,
            __guarded_Wide::Key<'g, wide_levels::f23>,
        ),
        __guarded_Wide::SameInstance,
    >
    where
        Self: 'g,
    {
        __guarded_Wide::Field::lock_many(
            instances,
            |instances| &instances.fields.f23,
            key,
        )
    }
    /**Locks `f24`, blocking until no other thread holds it.

`f24` is 25th of 33 in the lock order of `Wide`: its 33 fields in declaration order (see `wide_levels::LOCK_ORDER`).

Takes the `ThreadKey`, or the key handed back by locking an earlier field (24 fields, `f0` to `f23`); a key that holds `f24` or a later field does not compile. Hands back the guard, which unlocks when dropped, and a key that may lock only the fields after it: `f25`, `f26`, `f27`, `f28`, `f29`, `f30`, `f31`, `f32`.

# Panics

If `f24` is poisoned (a thread panicked while holding it). `recover_f24` takes the data anyway.*/
    #[track_caller]
    fn lock_f24<'g>(
        &'g self,
        key: &'g mut impl wide_levels::comes_before_f24,
    ) -> (__guarded_Wide::Guard<'g, u32>, __guarded_Wide::Key<'g, wide_levels::f24>) {
        (&self.fields.f24).lock(key)
    }
    /**Locks `f24` if no other thread holds it now; never blocks. Takes and hands back keys as `lock_f24` does.

# Errors

`Busy` if another thread holds it (it borrows nothing: see `Busy` for using the key again). Otherwise the result is what `lock_f24` returns.

# Panics

If `f24` is poisoned (a thread panicked while holding it). `recover_f24` takes the data anyway.*/
    #[track_caller]
    fn try_lock_f24<'g>(
        &'g self,
        key: &'g mut impl wide_levels::comes_before_f24,
    ) -> __guarded_Wide::Result<
        (__guarded_Wide::Guard<'g, u32>, __guarded_Wide::Key<'g, wide_levels::f24>),
        __guarded_Wide::Busy,
    > {
        (&self.fields.f24).try_lock(key)
    }
    /**Locks `f24`, waiting at most `timeout` until no other thread holds it. (With the default std backend the wait polls, yielding and then sleeping up to 1 ms between attempts; with the `parking_lot` feature it parks the thread.) Takes and hands back keys as `lock_f24` does.

# Errors

`Busy` if another thread still holds it when `timeout` has passed (it borrows nothing: see `Busy` for using the key again). Otherwise the result is what `lock_f24` returns.

# Panics

If `f24` is poisoned (a thread panicked while holding it). `recover_f24` takes the data anyway.*/
    #[track_caller]
    fn try_lock_f24_for<'g>(
        &'g self,
        key: &'g mut impl wide_levels::comes_before_f24,
        timeout: __guarded_Wide::Duration,
    ) -> __guarded_Wide::Result<
        (__guarded_Wide::Guard<'g, u32>, __guarded_Wide::Key<'g, wide_levels::f24>),
        __guarded_Wide::Busy,
    > {
        (&self.fields.f24).try_lock_for(key, timeout)
    }
    ///Locks `f24` like `lock_f24`, but if the lock is poisoned (a thread panicked while holding it), hands over the data as that thread left it and clears the poison, instead of panicking. Takes and hands back keys as `lock_f24` does.
    #[track_caller]
    fn recover_f24<'g>(
        &'g self,
        key: &'g mut impl wide_levels::comes_before_f24,
    ) -> (__guarded_Wide::Guard<'g, u32>, __guarded_Wide::Key<'g, wide_levels::f24>) {
        (&self.fields.f24).recover(key)
    }
    /**Locks `f24` of two `Wide`s in one call, in an order of their own (so that two threads locking the same two in opposite orders cannot deadlock); the guards come back in argument order. Takes keys as `lock_f24` does, and hands back one key after `f24`, which cannot lock `f24` of a third.

# Errors

`SameInstance` if both are the same instance, or clones of one: nothing is locked then.

# Panics

If `f24` of one of them is poisoned, as `lock_f24` does.*/
    #[track_caller]
    fn lock_f24_pair<'g>(
        first: &'g Self,
        second: &'g Self,
        key: &'g mut impl wide_levels::comes_before_f24,
    ) -> __guarded_Wide::Result<
        (
            __guarded_Wide::Guard<'g, u32>,
            __guarded_Wide::Guard<'g, u32>,
            __guarded_Wide::Key<'g, wide_levels::f24>,
        ),
        __guarded_Wide::SameInstance,
    > {
        __guarded_Wide::Field::lock_pair(&first.fields.f24, &second.fields.f24, key)
    }
    /**Locks `f24` of every `Wide` that `instances` yields in one call, as `lock_f24_pair` does for two; the guards come back in the order of `instances`. Takes keys as `lock_f24` does, and hands back one key after `f24`.

# Errors

`SameInstance` if an instance (or a clone of it) comes twice: nothing is locked then.

# Panics

If `f24` of one of them is poisoned, as `lock_f24` does.*/
    #[track_caller]
    fn lock_f24_many<'g>(
        instances: impl __guarded_Wide::IntoIterator<Item = &'g Self>,
        key: &'g mut impl wide_levels::comes_before_f24,
    ) -> __guarded_Wide::Result<
        (
            __guarded_Wide::Vec<__guarded_Wide::Guard<'g, u32>>,
            __guarded_Wide::Key<'g, wide_levels::f24>,
        ),
        __guarded_Wide::SameInstance,
    >
    where
        Self: 'g,
    {
        __guarded_Wide::Field::lock_many(
            instances,
            |instances| &instances.fields.f24,
            key,
        )
    }
    /**Locks `f25`, blocking until no other thread holds it.

`f25` is 26th of 33 in the lock order of `Wide`: its 33 fields in declaration order (see `wide_levels::LOCK_ORDER`).

Takes the `ThreadKey`, or the key handed back by locking an earlier field (25 fields, `f0` to `f24`); a key that holds `f25` or a later field does not compile. Hands back the guard, which unlocks when dropped, and a key that may lock only the fields after it: `f26`, `f27`, `f28`, `f29`, `f30`, `f31`, `f32`.

# Panics

If `f25` is poisoned (a thread panicked while holding it). `recover_f25` takes the data anyway.*/
    #[track_caller]
    fn lock_f25<'g>(
        &'g self,
        key: &'g mut impl wide_levels::comes_before_f25,
    ) -> (__guarded_Wide::Guard<'g, u32>, __guarded_Wide::Key<'g, wide_levels::f25>) {
        (&self.fields.f25).lock(key)
    }
    /**Locks `f25` if no other thread holds it now; never blocks. Takes and hands back keys as `lock_f25` does.

# Errors

`Busy` if another thread holds it (it borrows nothing: see `Busy` for using the key again). Otherwise the result is what `lock_f25` returns.

# Panics

If `f25` is poisoned (a thread panicked while holding it). `recover_f25` takes the data anyway.*/
    #[track_caller]
    fn try_lock_f25<'g>(
        &'g self,
        key: &'g mut impl wide_levels::comes_before_f25,
    ) -> __guarded_Wide::Result<
        (__guarded_Wide::Guard<'g, u32>, __guarded_Wide::Key<'g, wide_levels::f25>),
        __guarded_Wide::Busy,
    > {
        (&self.fields.f25).try_lock(key)
    }
    /**Locks `f25`, waiting at most `timeout` until no other thread holds it. (With the default std backend the wait polls, yielding and then sleeping up to 1 ms between attempts; with the `parking_lot` feature it parks the thread.) Takes and hands back keys as `lock_f25` does.

# Errors

`Busy` if another thread still holds it when `timeout` has passed (it borrows nothing: see `Busy` for using the key again). Otherwise the result is what `lock_f25` returns.

# Panics

If `f25` is poisoned (a thread panicked while holding it). `recover_f25` takes the data anyway.*/
    #[track_caller]
    fn try_lock_f25_for<'g>(
        &'g self,
        key: &'g mut impl wide_levels::comes_before_f25,
        timeout: __guarded_Wide::Duration,
    ) -> __guarded_Wide::Result<
        (__guarded_Wide::Guard<'g, u32>, __guarded_Wide::Key<'g, wide_levels::f25>),
        __guarded_Wide::Busy,
    > {
        (&self.fields.f25).try_lock_for(key, timeout)
    }
    ///Locks `f25` like `lock_f25`, but if the lock is poisoned (a thread panicked while holding it), hands over the data as that thread left it and clears the poison, instead of panicking. Takes and hands back keys as `lock_f25` does.
    #[track_caller]
    fn recover_f25<'g>(
        &'g self,
        key: &'g mut impl wide_levels::comes_before_f25,
    ) -> (__guarded_Wide::Guard<'g, u32>, __guarded_Wide::Key<'g, wide_levels::f25>) {
        (&self.fields.f25).recover(key)
    }
    /**Locks `f25` of two `Wide`s in one call, in an order of their own (so that two threads locking the same two in opposite orders cannot deadlock); the guards come back in argument order. Takes keys as `lock_f25` does, and hands back one key after `f25`, which cannot lock `f25` of a third.

# Errors

`SameInstance` if both are the same instance, or clones of one: nothing is locked then.

# Panics

If `f25` of one of them is poisoned, as `lock_f25` does.*/
    #[track_caller]
    fn lock_f25_pair<'g>(
        first: &'g Self,
        second: &'g Self,
        key: &'g mut impl wide_levels::comes_before_f25,
    ) -> __guarded_Wide::Result<
        (
            __guarded_Wide::Guard<'g, u32>,
            __guarded_Wide::Guard<'g, u32>,
            __guarded_Wide::Key<'g, wide_levels::f25>,
        ),
        __guarded_Wide::SameInstance,
    > {
        __guarded_Wide::Field::lock_pair(&first.fields.f25, &second.fields.f25, key)
    }
    /**Locks `f25` of every `Wide` that `instances` yields in one call, as `lock_f25_pair` does for two; the guards come back in the order of `instances`. Takes keys as `lock_f25` does, and hands back one key after `f25`.

# Errors

`SameInstance` if an instance (or a clone of it) comes twice: nothing is locked then.

# Panics

If `f25` of one of them is poisoned, as `lock_f25` does.*/
    #[track_caller]
    fn lock_f25_many<'g>(
        instances: impl __guarded_Wide::IntoIterator<Item = &'g Self>,
        key: &'g mut impl wide_levels::comes_before_f25,
    ) -> __guarded_Wide::Result<
        (
            __guarded_Wide::Vec<__guarded_Wide::Guard<'g, u32>>,
            __guarded_Wide::Key<'g, wide_levels::f25>,
        ),
        __guarded_Wide::SameInstance,
    >
    where
        Self: 'g,
    {
        __guarded_Wide::Field::lock_many(
            instances,
            |instances| &instances.fields.f25,
            key,
        )
    }
    /**Locks `f26`, blocking until no other thread holds it.

`f26` is 27th of 33 in the lock order of `Wide`: its 33 fields in declaration order (see `wide_levels::LOCK_ORDER`).

Takes the `ThreadKey`, or the key handed back by locking an earlier field (26 fields, `f0` to `f25`); a key that holds `f26` or a later field does not compile. Hands back the guard, which unlocks when dropped, and a key that may lock only the fields after it: `f27`, `f28`, `f29`, `f30`, `f31`, `f32`.

# Panics

If `f26` is poisoned (a thread panicked while holding it). `recover_f26` takes the data anyway.*/
    #[track_caller]
    fn lock_f26<'g>(
        &'g self,
        key: &'g mut impl wide_levels::comes_before_f26,
    ) -> (__guarded_Wide::Guard<'g, u32>, __guarded_Wide::Key<'g, wide_levels::f26>) {
        (&self.fields.f26).lock(key)
    }
    /**Locks `f26` if no other thread holds it now; never blocks. Takes and hands back keys as `lock_f26` does.

# Errors

`Busy` if another thread holds it (it borrows nothing: see `Busy` for using the key again). Otherwise the result is what `lock_f26` returns.

# Panics

If `f26` is poisoned (a thread panicked while holding it). `recover_f26` takes the data anyway.*/
    #[track_caller]
    fn try_lock_f26<'g>(
        &'g self,
        key: &'g mut impl wide_levels::comes_before_f26,
    ) -> __guarded_Wide::Result<
        (__guarded_Wide::Guard<'g, u32>, __guarded_Wide::Key<'g, wide_levels::f26>),
        __guarded_Wide::Busy,
    > {
        (&self.fields.f26).try_lock(key)
    }
    /**Locks `f26`, waiting at most `timeout` until no other thread holds it. (With the default std backend the wait polls, yielding and then sleeping up to 1 ms between attempts; with the `parking_lot` feature it parks the thread.) Takes and hands back keys as `lock_f26` does.

# Errors

`Busy` if another thread still holds it when `timeout` has passed (it borrows nothing: see `Busy` for using the key again). Otherwise the result is what `lock_f26` returns.

# Panics

If `f26` is poisoned (a thread panicked while holding it). `recover_f26` takes the data anyway.*/
    #[track_caller]
    fn try_lock_f26_for<'g>(
        &'g self,
        key: &'g mut impl wide_levels::comes_before_f26,
        timeout: __guarded_Wide::Duration,
    ) -> __guarded_Wide::Result<
        (__guarded_Wide::Guard<'g, u32>, __guarded_Wide::Key<'g, wide_levels::f26>),
        __guarded_Wide::Busy,
    > {
        (&self.fields.f26).try_lock_for(key, timeout)
    }
    ///Locks `f26` like `lock_f26`, but if the lock is poisoned (a thread panicked while holding it), hands over the data as that thread left it and clears the poison, instead of panicking. Takes and hands back keys as `lock_f26` does.
    #[track_caller]
    fn recover_f26<'g>(
        &'g self,
        key: &'g mut impl wide_levels::comes_before_f26,
    ) -> (__guarded_Wide::Guard<'g, u32>, __guarded_Wide::Key<'g, wide_levels::f26>) {
        (&self.fields.f26).recover(key)
    }
    /**Locks `f26` of two `Wide`s in one call, in an order of their own (so that two threads locking the same two in opposite orders cannot deadlock); the guards come back in argument order. Takes keys as `lock_f26` does, and hands back one key after `f26`, which cannot lock `f26` of a third.

# Errors

`SameInstance` if both are the same instance, or clones of one: nothing is locked then.

# Panics

If `f26` of one of them is poisoned, as `lock_f26` does.*/
    #[track_caller]
    fn lock_f26_pair<'g>(
        first: &'g Self,
        second: &'g Self,
        key: &'g mut impl wide_levels::comes_before_f26,
    ) -> __guarded_Wide::Result<
        (
            __guarded_Wide::Guard<'g, u32>,
            __guarded_Wide::Guard<'g, u32>,
            __guarded_Wide::Key<'g, wide_levels::f26>,
        ),
        __guarded_Wide::SameInstance,
    > {
        __guarded_Wide::Field::lock_pair(&first.fields.f26, &second.fields.f26, key)
    }
    /**Locks `f26` of every `Wide` that `instances` yields in one call, as `lock_f26_pair` does for two; the guards come back in the order of `instances`. Takes keys as `lock_f26` does, and hands back one key after `f26`.

# Errors

`SameInstance` if an instance (or a clone of it) comes twice: nothing is locked then.

# Panics

If `f26` of one of them is poisoned, as `lock_f26` does.*/
    #[track_caller]
    fn lock_f26_many<'g>(
        instances: impl __guarded_Wide::IntoIterator<Item = &'g Self>,
        key: &'g mut impl wide_levels::comes_before_f26,
    ) -> __guarded_Wide::Result<
        (
            __guarded_Wide::Vec<__guarded_Wide::Guard<'g, u32>>,
            __guarded_Wide::Key<'g, wide_levels::f26>,
        ),
        __guarded_Wide::SameInstance,
    >
    where
        Self: 'g,
    {
        __guarded_Wide::Field::lock_many(
            instances,
            |instances| &instances.fields.f26,
            key,
        )
    }
    /**Locks `f27`, blocking until no other thread holds it.

`f27` is 28th of 33 in the lock order of `Wide`: its 33 fields in declaration order (see `wide_levels::LOCK_ORDER`).

Takes the `ThreadKey`, or the key handed back by locking an earlier field (27 fields, `f0` to `f26`); a key that holds `f27` or a later field does not compile. Hands back the guard, which unlocks when dropped, and a key that may lock only the fields after it: `f28`, `f29`, `f30`, `f31`, `f32`.

# Panics

If `f27` is poisoned (a thread panicked while holding it). `recover_f27` takes the data anyway.*/
    #[track_caller]
    fn lock_f27<'g>(
        &'g self,
        key: &'g mut impl wide_levels::comes_before_f27,
    ) -> (__guarded_Wide::Guard<'g, u32>, __guarded_Wide::Key<'g, wide_levels::f27>) {
        (&self.fields.f27).lock(key)
    }
    /**Locks `f27` if no other thread holds it now; never blocks. Takes and hands back keys as `lock_f27` does.

# Errors

`Busy` if another thread holds it (it borrows nothing: see `Busy` for using the key again). Otherwise the result is what `lock_f27` returns.

# Panics

If `f27` is poisoned (a thread panicked while holding it). `recover_f27` takes the data anyway.*/
    #[track_caller]
    fn try_lock_f27<'g>(
        &'g self,
        key: &'g mut impl wide_levels::comes_before_f27,
    ) -> __guarded_Wide::Result<
        (__guarded_Wide::Guard<'g, u32>, __guarded_Wide::Key<'g, wide_levels::f27>),
        __guarded_Wide::Busy,
    > {
        (&self.fields.f27).try_lock(key)
    }
    /**Locks `f27`, waiting at most `timeout` until no other thread holds it. (With the default std backend the wait polls, yielding and then sleeping up to 1 ms between attempts; with the `parking_lot` feature it parks the thread.) Takes and hands back keys as `lock_f27` does.

# Errors

`Busy` if another thread still holds it when `timeout` has passed (it borrows nothing: see `Busy` for using the key again). Otherwise the result is what `lock_f27` returns.

# Panics

If `f27` is poisoned (a thread panicked while holding it). `recover_f27` takes the data anyway.*/
    #[track_caller]
    fn try_lock_f27_for<'g>(
        &'g self,
        key: &'g mut impl wide_levels::comes_before_f27,
        timeout: __guarded_Wide::Duration,
    ) -> __guarded_Wide::Result<
        (__guarded_Wide::Guard<'g, u32>, __guarded_Wide::Key<'g, wide_levels::f27>),
        __guarded_Wide::Busy,
    > {
        (&self.fields.f27).try_lock_for(key, timeout)
    }
    ///Locks `f27` like `lock_f27`, but if the lock is poisoned (a thread panicked while holding it), hands over the data as that thread left it and clears the poison, instead of panicking. Takes and hands back keys as `lock_f27` does.
    #[track_caller]
    fn recover_f27<'g>(
        &'g self,
        key: &'g mut impl wide_levels::comes_before_f27,
    ) -> (__guarded_Wide::Guard<'g, u32>, __guarded_Wide::Key<'g, wide_levels::f27>) {
        (&self.fields.f27).recover(key)
    }
    /**Locks `f27` of two `Wide`s in one call, in an order of their own (so that two threads locking the same two in opposite orders cannot deadlock); the guards come back in argument order. Takes keys as `lock_f27` does, and hands back one key after `f27`, which cannot lock `f27` of a third.

# Errors

`SameInstance` if both are the same instance, or clones of one: nothing is locked then.

# Panics

If `f27` of one of them is poisoned, as `lock_f27` does.*/
    #[track_caller]
    fn lock_f27_pair<'g>(
        first: &'g Self,
        second: &'g Self,
        key: &'g mut impl wide_levels::comes_before_f27,
    ) -> __guarded_Wide::Result<
        (
            __guarded_Wide::Guard<'g, u32>,
            __guarded_Wide::Guard<'g, u32>,
            __guarded_Wide::Key<'g, wide_levels::f27>,
        ),
        __guarded_Wide::SameInstance,
    > {
        __guarded_Wide::Field::lock_pair(&first.fields.f27, &second.fields.f27, key)
    }
    /**Locks `f27` of every `Wide` that `instances` yields in one call, as `lock_f27_pair` does for two; the guards come back in the order of `instances`. Takes keys as `lock_f27` does, and hands back one key after `f27`.

# Errors

`SameInstance` if an instance (or a clone of it) comes twice: nothing is locked then.

# Panics

If `f27` of one of them is poisoned, as `lock_f27` does.*/
    #[track_caller]
    fn lock_f27_many<'g>(
        instances: impl __guarded_Wide::IntoIterator<Item = &'g Self>,
        key: &'g mut impl wide_levels::comes_before_f27,
    ) -> __guarded_Wide::Result<
        (
            __guarded_Wide::Vec<__guarded_Wide::Guard<'g, u32>>,
            __guarded_Wide::Key<'g, wide_levels::f27>,
        ),
        __guarded_Wide::SameInstance,
    >
    where
        Self: 'g,
    {
        __guarded_Wide::Field::lock_many(
            instances,
            |instances| &instances.fields.f27,
            key,
        )
    }
    /**Locks `f28`, blocking until no other thread holds it.

`f28` is 29th of 33 in the lock order of `Wide`: its 33 fields in declaration order (see `wide_levels::LOCK_ORDER`).

Takes the `ThreadKey`, or the key handed back by locking an earlier field (28 fields, `f0` to `f27`); a key that holds `f28` or a later field does not compile. Hands back the guard, which unlocks when dropped, and a key that may lock only the fields after it: `f29`, `f30`, `f31`, `f32`.

# Panics

If `f28` is poisoned (a thread panicked while holding it). `recover_f28` takes the data anyway.*/
    #[track_caller]
    fn lock_f28<'g>(
        &'g self,
        key: &'g mut impl wide_levels::comes_before_f28,
    ) -> (__guarded_Wide::Guard<'g, u32>, __guarded_Wide::Key<'g, wide_levels::f28>) {
        (&self.fields.f28).lock(key)
    }
    /**Locks `f28` if no other thread holds it now; never blocks. Takes and hands back keys as `lock_f28` does.

# Errors

`Busy` if another thread holds it (it borrows nothing: see `Busy` for using the key again). Otherwise the result is what `lock_f28` returns.

# Panics

If `f28` is poisoned (a thread panicked while holding it). `recover_f28` takes the data anyway.*/
    #[track_caller]
    fn try_lock_f28<'g>(
        &'g self,
        key: &'g mut impl wide_levels::comes_before_f28,
    ) -> __guarded_Wide::Result<
        (__guarded_Wide::Guard<'g, u32>, __guarded_Wide::Key<'g, wide_levels::f28>),
        __guarded_Wide::Busy,
    > {
        (&self.fields.f28).try_lock(key)
    }
    /**Locks `f28`, waiting at most `timeout` until no other thread holds it. (With the default std backend the wait polls, yielding and then sleeping up to 1 ms between attempts; with the `parking_lot` feature it parks the thread.) Takes and hands back keys as `lock_f28` does.

# Errors

`Busy` if another thread still holds it when `timeout` has passed (it borrows nothing: see `Busy` for using the key again). Otherwise the result is what `lock_f28` returns.

# Panics

If `f28` is poisoned (a thread panicked while holding it). `recover_f28` takes the data anyway.*/
    #[track_caller]
    fn try_lock_f28_for<'g>(
        &'g self,
        key: &'g mut impl wide_levels::comes_before_f28,
        timeout: __guarded_Wide::Duration,
    ) -> __guarded_Wide::Result<
        (__guarded_Wide::Guard<'g, u32>, __guarded_Wide::Key<'g, wide_levels::f28>),
        __guarded_Wide::Busy,
    > {
        (&self.fields.f28).try_lock_for(key, timeout)
    }
    ///Locks `f28` like `lock_f28`, but if the lock is poisoned (a thread panicked while holding it), hands over the data as that thread left it and clears the poison, instead of panicking. Takes and hands back keys as `lock_f28` does.
    #[track_caller]
    fn recover_f28<'g>(
        &'g self,
        key: &'g mut impl wide_levels::comes_before_f28,
    ) -> (__guarded_Wide::Guard<'g, u32>, __guarded_Wide::Key<'g, wide_levels::f28>) {
        (&self.fields.f28).recover(key)
    }
    /**Locks `f28` of two `Wide`s in one call, in an order of their own (so that two threads locking the same two in opposite orders cannot deadlock); the guards come back in argument order. Takes keys as `lock_f28` does, and hands back one key after `f28`, which cannot lock `f28` of a third.

# Errors

`SameInstance` if both are the same instance, or clones of one: nothing is locked then.

# Panics

If `f28` of one of them is poisoned, as `lock_f28` does.*/
    #[track_caller]
    fn lock_f28_pair<'g>(
        first: &'g Self,
        second: &'g Self,
        key: &'g mut impl wide_levels::comes_before_f28,
    ) -> __guarded_Wide::Result<
        (
            __guarded_Wide::Guard<'g, u32>,
            __guarded_Wide::Guard<'g, u32>,
            __guarded_Wide::Key<'g, wide_levels::f28>,
        ),
        __guarded_Wide::SameInstance,
    > {
        __guarded_Wide::Field::lock_pair(&first.fields.f28, &second.fields.f28, key)
    }
    /**Locks `f28` of every `Wide` that `instances` yields in one call, as `lock_f28_pair` does for two; the guards come back in the order of `instances`. Takes keys as `lock_f28` does, and hands back one key after `f28`.

# Errors

`SameInstance` if an instance (or a clone of it) comes twice: nothing is locked then.

# Panics

If `f28` of one of them is poisoned, as `lock_f28` does.*/
    #[track_caller]
    fn lock_f28_many<'g>(
        instances: impl __guarded_Wide::IntoIterator<Item = &'g Self>,
        key: &'g mut impl wide_levels::comes_before_f28,
    ) -> __guarded_Wide::Result<
        (
            __guarded_Wide::Vec<__guarded_Wide::Guard<'g, u32>>,
            __guarded_Wide::Key<'g, wide_levels::f28>,
        ),
        __guarded_Wide::SameInstance,
    >
    where
        Self: 'g,
    {
        __guarded_Wide::Field::lock_many(
            instances,
            |instances| &instances.fields.f28,
            key,
        )
    }
    /**Locks `f29`, blocking until no other thread holds it.

`f29` is 30th of 33 in the lock order of `Wide`: its 33 fields in declaration order (see `wide_levels::LOCK_ORDER`).

Takes the `ThreadKey`, or the key handed back by locking an earlier field (29 fields, `f0` to `f28`); a key that holds `f29` or a later field does not compile. Hands back the guard, which unlocks when dropped, and a key that may lock only the fields after it: `f30`, `f31`, `f32`.

# Panics

If `f29` is poisoned (a thread panicked while holding it). `recover_f29` takes the data anyway.*/
    #[track_caller]
    fn lock_f29<'g>(
        &'g self,
        key: &'g mut impl wide_levels::comes_before_f29,
    ) -> (__guarded_Wide::Guard<'g, u32>, __guarded_Wide::Key<'g, wide_levels::f29>) {
        (&self.fields.f29).lock(key)
    }
    /**Locks `f29` if no other thread holds it now; never blocks. Takes and hands back keys as `lock_f29` does.

# Errors

`Busy` if another thread holds it (it borrows nothing: see `Busy` for using the key again). Otherwise the result is what `lock_f29` returns.

# Panics

If `f29` is poisoned (a thread panicked while holding it). `recover_f29` takes the data anyway.*/
    #[track_caller]
    fn try_lock_f29<'g>(
        &'g self,
        key: &'g mut impl wide_levels::comes_before_f29,
    ) -> __guarded_Wide::Result<
        (__guarded_Wide::Guard<'g, u32>, __guarded_Wide::Key<'g, wide_levels::f29>),
        __guarded_Wide::Busy,
    > {
        (&self.fields.f29).try_lock(key)
    }
    /**Locks `f29`, waiting at most `timeout` until no other thread holds it. (With the default std backend the wait polls, yielding and then sleeping up to 1 ms between attempts; with the `parking_lot` feature it parks the thread.) Takes and hands back keys as `lock_f29` does.

# Errors

`Busy` if another thread still holds it when `timeout` has passed (it borrows nothing: see `Busy` for using the key again). Otherwise the result is what `lock_f29` returns.

# Panics

If `f29` is poisoned (a thread panicked while holding it). `recover_f29` takes the data anyway.*/
    #[track_caller]
    fn try_lock_f29_for<'g>(
        &'g self,
        key: &'g mut impl wide_levels::comes_before_f29,
        timeout: __guarded_Wide::Duration,
    ) -> __guarded_Wide::Result<
        (__guarded_Wide::Guard<'g, u32>, __guarded_Wide::Key<'g, wide_levels::f29>),
        __guarded_Wide::Busy,
    > {
        (&self.fields.f29).try_lock_for(key, timeout)
    }
    ///Locks `f29` like `lock_f29`, but if the lock is poisoned (a thread panicked while holding it), hands over the data as that thread left it and clears the poison, instead of panicking. Takes and hands back keys as `lock_f29` does.
    #[track_caller]
    fn recover_f29<'g>(
        &'g self,
        key: &'g mut impl wide_levels::comes_before_f29,
    ) -> (__guarded_Wide::Guard<'g, u32>, __guarded_Wide::Key<'g, wide_levels::f29>) {
        (&self.fields.f29).recover(key)
    }
    /**Locks `f29` of two `Wide`s in one call, in an order of their own (so that two threads locking the same two in opposite orders cannot deadlock); the guards come back in argument order. Takes keys as `lock_f29` does, and hands back one key after `f29`, which cannot lock `f29` of a third.

# Errors

`SameInstance` if both are the same instance, or clones of one: nothing is locked then.

# Panics

If `f29` of one of them is poisoned, as `lock_f29` does.*/
    #[track_caller]
    fn lock_f29_pair<'g>(
        first: &'g Self,
        second: &'g Self,
        key: &'g mut impl wide_levels::comes_before_f29,
    ) -> __guarded_Wide::Result<
        (
            __guarded_Wide::Guard<'g, u32>,
            __guarded_Wide::Guard<'g, u32>,
            __guarded_Wide::Key<'g, wide_levels::f29>,
        ),
        __guarded_Wide::SameInstance,
    > {
        __guarded_Wide::Field::lock_pair(&first.fields.f29, &second.fields.f29, key)
    }
    /**Locks `f29` of every `Wide` that `instances` yields in one call, as `lock_f29_pair` does for two; the guards come back in the order of `instances`. Takes keys as `lock_f29` does, and hands back one key after `f29`.

# Errors

`SameInstance` if an instance (or a clone of it) comes twice: nothing is locked then.

# Panics

If `f29` of one of them is poisoned, as `lock_f29` does.*/
    #[track_caller]
    fn lock_f29_many<'g>(
        instances: impl __guarded_Wide::IntoIterator<Item = &'g Self>,
        key: &'g mut impl wide_levels::comes_before_f29,
    ) -> __guarded_Wide::Result<
        (
            __guarded_Wide::Vec<__guarded_Wide::Guard<'g, u32>>,
            __guarded_Wide::Key<'g, wide_levels::f29>,
        ),
        __guarded_Wide::SameInstance,
    >
    where
        Self: 'g,
    {
        __guarded_Wide::Field::lock_many(
            instances,
            |instances| &instances.fields.f29,
            key,
        )
    }
    /**Locks `f30`, blocking until no other thread holds it.

`f30` is 31st of 33 in the lock order of `Wide`: its 33 fields in declaration order (see `wide_levels::LOCK_ORDER`).

Takes the `ThreadKey`, or the key handed back by locking an earlier field (30 fields, `f0` to `f29`); a key that holds `f30` or a later field does not compile. Hands back the guard, which unlocks when dropped, and a key that may lock only the fields after it: `f31`, `f32`.

# Panics

If `f30` is poisoned (a thread panicked while holding it). `recover_f30` takes the data anyway.*/
    #[track_caller]
    fn lock_f30<'g>(
        &'g self,
        key: &'g mut impl wide_levels::comes_before_f30,
    ) -> (__guarded_Wide::Guard<'g, u32>, __guarded_Wide::Key<'g, wide_levels::f30>) {
        (&self.fields.f30).lock(key)
    }
    /**Locks `f30` if no other thread holds it now; never blocks. Takes and hands back keys as `lock_f30` does.

# Errors

`Busy` if another thread holds it (it borrows nothing: see `Busy` for using the key again). Otherwise the result is what `lock_f30` returns.

# Panics

If `f30` is poisoned (a thread panicked while holding it). `recover_f30` takes the data anyway.*/
    #[track_caller]
    fn try_lock_f30<'g>(
        &'g self,
        key: &'g mut impl wide_levels::comes_before_f30,
    ) -> __guarded_Wide::Result<
        (__guarded_Wide::Guard<'g, u32>, __guarded_Wide::Key<'g, wide_levels::f30>),
        __guarded_Wide::Busy,
    > {
        (&self.fields.f30).try_lock(key)
    }
    /**Locks `f30`, waiting at most `timeout` until no other thread holds it. (With the default std backend the wait polls, yielding and then sleeping up to 1 ms between attempts; with the `parking_lot` feature it parks the thread.) Takes and hands back keys as `lock_f30` does.

# Errors

`Busy` if another thread still holds it when `timeout` has passed (it borrows nothing: see `Busy` for using the key again). Otherwise the result is what `lock_f30` returns.

# Panics

If `f30` is poisoned (a thread panicked while holding it). `recover_f30` takes the data anyway.*/
    #[track_caller]
    fn try_lock_f30_for<'g>(
        &'g self,
        key: &'g mut impl wide_levels::comes_before_f30,
        timeout: __guarded_Wide::Duration,
    ) -> __guarded_Wide::Result<
        (__guarded_Wide::Guard<'g, u32>, __guarded_Wide::Key<'g, wide_levels::f30>),
        __guarded_Wide::Busy,
    > {
        (&self.fields.f30).try_lock_for(key, timeout)
    }
    ///Locks `f30` like `lock_f30`, but if the lock is poisoned (a thread panicked while holding it), hands over the data as that thread left it and clears the poison, instead of panicking. Takes and hands back keys as `lock_f30` does.
    #[track_caller]
    fn recover_f30<'g>(
        &'g self,
        key: &'g mut impl wide_levels::comes_before_f30,
    ) -> (__guarded_Wide::Guard<'g, u32>, __guarded_Wide::Key<'g, wide_levels::f30>) {
        (&self.fields.f30).recover(key)
    }
    /**Locks `f30` of two `Wide`s in one call, in an order of their own (so that two threads locking the same two in opposite orders cannot deadlock); the guards come back in argument order. Takes keys as `lock_f30` does, and hands back one key after `f30`, which cannot lock `f30` of a third.

# Errors

`SameInstance` if both are the same instance, or clones of one: nothing is locked then.

# Panics

If `f30` of one of them is poisoned, as `lock_f30` does.*/
    #[track_caller]
    fn lock_f30_pair<'g>(
        first: &'g Self,
        second: &'g Self,
        key: &'g mut impl wide_levels::comes_before_f30,
    ) -> __guarded_Wide::Result<
        (
            __guarded_Wide::Guard<'g, u32>,
            __guarded_Wide::Guard<'g, u32>,
            __guarded_Wide::Key<'g, wide_levels::f30>,
        ),
        __guarded_Wide::SameInstance,
    > {
        __guarded_Wide::Field::lock_pair(&first.fields.f30, &second.fields.f30, key)
    }
    /**Locks `f30` of every `Wide` that `instances` yields in one call, as `lock_f30_pair` does for two; the guards come back in the order of `instances`. Takes keys as `lock_f30` does, and hands back one key after `f30`.

# Errors

`SameInstance` if an instance (or a clone of it) comes twice: nothing is locked then.

# Panics

If `f30` of one of them is poisoned, as `lock_f30` does.*/
    #[track_caller]
    fn lock_f30_many<'g>(
        instances: impl __guarded_Wide::IntoIterator<Item = &'g Self>,
        key: &'g mut impl wide_levels::comes_before_f30,
    ) -> __guarded_Wide::Result<
        (
            __guarded_Wide::Vec<__guarded_Wide::Guard<'g, u32>>,
            __guarded_Wide::Key<'g, wide_levels::f30>,
        ),
        __guarded_Wide::SameInstance,
    >
    where
        Self: 'g,
    {
        __guarded_Wide::Field::lock_many(
            instances,
            |instances| &instances.fields.f30,
            key,
        )
    }
    /**Locks `f31`, blocking until no other thread holds it.

`f31` is 32nd of 33 in the lock order of `Wide`: its 33 fields in declaration order (see `wide_levels::LOCK_ORDER`).

Takes the `ThreadKey`, or the key handed back by locking an earlier field (31 fields, `f0` to `f30`); a key that holds `f31` or a later field does not compile. Hands back the guard, which unlocks when dropped, and a key that may lock only the fields after it: `f32`.

# Panics

If `f31` is poisoned (a thread panicked while holding it). `recover_f31` takes the data anyway.*/
    #[track_caller]
    fn lock_f31<'g>(
        &'g self,
        key: &'g mut impl wide_levels::comes_before_f31,
    ) -> (__guarded_Wide::Guard<'g, u32>, __guarded_Wide::Key<'g, wide_levels::f31>) {
        (&self.fields.f31).lock(key)
    }
    /**Locks `f31` if no other thread holds it now; never blocks. Takes and hands back keys as `lock_f31` does.

# Errors

`Busy` if another thread holds it (it borrows nothing: see `Busy` for using the key again). Otherwise the result is what `lock_f31` returns.

# Panics

If `f31` is poisoned (a thread panicked while holding it). `recover_f31` takes the data anyway.*/
    #[track_caller]
    fn try_lock_f31<'g>(
        &'g self,
        key: &'g mut impl wide_levels::comes_before_f31,
    ) -> __guarded_Wide::Result<
        (__guarded_Wide::Guard<'g, u32>, __guarded_Wide::Key<'g, wide_levels::f31>),
        __guarded_Wide::Busy,
    > {
        (&self.fields.f31).try_lock(key)
    }
    /**Locks `f31`, waiting at most `timeout` until no other thread holds it. (With the default std backend the wait polls, yielding and then sleeping up to 1 ms between attempts; with the `parking_lot` feature it parks the thread.) Takes and hands back keys as `lock_f31` does.

# Errors

`Busy` if another thread still holds it when `timeout` has passed (it borrows nothing: see `Busy` for using the key again). Otherwise the result is what `lock_f31` returns.

# Panics

If `f31` is poisoned (a thread panicked while holding it). `recover_f31` takes the data anyway.*/
    #[track_caller]
    fn try_lock_f31_for<'g>(
        &'g self,
        key: &'g mut impl wide_levels::comes_before_f31,
        timeout: __guarded_Wide::Duration,
    ) -> __guarded_Wide::Result<
        (__guarded_Wide::Guard<'g, u32>, __guarded_Wide::Key<'g, wide_levels::f31>),
        __guarded_Wide::Busy,
    > {
        (&self.fields.f31).try_lock_for(key, timeout)
    }
    ///Locks `f31` like `lock_f31`, but if the lock is poisoned (a thread panicked while holding it), hands over the data as that thread left it and clears the poison, instead of panicking. Takes and hands back keys as `lock_f31` does.
    #[track_caller]
    fn recover_f31<'g>(
        &'g self,
        key: &'g mut impl wide_levels::comes_before_f31,
    ) -> (__guarded_Wide::Guard<'g, u32>, __guarded_Wide::Key<'g, wide_levels::f31>) {
        (&self.fields.f31).recover(key)
    }
    /**Locks `f31` of two `Wide`s in one call, in an order of their own (so that two threads locking the same two in opposite orders cannot deadlock); the guards come back in argument order. Takes keys as `lock_f31` does, and hands back one key after `f31`, which cannot lock `f31` of a third.

# Errors

`SameInstance` if both are the same instance, or clones of one: nothing is locked then.

# Panics

If `f31` of one of them is poisoned, as `lock_f31` does.*/
    #[track_caller]
    fn lock_f31_pair<'g>(
        first: &'g Self,
        second: &'g Self,
        key: &'g mut impl wide_levels::comes_before_f31,
    ) -> __guarded_Wide::Result<
        (
            __guarded_Wide::Guard<'g, u32>,
            __guarded_Wide::Guard<'g, u32>,
            __guarded_Wide::Key<'g, wide_levels::f31>,
        ),
        __guarded_Wide::SameInstance,
    > {
        __guarded_Wide::Field::lock_pair(&first.fields.f31, &second.fields.f31, key)
    }
    /**Locks `f31` of every `Wide` that `instances` yields in one call, as `lock_f31_pair` does for two; the guards come back in the order of `instances`. Takes keys as `lock_f31` does, and hands back one key after `f31`.

# Errors

`SameInstance` if an instance (or a clone of it) comes twice: nothing is locked then.

# Panics

If `f31` of one of them is poisoned, as `lock_f31` does.*/
    #[track_caller]
    fn lock_f31_many<'g>(
        instances: impl __guarded_Wide::IntoIterator<Item = &'g Self>,
        key: &'g mut impl wide_levels::comes_before_f31,
    ) -> __guarded_Wide::Result<
        (
            __guarded_Wide::Vec<__guarded_Wide::Guard<'g, u32>>,
            __guarded_Wide::Key<'g, wide_levels::f31>,
        ),
        __guarded_Wide::SameInstance,
    >
    where
        Self: 'g,
    {
        __guarded_Wide::Field::lock_many(
            instances,
            |instances| &instances.fields.f31,
            key,
        )
    }
    /**Locks `f32`, blocking until no other thread holds it.

`f32` is 33rd of 33 in the lock order of `Wide`: its 33 fields in declaration order (see `wide_levels::LOCK_ORDER`).

Takes the `ThreadKey`, or the key handed back by locking an earlier field (32 fields, `f0` to `f31`); a key that holds `f32` or a later field does not compile. Hands back the guard, which unlocks when dropped, and a key that may lock no other field of this struct (`f32` is last).

# Panics

If `f32` is poisoned (a thread panicked while holding it). `recover_f32` takes the data anyway.*/
    #[track_caller]
    fn lock_f32<'g>(
        &'g self,
        key: &'g mut impl wide_levels::comes_before_f32,
    ) -> (__guarded_Wide::Guard<'g, u32>, __guarded_Wide::Key<'g, wide_levels::f32>) {
        (&self.fields.f32).lock(key)
    }
    /**Locks `f32` if no other thread holds it now; never blocks. Takes and hands back keys as `lock_f32` does.

# Errors

`Busy` if another thread holds it (it borrows nothing: see `Busy` for using the key again). Otherwise the result is what `lock_f32` returns.

# Panics

If `f32` is poisoned (a thread panicked while holding it). `recover_f32` takes the data anyway.*/
    #[track_caller]
    fn try_lock_f32<'g>(
        &'g self,
        key: &'g mut impl wide_levels::comes_before_f32,
    ) -> __guarded_Wide::Result<
        (__guarded_Wide::Guard<'g, u32>, __guarded_Wide::Key<'g, wide_levels::f32>),
        __guarded_Wide::Busy,
    > {
        (&self.fields.f32).try_lock(key)
    }
    /**Locks `f32`, waiting at most `timeout` until no other thread holds it. (With the default std backend the wait polls, yielding and then sleeping up to 1 ms between attempts; with the `parking_lot` feature it parks the thread.) Takes and hands back keys as `lock_f32` does.

# Errors

`Busy` if another thread still holds it when `timeout` has passed (it borrows nothing: see `Busy` for using the key again). Otherwise the result is what `lock_f32` returns.

# Panics

If `f32` is poisoned (a thread panicked while holding it). `recover_f32` takes the data anyway.*/
    #[track_caller]
    fn try_lock_f32_for<'g>(
        &'g self,
        key: &'g mut impl wide_levels::comes_before_f32,
        timeout: __guarded_Wide::Duration,
    ) -> __guarded_Wide::Result<
        (__guarded_Wide::Guard<'g, u32>, __guarded_Wide::Key<'g, wide_levels::f32>),
        __guarded_Wide::Busy,
    > {
        (&self.fields.f32).try_lock_for(key, timeout)
    }
    ///Locks `f32` like `lock_f32`, but if the lock is poisoned (a thread panicked while holding it), hands over the data as that thread left it and clears the poison, instead of panicking. Takes and hands back keys as `lock_f32` does.
    #[track_caller]
    fn recover_f32<'g>(
        &'g self,
        key: &'g mut impl wide_levels::comes_before_f32,
    ) -> (__guarded_Wide::Guard<'g, u32>, __guarded_Wide::Key<'g, wide_levels::f32>) {
        (&self.fields.f32).recover(key)
    }
    /**Locks `f32` of two `Wide`s in one call, in an order of their own (so that two threads locking the same two in opposite orders cannot deadlock); the guards come back in argument order. Takes keys as `lock_f32` does, and hands back one key after `f32`, which cannot lock `f32` of a third.

# Errors

`SameInstance` if both are the same instance, or clones of one: nothing is locked then.

# Panics

If `f32` of one of them is poisoned, as `lock_f32` does.*/
    #[track_caller]
    fn lock_f32_pair<'g>(
        first: &'g Self,
        second: &'g Self,
        key: &'g mut impl wide_levels::comes_before_f32,
    ) -> __guarded_Wide::Result<
        (
            __guarded_Wide::Guard<'g, u32>,
            __guarded_Wide::Guard<'g, u32>,
            __guarded_Wide::Key<'g, wide_levels::f32>,
        ),
        __guarded_Wide::SameInstance,
    > {
        __guarded_Wide::Field::lock_pair(&first.fields.f32, &second.fields.f32, key)
    }
    /**Locks `f32` of every `Wide` that `instances` yields in one call, as `lock_f32_pair` does for two; the guards come back in the order of `instances`. Takes keys as `lock_f32` does, and hands back one key after `f32`.

# Errors

`SameInstance` if an instance (or a clone of it) comes twice: nothing is locked then.

# Panics

If `f32` of one of them is poisoned, as `lock_f32` does.*/
    #[track_caller]
    fn lock_f32_many<'g>(
        instances: impl __guarded_Wide::IntoIterator<Item = &'g Self>,
        key: &'g mut impl wide_levels::comes_before_f32,
    ) -> __guarded_Wide::Result<
        (
            __guarded_Wide::Vec<__guarded_Wide::Guard<'g, u32>>,
            __guarded_Wide::Key<'g, wide_levels::f32>,
        ),
        __guarded_Wide::SameInstance,
    >
    where
        Self: 'g,
    {
        __guarded_Wide::Field::lock_many(
            instances,
            |instances| &instances.fields.f32,
            key,
        )
    }
}
#[automatically_derived]
impl __guarded_Wide::Clone for Wide {
    #[inline]
    fn clone(&self) -> Self {
        Self {
            fields: __guarded_Wide::Clone::clone(&self.fields),
        }
    }
}
