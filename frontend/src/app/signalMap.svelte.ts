/**
 * A map whose entries are each their own shallow signal once written: a view that reads
 * an entry re-renders when that entry changes.
 *
 * Entries given at construction share one signal until their first write (most props of
 * a component never change after load): so a model costs one signal at load, not one per
 * prop, and a view that reads fifteen props on mount depends on one signal, not fifteen.
 * The first write of an entry gives it its own signal and moves the shared one, so its
 * readers re-read once and from then on follow the entry itself.
 *
 * Reading never creates state: Svelte does not track a signal made during the very run
 * that reads it, and making one would cost time on every mount.
 */
import { untrack } from "svelte";

class Cell<V> {
  value = $state.raw<V>() as V;
  constructor(value: V) {
    this.value = value;
  }
}

export class SignalMap<K, V> {
  #initial: Map<K, V>;
  #cells = new Map<K, Cell<V | undefined>>();
  /** Read for initial entries and absent keys; moves when an entry gets its own signal, appears or goes. */
  #shared = new Cell(0);

  constructor(initial: Iterable<[K, V]> = []) {
    this.#initial = new Map(initial);
  }

  /** The entry's value (undefined when absent), subscribing to it. */
  get(key: K): V | undefined {
    const cell = this.#cells.get(key);
    if (cell) return cell.value;
    void this.#shared.value;
    return this.#initial.get(key);
  }

  /** The entry's value without subscribing. */
  peek(key: K): V | undefined {
    const cell = this.#cells.get(key);
    return cell ? untrack(() => cell.value) : this.#initial.get(key);
  }

  has(key: K): boolean {
    return this.get(key) !== undefined;
  }

  set(key: K, value: V | undefined): void {
    const cell = this.#cells.get(key);
    if (cell) {
      // Untracked: an effect that writes an entry must not subscribe to it.
      const present = untrack(() => cell.value) !== undefined;
      cell.value = value;
      if (present !== (value !== undefined)) this.#bump();
      return;
    }
    this.#initial.delete(key);
    this.#cells.set(key, new Cell<V | undefined>(value));
    this.#bump();
  }

  delete(key: K): void {
    this.set(key, undefined);
  }

  /** Keys with a value, subscribing to keys appearing and going. */
  keys(): K[] {
    void this.#shared.value;
    const present = [...this.#initial].filter(([, value]) => value !== undefined).map(([key]) => key);
    return present.concat(untrack(() => [...this.#cells].filter(([, cell]) => cell.value !== undefined).map(([key]) => key)));
  }

  #bump(): void {
    // Untracked read: a writer must not subscribe to what it moves.
    this.#shared.value = untrack(() => this.#shared.value) + 1;
  }
}
