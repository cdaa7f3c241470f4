/**
 * Loader statements
 * =================
 * The Cypher the loader runs, one statement per step, each over a batch of rows. A batch comes as
 * columns (see toColumns in loader.ts): row i is $id[i], $props[i], …, and its own lists are slices
 * of one flat list per batch, e.g. its articles $articles[$articleBounds[i]..$articleBounds[i + 1]].
 * Labels and relationship types cannot be parameters: they come from the checked lists in
 * graph-file.ts, never from free text.
 *
 * Relationships are written "create unless there" (NOT EXISTS / OPTIONAL MATCH, then CREATE), not with
 * MERGE: MERGE locks both endpoints until commit, and two batches that link the same article or
 * position then wait on each other or deadlock (a retry costs the driver's 1 s back-off and the whole
 * batch again). Without those locks the check is safe only if no two transactions write the same
 * relationship at once: the loader never has two rows for one node or fact in flight together, and
 * loads into one database run one at a time (holdLoadLock in loader.ts).
 *
 * Evidence lives on the relationship as aligned lists (evidenceArticles[i], evidenceQuotes[i], …):
 * Neo4j properties cannot hold maps, and keeping evidence on the fact itself lets a researcher read
 * a fact and its quotes from one MATCH. Writing an article's evidence first drops what that article
 * said before, so loading twice changes nothing. `propsJson` repeats the fact's own properties as one
 * JSON text: reading one property is about three times faster than picking the fact's keys out of a
 * relationship that also holds the evidence lists (measured on the neighbourhood query).
 *
 * From the evidence lists, each write also sets the fact's dates as Neo4j dates, so Cypher can compare
 * them (`WHERE h.since <= date('2020-01-01') <= h.until`): since (earliest stated start, as the first
 * day of its period: "2019-03" → 2019-03-01) and until (latest stated end, as the last day: "2019-03" →
 * 2019-03-31), each with its precision ('year', 'month', 'day'), firstSeen and lastSeen (the earliest and latest article dates that observe it). A list made
 * by a loader before these lists existed reads as empty strings.
 */

/** The list fields of node and edge rows, grouped by the bounds list that slices them (toColumns). */
export const NODE_LISTS = { articleBounds: ['articles'] };
export const EDGE_LISTS = {
  articleBounds: ['articles'],
  evidenceBounds: ['evidenceArticles', 'evidenceQuotes', 'evidenceStarts', 'evidenceEnds', 'evidenceAsOf', 'evidenceSince', 'evidenceUntil', 'evidenceStatus'],
};

// Only ISO dates and prefixes: a list written by an older loader may hold other text, which date() refuses.
const iso = (list: string) => `[x IN ${list} WHERE x =~ '\\d{4}(-\\d{2}(-\\d{2})?)?']`;
// An end compares by its last day ("2019" outlasts "2019-03-21"): padded as text that sorts so.
const endKey = (x: string) => `CASE size(${x}) WHEN 4 THEN ${x} + '-12-31' WHEN 7 THEN ${x} + '-31' ELSE ${x} END`;
const earliest = (list: string) => `reduce(m = null, x IN ${iso(list)} | CASE WHEN m IS NULL OR x < m THEN x ELSE m END)`;
const latest = (list: string) => `reduce(m = null, x IN ${iso(list)} | CASE WHEN m IS NULL OR ${endKey('x')} > ${endKey('m')} THEN x ELSE m END)`;
const precision = (value: string) => `CASE size(${value}) WHEN 4 THEN 'year' WHEN 7 THEN 'month' WHEN 10 THEN 'day' END`;

/** The fact's dates from its evidence lists (null removes a date no sentence gives any more); `carry` keeps more variables. */
const datesFromEvidence = (carry = '') => `
WITH r${carry}, ${earliest('r.evidenceSince')} AS since, ${latest('r.evidenceUntil')} AS until, ${earliest('r.evidenceAsOf')} AS firstSeen, ${latest('r.evidenceAsOf')} AS lastSeen
SET r.since = date(since), r.sincePrecision = ${precision('since')},
    r.until = CASE size(until) WHEN 4 THEN date(until + '-12-31') WHEN 7 THEN date(until + '-01') + duration('P1M') - duration('P1D') ELSE date(until) END,
    r.untilPrecision = ${precision('until')},
    r.firstSeen = date(firstSeen), r.lastSeen = date(lastSeen)`;

/** The Evidence nodes of the given articles (upsertEdges writes them again for the facts still stated). */
export const RETRACT_EVIDENCE = `
UNWIND $id AS aid
MATCH (:Article {id: aid})<-[:IN]-(e:Evidence)
DETACH DELETE e`;

/** Drop what the given articles supported: their evidence on edges, then edges and nodes left with no article. */
export const RETRACT_EDGES = `
UNWIND $id AS aid
MATCH (:Article {id: aid})<-[:MENTIONED_IN]-(:Entity)-[r]-(:Entity)
WHERE aid IN r.articles
WITH r, collect(DISTINCT aid) AS gone
WITH r, gone, [i IN range(0, size(r.evidenceArticles) - 1) WHERE NOT r.evidenceArticles[i] IN gone] AS keep
SET r.articles = [a IN r.articles WHERE NOT a IN gone],
    r.evidenceArticles = [i IN keep | r.evidenceArticles[i]],
    r.evidenceQuotes = [i IN keep | r.evidenceQuotes[i]],
    r.evidenceStarts = [i IN keep | r.evidenceStarts[i]],
    r.evidenceEnds = [i IN keep | r.evidenceEnds[i]],
    r.evidenceAsOf = [i IN keep | r.evidenceAsOf[i]],
    r.evidenceSince = [i IN keep | coalesce(r.evidenceSince[i], '')],
    r.evidenceUntil = [i IN keep | coalesce(r.evidenceUntil[i], '')],
    r.evidenceStatus = [i IN keep | coalesce(r.evidenceStatus[i], '')]
${datesFromEvidence()}
WITH r WHERE size(r.articles) = 0
DELETE r`;

export const RETRACT_NODES = `
UNWIND $id AS aid
MATCH (:Article {id: aid})<-[m:MENTIONED_IN]-(n:Entity)
DELETE m
WITH DISTINCT n
// Provinces are reference data (the gazetteer, with their mergers): they stay when no article names them.
WHERE NOT (n)-[:MENTIONED_IN]->(:Article) AND NOT n:Province
DETACH DELETE n`;

export const UPSERT_ARTICLES = `
UNWIND range(0, size($id) - 1) AS i
MERGE (a:Article {id: $id[i]})
SET a += $props[i]`;

export const upsertNodes = (label: string) => `
UNWIND range(0, size($id) - 1) AS i
MERGE (n:Entity {id: $id[i]})
SET n:${label}, n += $props[i]
WITH n, i
UNWIND $articles[$articleBounds[i]..$articleBounds[i + 1]] AS aid
MERGE (a:Article {id: aid})
WITH n, a WHERE NOT EXISTS { (n)-[:MENTIONED_IN]->(a) }
CREATE (n)-[:MENTIONED_IN]->(a)`;

export const upsertEdges = (type: string) => `
UNWIND range(0, size($from) - 1) AS i
MATCH (a:Entity {id: $from[i]})
MATCH (b:Entity {id: $to[i]})
OPTIONAL MATCH (a)-[found:${type}]->(b)
OPTIONAL CALL (a, b, found) { WITH * WHERE found IS NULL CREATE (a)-[created:${type}]->(b) RETURN created }
WITH coalesce(found, created) AS r, i
// Row i's evidence is items e0..e1 of the flat evidence lists. Its articles are copied, not kept as a
// slice: Neo4j's memory accounting counts a slice kept in a row as the whole list.
WITH r, i, [x IN $articles[$articleBounds[i]..$articleBounds[i + 1]] | x] AS articles, $evidenceBounds[i] AS e0, $evidenceBounds[i + 1] AS e1
WITH r, i, articles, e0, e1, coalesce(r.evidenceArticles, []) AS before
WITH r, i, articles, e0, e1, [k IN range(0, size(before) - 1) WHERE NOT before[k] IN articles] AS keep
SET r += $props[i],
    r.propsJson = $propsJson[i],
    r.articles = [x IN coalesce(r.articles, []) WHERE NOT x IN articles] + articles,
    r.evidenceArticles = [k IN keep | r.evidenceArticles[k]] + $evidenceArticles[e0..e1],
    r.evidenceQuotes = [k IN keep | r.evidenceQuotes[k]] + $evidenceQuotes[e0..e1],
    r.evidenceStarts = [k IN keep | r.evidenceStarts[k]] + $evidenceStarts[e0..e1],
    r.evidenceEnds = [k IN keep | r.evidenceEnds[k]] + $evidenceEnds[e0..e1],
    r.evidenceAsOf = [k IN keep | r.evidenceAsOf[k]] + $evidenceAsOf[e0..e1],
    r.evidenceSince = [k IN keep | coalesce(r.evidenceSince[k], '')] + $evidenceSince[e0..e1],
    r.evidenceUntil = [k IN keep | coalesce(r.evidenceUntil[k], '')] + $evidenceUntil[e0..e1],
    r.evidenceStatus = [k IN keep | coalesce(r.evidenceStatus[k], '')] + $evidenceStatus[e0..e1]
${datesFromEvidence(', i')}
SET r.id = $factId[i]
WITH r, i
// Each sentence also as an Evidence node IN its Article: the row's articles' old ones go, its own are made.
CALL (r, i) {
  WITH r, i, [x IN $articles[$articleBounds[i]..$articleBounds[i + 1]] | x] AS articles, $evidenceBounds[i] AS e0, $evidenceBounds[i + 1] AS e1
  OPTIONAL MATCH (old:Evidence {fact: r.id}) WHERE old.article IN articles
  DETACH DELETE old
  WITH DISTINCT r, e0, e1
  UNWIND range(e0, e1 - 1) AS k
  MATCH (a:Article {id: $evidenceArticles[k]})
  CREATE (e:Evidence {id: r.id + '@' + $evidenceArticles[k] + '@' + toString($evidenceStarts[k]), fact: r.id, article: $evidenceArticles[k],
                      quote: $evidenceQuotes[k], start: $evidenceStarts[k], end: $evidenceEnds[k]})-[:IN]->(a)
  RETURN count(*) AS made
}
RETURN count(*) AS written`;
