// POSTs an event to a bot the way Feishu does: encrypted and signed when an Encrypt Key is set, plain with header.token otherwise.
import { randomBytes } from 'node:crypto';
import { encryptEvent, signEvent } from '../transport/eventCrypto.js';
import type { DeliveryResult, WebhookSecrets } from './emulatorTypes.js';

export interface DeliverOptions {
  now: () => Date;
  /** Feishu gives up after 3 s; a little more here so a slow bot shows up as slow, not as a network error. */
  timeoutMs?: number;
}

export interface PreparedDelivery {
  body: string;
  headers: Record<string, string>;
}

/** The exact bytes and headers of a delivery; exposed so tests can tamper with them. */
export function prepareDelivery(envelope: object, sec: WebhookSecrets, now: Date): PreparedDelivery {
  const plain = JSON.stringify(envelope);
  const headers: Record<string, string> = { 'content-type': 'application/json; charset=utf-8' };
  if (!sec.encryptKey) return { body: plain, headers };
  const body = JSON.stringify({ encrypt: encryptEvent(plain, sec.encryptKey) });
  // The URL check carries no signature headers (design/feishu.md); events do.
  if ((envelope as { type?: unknown }).type !== 'url_verification') {
    const timestamp = String(Math.floor(now.getTime() / 1000));
    const nonce = randomBytes(8).toString('hex');
    headers['x-lark-request-timestamp'] = timestamp;
    headers['x-lark-request-nonce'] = nonce;
    headers['x-lark-signature'] = signEvent(timestamp, nonce, sec.encryptKey, body);
  }
  return { body, headers };
}

export async function deliver(
  webhookUrl: string,
  envelope: object,
  sec: WebhookSecrets,
  opts: DeliverOptions,
): Promise<DeliveryResult> {
  const { body, headers } = prepareDelivery(envelope, sec, opts.now());
  const res = await fetch(webhookUrl, {
    method: 'POST',
    headers,
    body,
    signal: AbortSignal.timeout(opts.timeoutMs ?? 10_000),
  });
  const text = await res.text();
  try {
    return { status: res.status, body: JSON.parse(text) as unknown };
  } catch {
    return { status: res.status, body: text };
  }
}
