// The part of the Lark SDK the long connection uses (WSClient, EventDispatcher), loaded with require(): the build's own
// small bundle of it when there is one.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { HttpInstance } from '@larksuiteoapi/node-sdk';
import { httpInstanceOf } from './httpInstanceOf.js';

const require = createRequire(import.meta.url);

/** What src/feishu/createLongConnection.ts reads of the SDK. */
export type LarkWs = Pick<typeof import('@larksuiteoapi/node-sdk'), 'WSClient' | 'EventDispatcher'>;

/** `vendor/<name>` next to the compiled code when scripts/buildIfStale.mjs bundled it (dist/), else the package itself (src/ under tsx, the tests). */
function sdkFile(name: string): string {
  const bundled = fileURLToPath(new URL(`../vendor/${name}`, import.meta.url));
  return existsSync(bundled) ? bundled : require.resolve('@larksuiteoapi/node-sdk');
}

/**
 * The file the long connection's SDK is loaded from: vendor/larkWs.cjs in dist/ (what `npm start` runs).
 *
 * Why not vendor/larkSdk.cjs: in long-connection mode the acknowledging thread holds the socket and loads the SDK only
 * for it, while the bot thread loads the whole SDK for its Client. The whole bundle is 2.4 MB of source, most of it the
 * Client's generated API methods, with axios and its dependencies (form-data, mime-db, follow-redirects…); this one is
 * the SDK's ES build tree-shaken to the two classes, without axios (the build puts an inert stand-in in its place:
 * createLongConnection gives WSClient an httpInstance of its own), 0.2 MB. Node 20.20, required alone and gc'd: RSS
 * 47.1 MiB against 55.2 (40.0 with nothing), heap 8.7 MiB committed against 13.0, loaded in ~0.22 s against ~0.4.
 */
export const larkWsFile: string = sdkFile('larkWs.cjs');

/** The SDK's long-connection classes, from larkWsFile. */
export const larkWs = require(larkWsFile) as LarkWs;

/**
 * The whole SDK's default axios instance (the contract createNativeHttp's `base` expects: the body of a 2xx answer),
 * the SDK loaded on the first call only: for what node's http does not send itself (a proxy in the environment, a
 * redirect), which the long connection's one plain JSON call otherwise never needs.
 */
export function wholeSdkHttp(): HttpInstance {
  return httpInstanceOf((opts) => {
    const sdk = require(sdkFile('larkSdk.cjs')) as typeof import('@larksuiteoapi/node-sdk');
    return (sdk.defaultHttpInstance as unknown as HttpInstance).request(opts);
  });
}
