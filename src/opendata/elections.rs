//! `elections.json` and `votes.json` (SPEC §7): the records as written, with the
//! computed electorate, turnout and result.
use super::pretty;
use crate::model::Closed as _;
use crate::model::Site;

/// An election as `elections.json` gives it (SPEC §7): its fields as written, the
/// written electorate as `electorate_id`, and the computed `electorate` (its size on
/// the last ballot's close), `turnout` (a list per round, one figure for STV, null
/// without a vote) and `elected`.
pub(crate) fn elections_json(site: &Site, tallies: &crate::tally::Tallies) -> Vec<u8> {
    let mut elections: Vec<&crate::model::Election> = site.elections.iter().collect();
    elections.sort_by(|a, b| a.slug.cmp(&b.slug));
    let records: Vec<serde_json::Value> = elections
        .iter()
        .map(|e| election_record(site, tallies, e))
        .collect();
    pretty(&records)
}

fn election_record(
    site: &Site,
    tallies: &crate::tally::Tallies,
    e: &crate::model::Election,
) -> serde_json::Value {
    use crate::tally::Result as T;
    use serde_json::json;
    let o = tallies.election(site, e);
    let ratio = |part: u64, whole: usize| {
        (whole > 0).then(|| (part as f64 / whole as f64 * 10_000.0).round() / 10_000.0)
    };
    let (size, turnout) = match &o.result {
        T::Rounds(rs) => (
            rs.last().map(|r| r.electorate),
            json!(
                rs.iter()
                    .map(|r| ratio(r.cast + r.abstentions, r.electorate))
                    .collect::<Vec<_>>()
            ),
        ),
        T::Stv(s) => (Some(s.electorate), json!(ratio(s.ballots, s.electorate))),
        _ => (None, serde_json::Value::Null),
    };
    let nominations: Vec<serde_json::Value> = e.nominations.iter().map(|n| json!({
        "candidate": n.candidate.value,
        "date": n.date.as_ref().map(|d| d.value.to_string()),
        "by": n.by.as_ref().map(|b| b.value.clone()),
        "seconds": n.seconds_documented.then(|| n.seconds.iter().map(|s| s.value.clone()).collect::<Vec<_>>()),
        "accepted": n.accepted,
    })).collect();
    let rounds: Vec<serde_json::Value> = e.rounds.iter().map(|r| json!({
        "closes": r.closes.value.to_string(),
        "votes": r.votes.iter().map(|(c, v)| (c.value.clone(), json!(v))).collect::<serde_json::Map<_, _>>(),
        "abstentions": r.abstentions,
    })).collect();
    let ballots: Vec<serde_json::Value> = e
        .ballots
        .iter()
        .map(|b| {
            json!({
                "ranking": b.ranking.iter().map(|c| c.value.clone()).collect::<Vec<_>>(),
                "count": b.count,
            })
        })
        .collect();
    json!({
        "slug": e.slug, "title": e.title, "office": e.office.value.id(),
        "electorate_id": e.electorate.value.id(), "seats": e.seats.value,
        "call": e.call.value.to_string(), "nominations_close": e.nominations_close.value.to_string(),
        "term_from": e.term_from.as_ref().map(|d| d.value.to_string()),
        "method": e.method.as_ref().map(|m| m.value.id()),
        "nominations": nominations, "rounds": rounds,
        "closes": e.closes.as_ref().map(|d| d.value.to_string()), "ballots": ballots,
        "source": e.source.as_ref().map(|s| s.value.clone()),
        "electorate": size, "turnout": turnout, "elected": o.elected,
    })
}

/// The votes as `votes.json` gives them: fields as written, plus the computed
/// `electorate` (size on `closes`), `turnout` and `outcome`.
pub(crate) fn votes_json(site: &Site, tallies: &crate::tally::Tallies) -> Vec<u8> {
    use serde_json::json;
    let mut votes: Vec<&crate::model::Vote> = site.votes.iter().collect();
    votes.sort_by(|a, b| a.slug.cmp(&b.slug));
    let percent = |h: u32| {
        if h.is_multiple_of(100) {
            json!(h / 100)
        } else {
            json!(h as f64 / 100.0)
        }
    };
    let records: Vec<serde_json::Value> = votes.iter().map(|v| {
        let (size, passed) = tallies.vote(site, v);
        let cast = v.for_votes.value + v.against.value + v.abstentions;
        json!({
            "slug": v.slug, "title": v.title, "electorate_id": v.electorate.value.id(),
            "opens": v.opens.value.to_string(), "closes": v.closes.value.to_string(),
            "quorum": percent(v.quorum.value), "threshold": percent(v.threshold.value),
            "for": v.for_votes.value, "against": v.against.value, "abstentions": v.abstentions,
            "petition": v.petition.iter().map(|p| p.value.clone()).collect::<Vec<_>>(),
            "source": v.source.as_ref().map(|s| s.value.clone()),
            "electorate": size,
            "turnout": (size > 0).then(|| (cast as f64 / size as f64 * 10_000.0).round() / 10_000.0),
            "outcome": if passed { "passed" } else { "failed" },
        })
    }).collect();
    pretty(&records)
}
