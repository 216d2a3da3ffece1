// Preloaded in each vitest worker (vitest.config.ts, after tsx): stack traces through the modules Node loads itself (the
// checkout's .ts files, compiled by tsx: vitest.config.ts says why) point at their lines in the .ts source.
// Vitest replaces Error.prepareStackTrace with vite-node's source-map-support, which only knows the maps of the modules
// vite-node compiled; without this a failure in a test or in src/ was reported at tsx's output (line 1, column 1663).
// The maps are those tsx hands Node with each module (inline), which Node keeps when source maps are on (tsx turns them on).
import { findSourceMap } from 'node:module';
import { fileURLToPath } from 'node:url';
import { installSourcemapsSupport } from 'vite-node/source-map';

/** Node's map of a module it loaded (a file: URL or path), with its sources as paths, as vite-node's maps give them. */
function nodeSourceMap(source: string): object | null {
  if (!source.startsWith('file://') && !source.startsWith('/')) return null;
  const payload = findSourceMap(source)?.payload;
  if (!payload) return null;
  return { ...payload, sources: payload.sources.map((s) => (s.startsWith('file://') ? fileURLToPath(s) : s)) };
}

// vite-node's own handler answers first (the modules it compiled); this one answers for the rest.
installSourcemapsSupport({ getSourceMap: nodeSourceMap as never });
