// Node test setup: the fs guard that keeps every test inside the repository, a real IndexedDB
// implementation, and the one runtime API pdf.js needs that Node 20 lacks.
import './install-fs-guard';
import 'fake-indexeddb/auto';

type Resolvers<T> = { promise: Promise<T>; resolve: (v: T) => void; reject: (e: unknown) => void };
const P = Promise as unknown as { withResolvers?: <T>() => Resolvers<T> };
if (!P.withResolvers) {
  P.withResolvers = <T>() => {
    let resolve!: (v: T) => void;
    let reject!: (e: unknown) => void;
    const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
    return { promise, resolve, reject };
  };
}
