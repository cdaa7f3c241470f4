// One office in every province: holders by the office's role and its body's kind, not by title strings
// (here the standing deputy secretary of each provincial or city party committee).
// params: {"role": "Phó Bí thư Thường trực"}
MATCH (person:Person)-[h:HELD_POSITION]->(o:Position {role: $role})-[:POSITION_IN]->(org:Organization)
WHERE o.province IS NOT NULL AND (org.name STARTS WITH 'Tỉnh ủy' OR org.name STARTS WITH 'Thành ủy')
RETURN o.province AS province, person.name AS person, h.status AS status, toString(coalesce(h.since, h.firstSeen)) AS since
ORDER BY province, since, person
