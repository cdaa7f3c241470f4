/** Request parameter schemas: every query and path parameter is checked before a store is asked. */
import { z } from 'zod';

const LABELS = ['Person', 'Position', 'Organization', 'Province', 'Locality', 'Congress', 'Resolution', 'Event'] as const;
/** A calendar date as YYYY-MM-DD: 2025-02-30 and 2025-13-01 are refused, not read as another day. */
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD')
  .refine((text) => {
    const date = new Date(`${text}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
  }, 'no such date');
/**
 * A string of 1 to `max` characters, counted as JSON Schema (and so the OpenAPI document) counts them:
 * in code points, so an emoji is one character, not two UTF-16 units.
 */
const characters = (max: number) =>
  z.string().superRefine((value, context) => {
    let length = 0;
    for (const _ of value) if (++length > max) break;
    if (length < 1 || length > max) context.addIssue({ code: z.ZodIssueCode.custom, message: `must have 1 to ${max} characters` });
  });
/** Free text: any non-empty string up to `max` characters (OpenAPI says the same), used trimmed. */
const text = (max: number) => characters(max).transform((value) => value.trim());
const limit = (max: number, fallback: number) => z.coerce.number().int().min(1).max(max).default(fallback);

export const nodeId = characters(300);

export const searchQuery = z.object({
  q: text(200),
  label: z.enum(LABELS).optional(),
  limit: limit(100, 20),
});

/** GET /api/persons/possibly-same: namesakes kept apart for want of a shared fact by default. */
export const namesakesQuery = z.object({
  verdict: z.enum(['possibly-same', 'distinct', 'all']).default('possibly-same'),
  limit: limit(100, 20),
});

/** A fact by its relationship type and ends: GET /api/facts/evidence. */
export const factQuery = z.object({
  type: z.string().regex(/^[A-Z][A-Z0-9_]{0,63}$/, 'a relationship type such as HELD_POSITION'),
  from: nodeId,
  to: nodeId,
});

export const holdersQuery = z.object({
  title: text(300),
  province: text(100).optional(),
  at: isoDate.optional(),
});

export const atQuery = z.object({ at: isoDate.optional() });

export const neighborhoodQuery = z.object({
  id: nodeId,
  depth: z.coerce.number().int().min(1).max(2).default(1),
  limit: limit(2000, 200),
});

export const overviewQuery = z.object({ limit: limit(20_000, 300) });

export const exportQuery = z.object({
  format: z.enum(['json', 'graphml', 'gexf', 'csv']).default('json'),
  id: nodeId.optional(),
  depth: z.coerce.number().int().min(1).max(2).default(1),
  limit: limit(200_000, 50_000),
});

export const cypherBody = z.object({
  query: text(10_000),
  params: z.record(z.unknown()).default({}),
});
