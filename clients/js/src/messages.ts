/**
 * Translation of raw session-stream messages (`{msg: ...}`) into JobEvents.
 * Pure apart from the per-job streaming state it keeps, so it is easy to test.
 */
import { applyDiff, type Edit } from "./diff.js";
import type { Job } from "./job.js";
import type { ProgressUnit, QueueMessage } from "./types.js";

/** Per-job memory needed to turn diff chunks back into full values. */
export interface StreamState {
  last: unknown[] | null;
}

export function newStreamState(): StreamState {
  return { last: null };
}

function num(v: unknown): number | null {
  return typeof v === "number" && Number.isFinite(v) ? v : null;
}

function changedIds(output: Record<string, unknown>): number[] {
  const ids = output.changed_state_ids;
  return Array.isArray(ids) ? ids.filter((x): x is number => typeof x === "number") : [];
}

/** Apply one queue message to a job. Returns true when the job has ended. */
export function handleMessage(job: Job, state: StreamState, m: QueueMessage): boolean {
  switch (m.msg) {
    case "estimation":
      job.emit({
        type: "status",
        stage: "pending",
        rank: num(m.rank),
        queueSize: num(m.queue_size),
        eta: num(m.rank_eta),
      });
      return false;
    case "process_starts":
      job.emit({ type: "status", stage: "running", eta: num(m.eta) });
      return false;
    case "progress":
      job.emit({ type: "progress", progress: (m.progress_data as ProgressUnit[] | null) ?? [] });
      return false;
    case "log": {
      const level = m.level === "warning" || m.level === "error" ? m.level : "info";
      job.emit({
        type: "log",
        message: String(m.log ?? ""),
        level,
        title: typeof m.title === "string" ? m.title : null,
        duration: num(m.duration),
        visible: m.visible !== false,
      });
      return false;
    }
    case "process_generating": {
      const output = (m.output ?? {}) as Record<string, unknown>;
      if (m.success === false || "error" in output) return fail(job, m, output);
      const raw = (output.data as unknown[]) ?? [];
      let data: unknown[];
      if (state.last === null) {
        data = raw;
      } else {
        const prev = state.last;
        data = raw.map((edits, i) => applyDiff(prev[i], (edits as Edit[]) ?? []));
      }
      state.last = data;
      job.emit({ type: "status", stage: "generating" });
      job.emit({ type: "data", data, generating: true, changedStateIds: changedIds(output) });
      return false;
    }
    case "process_completed": {
      const output = (m.output ?? {}) as Record<string, unknown>;
      if (m.success === false || ("error" in output && output.error !== undefined && !("data" in output))) {
        return fail(job, m, output);
      }
      const data = (output.data as unknown[]) ?? [];
      const changed = changedIds(output);
      state.last = data;
      job.emit({ type: "data", data, generating: false, changedStateIds: changed });
      job.emit({ type: "status", stage: "complete" });
      const render = output.render_config ? { renderConfig: output.render_config } : {};
      job.emit({ type: "complete", data, changedStateIds: changed, ...render });
      job.finish({ success: true, data });
      return true;
    }
    case "unexpected_error":
      return fail(job, m, { error: m.message ?? "Unexpected error", title: "Error" });
    default:
      return false; // heartbeat and anything new: ignore
  }
}

function fail(job: Job, m: QueueMessage, output: Record<string, unknown>): boolean {
  const message = output.error === undefined || output.error === null ? null : String(output.error);
  const title = typeof output.title === "string" ? output.title : typeof m.title === "string" ? m.title : "Error";
  job.emit({ type: "status", stage: "error" });
  job.emit({
    type: "error",
    message,
    title,
    duration: num(output.duration),
    visible: output.visible !== false,
  });
  job.finish({ success: false, error: message });
  return true;
}
