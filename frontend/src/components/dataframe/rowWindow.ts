/**
 * Which rows are on screen, so the view only ever renders the visible rows (plus a few
 * either side), whatever the table's length.
 *
 * Rows of one height (the usual case: text cut to one line) are placed by arithmetic.
 * Wrapped rows have heights known only once drawn, so they go through
 * @tanstack/virtual-core, which measures them; it keeps one measurement object per row,
 * rebuilt on every change of row count: about 0.2 s for 100,000 rows, which the
 * arithmetic path does not pay.
 */
import {
  Virtualizer,
  elementScroll,
  measureElement,
  observeElementOffset,
  observeElementRect,
} from "@tanstack/virtual-core";

/** A row to draw: its position in the view, its offset from the top of the body, and a key
 * for the DOM that shows it. */
export interface RowItem {
  key: number;
  index: number;
  start: number;
  size: number;
}

export interface WindowState {
  items: RowItem[];
  total: number;
}

const OVERSCAN = 10;

/**
 * The rows to draw for a uniform row height: those in view plus `overscan` either side.
 *
 * Keys are slots (the index modulo the most rows a window can hold), not row indices: a
 * row scrolling in takes the key of the one that scrolled out, so its DOM is reused and
 * only its text changes. (Keying by index removed and rebuilt every entering row, cells
 * and listeners included: half the time of each scrolled frame.)
 */
export function uniformWindow(scrollTop: number, viewport: number, count: number, rowHeight: number, overscan = OVERSCAN): WindowState {
  const total = count * rowHeight;
  if (count === 0) return { items: [], total };
  // Always the same number of rows (short only at the end of the table), so every slot
  // is in use and the rows leaving free exactly the keys the rows entering take.
  const slots = Math.ceil(viewport / rowHeight) + 2 * overscan + 1;
  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - overscan);
  const last = Math.min(count - 1, first + slots - 1);
  const items: RowItem[] = [];
  for (let index = first; index <= last; index++) items.push({ key: index % slots, index, start: index * rowHeight, size: rowHeight });
  return { items, total };
}

/**
 * The scroll position that brings row `index` into view, moving as little as possible
 * (null: already in view). The body sits under a sticky header `headerHeight` tall.
 */
export function scrollTopFor(index: number, scrollTop: number, viewport: number, rowHeight: number, headerHeight: number): number | null {
  const top = index * rowHeight; // the row's top in scroll coordinates, less the header above the body
  if (top < scrollTop) return top;
  const bottom = headerHeight + top + rowHeight;
  if (bottom > scrollTop + viewport) return bottom - viewport;
  return null;
}

function sameItems(a: readonly RowItem[], b: readonly RowItem[]): boolean {
  return a.length === b.length && (a.length === 0 || (a[0]!.index === b[0]!.index && a[a.length - 1]!.index === b[b.length - 1]!.index));
}

/** Rows of one height, placed by arithmetic from the scroller's position and size. */
class UniformRows {
  private count: number;
  private current: WindowState;
  private readonly resizeObserver: ResizeObserver | null;
  private readonly onScroll = () => this.refresh();

  constructor(
    private readonly scroller: HTMLElement,
    count: number,
    private readonly rowHeight: number,
    private readonly onChange: (state: WindowState) => void,
  ) {
    this.count = count;
    this.current = this.compute();
    scroller.addEventListener("scroll", this.onScroll, { passive: true });
    this.resizeObserver = typeof ResizeObserver === "function" ? new ResizeObserver(this.onScroll) : null;
    this.resizeObserver?.observe(scroller);
  }

  state(): WindowState {
    return this.current;
  }

  resize(count: number): WindowState {
    this.count = count;
    this.current = this.compute();
    return this.current;
  }

  scrollTo(index: number): void {
    const header = this.rowHeight; // the sticky header row above the body
    const target = scrollTopFor(index, this.scroller.scrollTop, this.scroller.clientHeight, this.rowHeight, header);
    if (target !== null) this.scroller.scrollTop = target;
  }

  destroy(): void {
    this.scroller.removeEventListener("scroll", this.onScroll);
    this.resizeObserver?.disconnect();
  }

  private compute(): WindowState {
    return uniformWindow(this.scroller.scrollTop, this.scroller.clientHeight, this.count, this.rowHeight);
  }

  private refresh(): void {
    const next = this.compute();
    if (sameItems(next.items, this.current.items) && next.total === this.current.total) return;
    this.current = next;
    this.onChange(next);
  }
}

/** Rows whose heights are measured once drawn (wrapped text), through tanstack's virtualizer. */
class MeasuredRows {
  private readonly virtualizer: Virtualizer<HTMLElement, HTMLElement>;
  private readonly stop: () => void;

  constructor(scroller: HTMLElement, count: number, rowHeight: number, onChange: (state: WindowState) => void) {
    this.virtualizer = new Virtualizer<HTMLElement, HTMLElement>({
      count,
      getScrollElement: () => scroller,
      estimateSize: () => rowHeight,
      overscan: OVERSCAN,
      scrollToFn: elementScroll,
      observeElementRect,
      observeElementOffset,
      measureElement,
      // The sticky header sits above the rows inside the same scroller.
      scrollPaddingStart: rowHeight,
      onChange: () => onChange(this.state()),
    });
    this.stop = this.virtualizer._didMount();
    this.virtualizer._willUpdate();
  }

  state(): WindowState {
    const items = this.virtualizer.getVirtualItems().map(({ index, start, size }) => ({ key: index, index, start, size }));
    return { items, total: this.virtualizer.getTotalSize() };
  }

  resize(count: number): WindowState {
    this.virtualizer.setOptions({ ...this.virtualizer.options, count });
    this.virtualizer.measure(); // wrapped rows' heights may have changed with the value
    this.virtualizer._willUpdate();
    return this.state();
  }

  measure(node: HTMLElement): void {
    this.virtualizer.measureElement(node);
  }

  scrollTo(index: number): void {
    this.virtualizer.scrollToIndex(index, { align: "auto" });
  }

  destroy(): void {
    this.stop();
  }
}

/** The row window of one table view; switches strategy when wrapping is turned on or off. */
export class RowWindow {
  private rows: UniformRows | MeasuredRows;

  constructor(
    private readonly scroller: HTMLElement,
    count: number,
    private readonly rowHeight: number,
    private readonly onChange: (state: WindowState) => void,
    wrapped = false,
  ) {
    this.rows = this.make(count, wrapped);
  }

  state(): WindowState {
    return this.rows.state();
  }

  /** New row count, or wrapping turned on/off (wrapped rows are measured again). */
  resize(count: number, wrapped: boolean): WindowState {
    if (wrapped !== this.rows instanceof MeasuredRows) {
      this.rows.destroy();
      this.rows = this.make(count, wrapped);
      return this.rows.state();
    }
    return this.rows.resize(count);
  }

  /** Rows with wrapped text report their real height here. */
  measure(node: HTMLElement): void {
    if (this.rows instanceof MeasuredRows) this.rows.measure(node);
  }

  scrollTo(index: number): void {
    this.rows.scrollTo(index);
  }

  destroy(): void {
    this.rows.destroy();
  }

  private make(count: number, wrapped: boolean): UniformRows | MeasuredRows {
    return wrapped
      ? new MeasuredRows(this.scroller, count, this.rowHeight, this.onChange)
      : new UniformRows(this.scroller, count, this.rowHeight, this.onChange);
  }
}
