import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module of the build, without types
import { contentSecurityPolicy, inlineScriptHashes, withPolicy } from '@/scripts/csp-policy.mjs';

const PAGE =
  '<!DOCTYPE html><html lang="pl"><head><meta charSet="utf-8"/><script src="/_next/static/chunks/a.js" async=""></script></head>' +
  '<body><main>Dziś</main><script>(self.__next_f=self.__next_f||[]).push([0])</script>' +
  '<script>self.__next_f.push([1,"ąę \\u003c/script"])</script><script>(self.__next_f=self.__next_f||[]).push([0])</script></body></html>';

const sha = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

describe('inlineScriptHashes', () => {
  it('hashes each inline script once, in page order, and skips scripts loaded from a file', () => {
    expect(inlineScriptHashes(PAGE)).toEqual([sha('(self.__next_f=self.__next_f||[]).push([0])'), sha('self.__next_f.push([1,"ąę \\u003c/script"])')]);
  });
});

describe('contentSecurityPolicy', () => {
  it('allows scripts only from the app and the listed hashes, and no remote origin anywhere', () => {
    const policy: string = contentSecurityPolicy(["'sha256-abc='"]);
    const scriptSrc = policy.split('; ').find((d) => d.startsWith('script-src'));
    expect(scriptSrc).toBe("script-src 'self' 'wasm-unsafe-eval' 'sha256-abc='");
    expect(policy).not.toMatch(/https?:|\*|'unsafe-eval'/);
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("base-uri 'self'");
  });
});

describe('withPolicy', () => {
  it('puts the policy right after <meta charset>, before any script', () => {
    const page: string = withPolicy(PAGE);
    const meta = page.indexOf('http-equiv="Content-Security-Policy"');
    expect(meta).toBeGreaterThan(page.indexOf('<meta charSet="utf-8"/>'));
    expect(meta).toBeLessThan(page.indexOf('<script'));
    expect(page).toContain(sha('(self.__next_f=self.__next_f||[]).push([0])'));
  });

  it('refuses a page that has a policy already (the build ran twice)', () => {
    expect(() => withPolicy(withPolicy(PAGE))).toThrow();
  });
});
