//! In the `Ok` arm of a `match` on `try_read_settings`, the read guard is alive: a
//! blocking `write_settings` with the `ThreadKey` there waits for this thread's own read
//! forever. Must fail: the key is borrowed by the matched result.
use guarded::{ThreadKey, guarded};

#[guarded]
pub struct Pool {
    config: String,
    #[guarded(condvar)]
    jobs: Vec<u32>,
    #[guarded(rw)]
    settings: Vec<u8>,
}

fn main() {
    let pool = Pool::new(String::new(), Vec::new(), Vec::new());
    let mut key = ThreadKey::get().unwrap();
    match pool.try_read_settings(&mut key) {
        Ok((settings, _)) => {
            let (mut written, _) = pool.write_settings(&mut key);
            written.extend(settings.iter());
        }
        Err(busy) => println!("{busy}"),
    }
}
