// Co-membership network of a province's standing committee (Ban Thường vụ): every pair of people the texts
// place in it, at any date; secretaries and deputy secretaries are members by office.
// params: {"province": "Lai Châu"}
MATCH (p:Person)-[:HELD_POSITION]->(o:Position)-[:POSITION_IN]->(:Organization)-[:LOCATED_IN]->(:Province {name: $province})
WHERE o.title =~ '(Ủy viên Ban Thường vụ|Bí thư|Phó Bí thư|Phó Bí thư Thường trực) (Tỉnh|Thành) ủy.*'
WITH collect(DISTINCT p) AS members
UNWIND members AS a
UNWIND members AS b
WITH a, b WHERE a.name < b.name
RETURN a.name AS member, b.name AS fellowMember
ORDER BY member, fellowMember
