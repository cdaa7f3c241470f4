// Who attended a congress or conference, and in what role (directed, chaired, spoke, attended).
// params: {"name": "Hội nghị toàn quốc tổng kết công tác tổ chức xây dựng Đảng năm 2024"}
MATCH (p:Person)-[a:ATTENDED]->(m)
WHERE (m:Congress OR m:Event) AND m.name STARTS WITH $name
RETURN m.name AS meeting, m.date AS date, p.name AS person, a.role AS role
ORDER BY role, person
