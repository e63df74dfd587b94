import { afterEach, describe, expect, it, vi } from 'vitest';
import { createChildLock, isAcceptableCode, verifyChildLock, type ChildLockRecord } from '../../src/warnings/child-lock.ts';

/** Few iterations keep the tests fast; the default (100,000) is for real codes. */
const FAST = 1000;

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('createChildLock and verifyChildLock', () => {
  it('accepts the right code and refuses a wrong one', async () => {
    const record = await createChildLock('1944', FAST);
    expect(record.iterations).toBe(FAST);
    await expect(verifyChildLock('1944', record)).resolves.toBe(true);
    await expect(verifyChildLock('1945', record)).resolves.toBe(false);
    await expect(verifyChildLock('', record)).resolves.toBe(false);
    await expect(verifyChildLock('19444', record)).resolves.toBe(false);
  });

  it('ignores spaces around the code', async () => {
    const record = await createChildLock(' 1944 ', FAST);
    await expect(verifyChildLock('1944', record)).resolves.toBe(true);
  });

  it('stores the default iteration count', async () => {
    const record = await createChildLock('1944');
    expect(record.iterations).toBe(100_000);
    await expect(verifyChildLock('1944', record)).resolves.toBe(true);
  });

  it('salts every lock: the same code twice gives different salts and hashes', async () => {
    const first = await createChildLock('tournesol', FAST);
    const second = await createChildLock('tournesol', FAST);
    expect(first.salt).not.toBe(second.salt);
    expect(first.hash).not.toBe(second.hash);
    expect(atob(first.salt)).toHaveLength(16);
    expect(atob(first.hash)).toHaveLength(32);
  });

  it('never keeps the code, or any part of it, in clear', async () => {
    // A fixed salt makes the output fixed, so a chance match in the base64 cannot make this flaky.
    vi.spyOn(globalThis.crypto, 'getRandomValues').mockImplementation(<T extends ArrayBufferView | null>(array: T): T => {
      if (array instanceof Uint8Array) for (let i = 0; i < array.length; i++) array[i] = (i * 37 + 11) & 0xff;
      return array;
    });
    const code = 'tournesol';
    const record = await createChildLock(code, FAST);
    expect(record.salt).toBe('CzBVep/E6Q4zWH2ix+wRNg==');
    const stored = JSON.stringify(record);
    for (let length = 3; length <= code.length; length++) {
      for (let start = 0; start + length <= code.length; start++) {
        expect(stored.toLowerCase()).not.toContain(code.slice(start, start + length));
      }
    }
  });

  it('refuses malformed records without throwing', async () => {
    const good = await createChildLock('1944', FAST);
    const malformed: unknown[] = [
      { ...good, salt: 'not base64!' },
      { ...good, hash: 'not base64!' },
      { ...good, hash: '' },
      { ...good, salt: '' },
      { ...good, hash: btoa('too short') },
      { ...good, iterations: 0 },
      { ...good, iterations: -5 },
      { ...good, iterations: 1.5 },
      { ...good, iterations: Number.NaN },
      { ...good, iterations: 1e12 },
      { ...good, iterations: '1000' },
      { salt: good.salt, hash: good.hash },
      {},
      null,
      undefined,
      'record',
      [good],
    ];
    for (const record of malformed) {
      await expect(verifyChildLock('1944', record as ChildLockRecord)).resolves.toBe(false);
    }
  });

  it('rejects an unusable iteration count', async () => {
    await expect(createChildLock('1944', 0)).rejects.toThrow(RangeError);
    await expect(createChildLock('1944', 2.5)).rejects.toThrow(RangeError);
  });

  it('rejects, saying why, when Web Crypto is unavailable (insecure http: origin)', async () => {
    vi.stubGlobal('crypto', { getRandomValues: globalThis.crypto.getRandomValues.bind(globalThis.crypto) });
    await expect(createChildLock('1944', FAST)).rejects.toThrow(/Web Crypto is unavailable/);
    await expect(verifyChildLock('1944', { salt: 'AAAA', hash: 'AAAA', iterations: FAST })).resolves.toBe(false);
    vi.stubGlobal('crypto', undefined);
    await expect(createChildLock('1944', FAST)).rejects.toThrow(/Web Crypto is unavailable/);
  });
});

describe('isAcceptableCode', () => {
  it('wants at least four characters once trimmed', () => {
    expect(isAcceptableCode('1944')).toBe(true);
    expect(isAcceptableCode('tournesol')).toBe(true);
    expect(isAcceptableCode('194')).toBe(false);
    expect(isAcceptableCode('  194  ')).toBe(false);
    expect(isAcceptableCode('    ')).toBe(false);
    expect(isAcceptableCode('')).toBe(false);
  });
});
