/**
 * The parent's code for child mode, kept as a salted PBKDF2 hash so it is never stored in clear
 * (parents reuse their bank PIN). A speed bump for a child, not a lock: anyone who can open the
 * browser's developer tools or clear the site's data can leave child mode, and that is accepted.
 *
 * Web Crypto (`crypto.subtle`) only exists in a secure context (https: or localhost). On a plain
 * http: page `createChildLock` rejects, and the UI then refuses to set a code rather than storing a
 * weaker one; `verifyChildLock` answers false there.
 */
import * as v from 'valibot';

export interface ChildLockRecord {
  /** Random salt, base64. */
  readonly salt: string;
  /** PBKDF2-SHA-256 of the code with the salt, base64. */
  readonly hash: string;
  /** PBKDF2 iterations used for this record. */
  readonly iterations: number;
}

export const DEFAULT_ITERATIONS = 100_000;
/** A record asking for more than this is refused, so a tampered one cannot hang the page. */
export const MAX_ITERATIONS = 5_000_000;
const SALT_BYTES = 16;
const HASH_BYTES = 32;
const MIN_CODE_LENGTH = 4;

const Base64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
const Base64Schema = v.pipe(v.string(), v.nonEmpty(), v.regex(Base64));

/** What a stored child lock must look like; unknown keys are dropped. */
export const ChildLockRecordSchema = v.object({
  salt: Base64Schema,
  hash: Base64Schema,
  iterations: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(MAX_ITERATIONS)),
});

/** True when `code` is long enough to be a code: at least 4 characters once trimmed. */
export function isAcceptableCode(code: string): boolean {
  return code.trim().length >= MIN_CODE_LENGTH;
}

/** Salts and hashes `code`. Rejects when Web Crypto is unavailable (insecure http: origin). */
export async function createChildLock(code: string, iterations = DEFAULT_ITERATIONS): Promise<ChildLockRecord> {
  const crypto = webCrypto();
  if (!crypto) throw new Error('Web Crypto is unavailable (crypto.subtle needs a secure https: context): cannot set a child-mode code');
  if (!Number.isInteger(iterations) || iterations < 1 || iterations > MAX_ITERATIONS) {
    throw new RangeError(`iterations must be an integer from 1 to ${MAX_ITERATIONS}`);
  }
  const salt = crypto.getRandomValues(new Uint8Array(SALT_BYTES));
  const hash = await derive(crypto.subtle, code, salt, iterations);
  return { salt: toBase64(salt), hash: toBase64(hash), iterations };
}

/** True when `code` is the one `record` was made from. False, never a throw, on anything malformed. */
export async function verifyChildLock(code: string, record: ChildLockRecord): Promise<boolean> {
  try {
    const crypto = webCrypto();
    if (!crypto || !v.is(ChildLockRecordSchema, record)) return false;
    const salt = fromBase64(record.salt);
    const expected = fromBase64(record.hash);
    if (!salt || !expected || expected.length !== HASH_BYTES) return false;
    const actual = await derive(crypto.subtle, code, salt, record.iterations);
    return constantTimeEqual(actual, expected);
  } catch {
    return false;
  }
}

/** The same code however it was typed: surrounding spaces and Unicode composition do not count. */
function normalizeCode(code: string): string {
  return code.trim().normalize('NFC');
}

async function derive(subtle: SubtleCrypto, code: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<Uint8Array<ArrayBuffer>> {
  const key = await subtle.importKey('raw', new TextEncoder().encode(normalizeCode(code)), 'PBKDF2', false, ['deriveBits']);
  const bits = await subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, key, HASH_BYTES * 8);
  return new Uint8Array(bits);
}

/** Compares every byte whatever the first difference, so timing says nothing about the code. */
function constantTimeEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let i = 0; i < a.length; i++) difference |= a[i]! ^ b[i]!;
  return difference === 0;
}

function webCrypto(): Crypto | undefined {
  const crypto = (globalThis as { crypto?: Crypto }).crypto;
  return crypto?.subtle && typeof crypto.getRandomValues === 'function' ? crypto : undefined;
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> | undefined {
  try {
    const binary = atob(text);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  } catch {
    return undefined;
  }
}
