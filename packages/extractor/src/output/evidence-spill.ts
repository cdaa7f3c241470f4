/**
 * Evidence spill file
 * ===================
 * Evidence quotes are the bulk of a merged graph: one sentence per supporting article for every edge.
 * Keeping them in memory would make memory grow with the corpus, so they are appended to a temporary
 * file as they come and read back, edge by edge, when the graph is written. Memory keeps only the
 * position and length of each quote.
 */
import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { Evidence } from '../types.js';

/** Where one spilled evidence record lies in the file: [position, byte length]. */
export type EvidenceRef = [position: number, length: number];

export class EvidenceSpill {
  private readonly dir = mkdtempSync(join(tmpdir(), 'kg-evidence-'));
  private readonly fd = openSync(join(this.dir, 'evidence.jsonl'), 'w+');
  private size = 0;

  append(evidence: Evidence): EvidenceRef {
    const bytes = Buffer.from(JSON.stringify(evidence));
    writeSync(this.fd, bytes, 0, bytes.length, this.size);
    const ref: EvidenceRef = [this.size, bytes.length];
    this.size += bytes.length;
    return ref;
  }

  read([position, length]: EvidenceRef): Evidence {
    const bytes = Buffer.alloc(length);
    readSync(this.fd, bytes, 0, length, position);
    return JSON.parse(bytes.toString('utf8')) as Evidence;
  }

  /** Remove the file; the spill cannot be used afterwards. */
  close(): void {
    closeSync(this.fd);
    rmSync(this.dir, { recursive: true, force: true });
  }
}
