// Typographic ligature characters (ﬁ, ﬂ, ﬀ, ﬃ, ﬄ, ﬅ, ﬆ) become their letters, so "ﬁnancial" in a PDF is
// found by a search for "financial" and quotes read the same as in any other format. Only these
// presentation forms change; every other character is kept as the PDF gives it.

/** Each ligature presentation form and the letters it stands for. */
export const LIGATURES: Readonly<Record<string, string>> = {
  '\uFB00': 'ff',
  '\uFB01': 'fi',
  '\uFB02': 'fl',
  '\uFB03': 'ffi',
  '\uFB04': 'ffl',
  '\uFB05': 'st',
  '\uFB06': 'st',
};

const LIGATURE_PATTERN = /[\uFB00-\uFB06]/g;

export function expandLigatures(text: string): string {
  return text.replace(LIGATURE_PATTERN, (ch) => LIGATURES[ch] ?? ch);
}
