/**
 * Textarea auto-height, batched across every textbox on the page: pending textareas are
 * measured together in the next animation frame (all writes, then all reads, then all
 * writes), so mounting a tab with dozens of textboxes forces one layout, not one each.
 */
export interface AutosizeJob {
  el: HTMLTextAreaElement;
  lines: number;
  maxLines: number;
  /** Runs after the new height is set (e.g. keep an output scrolled to its end). */
  after?: () => void;
}

const pending = new Map<HTMLTextAreaElement, AutosizeJob>();
let scheduled = false;

export function autosize(job: AutosizeJob): void {
  pending.set(job.el, job);
  if (scheduled) return;
  scheduled = true;
  requestAnimationFrame(flush);
}

function flush(): void {
  scheduled = false;
  const jobs = [...pending.values()].filter((job) => job.el.isConnected);
  pending.clear();
  const metrics = jobs.map((job) => {
    const style = getComputedStyle(job.el);
    const lineHeight = parseFloat(style.lineHeight) || 21;
    const padding = parseFloat(style.paddingTop) + parseFloat(style.paddingBottom) + 2;
    return { min: job.lines * lineHeight + padding, max: job.maxLines * lineHeight + padding };
  });
  for (const job of jobs) job.el.style.height = "auto";
  const content = jobs.map((job) => job.el.scrollHeight + 2);
  jobs.forEach((job, i) => {
    const { min, max } = metrics[i]!;
    job.el.style.height = `${Math.min(max, Math.max(min, content[i]!))}px`;
    job.el.style.overflowY = content[i]! > max ? "auto" : "hidden";
    job.after?.();
  });
}
