/**
 * Sends a file piece by piece ('' is a pause with nothing to write), letting the event loop run between pieces (other requests are answered
 * while a large export is written) and waiting whenever the client reads slower than we write. Stops
 * if the client goes away.
 */
import type { Response } from 'express';

export async function sendPieces(response: Response, pieces: Iterable<string>): Promise<void> {
  for (const piece of pieces) {
    if (response.destroyed) return;
    if (piece === '' || response.write(piece)) await new Promise((resolve) => setImmediate(resolve));
    else await drainedOrClosed(response);
  }
  response.end();
}

function drainedOrClosed(response: Response): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      response.off('drain', done);
      response.off('close', done);
      resolve();
    };
    response.on('drain', done);
    response.on('close', done);
  });
}
