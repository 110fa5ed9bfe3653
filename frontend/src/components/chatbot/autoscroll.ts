/**
 * `use:autoscroll={{ enabled, onpinned }}` on a scrolling element: while the view is at the
 * bottom, new content keeps it at the bottom. Once the user scrolls up, it stays where
 * they put it (`onpinned(false)`) until they scroll back down or call `toBottom()`.
 */
export interface AutoscrollParams {
  enabled: boolean;
  onpinned?: (pinned: boolean) => void;
}

/** Within this many pixels of the bottom counts as "at the bottom". */
const SLACK = 48;

export function autoscroll(node: HTMLElement, initial: AutoscrollParams) {
  let params = initial;
  let pinned = true;
  let lastTop = node.scrollTop;

  const setPinned = (value: boolean) => {
    if (value === pinned) return;
    pinned = value;
    params.onpinned?.(value);
  };
  const atBottom = () => node.scrollHeight - node.scrollTop - node.clientHeight <= SLACK;

  const onScroll = () => {
    // Scrolling up is always the user; reaching the bottom again re-pins.
    if (node.scrollTop < lastTop - 2) setPinned(atBottom() && pinned);
    if (atBottom()) setPinned(true);
    lastTop = node.scrollTop;
  };
  const onWheel = (e: WheelEvent) => {
    if (e.deltaY < 0) setPinned(false);
  };
  const follow = () => {
    if (params.enabled && pinned) {
      node.scrollTop = node.scrollHeight;
      lastTop = node.scrollTop;
    }
  };

  node.addEventListener("scroll", onScroll, { passive: true });
  node.addEventListener("wheel", onWheel, { passive: true });
  // Content grows as tokens, images and math arrive: follow it while pinned.
  const resize = new ResizeObserver(follow);
  const mutations = new MutationObserver(follow);
  const watch = () => {
    for (const child of node.children) resize.observe(child);
  };
  watch();
  mutations.observe(node, { childList: true, subtree: true, characterData: true });
  const childWatcher = new MutationObserver(watch);
  childWatcher.observe(node, { childList: true });
  follow();

  return {
    update(next: AutoscrollParams) {
      params = next;
      follow();
    },
    destroy() {
      node.removeEventListener("scroll", onScroll);
      node.removeEventListener("wheel", onWheel);
      resize.disconnect();
      mutations.disconnect();
      childWatcher.disconnect();
    },
  };
}

/** Scroll `node` to its end and pin it there again. */
export function toBottom(node: HTMLElement): void {
  node.scrollTo({ top: node.scrollHeight, behavior: "smooth" });
}
