/**
 * The API described as OpenAPI 3 (served at /api/openapi.json). Keep in step with app.ts and params.ts:
 * test/openapi.test.ts sends every documented example and checks the lengths and ranges the document
 * gives against the validators. Every parameter has an example.
 */
const error = { $ref: '#/components/responses/Error' };
const query = (name: string, description: string, schema: Record<string, unknown>, example: unknown, required = false) => ({ name, in: 'query', required, description, schema, example });
const path = (name: string, description: string, example: string) => ({ name, in: 'path', required: true, description, schema: { type: 'string', minLength: 1, maxLength: 300 }, example });
const text = (maxLength: number) => ({ type: 'string', minLength: 1, maxLength });
const json = (description: string, schema: Record<string, unknown> = { type: 'object' }) => ({ description, content: { 'application/json': { schema } } });
const date = { type: 'string', format: 'date' };
const nodeId = { type: 'string', minLength: 1, maxLength: 300 };
const LABELS = ['Person', 'Position', 'Organization', 'Province', 'Locality', 'Congress', 'Resolution', 'Event'];
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const nullableText = { type: 'string', nullable: true };
// An ISO date prefix as precise as the text: "2019", "2019-03", "2019-03-21".
const isoPrefix = { type: 'string', nullable: true, pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$' };

export const OPENAPI = {
  openapi: '3.0.3',
  info: { title: 'Vietnamese political news knowledge graph', version: '0.1.0', description: 'Who held which office when, who attended what, which document implements which — with the sentences that say so.' },
  paths: {
    '/api/health': { get: { summary: 'Store kind and node counts by label', responses: { 200: json('health', { type: 'object', properties: { store: { type: 'string', enum: ['embedded', 'neo4j'] }, counts: { type: 'object' } } }), 503: error } } },
    '/api/search': {
      get: {
        summary: 'Prefix, diacritics-insensitive search over names, titles and numbers ("to lam", "18-NQ")',
        parameters: [query('q', 'text to find', text(200), 'to lam', true), query('label', 'only nodes of this label', { type: 'string', enum: LABELS }, 'Person'), query('limit', 'at most this many', { type: 'integer', minimum: 1, maximum: 100, default: 20 }, 10)],
        responses: { 200: json('ranked results: whole name, then name prefix, then word prefix'), 400: error },
      },
    },
    '/api/nodes/{id}': { get: { summary: 'A node, its properties and degree by relationship type', parameters: [path('id', 'node id', 'person:lê-minh-hưng')], responses: { 200: json('node'), 400: error, 404: error } } },
    '/api/persons/{id}/timeline': { get: { summary: 'Offices a person held, oldest first, with status, dates and evidence', parameters: [path('id', 'person id', 'person:lê-minh-hưng')], responses: { 200: json('timeline'), 400: error, 404: error } } },
    '/api/persons/possibly-same': {
      get: {
        summary: 'Person nodes of one name the extractor kept apart, each pair once, for a researcher to decide (docs/api.md, "Namesakes")',
        parameters: [
          query('verdict', 'possibly-same: apart only for want of a shared fact; distinct: their facts conflict; all: both', { type: 'string', enum: ['possibly-same', 'distinct', 'all'], default: 'possibly-same' }, 'possibly-same'),
          query('limit', 'at most this many pairs', { type: 'integer', minimum: 1, maximum: 100, default: 20 }, 20),
        ],
        responses: {
          200: json('pairs ordered by name, then ids; truncated when the limit left some out', {
            type: 'object',
            required: ['verdict', 'pairs', 'truncated'],
            properties: { verdict: { type: 'string', enum: ['possibly-same', 'distinct', 'all'] }, pairs: { type: 'array', items: ref('NamesakePair') }, truncated: { type: 'boolean' } },
          }),
          400: error,
        },
      },
    },
    '/api/positions/holders': {
      get: {
        summary: 'Who held office X on date D (or every holder over time)',
        parameters: [query('title', 'office title; abbreviations and either tone placement accepted', text(300), 'Trưởng ban Tổ chức TW', true), query('province', 'province name or id, for a title that does not name it', text(100), 'Lai Châu'), query('at', 'date; omitted: the succession of holders', date, '2025-01-01')],
        responses: {
          200: json('With at: the holders whose tenure covers the date first (atDate: true), then the nearest before and after (nearest), then the others. Without: the succession, oldest first.', {
            type: 'object',
            required: ['office', 'at', 'holders'],
            properties: { office: ref('Office'), at: { ...date, nullable: true }, holders: { type: 'array', items: ref('Holder') } },
          }),
          400: error,
          404: error,
        },
      },
    },
    '/api/facts/evidence': {
      get: {
        summary: 'Which articles support a fact, and the sentence in each with its offsets in the article text (GET /api/articles/{id} gives the text)',
        parameters: [
          query('type', 'relationship type', { type: 'string', pattern: '^[A-Z][A-Z0-9_]{0,63}$' }, 'HELD_POSITION', true),
          query('from', 'id of the node the fact starts at', nodeId, 'person:lê-minh-hưng', true),
          query('to', 'id of the node the fact ends at', nodeId, 'position:trưởng-ban-tổ-chức-trung-ương', true),
        ],
        responses: {
          200: json('the fact, its article ids and its sentences', {
            type: 'object',
            required: ['fact', 'articles', 'evidence'],
            properties: {
              fact: { type: 'object', properties: { type: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' } } },
              articles: { type: 'array', items: { type: 'string' } },
              evidence: {
                type: 'array',
                items: { type: 'object', required: ['article', 'quote', 'start', 'end', 'asOf'], properties: { article: { type: 'string' }, quote: { type: 'string' }, start: { type: 'integer' }, end: { type: 'integer' }, asOf: { ...date, nullable: true } } },
              },
            },
          }),
          400: error,
          404: error,
        },
      },
    },
    '/api/provinces/{id}/officials': { get: { summary: 'Offices of a province and their holders at a date (default: the latest known)', parameters: [path('id', 'province id', 'province:lai-châu'), query('at', 'date', date, '2025-01-01')], responses: { 200: json('officials'), 400: error, 404: error } } },
    '/api/graph/neighborhood': {
      get: {
        summary: 'A subgraph around a node, for the viewer',
        parameters: [query('id', 'node id', nodeId, 'person:tô-lâm', true), query('depth', 'hops', { type: 'integer', minimum: 1, maximum: 2, default: 1 }, 1), query('limit', 'most nodes', { type: 'integer', minimum: 1, maximum: 2000, default: 200 }, 200)],
        responses: { 200: json('{nodes, edges, truncated}'), 400: error, 404: error },
      },
    },
    '/api/graph/overview': { get: { summary: 'A first screen: the most connected persons, each with its best connected neighbours (offices, provinces, events), then the most connected other nodes; and the edges among them', parameters: [query('limit', 'most nodes', { type: 'integer', minimum: 1, maximum: 20000, default: 300 }, 300)], responses: { 200: json('{nodes, edges, truncated}'), 400: error } } },
    '/api/articles/{id}': { get: { summary: 'An article and the facts drawn from it', parameters: [path('id', 'article id', 'a:001-d09085c254a90b5c')], responses: { 200: json('{article, facts}'), 400: error, 404: error } } },
    '/api/export': {
      get: {
        summary: 'The whole graph, or a neighbourhood, for Gephi, pandas or NetworkX',
        parameters: [query('format', 'file format', { type: 'string', enum: ['json', 'graphml', 'gexf', 'csv'], default: 'json' }, 'graphml'), query('id', 'export the neighbourhood of this node', nodeId, 'person:tô-lâm'), query('depth', 'hops around id', { type: 'integer', minimum: 1, maximum: 2, default: 1 }, 1), query('limit', 'most nodes', { type: 'integer', minimum: 1, maximum: 200000, default: 50000 }, 1000)],
        responses: { 200: { description: 'the file (csv: an edge list with both ends named)' }, 400: error, 404: error },
      },
    },
    '/api/cypher': {
      post: {
        summary: 'Read-only Cypher (Neo4j store only): refused unless its EXPLAIN plan only reads; run in a read transaction with a 10 s timeout, at most 1000 rows and 2 MB (docs/api.md, "Security model")',
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: { type: 'object', required: ['query'], properties: { query: text(10_000), params: { type: 'object', description: 'query parameters ($name), nested at most 32 levels' } } },
              example: { query: 'MATCH (p:Person {name: $name})-[:HELD_POSITION]->(o:Position) RETURN o.title AS title', params: { name: 'Lê Minh Hưng' } },
            },
          },
        },
        responses: { 200: json('{columns, rows, truncated}'), 400: error, 413: error, 429: error, 501: error, 503: error },
      },
    },
  },
  components: {
    schemas: {
      Office: {
        type: 'object',
        required: ['id', 'title', 'province'],
        properties: { id: { type: 'string' }, title: { type: 'string' }, province: nullableText, seats: { type: 'string', enum: ['one', 'many'], description: 'one: the next holder ends the previous tenure' } },
      },
      Tenure: {
        type: 'object',
        description: 'start: the earliest stated since, else the first article observing the holding; end: the latest stated until, else (one seat) the next holder\'s start, else the last observation before an article calls it former; null: nothing says it ended',
        required: ['start', 'startBasis', 'end', 'endBasis'],
        properties: {
          start: isoPrefix,
          startBasis: { type: 'string', nullable: true, enum: ['stated', 'observed', null] },
          end: isoPrefix,
          endBasis: { type: 'string', nullable: true, enum: ['stated', 'successor', 'observed', null] },
        },
      },
      Evidence: {
        type: 'object',
        required: ['quote', 'asOf', 'article'],
        properties: {
          quote: { type: 'string' },
          asOf: { ...date, nullable: true, description: 'the date the sentence observes the fact (its article\'s date)' },
          since: isoPrefix,
          until: isoPrefix,
          status: { type: 'string', nullable: true, description: 'what this sentence says of the holding: current, former, alternate' },
          article: { type: 'object', properties: { id: { type: 'string' }, title: nullableText, published: nullableText, url: nullableText } },
        },
      },
      NamesakePair: {
        type: 'object',
        description: 'two Person nodes of one name, a the one whose id sorts first; reasons from both persons\' lists, each once',
        required: ['a', 'b', 'verdict', 'reasons'],
        properties: {
          a: ref('PersonRef'),
          b: ref('PersonRef'),
          verdict: { type: 'string', enum: ['possibly-same', 'distinct'], description: 'distinct when either person lists a conflicting fact' },
          reasons: { type: 'array', items: { type: 'string' }, description: 'the conflicting facts (distinct), or why nothing joined them (possibly-same)' },
        },
      },
      PersonRef: { type: 'object', required: ['id', 'name'], properties: { id: { type: 'string' }, name: { type: 'string' } } },
      Holder: {
        type: 'object',
        required: ['person', 'status', 'firstSeen', 'lastSeen', 'since', 'until', 'tenure', 'evidence'],
        properties: {
          person: { type: 'object', properties: { id: { type: 'string' }, name: { type: 'string' } } },
          status: { type: 'string', description: 'what the latest sentence says: current, former, alternate' },
          firstSeen: { ...date, nullable: true },
          lastSeen: { ...date, nullable: true },
          since: isoPrefix,
          until: isoPrefix,
          tenure: ref('Tenure'),
          atDate: { type: 'boolean', description: 'with at: whether the tenure covers the date' },
          nearest: { type: 'string', enum: ['before', 'after'], description: 'with at, for a holder not at the date: the nearest holder before or after it' },
          after: { type: 'object', nullable: true, description: 'without at: the holder seen before this one' },
          replaces: { type: 'object', nullable: true, description: 'without at, in a one-seat office: the holder this one followed' },
          evidence: { type: 'array', items: ref('Evidence') },
        },
      },
    },
    responses: {
      Error: json('an error', { type: 'object', properties: { error: { type: 'object', properties: { code: { type: 'string' }, message: { type: 'string' } } } } }),
    },
  },
} as const;
