/**
 * pnpm bench <name>: runs one benchmark and prints its figures. Benchmarks measure; tests never time.
 */
const benches: Record<string, () => Promise<unknown>> = {
  extract: () => import('./extract.js'),
  load: () => import('./load.js'),
  api: () => import('./api.js'),
  viewer: () => import('./viewer.js'),
  isolation: () => import('./isolation.js'),
};

const name = process.argv[2];
const bench = name ? benches[name] : undefined;
if (!bench) {
  process.stderr.write(`usage: pnpm bench <${Object.keys(benches).join('|')}> [options]\n`);
  process.exit(2);
}
await bench();
