// Officials of a province across the 1 July 2025 merger: the offices of the province and of those
// merged into it, with their holders and the dates texts give.
// params: {"province": "Phú Thọ"}
MATCH (p:Province {name: $province})
OPTIONAL MATCH (old:Province)-[m:MERGED_INTO]->(p)
WITH p, [p] + collect(old) AS places
UNWIND places AS place
MATCH (person:Person)-[h:HELD_POSITION]->(o:Position)-[:LOCATED_IN]->(place)
RETURN place.name AS province, CASE WHEN place = p THEN null ELSE toString(head([(place)-[m:MERGED_INTO]->(p) | m.date])) END AS mergedOn,
       o.title AS office, person.name AS person, h.status AS status, toString(coalesce(h.since, h.firstSeen)) AS since
ORDER BY province, office, person
