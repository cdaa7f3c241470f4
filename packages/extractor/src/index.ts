/** The extractor's public face: run it over files, and the records it writes. */
export { runExtraction, type RunOptions, type RunProgress, type RunSummary } from './run.js';
export { DEFAULT_MAX_ARTICLE_BYTES } from './input/article-check.js';
export type { IdentityDecisions } from './output/identity/identity.js';
export { IdentityFileError, readIdentityDecisions } from './output/identity/overrides.js';
export { IDENTITY_PROPS } from './output/graph-builder.js';
export type { ArticleRecord, EdgeRecord, Evidence, GraphRecord, NodeLabel, NodeRecord } from './types.js';
// Shared with the stores and the API, so a query is read the way articles are.
export { parseOffice } from './stages/06-mentions/position/parse.js';
export { officeSeats } from './stages/06-mentions/position/lexicon.js';
export { asciiFold, foldKey } from './text/normalize.js';
export { slug } from './text/slug.js';
