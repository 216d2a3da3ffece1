// The part of the Lark SDK the long connection uses (WSClient, EventDispatcher, the default axios instance), loaded with
// require(): the build's own small bundle of it when there is one.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);

/** What src/feishu/createLongConnection.ts reads of the SDK. */
export type LarkWs = Pick<typeof import('@larksuiteoapi/node-sdk'), 'WSClient' | 'EventDispatcher' | 'defaultHttpInstance'>;

/**
 * The file it is loaded from: `vendor/larkWs.cjs` next to the compiled code when scripts/buildIfStale.mjs bundled it
 * (dist/, what `npm start` runs), else the package itself (src/ under tsx, the tests).
 *
 * Why not vendor/larkSdk.cjs: in long-connection mode the acknowledging thread holds the socket and loads the SDK only
 * for it, while the bot thread loads the whole SDK for its Client. The whole bundle is 2.4 MB of source, most of it the
 * Client's generated API methods; this one is the SDK's ES build tree-shaken to the three names (0.55 MB, most of it
 * axios and mime-db, which the module-level default axios instance pulls in). Node 20.20, required alone and gc'd: RSS
 * 50.1 MiB against 55.2, heap 10.5 MiB committed against 13.0.
 */
export const larkWsFile: string = (() => {
  const bundled = fileURLToPath(new URL('../vendor/larkWs.cjs', import.meta.url));
  return existsSync(bundled) ? bundled : require.resolve('@larksuiteoapi/node-sdk');
})();

/** The SDK's long-connection classes, from larkWsFile. */
export const larkWs = require(larkWsFile) as LarkWs;
