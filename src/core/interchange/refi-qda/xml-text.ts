// Escaping for the XML we write. Every field is escaped: markup characters become entities, and line
// breaks and tabs inside attributes become character references so a reader gets them back instead of
// spaces. Characters XML 1.0 cannot hold at all (most control characters, lone surrogates) become U+FFFD,
// so the file always parses.

// Finding the control characters XML cannot hold is the point of this pattern.
/* eslint-disable no-control-regex */
const ILLEGAL =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/* eslint-enable no-control-regex */

/** Text as XML 1.0 can hold it. */
export function toXmlChars(text: string): string {
  return text.replace(ILLEGAL, '\uFFFD');
}

/** Text escaped for element content. */
export function escapeXmlText(text: string): string {
  return toXmlChars(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r/g, '&#13;');
}

/** Text escaped for a double-quoted attribute value. */
export function escapeXmlAttribute(text: string): string {
  return escapeXmlText(text).replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\t/g, '&#9;');
}

/** `name="value"` pairs for the attributes that have a value, in the order given. */
export function writeAttributes(attributes: [string, string | undefined][]): string {
  return attributes
    .filter((pair): pair is [string, string] => pair[1] !== undefined)
    .map(([name, value]) => ` ${name}="${escapeXmlAttribute(value)}"`)
    .join('');
}
