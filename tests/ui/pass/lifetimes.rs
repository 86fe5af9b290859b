//! Lifetime parameters, one bounded by the other in a where clause, beside an unsized type
//! parameter: a struct that borrows its data must be guardable, and its guards must give the
//! borrowed data back.

use guarded::{ThreadKey, guarded};

#[guarded]
pub struct View<'a, 'b, T: ?Sized>
where
    'a: 'b,
{
    label: &'a str,
    items: &'b mut Vec<&'a T>,
}

fn main() {
    let label = String::from("view");
    let (one, two) = (String::from("one"), String::from("two"));
    let mut items: Vec<&str> = vec![&one];
    {
        let view = View::new(&label, &mut items);
        let mut key = ThreadKey::get().expect("first key");
        let (label, mut key) = view.lock_label(&mut key);
        let (mut items, _key) = view.lock_items(&mut key);
        items.push(&two);
        assert_eq!(*label, "view");
    }
    assert_eq!(items, ["one", "two"]);
}
