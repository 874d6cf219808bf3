// The HTML memory budget: counted before parsing, refused with the figures, nesting checked before any
// recursive walk, and big pages within the budget read whole without Readability. The memory figures
// themselves come from `npm run bench` (bench-html-memory, bench-app-import-memory), not from here.
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import {
  HTML_BUDGET,
  checkNestingBudget,
  countMarkupNodes,
  fitsArticleFinding,
} from '../../../../src/core/import/html/html-budget';
import { extractHtml } from '../../../../src/core/import/html/extract-html';
import { extractDocument } from '../../../../src/core/import/extract-document';
import { extractHtmlText } from '../../../../src/core/import/html-text';
import { ImportError } from '../../../../src/core/import/import-error';
import { createNodeExtractDeps } from '../../../../src/cli/node-extract-deps';
import type { DomParser } from '../../../../src/core/import/html-like';

const parse: DomParser = (html) => parseHTML(html).document as unknown as ReturnType<DomParser>;
const page = (body: string) =>
  `<!doctype html><html><head><title>T</title></head><body>${body}</body></html>`;
const paragraphs = (count: number) =>
  Array.from(
    { length: count },
    (_, i) =>
      `<p>Paragraph ${i} of the report says that the council spent more on children's services this year ` +
      'than last, and that the rise came from placements outside the county, which cost twice as much.</p>',
  ).join('');

function refusal(run: () => unknown): ImportError {
  try {
    run();
  } catch (error) {
    if (error instanceof ImportError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('countMarkupNodes', () => {
  it('counts start tags and attributes, not end tags, comments, doctypes or escaped text', () => {
    expect(countMarkupNodes('<!doctype html><p class="a" id=b>x &lt;y&gt; 1 < 2</p><!-- <b> --><br/>')).toBe(
      5, // p, class, id, br — and the "<b>" inside the comment, counted like markup (an over-estimate)
    );
    expect(countMarkupNodes('plain text with no markup at all')).toBe(0);
  });
});

describe('extractHtml within the budget', () => {
  it('refuses a page over the budget before parsing it, with the figures and what to do', () => {
    const html = page(`<p>${'<b>1</b>'.repeat(HTML_BUDGET.markupNodes + 1)}</p>`);
    let parsed = false;
    const error = refusal(() =>
      extractHtml('table.html', html, (text) => {
        parsed = true;
        return parse(text);
      }),
    );
    expect(parsed).toBe(false);
    expect(error.reason).toBe('unsafe');
    expect(error.message).toMatch(/"table\.html" has about 400,00\d HTML elements and attributes/);
    expect(error.message).toContain('save its text');
  });

  // ~400,000 elements parsed by linkedom: seconds on a quiet machine, more beside other work, so the
  // test allows a minute rather than the suite's default
  it('reads a page just under the budget', { timeout: 60_000 }, () => {
    const html = page(`<p>${'<b>1</b>'.repeat(HTML_BUDGET.markupNodes - 10)}</p>`);
    expect(extractHtml('big.html', html, parse).text).toHaveLength(HTML_BUDGET.markupNodes - 10);
  });

  it('parses the page once', () => {
    let calls = 0;
    const html = page(`<article><h1>Story</h1>${paragraphs(20)}</article>`);
    extractHtml('story.html', html, (text) => {
      calls += 1;
      return parse(text);
    });
    expect(calls).toBe(1);
  });

  it('still finds the article of an ordinary page, and takes a big page whole without Readability', () => {
    const boilerplate =
      '<div class="cookie-banner"><p>We use cookies on this website to improve it.</p></div>';
    const small = page(`${boilerplate}<div class="story">${paragraphs(30)}</div>`);
    expect(extractHtml('small.html', small, parse).text).not.toContain('cookies');
    const big = page(
      `${boilerplate}<div class="story">${paragraphs(HTML_BUDGET.articleMarkupNodes + 10)}</div>`,
    );
    const text = extractHtml('big.html', big, parse).text;
    expect(text).toBe(extractHtmlText(parse(big)));
    expect(text).toContain('cookies');
  });
});

describe('checkNestingBudget', () => {
  const nested = (depth: number) => `${'<div>'.repeat(depth)}deep${'</div>'.repeat(depth)}`;

  it('refuses a page nested deeper than any real one, with a message, instead of overflowing the stack', async () => {
    const deps = createNodeExtractDeps();
    const bytes = new TextEncoder().encode(page(nested(50_000)));
    await expect(extractDocument({ name: 'deep.html', bytes }, deps)).rejects.toThrow(
      /"deep\.html" nests its HTML elements more than 1,000 deep/,
    );
  });

  it('reads a page nested up to the budget, whole, without Readability past its depth', () => {
    // html and body are two levels; the divs bring it to the limit.
    const html = page(nested(HTML_BUDGET.depth - 2));
    expect(checkNestingBudget('ok.html', parse(html))).toBe(HTML_BUDGET.depth);
    expect(extractHtml('ok.html', html, parse).text).toBe('deep');
    expect(fitsArticleFinding(10, HTML_BUDGET.depth)).toBe(false);
    expect(fitsArticleFinding(10, HTML_BUDGET.articleDepth)).toBe(true);
    expect(fitsArticleFinding(HTML_BUDGET.articleMarkupNodes + 1, 10)).toBe(false);
  });
});
