// Successions in an office: every holder, in the order the texts first show them.
// params: {"title": "Phó Bí thư Thường trực Tỉnh ủy Lai Châu"}
MATCH (p:Person)-[h:HELD_POSITION]->(o:Position {title: $title})
UNWIND [d IN h.evidenceAsOf WHERE d <> ''] AS seen
WITH p, h, min(seen) AS firstSeen, max(seen) AS lastSeen
RETURN p.name AS person, h.status AS status, firstSeen, lastSeen
ORDER BY firstSeen, person
