import { describe, expect, it } from 'vitest';
import { headerValues, withoutHopByHop } from './raw-headers';

describe('raw headers', () => {
  it('reads every value of a repeated header, case-insensitively', () => {
    expect(headerValues(['Set-Cookie', 'a=1', 'X', 'y', 'set-cookie', 'b=2'], 'SET-COOKIE')).toEqual(['a=1', 'b=2']);
  });

  it('drops hop-by-hop headers and those listed in Connection, keeping repeats of the rest', () => {
    const raw = [
      'Host', 'shop.example',
      'Connection', 'keep-alive, X-Hop',
      'Keep-Alive', 'timeout=5',
      'Transfer-Encoding', 'chunked',
      'Upgrade', 'websocket',
      'X-Hop', 'secret',
      'Cookie', 'a=1',
      'Cookie', 'b=2',
    ];
    expect(withoutHopByHop(raw)).toEqual(['Host', 'shop.example', 'Cookie', 'a=1', 'Cookie', 'b=2']);
  });
});
