// Show me the sentence in its article: each sentence behind a person's offices, cut out of the
// article's cleaned text by its offsets, with what stands around it.
// params: {"name": "Vũ Mạnh Hà"}
MATCH (p:Person {name: $name})-[h:HELD_POSITION]->(o:Position)
UNWIND range(0, size(h.evidenceQuotes) - 1) AS i
MATCH (a:Article {id: h.evidenceArticles[i]})
WITH o, a, h.evidenceStarts[i] AS start, h.evidenceEnds[i] AS end, h.evidenceQuotes[i] AS quote
RETURN o.title AS office, a.title AS article, substring(a.text, start, end - start) = quote AS quoteAtOffsets,
       substring(a.text, CASE WHEN start < 80 THEN 0 ELSE start - 80 END, end - start + 160) AS context
ORDER BY office
