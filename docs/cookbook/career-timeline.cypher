// A person's career: every office the texts give them, oldest observation first, with the sentence and its article.
// params: {"name": "Lê Minh Hưng"}
MATCH (p:Person {name: $name})-[h:HELD_POSITION]->(o:Position)
UNWIND range(0, size(h.evidenceQuotes) - 1) AS i
MATCH (a:Article {id: h.evidenceArticles[i]})
RETURN o.title AS office, h.status AS status, h.evidenceAsOf[i] AS seen, a.title AS article, h.evidenceQuotes[i] AS quote
ORDER BY seen, office
