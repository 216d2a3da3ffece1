// Feishu's event encryption and signature (design/feishu.md): AES-256-CBC keyed by sha256(encryptKey), sha256 hex signature.
import { createCipheriv, createDecipheriv, createHash, createSecretKey, hash, randomBytes, timingSafeEqual, type Decipher, type KeyObject } from 'node:crypto';

// The AES key of the last Encrypt Key seen: one app has one, and hashing it again for every delivery was a tenth of the
// acknowledging thread's decryption time under saturation (CPU profile). Held as a KeyObject: a raw Buffer key is
// imported again by every createDecipheriv (measured in a loop: 6.4 → 4.3 µs a 742-byte delivery).
let derived: { encryptKey: string; key: KeyObject; decipher?: Decipher } | undefined;

function derivedOf(encryptKey: string): { key: KeyObject; decipher?: Decipher } {
  if (derived?.encryptKey !== encryptKey) derived = { encryptKey, key: createSecretKey(createHash('sha256').update(encryptKey).digest()) };
  return derived;
}

function keyOf(encryptKey: string): KeyObject {
  return derivedOf(encryptKey).key;
}

const BLOCK = 16;

/**
 * Decrypts the `encrypt` field of a delivery. Throws on a wrong key or a damaged body.
 *
 * One AES-256-CBC decipher per key, kept open, without padding (every update() gives back every whole block it is fed),
 * rather than a createDecipheriv per delivery (its setup and final() were more than half of the decryption under
 * saturation: 10–12 → 4.3–5.2 µs for a 762-byte body in a loop). CBC deciphers a block as AES⁻¹(block) XOR the block
 * before it; fed the IV ahead of the ciphertext, the decipher's first output block (the IV's, against the previous
 * delivery's last block) is thrown away, and every block after it is deciphered against the IV and then its own
 * predecessor, exactly as a fresh decipher with that IV would. The PKCS#7 padding is checked as OpenSSL's final() checks
 * it (last byte n in 1–16, the last n bytes all n), and the text decoded from the plaintext's bytes as UTF-8.
 */
export function decryptEvent(encrypted: string, encryptKey: string): string {
  const buf = Buffer.from(encrypted, 'base64');
  if (buf.length < 2 * BLOCK || buf.length % BLOCK !== 0) throw new Error('encrypted payload has an impossible length');
  const d = derivedOf(encryptKey);
  let out: Buffer;
  try {
    d.decipher ??= createDecipheriv('aes-256-cbc', d.key, Buffer.alloc(BLOCK)).setAutoPadding(false);
    // IV and ciphertext, as delivered: the output's first block is the IV's, not the message's.
    out = d.decipher.update(buf);
  } catch (error) {
    d.decipher = undefined;
    throw error;
  }
  if (out.length !== buf.length) {
    d.decipher = undefined;
    throw new Error('decipher held back part of a block');
  }
  const pad = out[out.length - 1]!;
  if (pad < 1 || pad > BLOCK) throw new Error('bad decrypt');
  for (let i = out.length - pad; i < out.length - 1; i++) if (out[i] !== pad) throw new Error('bad decrypt');
  return out.toString('utf8', BLOCK, out.length - pad);
}

/** What Feishu does before delivering: random IV, AES-256-CBC, IV prepended, base64. */
export function encryptEvent(plain: string, encryptKey: string, iv: Buffer = randomBytes(16)): string {
  const cipher = createCipheriv('aes-256-cbc', keyOf(encryptKey), iv);
  return Buffer.concat([iv, cipher.update(plain, 'utf8'), cipher.final()]).toString('base64');
}

/**
 * hex(sha256(timestamp + nonce + encryptKey + rawBody)), over the body exactly as received. One-shot `crypto.hash`
 * (Node ≥ 20.12) rather than a Hash object: 7.7 → 2.4–3.8 µs for a 742-byte body, on every delivery.
 */
export function signEvent(timestamp: string, nonce: string, encryptKey: string, rawBody: string): string {
  return hash('sha256', timestamp + nonce + encryptKey + rawBody, 'hex');
}

/** Constant-time comparison of two hex signatures. */
export function signatureMatches(expected: string, received: string): boolean {
  const a = Buffer.from(expected, 'utf8');
  const b = Buffer.from(received, 'utf8');
  return a.length === b.length && timingSafeEqual(a, b);
}
