/** The extractor's public face: run it over files, and the records it writes. */
export { runExtraction, type RunOptions, type RunProgress, type RunSummary } from './run.js';
export type { ArticleRecord, EdgeRecord, Evidence, GraphRecord, NodeLabel, NodeRecord } from './types.js';
