import { describe, expect, test } from 'vitest';
import { newToken, tokenMatches } from '../../src/lib/csrf.ts';

describe('CSRF tokens', () => {
  const token = newToken();

  test('a new token is 43 base64url characters and differs each time', () => {
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(newToken()).not.toBe(token);
  });

  test.each([
    ['the same token', token, true],
    ['a different token', newToken(), false],
    ['a prefix of the token', token.slice(0, 20), false],
    ['an empty string', '', false],
    ['no value at all', null, false],
    ['a file upload instead of text', new Blob(['x']), false],
  ])('%s matches: %s', (_name, given, expected) => {
    expect(tokenMatches(token, given)).toBe(expected);
  });

  test.each([[undefined], [null], ['']])('nothing matches a missing expected token (%s)', (expected) => {
    expect(tokenMatches(expected, '')).toBe(false);
    expect(tokenMatches(expected, token)).toBe(false);
  });
});
