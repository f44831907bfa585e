//! Keys of what a kept result was made from (a page's view, the two
//! texts of a redline), for `serve` to reuse it: values are fed to a 128-bit hasher as
//! they are serialised, without writing any text (no JSON, no escaping). Every value
//! is written with its kind and length, so no two different values feed the hasher
//! the same bytes.
use serde::ser::{self, Serialize};

/// A 128-bit key: two different inputs have the same key with a chance of 2^-64 or
/// less even over billions of pages.
pub type Key = u128;

/// A hash map of a run's own strings (paths, URLs; tens of thousands a run): foldhash
/// rather than SipHash, whose resistance to chosen keys these do not need (they are
/// the site's files and pages, and foldhash is seeded per process too).
pub type FastMap<K, V> = std::collections::HashMap<K, V, foldhash::fast::RandomState>;

/// A hash set of a run's own strings (see `FastMap`).
pub type FastSet<K> = std::collections::HashSet<K, foldhash::fast::RandomState>;

/// The hasher of keys: XXH3, fast on long texts (a page's context holds whole bodies).
pub type Hasher = xxhash_rust::xxh3::Xxh3Default;

/// The key of texts and a number (each text with its length, so that no two lists
/// give the hasher the same bytes).
pub fn texts(texts: &[&str], n: usize) -> Key {
    use std::hash::Hasher as _;
    let mut h = Hasher::new();
    for t in texts {
        h.write_usize(t.len());
        h.write(t.as_bytes());
    }
    h.write_usize(n);
    h.digest128()
}

/// The key of a value that hashes with `std::hash::Hash` (keys, numbers, short texts).
pub fn of<T: std::hash::Hash + ?Sized>(value: &T) -> Key {
    let mut h = Hasher::new();
    value.hash(&mut h);
    h.digest128()
}

/// Feeds `value` to `h`.
pub fn feed<T: Serialize + ?Sized>(value: &T, h: &mut impl std::hash::Hasher) {
    // Serialising into a hasher cannot fail: every value is accepted.
    let _ = value.serialize(&mut Feed(h));
}

/// A serde serialiser whose output is a hasher's input.
struct Feed<'h, H: std::hash::Hasher>(&'h mut H);

/// The kinds of value, written before each so that their bytes never mix.
#[repr(u8)]
enum Tag {
    Bool,
    Int,
    Uint,
    Float,
    Char,
    Str,
    Bytes,
    None,
    Some,
    Unit,
    Variant,
    Seq,
    Map,
    End,
    Skipped,
}

impl<H: std::hash::Hasher> Feed<'_, H> {
    fn tag(&mut self, tag: Tag) {
        self.0.write_u8(tag as u8);
    }

    /// An enum's variant, by its index.
    fn variant(&mut self, index: u32) {
        self.tag(Tag::Variant);
        self.0.write_u32(index);
    }

    fn str(&mut self, s: &str) {
        self.tag(Tag::Str);
        self.0.write_usize(s.len());
        self.0.write(s.as_bytes());
    }
}

type Done = Result<(), Never>;

/// The error of a serialiser that never fails.
#[derive(Debug)]
pub struct Never;

impl std::fmt::Display for Never {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("a value that cannot be hashed")
    }
}

impl std::error::Error for Never {}

impl ser::Error for Never {
    fn custom<T: std::fmt::Display>(_: T) -> Never {
        Never
    }
}

macro_rules! scalar {
    ($($name:ident($t:ty) => $tag:ident, $write:ident as $as:ty;)*) => {
        $(fn $name(self, v: $t) -> Done {
            self.tag(Tag::$tag);
            self.0.$write(v as $as);
            Ok(())
        })*
    };
}

impl<H: std::hash::Hasher> ser::Serializer for &mut Feed<'_, H> {
    type Ok = ();
    type Error = Never;
    type SerializeSeq = Self;
    type SerializeTuple = Self;
    type SerializeTupleStruct = Self;
    type SerializeTupleVariant = Self;
    type SerializeMap = Self;
    type SerializeStruct = Self;
    type SerializeStructVariant = Self;

    scalar! {
        serialize_i8(i8) => Int, write_i64 as i64;
        serialize_i16(i16) => Int, write_i64 as i64;
        serialize_i32(i32) => Int, write_i64 as i64;
        serialize_i64(i64) => Int, write_i64 as i64;
        serialize_u8(u8) => Uint, write_u64 as u64;
        serialize_u16(u16) => Uint, write_u64 as u64;
        serialize_u32(u32) => Uint, write_u64 as u64;
        serialize_u64(u64) => Uint, write_u64 as u64;
        serialize_char(char) => Char, write_u32 as u32;
        serialize_bool(bool) => Bool, write_u8 as u8;
    }

    fn serialize_i128(self, v: i128) -> Done {
        self.tag(Tag::Int);
        self.0.write_i128(v);
        Ok(())
    }

    fn serialize_u128(self, v: u128) -> Done {
        self.tag(Tag::Uint);
        self.0.write_u128(v);
        Ok(())
    }

    fn serialize_f32(self, v: f32) -> Done {
        self.serialize_f64(f64::from(v))
    }

    fn serialize_f64(self, v: f64) -> Done {
        self.tag(Tag::Float);
        self.0.write_u64(v.to_bits());
        Ok(())
    }

    fn serialize_str(self, v: &str) -> Done {
        self.str(v);
        Ok(())
    }

    fn serialize_bytes(self, v: &[u8]) -> Done {
        self.tag(Tag::Bytes);
        self.0.write_usize(v.len());
        self.0.write(v);
        Ok(())
    }

    fn serialize_none(self) -> Done {
        self.tag(Tag::None);
        Ok(())
    }

    fn serialize_some<T: Serialize + ?Sized>(self, v: &T) -> Done {
        self.tag(Tag::Some);
        v.serialize(self)
    }

    fn serialize_unit(self) -> Done {
        self.tag(Tag::Unit);
        Ok(())
    }

    fn serialize_unit_struct(self, _: &'static str) -> Done {
        self.serialize_unit()
    }

    fn serialize_unit_variant(self, _: &'static str, index: u32, _: &'static str) -> Done {
        self.variant(index);
        Ok(())
    }

    fn serialize_newtype_struct<T: Serialize + ?Sized>(self, _: &'static str, v: &T) -> Done {
        v.serialize(self)
    }

    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        index: u32,
        _: &'static str,
        v: &T,
    ) -> Done {
        self.variant(index);
        v.serialize(self)
    }

    fn serialize_seq(self, _: Option<usize>) -> Result<Self, Never> {
        self.tag(Tag::Seq);
        Ok(self)
    }

    fn serialize_tuple(self, _: usize) -> Result<Self, Never> {
        self.serialize_seq(None)
    }

    fn serialize_tuple_struct(self, _: &'static str, _: usize) -> Result<Self, Never> {
        self.serialize_seq(None)
    }

    fn serialize_tuple_variant(
        self,
        _: &'static str,
        index: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self, Never> {
        self.variant(index);
        self.serialize_seq(None)
    }

    fn serialize_map(self, _: Option<usize>) -> Result<Self, Never> {
        self.tag(Tag::Map);
        Ok(self)
    }

    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Self, Never> {
        self.serialize_map(None)
    }

    fn serialize_struct_variant(
        self,
        _: &'static str,
        index: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self, Never> {
        self.variant(index);
        self.serialize_map(None)
    }

    fn is_human_readable(&self) -> bool {
        // Values hash as the template reads them (dates as their text, say).
        true
    }
}

/// Sequences and maps end with a tag of their own, so `[[a], b]` and `[[a, b]]` differ.
macro_rules! compound {
    ($($trait:ident :: $method:ident),*) => {
        $(impl<H: std::hash::Hasher> ser::$trait for &mut Feed<'_, H> {
            type Ok = ();
            type Error = Never;

            fn $method<T: Serialize + ?Sized>(&mut self, v: &T) -> Done {
                v.serialize(&mut **self)
            }

            fn end(self) -> Done {
                self.tag(Tag::End);
                Ok(())
            }
        })*
    };
}

compound!(
    SerializeSeq::serialize_element,
    SerializeTuple::serialize_element,
    SerializeTupleStruct::serialize_field,
    SerializeTupleVariant::serialize_field
);

impl<H: std::hash::Hasher> ser::SerializeMap for &mut Feed<'_, H> {
    type Ok = ();
    type Error = Never;

    fn serialize_key<T: Serialize + ?Sized>(&mut self, k: &T) -> Done {
        k.serialize(&mut **self)
    }

    fn serialize_value<T: Serialize + ?Sized>(&mut self, v: &T) -> Done {
        v.serialize(&mut **self)
    }

    fn end(self) -> Done {
        self.tag(Tag::End);
        Ok(())
    }
}

macro_rules! fields {
    ($($trait:ident),*) => {
        $(impl<H: std::hash::Hasher> ser::$trait for &mut Feed<'_, H> {
            type Ok = ();
            type Error = Never;

            fn serialize_field<T: Serialize + ?Sized>(&mut self, name: &'static str, v: &T) -> Done {
                self.str(name);
                v.serialize(&mut **self)
            }

            fn skip_field(&mut self, name: &'static str) -> Done {
                // A skipped field reads as undefined, which differs from any value.
                self.str(name);
                self.tag(Tag::Skipped);
                Ok(())
            }

            fn end(self) -> Done {
                self.tag(Tag::End);
                Ok(())
            }
        })*
    };
}

fields!(SerializeStruct, SerializeStructVariant);

#[cfg(test)]
mod tests {
    use super::*;
    fn key<T: Serialize>(v: &T) -> Key {
        let mut h = Hasher::new();
        feed(v, &mut h);
        h.digest128()
    }

    #[derive(serde::Serialize)]
    struct Row {
        a: String,
        b: Option<String>,
    }

    #[test]
    fn values_that_read_differently_have_different_keys() {
        let pairs: Vec<(Key, Key)> = vec![
            (key(&("ab", "c")), key(&("a", "bc"))),
            (key(&vec![vec![1], vec![2]]), key(&vec![vec![1, 2]])),
            (key(&Some("")), key(&None::<&str>)),
            (key(&(1u32, 0u8)), key(&(1i32, 0u8))),
            (key(&1.0f64), key(&1u64)),
            (
                key(&Row {
                    a: "x".into(),
                    b: None,
                }),
                key(&Row {
                    a: "x".into(),
                    b: Some(String::new()),
                }),
            ),
            (key(&[("a", 1)]), key(&[("b", 1)])),
        ];
        for (i, (x, y)) in pairs.iter().enumerate() {
            assert_ne!(x, y, "pair {i}");
        }
    }

    #[test]
    fn equal_values_have_equal_keys() {
        let row = || Row {
            a: "élu".into(),
            b: Some("<b>".into()),
        };
        assert_eq!(key(&row()), key(&row()));
        assert_eq!(key(&vec![row(), row()]), key(&vec![row(), row()]));
    }
}
