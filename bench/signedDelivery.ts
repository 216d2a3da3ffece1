// One webhook delivery as Feishu sends it: the event encrypted with the demo app's Encrypt Key, and signed.
import { DEMO_APP } from '../src/emulator/demoApp.js';
import { encryptEvent, signEvent } from '../src/transport/eventCrypto.js';

/** The body `{"encrypt": …}` of `event` and the headers (timestamp in s, `nonce`, x-lark-signature) a real delivery carries. */
export function signedDelivery(event: unknown, nonce: string): { body: string; headers: Record<string, string> } {
  const ts = String(Math.floor(Date.now() / 1000));
  const body = JSON.stringify({ encrypt: encryptEvent(JSON.stringify(event), DEMO_APP.encryptKey) });
  return {
    body,
    headers: {
      'content-type': 'application/json',
      'x-lark-request-timestamp': ts,
      'x-lark-request-nonce': nonce,
      'x-lark-signature': signEvent(ts, nonce, DEMO_APP.encryptKey, body),
    },
  };
}
