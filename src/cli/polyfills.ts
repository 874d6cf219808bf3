// Runtime APIs the shared code needs that Node 20 lacks. Imported first by the CLI entry, before anything
// that might use them (pdf.js calls Promise.withResolvers).

type Resolvers<T> = { promise: Promise<T>; resolve: (value: T) => void; reject: (reason: unknown) => void };
const PromiseWith = Promise as unknown as { withResolvers?: <T>() => Resolvers<T> };

if (!PromiseWith.withResolvers) {
  PromiseWith.withResolvers = <T>(): Resolvers<T> => {
    let resolve!: (value: T) => void;
    let reject!: (reason: unknown) => void;
    const promise = new Promise<T>((res, rej) => {
      resolve = res;
      reject = rej;
    });
    return { promise, resolve, reject };
  };
}
