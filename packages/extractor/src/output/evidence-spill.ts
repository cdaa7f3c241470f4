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

/** Quotes wait in memory up to this many bytes and go to the file in one write (a write each costs more than the quote). */
const PENDING_BYTES = 1 << 20;

export class EvidenceSpill {
  private readonly dir = mkdtempSync(join(tmpdir(), 'kg-evidence-'));
  private readonly fd = openSync(join(this.dir, 'evidence.jsonl'), 'w+');
  /** Bytes in the file and waiting, in order. */
  private size = 0;
  private written = 0;
  private pending: Buffer[] = [];

  append(evidence: Evidence): EvidenceRef {
    const bytes = Buffer.from(JSON.stringify(evidence));
    this.pending.push(bytes);
    const ref: EvidenceRef = [this.size, bytes.length];
    this.size += bytes.length;
    if (this.size - this.written >= PENDING_BYTES) this.flush();
    return ref;
  }

  private flush(): void {
    if (!this.pending.length) return;
    const chunk = Buffer.concat(this.pending);
    for (let done = 0; done < chunk.length; ) done += writeSync(this.fd, chunk, done, chunk.length - done, this.written + done);
    this.written += chunk.length;
    this.pending = [];
  }

  read([position, length]: EvidenceRef): Evidence {
    if (position + length > this.written) this.flush();
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
