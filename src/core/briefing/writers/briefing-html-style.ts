// The HTML briefing's stylesheet, inline so the file stands alone (no remote fonts or images): a readable
// serif body, tables with rules, citation numbers as superscripts, and the quoted passage in its context.
export const BRIEFING_CSS = `
:root { color-scheme: light; }
body { margin: 0; background: #f6f5f2; color: #1d1d1f; font: 16px/1.55 Georgia, 'Times New Roman', serif; }
main { max-width: 46rem; margin: 0 auto; padding: 2.5rem 2rem 4rem; background: #fff; min-height: 100vh; box-sizing: border-box; }
h1 { font-size: 1.9rem; line-height: 1.2; margin: 0 0 0.3rem; }
h2 { font-size: 1.25rem; margin: 2rem 0 0.6rem; padding-bottom: 0.2rem; border-bottom: 1px solid #d8d6d0; }
.generated { color: #5f5e5a; font-size: 0.9rem; margin-top: 0; }
table { border-collapse: collapse; width: 100%; font-size: 0.95rem; }
caption { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
th, td { border-top: 1px solid #d8d6d0; padding: 0.35rem 0.5rem; text-align: left; vertical-align: top; }
th { border-top: 2px solid #1d1d1f; font-weight: 600; }
sup.cite a { text-decoration: none; color: #1a5fa8; font-size: 0.8em; padding-left: 1px; }
ol.notes { padding-left: 1.6rem; font-size: 0.92rem; }
ol.notes li { margin-bottom: 0.5rem; }
details summary { cursor: pointer; }
.locator { color: #5f5e5a; }
.unverified { color: #a3180f; font-weight: 600; }
blockquote.passage { margin: 0.4rem 0; padding: 0.5rem 0.8rem; border-left: 3px solid #c9c6bd; background: #faf9f6; white-space: pre-wrap; font-size: 0.9rem; }
blockquote.passage .context { color: #6b6a66; }
mark { background: #fde9a6; color: inherit; }
a.open-passage { font-size: 0.85rem; color: #1a5fa8; }
`;
