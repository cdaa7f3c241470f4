// Who held office X on date D: holders whose tenure covers D. A tenure starts at the date a text states
// (since) or the first article that shows it; it ends at the date a text states (until) or, in a
// one-seat office, when a later holder starts by D.
// params: {"title": "Trưởng Ban Tổ chức Trung ương", "date": "2025-06-30"}
MATCH (p:Person)-[h:HELD_POSITION]->(o:Position {title: $title})
WITH p, o, h, coalesce(h.since, h.firstSeen) AS start
WHERE start <= date($date) AND (h.until IS NULL OR date($date) <= h.until)
  AND NOT EXISTS {
    MATCH (q:Person)-[g:HELD_POSITION]->(o)
    WHERE o.seats = 'one' AND q <> p AND start < coalesce(g.since, g.firstSeen) <= date($date)
  }
RETURN p.name AS person, o.title AS office, h.status AS status, toString(start) AS start, toString(h.until) AS until, toString(h.lastSeen) AS lastSeen
ORDER BY start DESC, person
