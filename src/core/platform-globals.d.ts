// Minimal types for the web-standard globals core may use (crypto, TextDecoder, TextEncoder). Core is
// compiled without the DOM lib, and declaring these as global variables would clash with @types/node and
// the DOM lib in the other configs, so we only declare types here and read the globals through
// `globalThis as unknown as CorePlatformGlobals` where they are needed.

type CoreSubtleCrypto = {
  digest(algorithm: 'SHA-256', data: Uint8Array): Promise<ArrayBuffer>;
};

type CoreCrypto = {
  readonly subtle: CoreSubtleCrypto;
  randomUUID(): string;
};

type CoreTextDecoder = { decode(input: Uint8Array): string };

type CoreTextDecoderConstructor = new (
  label?: string,
  options?: { fatal?: boolean; ignoreBOM?: boolean },
) => CoreTextDecoder;

type CoreTextEncoder = { encode(input: string): Uint8Array };

type CorePlatformGlobals = {
  readonly crypto: CoreCrypto;
  readonly TextDecoder: CoreTextDecoderConstructor;
  readonly TextEncoder: new () => CoreTextEncoder;
};
