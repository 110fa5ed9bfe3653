/** Shapes of the Gradio-compatible config and of the events a job emits. */

export interface ComponentConfig {
  id: number;
  type: string;
  props: Record<string, unknown>;
  api_info?: unknown;
  skip_api?: boolean;
  [key: string]: unknown;
}

export interface LayoutNode {
  id: number;
  children?: LayoutNode[];
}

export type Target = [number | null, string];

export interface DependencyConfig {
  id: number;
  targets: Target[];
  inputs: number[];
  outputs: number[];
  backend_fn: boolean;
  js: string | null;
  queue: boolean | null;
  api_name: string | null | false;
  types: { generator: boolean; cancel: boolean };
  trigger_after: number | null;
  trigger_only_on_success: boolean;
  trigger_only_on_failure: boolean;
  trigger_mode: "once" | "multiple" | "always_last";
  show_progress: "full" | "minimal" | "hidden";
  show_progress_on?: number[] | null;
  cancels: number[];
  collects_event_data?: boolean;
  scroll_to_output?: boolean;
  [key: string]: unknown;
}

export interface AppConfig {
  version?: string;
  api_prefix?: string;
  protocol?: string;
  mode?: string;
  title?: string;
  root?: string | null;
  components: ComponentConfig[];
  layout: LayoutNode;
  dependencies: DependencyConfig[];
  connect_heartbeat?: boolean;
  /** Set by Podium servers (not Gradio's): its session stream may open before the join. */
  podium_version?: string;
  css?: string | null;
  theme?: string;
  [key: string]: unknown;
}

/** Where a job is in its life. */
export type Stage = "pending" | "running" | "generating" | "complete" | "error" | "cancelled";

export interface ProgressUnit {
  index: number | null;
  length: number | null;
  unit: string | null;
  progress: number | null;
  desc: string | null;
}

export interface StatusEvent {
  type: "status";
  stage: Stage;
  /** 0-based position in the queue while pending. */
  rank?: number | null;
  queueSize?: number | null;
  /** Estimated seconds until done (pending) or until finished (running). */
  eta?: number | null;
}

export interface ProgressEvent {
  type: "progress";
  progress: ProgressUnit[];
}

export interface LogEvent {
  type: "log";
  message: string;
  level: "info" | "warning" | "error";
  title: string | null;
  /** Seconds to show a toast; null means until dismissed. */
  duration: number | null;
  visible: boolean;
}

export interface DataEvent {
  type: "data";
  /** Full values, one per output (diffs already applied). */
  data: unknown[];
  generating: boolean;
  changedStateIds: number[];
}

export interface CompleteEvent {
  type: "complete";
  data: unknown[];
  changedStateIds: number[];
  /** What a `@render` listener built (components, layout, listeners), else null. */
  renderConfig?: unknown;
}

export interface ErrorEvent {
  type: "error";
  /** The error text; null when the server hides it (show_error=False). */
  message: string | null;
  title: string;
  duration: number | null;
  visible: boolean;
}

export type JobEvent = StatusEvent | ProgressEvent | LogEvent | DataEvent | CompleteEvent | ErrorEvent;
export type JobEventType = JobEvent["type"];
export type JobEventOf<T extends JobEventType> = Extract<JobEvent, { type: T }>;

/** The raw queue message the server sends on the session stream. */
export interface QueueMessage {
  msg: string;
  event_id?: string | null;
  [key: string]: unknown;
}
