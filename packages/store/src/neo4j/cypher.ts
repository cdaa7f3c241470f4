/**
 * Loader statements
 * =================
 * The Cypher the loader runs, one statement per step, each over a batch of rows ($rows or $ids).
 * Labels and relationship types cannot be parameters: they come from the checked lists in
 * graph-file.ts, never from free text.
 *
 * Evidence lives on the relationship as aligned lists (evidenceArticles[i], evidenceQuotes[i], …):
 * Neo4j properties cannot hold maps, and keeping evidence on the fact itself lets a researcher read
 * a fact and its quotes from one MATCH. Writing an article's evidence first drops what that article
 * said before, so loading twice changes nothing. `propsJson` repeats the fact's own properties as one
 * JSON text: reading one property is about three times faster than picking the fact's keys out of a
 * relationship that also holds the evidence lists (measured on the neighbourhood query).
 */

/** Drop what the given articles supported: their evidence on edges, then edges and nodes left with no article. */
export const RETRACT_EDGES = `
UNWIND $ids AS aid
MATCH (:Article {id: aid})<-[:MENTIONED_IN]-(:Entity)-[r]-(:Entity)
WHERE aid IN r.articles
WITH r, collect(DISTINCT aid) AS gone
WITH r, gone, [i IN range(0, size(r.evidenceArticles) - 1) WHERE NOT r.evidenceArticles[i] IN gone] AS keep
SET r.articles = [a IN r.articles WHERE NOT a IN gone],
    r.evidenceArticles = [i IN keep | r.evidenceArticles[i]],
    r.evidenceQuotes = [i IN keep | r.evidenceQuotes[i]],
    r.evidenceStarts = [i IN keep | r.evidenceStarts[i]],
    r.evidenceEnds = [i IN keep | r.evidenceEnds[i]],
    r.evidenceAsOf = [i IN keep | r.evidenceAsOf[i]]
WITH r WHERE size(r.articles) = 0
DELETE r`;

export const RETRACT_NODES = `
UNWIND $ids AS aid
MATCH (:Article {id: aid})<-[m:MENTIONED_IN]-(n:Entity)
DELETE m
WITH DISTINCT n
WHERE NOT (n)-[:MENTIONED_IN]->(:Article)
DETACH DELETE n`;

export const UPSERT_ARTICLES = `
UNWIND $rows AS row
MERGE (a:Article {id: row.id})
SET a += row.props`;

export const upsertNodes = (label: string) => `
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
SET n:${label}, n += row.props
WITH n, row
UNWIND row.articles AS aid
MERGE (a:Article {id: aid})
MERGE (n)-[:MENTIONED_IN]->(a)`;

export const upsertEdges = (type: string) => `
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[r:${type}]->(b)
WITH r, row, coalesce(r.evidenceArticles, []) AS before
WITH r, row, [i IN range(0, size(before) - 1) WHERE NOT before[i] IN row.articles] AS keep
SET r += row.props,
    r.propsJson = row.propsJson,
    r.articles = [x IN coalesce(r.articles, []) WHERE NOT x IN row.articles] + row.articles,
    r.evidenceArticles = [i IN keep | r.evidenceArticles[i]] + row.evidenceArticles,
    r.evidenceQuotes = [i IN keep | r.evidenceQuotes[i]] + row.evidenceQuotes,
    r.evidenceStarts = [i IN keep | r.evidenceStarts[i]] + row.evidenceStarts,
    r.evidenceEnds = [i IN keep | r.evidenceEnds[i]] + row.evidenceEnds,
    r.evidenceAsOf = [i IN keep | r.evidenceAsOf[i]] + row.evidenceAsOf
RETURN count(*) AS written`;
