import { describe, expect, it } from 'vitest';
import { createStore, defineSlice } from '../../../src/renderer/store/create-store';

const counter = defineSlice(() => ({ n: 0 }), {
  add: (state: { n: number }, by: number) => (by === 0 ? state : { n: state.n + by }),
});
const label = defineSlice(() => ({ text: '' }), {
  set: (_state: { text: string }, text: string) => ({ text }),
});

describe('createStore', () => {
  it('starts each slice from its initial state and binds its reducers as actions', () => {
    const store = createStore({ counter, label });
    expect(store.getState()).toEqual({ counter: { n: 0 }, label: { text: '' } });
    store.actions.counter.add(2);
    store.actions.label.set('x');
    expect(store.getState()).toEqual({ counter: { n: 2 }, label: { text: 'x' } });
  });

  it('keeps the other slices as they were, by identity', () => {
    const store = createStore({ counter, label });
    const before = store.getState().label;
    store.actions.counter.add(1);
    expect(store.getState().label).toBe(before);
  });

  it('tells subscribers about changes, not about actions that changed nothing, and lets them leave', () => {
    const store = createStore({ counter, label });
    let calls = 0;
    const leave = store.subscribe(() => calls++);
    store.actions.counter.add(1);
    store.actions.counter.add(0);
    expect(calls).toBe(1);
    leave();
    store.actions.counter.add(1);
    expect(calls).toBe(1);
  });

  it('gives each store its own state', () => {
    const a = createStore({ counter });
    const b = createStore({ counter });
    a.actions.counter.add(5);
    expect(b.getState().counter.n).toBe(0);
  });
});
