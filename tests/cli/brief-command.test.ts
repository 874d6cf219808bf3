// `evidence brief` on real corpus bundles: Markdown, HTML, Word and PDF (by --format or the file's
// extension), the three citation styles, only citable claims, every quote an exact substring of its
// source; an unknown format or style refused with exit code 2 and nothing written.
import { access, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { beforeEach, describe, expect, it } from 'vitest';
import { listMarkdownQuotes } from '../../src/core/briefing/writers/list-markdown-quotes';
import type { Source } from '../../src/core/model/records';
import { execFileSync } from 'node:child_process';
import { strFromU8, unzipSync } from 'fflate';
import {
  claimOn,
  corpusDir,
  makeTempDir,
  readBundle,
  researcherRecord,
  runCli,
  writeBriefingBundle,
  writeBundle,
} from './cli-test-kit';

let dir: string;
let bundlePath: string;
let sources: Source[];

beforeEach(async () => {
  dir = await makeTempDir();
  bundlePath = path.join(dir, 'b.json');
  sources = await writeBriefingBundle(bundlePath);
});

const isInASource = (quote: string) => sources.some((s) => s.text.includes(quote));

describe('evidence brief', () => {
  it('writes Markdown citing accepted and verified claims with their exact quotes, leaving rejected ones out', async () => {
    const note = path.join(dir, 'note.md');
    const run = await runCli(['brief', bundlePath, '--out', note, '--title', 'Trusts and NAAS']);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toContain('Wrote note.md (Markdown, harvard): 2 claims from 2 sources.');
    const markdown = await readFile(note, 'utf8');
    expect(markdown.startsWith('# Trusts and NAAS\n')).toBe(true);
    expect([...markdown.matchAll(/^## (.+)$/gm)].map((m) => m[1])).toEqual([
      'Key figures',
      'Timeline',
      'Positions',
      'Cross-checks',
      'Quotes',
      'References',
    ]);
    const quotes = listMarkdownQuotes(markdown);
    expect(quotes.map((q) => q.quote)).toEqual(['£11.22m', 'answered on 12th December 2017']);
    for (const { quote, verified } of quotes) {
      expect(verified).toBe(true);
      expect(isInASource(quote)).toBe(true);
    }
    expect(markdown).toContain('| £11,220,000 |');
    expect(markdown).toMatch(/^- 12 December 2017: .*\[\^2\]$/m);
    expect(markdown).not.toContain('“£8.52m”');
  });

  it('writes HTML when asked by --format or by the extension, in the chosen style', async () => {
    const byExtension = path.join(dir, 'note.html');
    expect((await runCli(['brief', bundlePath, '--out', byExtension, '--style', 'apa'])).code).toBe(0);
    const byFlag = path.join(dir, 'note.txt');
    const run = await runCli(['brief', bundlePath, '-o', byFlag, '--format', 'html', '--style', 'chicago']);
    expect(run.stdout).toContain('(HTML, chicago)');
    const apa = parseHTML(await readFile(byExtension, 'utf8')).document;
    const chicago = parseHTML(await readFile(byFlag, 'utf8')).document;
    for (const doc of [apa, chicago]) {
      expect([...doc.querySelectorAll('h2')].map((h) => h.textContent)).toContain('References');
      expect(doc.querySelectorAll('script').length).toBe(0);
      const marks = [...doc.querySelectorAll('mark')].map((m) => m.textContent ?? '');
      expect(marks).toEqual(['£11.22m', 'answered on 12th December 2017']);
      for (const quote of marks) expect(isInASource(quote)).toBe(true);
      expect(doc.querySelector('a.open-passage')?.getAttribute('href')).toMatch(
        /^evidence:\/\/source\/[0-9a-f]{64}#\d+-\d+$/,
      );
    }
    // The styles cite the same undated source each in its own way.
    expect(apa.querySelector('.references')?.textContent).toContain('(n.d.)');
    expect(chicago.querySelector('.references')?.textContent).toContain('” n.d. Accessed');
    const harvard = path.join(dir, 'h.md');
    await runCli(['brief', bundlePath, '--out', harvard]);
    expect(await readFile(harvard, 'utf8')).toContain('(no date)');
  });

  it('locates a quote in a PDF by its page label', async () => {
    const pdfBundle = path.join(dir, 'pdf.json');
    const pdf = path.join(corpusDir, 'formats', '001_1e5035609ec9f0e3.pdf');
    expect((await runCli(['import', pdf, '--out', pdfBundle])).code).toBe(0);
    const bundle = await readBundle(pdfBundle);
    const source = bundle.library.sources[0]!;
    const quote = 'Among other interesting PQ answers are';
    const page = source.pages!.find(
      (p) => p.start <= source.text.indexOf(quote) && source.text.indexOf(quote) < p.end,
    )!;
    expect(page.label).toBe('3');
    bundle.library.claims = [claimOn(source, quote, { id: 'c-pdf', kind: 'quote', fields: {} })];
    bundle.library.researchers.push(researcherRecord('r-alice'));
    await writeBundle(pdfBundle, bundle);
    const note = path.join(dir, 'pdf.md');
    expect((await runCli(['brief', pdfBundle, '--out', note, '--style', 'apa'])).code).toBe(0);
    const markdown = await readFile(note, 'utf8');
    expect(markdown).toMatch(/^\[\^1\]: “Among other interesting PQ answers are” — p\. 3 · \(.*, p\. 3\)$/m);
  });

  it('writes Word with the quotes in footnotes, and PDF with the quotes in its text', async () => {
    const docx = path.join(dir, 'note.docx');
    expect((await runCli(['brief', bundlePath, '--out', docx])).code).toBe(0);
    const parts = unzipSync(new Uint8Array(await readFile(docx)));
    expect(strFromU8(parts['word/footnotes.xml']!)).toContain('£11.22m');
    expect(strFromU8(parts['word/document.xml']!)).toContain('Key figures');
    const pdf = path.join(dir, 'note.md.pdf');
    expect((await runCli(['brief', bundlePath, '--out', pdf, '--format', 'pdf'])).code).toBe(0);
    const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' });
    expect(text).toContain('£11.22m');
    expect(text).toContain('answered on 12th December 2017');
    expect(text).toContain('References');
  });

  it('refuses unknown formats and styles, writing nothing', async () => {
    for (const args of [
      ['--out', path.join(dir, 'x.md'), '--format', 'rtf'],
      ['--out', path.join(dir, 'x.md'), '--style', 'mla'],
    ]) {
      const run = await runCli(['brief', bundlePath, ...args]);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr).toMatch(/^evidence: (unknown --format "rtf"|unknown --style "mla")/);
      await expect(access(args[1]!)).rejects.toThrow();
    }
  });
});
