//! An unsized field type that reaches `#[guarded]` through a `macro_rules!` parameter
//! (`$t:ty` arrives wrapped in an invisible group): the same single error as when it is
//! written out.

use guarded::guarded;

macro_rules! guarded_with {
    ($t:ty) => {
        #[guarded]
        struct Named {
            name: $t,
        }
    };
}

guarded_with!(str);

fn main() {}
