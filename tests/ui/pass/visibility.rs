//! Visibility combinations: a `pub` struct with a private field, a `pub(crate)` field and a
//! `pub` field, used from another module. Each accessor has its field's visibility, and the
//! struct's `new`, `LOCK_ORDER` and level module have the struct's.

use guarded::ThreadKey;

mod bank {
    use guarded::guarded;

    #[guarded]
    pub struct Bank {
        secret: u64,
        pub(crate) accounts: Vec<i64>,
        pub audit: Vec<String>,
    }

    impl Bank {
        /// The private field is reached from inside its module.
        pub fn with_secret(&self, key: &mut impl guarded::CanLock<bank_levels::secret>) -> u64 {
            let (secret, _key) = self.lock_secret(key);
            *secret
        }
    }

    #[guarded]
    pub(crate) struct Internal {
        pub(super) count: u32,
    }
}

fn main() {
    let bank = bank::Bank::new(42, vec![1, 2], Vec::new());
    let mut key = ThreadKey::get().expect("first key");
    assert_eq!(bank.with_secret(&mut key), 42);
    {
        let (accounts, mut key) = bank.lock_accounts(&mut key);
        let (mut audit, _key) = bank.lock_audit(&mut key);
        audit.push(format!("{} accounts", accounts.len()));
    }
    fn audit_only(
        bank: &bank::Bank,
        key: &mut impl guarded::CanLock<bank::bank_levels::audit>,
    ) -> usize {
        bank.lock_audit(key).0.len()
    }
    assert_eq!(audit_only(&bank, &mut key), 1);
    let internal = bank::Internal::new(3);
    let (count, _key) = internal.lock_count(&mut key);
    assert_eq!(*count, 3);
    assert_eq!(bank::Bank::LOCK_ORDER, ["secret", "accounts", "audit"]);
}
