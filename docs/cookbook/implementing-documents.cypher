// Which documents carry out resolution R (by its number), with the sentence that says so.
// params: {"number": "21-KL/TW"}
MATCH (plan:Resolution)-[i:IMPLEMENTS]->(r:Resolution {number: $number})
RETURN plan.type AS type, plan.number AS number, plan.scope AS issuedIn, r.number AS implements, i.evidenceQuotes[0] AS quote
ORDER BY number
