import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createNonce, scriptHash } from './script-nonce';

describe('createNonce', () => {
  it('is 128 bits of base64 and different every time', () => {
    const nonces = new Set(Array.from({ length: 100 }, createNonce));
    expect(nonces.size).toBe(100);
    for (const nonce of nonces) expect(Buffer.from(nonce, 'base64')).toHaveLength(16);
  });
});

describe('scriptHash', () => {
  it('is the CSP sha256 source of the exact text', async () => {
    const text = '{"prerender":[]}';
    expect(await scriptHash(text)).toBe(`sha256-${createHash('sha256').update(text).digest('base64')}`);
  });
});
