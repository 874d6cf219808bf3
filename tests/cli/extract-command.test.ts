// `evidence extract FILE --json`: the text the app stores, with title, format, metadata and page map, for
// every format; and one clear line on stderr with exit code 2, promptly, for each kind of bad PDF.
import path from 'node:path';
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { corpusDir, repoRoot, runCli } from './cli-test-kit';

const fixture = (name: string) => path.join(repoRoot, 'tests/fixtures/pdf', name);

type Extracted = {
  title: string;
  format: string;
  metadata: Record<string, unknown>;
  text: string;
  pages: { index: number; label: string; start: number; end: number }[];
};

async function extractJson(args: string[]): Promise<Extracted> {
  const run = await runCli(['extract', ...args, '--json']);
  expect(run).toMatchObject({ code: 0, stderr: '' });
  return JSON.parse(run.stdout) as Extracted;
}

describe('evidence extract', () => {
  it('prints a PDF’s text, title, metadata and a page map of each page’s body, furniture after the last', async () => {
    const out = await extractJson([fixture('report.pdf')]);
    expect(Object.keys(out)).toEqual(['title', 'format', 'metadata', 'text', 'pages']);
    expect(out).toMatchObject({ format: 'pdf', title: 'Outsourcing Children’s Services: A Review' });
    expect(out.metadata).toMatchObject({
      title: out.title,
      author: [{ literal: 'Evidence Workbench fixtures' }],
    });
    expect(out.metadata).not.toHaveProperty('issued');
    expect(out.pages.map((p) => p.label)).toEqual(['1', '2', '3', '4']);
    out.pages.forEach((p, i) => {
      const pageText = out.text.slice(p.start, p.end);
      expect(pageText).not.toContain('Regional Services Review 2024');
      expect(pageText).not.toMatch(/Page \d$/);
      if (i > 0) expect(['\n\n', ' ']).toContain(out.text.slice(out.pages[i - 1]!.end, p.start));
    });
    // Page 1 ends mid-sentence ("In 2014") and page 2 goes on: one space between them.
    expect(out.text.slice(out.pages[0]!.end - 7, out.pages[1]!.start + 14)).toBe('In 2014 the well-known');
    const furniture = out.text.slice(out.pages.at(-1)!.end);
    expect(furniture).toBe(
      [1, 2, 3, 4]
        .map((n) => `\n\nRegional Services Review 2024 Working paper ${n % 2 ? 'A' : 'B'}\nPage ${n}`)
        .join(''),
    );
  });

  it('prints the same text as the app stores for plain text and HTML', async () => {
    const txt = await extractJson([path.join(corpusDir, 'documents/000_38c8a26222ede8aa.txt')]);
    expect(txt.format).toBe('txt');
    expect(txt.text).toBe(await readFile(path.join(corpusDir, 'documents/000_38c8a26222ede8aa.txt'), 'utf8'));
    expect(txt.pages).toEqual([]);
    const html = await extractJson([path.join(corpusDir, 'formats/004_095d6f8d55d7aa2e.html')]);
    expect(html.format).toBe('html');
    expect(html.text.length).toBeGreaterThan(500);
  });

  it('prints the plain text without --json', async () => {
    const run = await runCli(['extract', fixture('single-column.pdf')]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Annual Accounts of the Community Trust');
  });

  it('asks for the password of an encrypted PDF, refuses a wrong one and extracts with the right one', async () => {
    const missing = await runCli(['extract', fixture('encrypted.pdf'), '--json']);
    expect(missing).toMatchObject({ code: 2, stdout: '' });
    expect(missing.stderr).toMatch(
      /^evidence: .*encrypted\.pdf" is encrypted; give its password .*--password\.\n$/,
    );
    const wrong = await runCli(['extract', fixture('encrypted.pdf'), '--password', 'guess']);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(/password given is not right/);
    const right = await extractJson([fixture('encrypted.pdf'), '--password', 'open-sesame']);
    const plain = await extractJson([fixture('single-column.pdf')]);
    expect(right.text).toBe(plain.text);
  });

  it.each([
    ['corrupt.pdf', /corrupt\.pdf" is damaged or is not a PDF/],
    ['truncated.pdf', /truncated\.pdf" is damaged or is not a PDF/],
    ['not-a-pdf.pdf', /not-a-pdf\.pdf" is damaged or is not a PDF/],
    ['empty.pdf', /empty\.pdf" is empty/],
  ])('refuses %s with one line on stderr and exit code 2, promptly', async (name, message) => {
    const started = Date.now();
    const run = await runCli(['extract', fixture(name), '--json']);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(run).toMatchObject({ code: 2, stdout: '' });
    expect(run.stderr).toMatch(message);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).not.toMatch(/\bat .*\.(ts|js|mjs):\d+/);
  });

  it('reports a missing file and a missing FILE argument as usage errors', async () => {
    expect(await runCli(['extract', fixture('no-such.pdf')])).toMatchObject({ code: 2 });
    const none = await runCli(['extract', '--json']);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('extract needs exactly one FILE');
  });
});
