import { describe, expect, it } from 'vitest';
import { isStoredWebAddress, normaliseWebAddress } from '../../../src/core/model/web-address';

describe('normaliseWebAddress', () => {
  it('keeps an ordinary http(s) address as it is', () => {
    expect(normaliseWebAddress('https://www.gov.uk/government/news/x?a=1#top')).toBe(
      'https://www.gov.uk/government/news/x?a=1#top',
    );
    expect(normaliseWebAddress('  HTTP://Example.ORG:8080/Path ')).toBe('http://example.org:8080/Path');
  });

  it('percent-encodes what could end a link or start markup, so the address stays inert', () => {
    const hostile = 'http://a.example/x> <img src=x onerror=alert(1)>';
    const stored = normaliseWebAddress(hostile)!;
    expect(stored).toBe('http://a.example/x%3E%20%3Cimg%20src=x%20onerror=alert(1)%3E');
    expect(stored).not.toMatch(/[\s<>"']/);
    expect(isStoredWebAddress(stored)).toBe(true);
    expect(isStoredWebAddress(hostile)).toBe(false);
  });

  it('refuses every other scheme and anything that is not an address', () => {
    for (const bad of [
      'javascript:alert(1)',
      'data:text/html,<b>',
      'file:///etc/passwd',
      'ftp://a/b',
      'http://',
      'https://a b/',
      'http://<x>/',
    ]) {
      expect(normaliseWebAddress(bad), bad).toBeNull();
    }
  });
});
