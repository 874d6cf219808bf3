// Windows-1252 decoding done by hand. Node 20's TextDecoder('windows-1252') decodes bytes 0x80-0x9F as
// Latin-1 control characters instead of the curly quotes, dashes and bullets they are, while browsers
// follow the WHATWG table; decoding here keeps the text the same in every host.

/** Code points of bytes 0x80-0x9F per the WHATWG windows-1252 index; unassigned bytes map to C1 controls. */
const HIGH_CONTROL_RANGE = [
  0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152,
  0x008d, 0x017d, 0x008f, 0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122,
  0x0161, 0x203a, 0x0153, 0x009d, 0x017e, 0x0178,
];

/** Each byte's character, built once. */
const CHARACTERS = Array.from({ length: 256 }, (_, byte) =>
  String.fromCharCode(byte >= 0x80 && byte <= 0x9f ? (HIGH_CONTROL_RANGE[byte - 0x80] as number) : byte),
);

/** Decodes windows-1252 bytes; every byte maps to exactly one UTF-16 code unit. */
export function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  const chunk = 8192;
  for (let offset = 0; offset < bytes.length; offset += chunk) {
    const chars: string[] = [];
    const end = Math.min(bytes.length, offset + chunk);
    for (let i = offset; i < end; i++) chars.push(CHARACTERS[bytes[i] as number] as string);
    parts.push(chars.join(''));
  }
  return parts.join('');
}
