/**
 * Which rows are on screen: a thin wrapper over @tanstack/virtual-core so the view only
 * ever renders the visible rows (plus a few either side), whatever the table's length.
 */
import {
  Virtualizer,
  elementScroll,
  measureElement,
  observeElementOffset,
  observeElementRect,
  type VirtualItem,
} from "@tanstack/virtual-core";

export type { VirtualItem };

export interface WindowState {
  items: VirtualItem[];
  total: number;
}

export class RowWindow {
  private readonly virtualizer: Virtualizer<HTMLElement, HTMLElement>;
  private readonly stop: () => void;

  constructor(scroller: HTMLElement, count: number, rowHeight: number, onChange: (state: WindowState) => void) {
    this.virtualizer = new Virtualizer<HTMLElement, HTMLElement>({
      count,
      getScrollElement: () => scroller,
      estimateSize: () => rowHeight,
      overscan: 10,
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
    return { items: this.virtualizer.getVirtualItems(), total: this.virtualizer.getTotalSize() };
  }

  /** New row count (or wrapped rows whose heights must be measured again). */
  resize(count: number, remeasure: boolean): WindowState {
    this.virtualizer.setOptions({ ...this.virtualizer.options, count });
    if (remeasure) this.virtualizer.measure();
    this.virtualizer._willUpdate();
    return this.state();
  }

  /** Rows with wrapped text report their real height here. */
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
