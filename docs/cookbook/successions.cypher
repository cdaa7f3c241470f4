// Successions in an office: every holder, in the order their tenures start, with the dates texts state
// (since/until, with their precision) and the first and last articles that show them.
// params: {"title": "Phó Bí thư Thường trực Tỉnh ủy Lai Châu"}
MATCH (p:Person)-[h:HELD_POSITION]->(o:Position {title: $title})
RETURN p.name AS person, h.status AS status, toString(h.since) AS since, h.sincePrecision AS sincePrecision, toString(h.until) AS until,
       toString(h.firstSeen) AS firstSeen, toString(h.lastSeen) AS lastSeen
ORDER BY coalesce(h.since, h.firstSeen), person
