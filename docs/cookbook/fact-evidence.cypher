// Which articles support a fact, with the sentence in each: the fact's Evidence nodes, IN their Article.
// params: {"person": "Lê Minh Hưng", "title": "Trưởng Ban Tổ chức Trung ương"}
MATCH (:Person {name: $person})-[h:HELD_POSITION]->(:Position {title: $title})
MATCH (e:Evidence {fact: h.id})-[:IN]->(a:Article)
RETURN a.id AS article, a.title AS title, a.published AS published, e.quote AS quote,
       substring(a.text, e.start, e.end - e.start) = e.quote AS quoteAtOffsets
ORDER BY published, article, e.start
