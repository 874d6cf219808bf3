// A small store of slices in the manner of Hypothesis's sidebar store: each slice owns a part of the UI
// state, changes it only through its reducers (pure functions of the slice's state), and exposes selectors.
// The store binds the reducers as actions, notifies subscribers after each change, and has no React in it,
// so every slice is tested in plain Node.
/* eslint-disable @typescript-eslint/no-explicit-any -- reducer argument lists are generic by design */

export type Reducers<S> = Record<string, (state: S, ...args: any[]) => S>;

export type Slice<S, R extends Reducers<S>> = { initialState: () => S; reducers: R };

type BoundReducers<R> = {
  [K in keyof R]: R[K] extends (state: any, ...args: infer P) => any ? (...args: P) => void : never;
};

type SliceMap = Record<string, Slice<any, Reducers<any>>>;
export type StateOf<M extends SliceMap> = { [K in keyof M]: ReturnType<M[K]['initialState']> };
export type ActionsOf<M extends SliceMap> = { [K in keyof M]: BoundReducers<M[K]['reducers']> };

export type Store<M extends SliceMap> = {
  getState: () => StateOf<M>;
  subscribe: (listener: () => void) => () => void;
  actions: ActionsOf<M>;
};

export function createStore<M extends SliceMap>(slices: M): Store<M> {
  let state = Object.fromEntries(
    Object.entries(slices).map(([name, slice]) => [name, slice.initialState()]),
  ) as StateOf<M>;
  const listeners = new Set<() => void>();

  const actions = Object.fromEntries(
    Object.entries(slices).map(([name, slice]) => [
      name,
      Object.fromEntries(
        Object.entries(slice.reducers).map(([actionName, reducer]) => [
          actionName,
          (...args: unknown[]) => {
            const before = state[name as keyof M];
            const after = reducer(before, ...args);
            // Reducers return the same object when nothing changed, so subscribers are not woken for nothing.
            if (after === before) return;
            state = { ...state, [name]: after };
            for (const listener of [...listeners]) listener();
          },
        ]),
      ),
    ]),
  ) as ActionsOf<M>;

  return {
    getState: () => state,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    actions,
  };
}

/** Declares a slice with its state type inferred once, for the reducers and the store. */
export function defineSlice<S, R extends Reducers<S>>(initialState: () => S, reducers: R): Slice<S, R> {
  return { initialState, reducers };
}
