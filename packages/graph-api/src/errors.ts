/**
 * API errors: every failure is `{"error": {"code", "message"}}` with its status. Clients never see a
 * stack trace; a Neo4j that went away is a 503 (the driver reconnects by itself when it returns).
 */
import type { ErrorRequestHandler } from 'express';
import { ZodError } from 'zod';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export const notFound = (what: string) => new ApiError(404, 'not_found', `${what} not found`);

const NEO4J_DOWN = new Set(['ServiceUnavailable', 'SessionExpired']);

export function errorHandler(log: (message: string) => void): ErrorRequestHandler {
  return (error: unknown, _request, response, _next) => {
    if (response.headersSent) {
      // Failed while a file was being sent: the status is gone, so the client sees a cut connection.
      log(`failed after the answer began: ${(error as Error).stack ?? String(error)}`);
      response.destroy();
      return;
    }
    let status = 500;
    let body = { code: 'internal', message: 'internal error' };
    if (error instanceof ApiError) {
      status = error.status;
      body = { code: error.code, message: error.message };
    } else if (error instanceof ZodError) {
      status = 400;
      body = { code: 'bad_request', message: error.issues.map((issue) => `${issue.path.join('.') || 'request'}: ${issue.message}`).join('; ') };
    } else if (NEO4J_DOWN.has((error as { code?: string }).code ?? '')) {
      status = 503;
      body = { code: 'store_unavailable', message: 'the graph database is unavailable; try again shortly' };
    } else if (error instanceof URIError) {
      // A path with a malformed percent-encoding ("/api/nodes/%"): the router cannot decode it.
      status = 400;
      body = { code: 'bad_request', message: 'the request path has a malformed percent-encoding' };
    } else if ((error as { type?: string }).type === 'entity.too.large') {
      status = 413;
      body = { code: 'too_large', message: 'request body too large' };
    } else if ((error as { type?: string }).type === 'entity.parse.failed') {
      status = 400;
      body = { code: 'bad_request', message: 'request body is not valid JSON' };
    }
    if (status >= 500 && !(error instanceof ApiError)) log(`${status}: ${(error as Error).stack ?? String(error)}`);
    response.status(status).json({ error: body });
  };
}
