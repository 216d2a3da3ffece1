// Turns the raw bytes of a Feishu delivery into a trusted payload, or a 4xx with a reason. Pure: secrets and clock are parameters.
import { decryptEvent, signEvent, signatureMatches } from './eventCrypto.js';
import { MAX_EVENT_DEPTH, nestsDeeperThan } from './jsonDepth.js';
import { OLD_CARD_CALLBACK_REASON, isOldCardCallback } from './oldCardCallback.js';

export interface DeliverySecrets {
  verificationToken: string;
  encryptKey?: string;
}

export type Verified =
  | { ok: true; kind: 'challenge'; challenge: string }
  /** `json`: the payload's JSON text as received (decrypted), which the journal keeps as it is rather than serialising the payload again. */
  | { ok: true; kind: 'event'; payload: Record<string, unknown>; json: string }
  | { ok: false; status: 400 | 401; reason: string };

/**
 * How old a signed delivery may be. Feishu redelivers for about 7 h; we remember
 * event ids for 24 h, so any replay inside this window is also caught as a duplicate.
 */
export const MAX_AGE_SECONDS = 12 * 3600;
const MAX_FUTURE_SECONDS = 300;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function tokenOf(payload: Record<string, unknown>): unknown {
  return isObject(payload.header) ? payload.header.token : payload.token;
}

export function verifyDelivery(input: {
  rawBody: string;
  header: (name: string) => string | undefined;
  secrets: DeliverySecrets;
  now: Date;
}): Verified {
  const { rawBody, header, secrets, now } = input;
  let body: unknown;
  try {
    body = JSON.parse(rawBody);
  } catch {
    return { ok: false, status: 400, reason: 'body is not JSON' };
  }
  if (!isObject(body)) return { ok: false, status: 400, reason: 'body is not a JSON object' };

  let payload = body;
  let json = rawBody;
  const encrypted = typeof body.encrypt === 'string';
  if (encrypted) {
    if (!secrets.encryptKey) {
      return { ok: false, status: 400, reason: 'encrypted delivery but FEISHU_ENCRYPT_KEY is not set' };
    }
    try {
      json = decryptEvent(body.encrypt as string, secrets.encryptKey);
      const inner: unknown = JSON.parse(json);
      if (!isObject(inner)) return { ok: false, status: 400, reason: 'decrypted body is not a JSON object' };
      payload = inner;
    } catch {
      return { ok: false, status: 401, reason: 'cannot decrypt with the configured encrypt key' };
    }
  }

  // Before the token check, which such a callback fails for its own reasons: say what to change in the console.
  if (isOldCardCallback(payload)) return { ok: false, status: 400, reason: OLD_CARD_CALLBACK_REASON };
  // Serialising it for the journal would overflow the stack (a 500, redelivered for hours): refuse it as malformed.
  if (nestsDeeperThan(payload, MAX_EVENT_DEPTH)) return { ok: false, status: 400, reason: `body nests more than ${MAX_EVENT_DEPTH} levels deep` };

  const token = tokenOf(payload);
  const tokenOk = typeof token === 'string' && signatureMatches(secrets.verificationToken, token);

  // The URL check carries no signature headers, only the token.
  if (payload.type === 'url_verification') {
    if (!tokenOk) return { ok: false, status: 401, reason: 'verification token mismatch' };
    if (typeof payload.challenge !== 'string') return { ok: false, status: 400, reason: 'challenge missing' };
    return { ok: true, kind: 'challenge', challenge: payload.challenge };
  }

  if (secrets.encryptKey) {
    if (!encrypted) return { ok: false, status: 401, reason: 'plain delivery but an encrypt key is configured' };
    const timestamp = header('x-lark-request-timestamp');
    const nonce = header('x-lark-request-nonce');
    const signature = header('x-lark-signature');
    if (!timestamp || !nonce || !signature) return { ok: false, status: 401, reason: 'signature headers missing' };
    const expected = signEvent(timestamp, nonce, secrets.encryptKey, rawBody);
    if (!signatureMatches(expected, signature)) return { ok: false, status: 401, reason: 'signature mismatch' };
    const age = now.getTime() / 1000 - Number(timestamp);
    if (!Number.isFinite(age) || age > MAX_AGE_SECONDS || age < -MAX_FUTURE_SECONDS) {
      return { ok: false, status: 401, reason: 'stale or future timestamp' };
    }
  }
  // The SDK does not check the token of v2 events; we do, signed or not.
  if (!tokenOk) return { ok: false, status: 401, reason: 'verification token mismatch' };
  return { ok: true, kind: 'event', payload, json };
}
