/** An API on a real loopback port, and JSON fetches against it. */
import type { AddressInfo } from 'node:net';

import type { GraphStore } from '@vnkg/store';

import { createApp, type AppOptions } from '../src/index.js';

export interface TestApi {
  url: string;
  get: (path: string) => Promise<{ status: number; body: any; headers: Headers; text: string }>;
  post: (path: string, body: string, headers?: Record<string, string>) => Promise<{ status: number; body: any }>;
  close: () => Promise<void>;
}

export async function startApi(store: GraphStore, options: Partial<AppOptions> = {}): Promise<TestApi> {
  const logged: string[] = [];
  const server = createApp({ store, log: (m) => logged.push(m), ...options }).listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const parse = (text: string) => {
    try {
      return JSON.parse(text);
    } catch {
      return null;
    }
  };
  return {
    url,
    get: async (path) => {
      const response = await fetch(url + path);
      const text = await response.text();
      return { status: response.status, body: parse(text), headers: response.headers, text };
    },
    post: async (path, body, headers = { 'content-type': 'application/json' }) => {
      const response = await fetch(url + path, { method: 'POST', body, headers });
      return { status: response.status, body: parse(await response.text()) };
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
