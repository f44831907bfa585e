//! Built-in reference tables (compiled from `data/` by `build.rs`) and IDN label checks.
use crate::model::Region;

include!(concat!(env!("OUT_DIR"), "/tables.rs"));

/// What the tables know of a two-letter code.
pub struct CodeInfo {
    pub name: &'static str,
    pub region: Region,
    /// An ISO 3166-1 assignment (false for the reserved ccTLD codes ac, eu, uk).
    pub iso: bool,
}

/// An ISO 3166-1 alpha-2 code, or ac, eu, uk.
pub fn code(code: &str) -> Option<CodeInfo> {
    let i = CODES.binary_search_by(|row| row.0.cmp(code)).ok()?;
    let (_, name, region, iso) = CODES[i];
    Some(CodeInfo { name, region, iso })
}

/// The built-in IDN table's entry for an A-label: (U-label, alpha-2 code).
pub fn idn(a_label: &str) -> Option<(&'static str, &'static str)> {
    let i = IDNS.binary_search_by(|row| row.0.cmp(a_label)).ok()?;
    Some((IDNS[i].1, IDNS[i].2))
}

/// Decodes an `xn--` A-label to its U-label (RFC 3492 Punycode); `None` if it is not one:
/// malformed, all ASCII after decoding, or with control characters, blanks or upper case.
pub fn u_label(a_label: &str) -> Option<String> {
    let encoded = a_label.strip_prefix("xn--")?;
    if encoded.is_empty()
        || a_label.len() > 63
        || encoded
            .bytes()
            .any(|b| !(b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'))
    {
        return None;
    }
    let decoded = punycode_decode(encoded)?;
    let sensible = decoded.chars().all(|c| {
        !c.is_control()
            && !c.is_whitespace()
            && !c.is_ascii_uppercase()
            && (!c.is_ascii() || c.is_ascii_alphanumeric() || c == '-')
    });
    (!decoded.is_ascii() && sensible).then_some(decoded)
}

fn punycode_decode(input: &str) -> Option<String> {
    const BASE: u32 = 36;
    let (basic, rest) = match input.rfind('-') {
        Some(i) => (&input[..i], &input[i + 1..]),
        None => ("", input),
    };
    let mut out: Vec<char> = basic.chars().collect();
    let (mut n, mut i, mut bias) = (128u32, 0u32, 72u32);
    let mut digits = rest.bytes().peekable();
    while digits.peek().is_some() {
        let old_i = i;
        let mut w = 1u32;
        let mut k = BASE;
        loop {
            let digit = match digits.next()? {
                c @ b'a'..=b'z' => u32::from(c - b'a'),
                c @ b'0'..=b'9' => u32::from(c - b'0') + 26,
                _ => return None,
            };
            i = i.checked_add(digit.checked_mul(w)?)?;
            let t = if k <= bias {
                1
            } else if k >= bias + 26 {
                26
            } else {
                k - bias
            };
            if digit < t {
                break;
            }
            w = w.checked_mul(BASE - t)?;
            k += BASE;
        }
        let len = out.len() as u32 + 1;
        bias = adapt(i - old_i, len, old_i == 0);
        n = n.checked_add(i / len)?;
        i %= len;
        out.insert(i as usize, char::from_u32(n)?);
        i += 1;
    }
    Some(out.into_iter().collect())
}

fn adapt(delta: u32, len: u32, first: bool) -> u32 {
    let mut delta = if first { delta / 700 } else { delta / 2 };
    delta += delta / len;
    let mut k = 0;
    while delta > 455 {
        delta /= 35;
        k += 36;
    }
    k + (36 * delta) / (delta + 38)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn knows_codes_regions_and_reserved_codes() {
        assert_eq!(code("nl").unwrap().region, Region::Europe);
        assert_eq!(code("bm").unwrap().region, Region::Europe);
        assert_eq!(code("gu").unwrap().region, Region::NorthAmerica);
        let uk = code("uk").unwrap();
        assert!(!uk.iso && uk.region == Region::Europe);
        assert!(code("zz").is_none());
        assert_eq!(CODES.len(), 252);
    }

    #[test]
    fn decodes_every_idn_of_the_table() {
        assert_eq!(u_label("xn--p1ai").as_deref(), Some("рф"));
        for (a, u, _) in IDNS {
            assert_eq!(u_label(a).as_deref(), Some(*u), "{a}");
        }
        assert_eq!(idn("xn--p1ai"), Some(("рф", "ru")));
    }

    #[test]
    fn rejects_labels_that_are_not_a_labels() {
        for bad in [
            "xn--",
            "xn--abc",
            "xn--P1AI",
            "xn--p1ai!",
            "p1ai",
            "xn--99999999999999",
        ] {
            assert_eq!(u_label(bad), None, "{bad}");
        }
    }
}
