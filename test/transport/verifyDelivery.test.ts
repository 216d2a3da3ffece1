import { createDecipheriv, createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { decryptEvent, encryptEvent, signEvent } from '../../src/transport/eventCrypto.js';
import { MAX_AGE_SECONDS, verifyDelivery } from '../../src/transport/verifyDelivery.js';

const secrets = { verificationToken: 'vt', encryptKey: 'ek' };
const now = new Date('2026-11-22T02:00:00Z');
const ts = String(Math.floor(now.getTime() / 1000));

const event = { schema: '2.0', header: { event_id: 'e1', event_type: 'im.message.receive_v1', token: 'vt' }, event: {} };

function signed(payload: object, opts: { timestamp?: string; key?: string; token?: string } = {}) {
  const raw = JSON.stringify({ encrypt: encryptEvent(JSON.stringify(payload), opts.key ?? 'ek') });
  const timestamp = opts.timestamp ?? ts;
  const headers: Record<string, string> = {
    'x-lark-request-timestamp': timestamp,
    'x-lark-request-nonce': 'n1',
    'x-lark-signature': signEvent(timestamp, 'n1', opts.key ?? 'ek', raw),
  };
  return { raw, header: (n: string) => headers[n] };
}

describe('event crypto', () => {
  it('decrypts the platform’s published test vector', () => {
    expect(decryptEvent('P37w+VZImNgPEO1RBhJ6RtKl7n6zymIbEG1pReEzghk=', 'test key')).toBe('hello world');
  });
  it('round-trips what it encrypts', () => {
    expect(decryptEvent(encryptEvent('你好，清风', 'k'), 'k')).toBe('你好，清风');
  });
  it('decodes a character split between the last full block and the padded one', () => {
    // '廉' is 3 bytes: some of these lengths put one across the 16-byte block the decipher holds back for its padding.
    for (let n = 1; n <= 40; n++) {
      const text = `${'a'.repeat(n % 16)}${'廉'.repeat(n)}`;
      expect(decryptEvent(encryptEvent(text, 'k'), 'k')).toBe(text);
    }
  });
  it('deciphers each delivery as a fresh decipher with its own IV would, whatever came before (one kept open per key)', () => {
    // The reference: what decryptEvent did before it kept its decipher, a createDecipheriv and final() per delivery.
    const fresh = (encrypted: string, key: string): string => {
      const buf = Buffer.from(encrypted, 'base64');
      const d = createDecipheriv('aes-256-cbc', createHash('sha256').update(key).digest(), buf.subarray(0, 16));
      return d.update(buf.subarray(16), undefined, 'utf8') + d.final('utf8');
    };
    const outcome = (f: () => string) => {
      try {
        return { text: f() };
      } catch {
        return { thrown: true };
      }
    };
    const keys = ['k', 'ek', 'test key'];
    for (let i = 0; i < 300; i++) {
      const key = keys[i % 3]!;
      const text = `${'廉'.repeat(i % 23)}${'x'.repeat(i % 17)}{"n":${i}}`;
      let encrypted = encryptEvent(text, key);
      // Every fifth with a wrong key, every seventh with a damaged byte: thrown (bad padding) or garbage, as before.
      const withKey = i % 5 === 0 ? keys[(i + 1) % 3]! : key;
      if (i % 7 === 0) {
        const buf = Buffer.from(encrypted, 'base64');
        const at = (i * 13) % buf.length;
        buf[at] = buf[at]! ^ 0x5a;
        encrypted = buf.toString('base64');
      }
      expect(outcome(() => decryptEvent(encrypted, withKey))).toEqual(outcome(() => fresh(encrypted, withKey)));
    }
    expect(() => decryptEvent(Buffer.alloc(24).toString('base64'), 'k')).toThrow(/impossible length/);
    expect(decryptEvent(encryptEvent('你好，清风', 'k'), 'k')).toBe('你好，清风');
  });
  it('signs as sha256 over timestamp, nonce, key and the body, in hex', () => {
    // Computed with createHash('sha256').update(ts + nonce + key).update(body): the digest Feishu's SDK checks.
    expect(signEvent('1764547200', 'n1', 'ek', '{"encrypt":"清风"}')).toBe('ffc9971205031b6725dd0cc148d17a5b394150649b78d65e49d9cd77dda78b2a');
  });
});

describe('verifyDelivery', () => {
  it('answers a plain URL check whose token matches, and refuses one whose token does not', () => {
    const ok = verifyDelivery({ rawBody: JSON.stringify({ type: 'url_verification', challenge: 'c1', token: 'vt' }), header: () => undefined, secrets, now });
    expect(ok).toEqual({ ok: true, kind: 'challenge', challenge: 'c1' });
    const bad = verifyDelivery({ rawBody: JSON.stringify({ type: 'url_verification', challenge: 'c1', token: 'x' }), header: () => undefined, secrets, now });
    expect(bad).toMatchObject({ ok: false, status: 401 });
  });

  it('answers an encrypted URL check (it carries no signature headers)', () => {
    const raw = JSON.stringify({ encrypt: encryptEvent(JSON.stringify({ type: 'url_verification', challenge: 'c2', token: 'vt' }), 'ek') });
    expect(verifyDelivery({ rawBody: raw, header: () => undefined, secrets, now })).toEqual({ ok: true, kind: 'challenge', challenge: 'c2' });
  });

  it('accepts a correctly signed encrypted event', () => {
    const { raw, header } = signed(event);
    const v = verifyDelivery({ rawBody: raw, header, secrets, now });
    expect(v).toMatchObject({ ok: true, kind: 'event', payload: { header: { event_id: 'e1' } } });
  });

  it('hashes the bytes as received: a re-serialised body fails', () => {
    const { raw, header } = signed(event);
    const spaced = JSON.stringify(JSON.parse(raw), null, 1);
    expect(verifyDelivery({ rawBody: spaced, header, secrets, now })).toMatchObject({ ok: false, status: 401, reason: 'signature mismatch' });
  });

  it.each([
    ['a forged signature', () => ({ ...signed(event), header: (n: string) => (n === 'x-lark-signature' ? '0'.repeat(64) : signed(event).header(n)) })],
    ['missing signature headers', () => ({ raw: signed(event).raw, header: () => undefined })],
    ['another encrypt key', () => signed(event, { key: 'other' })],
    ['a stale timestamp', () => signed(event, { timestamp: String(Number(ts) - MAX_AGE_SECONDS - 1) })],
    ['a timestamp from the future', () => signed(event, { timestamp: String(Number(ts) + 3600) })],
    ['a wrong verification token inside a valid signature', () => signed({ ...event, header: { ...event.header, token: 'nope' } })],
    ['a plain body when an encrypt key is configured', () => ({ raw: JSON.stringify(event), header: () => undefined })],
  ])('refuses %s with 401', (_, make) => {
    const { raw, header } = make();
    expect(verifyDelivery({ rawBody: raw, header, secrets, now })).toMatchObject({ ok: false, status: 401 });
  });

  it('without an encrypt key, trusts the envelope token only', () => {
    const plain = { verificationToken: 'vt' };
    expect(verifyDelivery({ rawBody: JSON.stringify(event), header: () => undefined, secrets: plain, now })).toMatchObject({ ok: true });
    const wrong = { ...event, header: { ...event.header, token: 'x' } };
    expect(verifyDelivery({ rawBody: JSON.stringify(wrong), header: () => undefined, secrets: plain, now })).toMatchObject({ ok: false, status: 401 });
  });

  it.each([['not json', 'hello'], ['an array', '[1,2]'], ['a string', '"x"']])('refuses %s with 400', (_, raw) => {
    expect(verifyDelivery({ rawBody: raw, header: () => undefined, secrets, now })).toMatchObject({ ok: false, status: 400 });
  });

  it('says so when Feishu encrypts but no encrypt key is configured', () => {
    const { raw, header } = signed(event);
    expect(verifyDelivery({ rawBody: raw, header, secrets: { verificationToken: 'vt' }, now })).toMatchObject({
      ok: false,
      status: 400,
      reason: expect.stringContaining('FEISHU_ENCRYPT_KEY'),
    });
  });
});
