// The seam between core and mammoth, the library that turns a DOCX into HTML. Hosts inject it (core
// imports no library that reaches Node built-ins); createMammothConverter fixes the options here, in
// one place, because they are part of the DOCX text definition: the CLI and the app must convert alike.
// Usage: `createMammothConverter(mammoth)` after `import mammoth from 'mammoth'` (Node resolves mammoth's
// Node build, a browser bundler its "browser" build; both read the bytes below).

/** DOCX bytes (already checked and unpacked safely) to HTML; messages are mammoth's warnings. */
export type DocxConverter = (bytes: Uint8Array) => Promise<{ html: string; messages: DocxMessage[] }>;

export type DocxMessage = { type: string; message: string };

/** The part of mammoth's API the converter uses (`Image` is mammoth's opaque image-converter type). */
export type MammothLike<Image> = {
  convertToHtml(
    input: { arrayBuffer: ArrayBuffer; buffer: Uint8Array },
    options: {
      convertImage: Image;
      externalFileAccess: boolean;
      includeEmbeddedStyleMap: boolean;
      ignoreEmptyParagraphs: boolean;
    },
  ): Promise<{ value: string; messages: DocxMessage[] }>;
  images: { imgElement(convert: (image: unknown) => Promise<{ src: string }>): Image };
};

export function createMammothConverter<Image>(mammoth: MammothLike<Image>): DocxConverter {
  // Images carry no text; converting them to data: URIs would only cost time and memory.
  const convertImage = mammoth.images.imgElement(async () => ({ src: '' }));
  return async (bytes) => {
    const copy = bytes.slice();
    const result = await mammoth.convertToHtml(
      // Node's mammoth reads `buffer`, its browser build `arrayBuffer`: the same bytes for both.
      { arrayBuffer: copy.buffer, buffer: copy },
      {
        convertImage,
        // Linked files would let a document read the researcher's disk (or the network).
        externalFileAccess: false,
        // A style map embedded in the file could change how its text is extracted from one import to
        // the next version of the app; only mammoth's default map applies.
        includeEmbeddedStyleMap: false,
        ignoreEmptyParagraphs: true,
      },
    );
    return { html: result.value, messages: result.messages };
  };
}
