/**
 * A map whose entries are each their own shallow signal: a view that reads one entry
 * re-renders when that entry changes, and only then.
 *
 * Reading never creates state. Svelte does not track a signal made during the very run
 * that reads it, and making one costs time on every mount: so a read of an absent key
 * subscribes to one shared "shape" signal instead, which moves when a key appears or goes.
 * Entries whose reads are frequent can be made ahead of time (`prepare`), away from the
 * moment a tab mounts.
 */
import { untrack } from "svelte";

class Cell<V> {
  value = $state.raw<V>() as V;
  constructor(value: V) {
    this.value = value;
  }
}

export class SignalMap<K, V> {
  #cells = new Map<K, Cell<V | undefined>>();
  #shape = new Cell(0);

  /** The entry's value (undefined when absent), subscribing to it. */
  get(key: K): V | undefined {
    const cell = this.#cells.get(key);
    if (cell) return cell.value;
    void this.#shape.value;
    return undefined;
  }

  /** The entry's value without subscribing. */
  peek(key: K): V | undefined {
    const cell = this.#cells.get(key);
    return cell && untrack(() => cell.value);
  }

  has(key: K): boolean {
    return this.get(key) !== undefined;
  }

  set(key: K, value: V | undefined): void {
    const cell = this.#cells.get(key);
    if (!cell) {
      if (value === undefined) return;
      this.#cells.set(key, new Cell<V | undefined>(value));
      this.#bump();
      return;
    }
    // Untracked: an effect that writes an entry must not subscribe to it.
    const present = untrack(() => cell.value) !== undefined;
    cell.value = value;
    if (present !== (value !== undefined)) this.#bump();
  }

  delete(key: K): void {
    this.set(key, undefined);
  }

  /** Make the entry's signal now (absent), so later reads subscribe to it directly. */
  prepare(key: K): void {
    if (!this.#cells.has(key)) this.#cells.set(key, new Cell<V | undefined>(undefined));
  }

  /** Keys with a value, subscribing to keys appearing and going. */
  keys(): K[] {
    void this.#shape.value;
    return untrack(() => [...this.#cells].filter(([, cell]) => cell.value !== undefined).map(([key]) => key));
  }

  #bump(): void {
    this.#shape.value += 1;
  }
}
