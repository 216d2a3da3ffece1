// The Lark SDK's runtime values, loaded with require() rather than an ES import: the build's bundle of it when there is one.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);

/**
 * The file the SDK is loaded from: `vendor/larkSdk.cjs` next to the compiled code when scripts/buildIfStale.mjs bundled
 * it (dist/, what `npm start` runs: 2.4 MB of ASCII instead of the package's 6 MB file, which V8 keeps as a 12 MiB
 * two-byte string; about 15 MiB less per thread that loads it), else the package itself (src/ under tsx, the tests).
 */
export const larkSdkFile: string = (() => {
  const bundled = fileURLToPath(new URL('../vendor/larkSdk.cjs', import.meta.url));
  return existsSync(bundled) ? bundled : require.resolve('@larksuiteoapi/node-sdk');
})();

/**
 * `@larksuiteoapi/node-sdk` (CommonJS), as its `require()` export.
 *
 * Why not `import { Client } from '@larksuiteoapi/node-sdk'`: Node's ES loader scans a CommonJS file with
 * cjs-module-lexer to find its named exports, and on this file the scan runs hot enough for TurboFan to
 * optimise it. Measured on Node 20.20 (`.scratch`-style probe, gc'd, median of runs): an ES import costs
 * ~520 ms and +60 MiB RSS, a require() ~300 ms and +33 MiB; the heap holds the same 19 MiB either way,
 * the rest is compiler memory that glibc keeps. Import types from the package itself (`import type`),
 * values from here.
 */
export const lark = require(larkSdkFile) as typeof import('@larksuiteoapi/node-sdk');
