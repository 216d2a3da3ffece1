// The Lark SDK's runtime values, loaded with require() rather than an ES import.
import { createRequire } from 'node:module';

/**
 * `@larksuiteoapi/node-sdk` (CommonJS, one 6 MB file), as its `require()` export.
 *
 * Why not `import { Client } from '@larksuiteoapi/node-sdk'`: Node's ES loader scans a CommonJS file with
 * cjs-module-lexer to find its named exports, and on this file the scan runs hot enough for TurboFan to
 * optimise it. Measured on Node 20.20 (`.scratch`-style probe, gc'd, median of runs): an ES import costs
 * ~520 ms and +60 MiB RSS, a require() ~300 ms and +33 MiB; the heap holds the same 19 MiB either way,
 * the rest is compiler memory that glibc keeps. Import types from the package itself (`import type`),
 * values from here.
 */
export const lark = createRequire(import.meta.url)('@larksuiteoapi/node-sdk') as typeof import('@larksuiteoapi/node-sdk');
