// Who held office X on date D: the holders the texts show on or before D, the latest first.
// params: {"title": "Trưởng Ban Tổ chức Trung ương", "date": "2025-06-30"}
MATCH (p:Person)-[h:HELD_POSITION]->(o:Position {title: $title})
UNWIND [d IN h.evidenceAsOf WHERE d <> ''] AS seen
WITH p, o, h, min(seen) AS firstSeen, max(seen) AS lastSeen
WHERE firstSeen <= $date
RETURN p.name AS person, o.title AS office, h.status AS status, firstSeen, lastSeen
ORDER BY lastSeen DESC, person
