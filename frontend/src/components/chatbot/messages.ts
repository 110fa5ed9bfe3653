/**
 * The Chatbot's value (Gradio 6 "messages") and how it is laid out: consecutive messages
 * of one role form a group (one avatar), and messages with `metadata.title` are
 * collapsible "thought" blocks, nested under their `parent_id`.
 */
import type { FileData } from "@podium/client";

export type Role = "user" | "assistant" | "system";

export interface TextPart {
  type: "text";
  text: string;
}
export interface FilePart {
  type: "file";
  file: FileData;
  alt_text?: string | null;
}
export interface ComponentPart {
  type: "component";
  component: string;
  value: unknown;
  props?: Record<string, unknown>;
  constructor_args?: Record<string, unknown>;
}
export type Part = TextPart | FilePart | ComponentPart;

export interface Metadata {
  title?: string;
  id?: string | number;
  parent_id?: string | number;
  log?: string;
  duration?: number;
  status?: "pending" | "done";
}

export interface Message {
  role: Role;
  content: Part[] | string;
  metadata?: Metadata | null;
  options?: { value: string; label?: string }[] | null;
}

/** One message to draw, with its index in the value and the thoughts nested in it. */
export interface Node {
  index: number;
  message: Message;
  children: Node[];
}

export interface Group {
  role: Role;
  nodes: Node[];
}

/** Content as a list of parts (accepts a bare string or a single part, as Gradio's frontend does). */
export function partsOf(message: Message): Part[] {
  const content = message.content as unknown;
  if (typeof content === "string") return [{ type: "text", text: content }];
  if (Array.isArray(content)) return content as Part[];
  if (content && typeof content === "object") {
    const c = content as Record<string, unknown>;
    if (typeof c.path === "string") return [{ type: "file", file: c as unknown as FileData }];
    if (c.type) return [c as unknown as Part];
  }
  return [];
}

export function textOf(message: Message): string {
  return partsOf(message)
    .filter((p): p is TextPart => p.type === "text")
    .map((p) => p.text)
    .join("\n");
}

export function isThought(message: Message): boolean {
  return !!message.metadata?.title;
}

/** Messages in display order, grouped by role; thoughts nest under their parent. */
export function layoutMessages(messages: readonly Message[], groupConsecutive = true): Group[] {
  const groups: Group[] = [];
  const byId = new Map<string | number, Node>();
  messages.forEach((message, index) => {
    const node: Node = { index, message, children: [] };
    const meta = message.metadata;
    const parent = meta?.parent_id !== undefined && meta?.parent_id !== null ? byId.get(meta.parent_id) : undefined;
    if (meta?.id !== undefined && meta?.id !== null && isThought(message)) byId.set(meta.id, node);
    if (parent) {
      parent.children.push(node);
      return;
    }
    const last = groups[groups.length - 1];
    if (groupConsecutive && last && last.role === message.role) last.nodes.push(node);
    else groups.push({ role: message.role, nodes: [node] });
  });
  return groups;
}

/** Index of the last message of the last group from this role, or -1. */
export function lastIndexOf(messages: readonly Message[], role: Role): number {
  for (let i = messages.length - 1; i >= 0; i--) if (messages[i]!.role === role) return i;
  return -1;
}

/** What a file part should render as. */
export function fileKind(file: FileData): "image" | "audio" | "video" | "file" {
  const mime = file.mime_type ?? "";
  const name = (file.orig_name ?? file.path ?? "").toLowerCase();
  if (mime.startsWith("image/") || /\.(png|jpe?g|gif|webp|svg|avif|bmp)$/.test(name)) return "image";
  if (mime.startsWith("audio/") || /\.(mp3|wav|ogg|flac|m4a|aac)$/.test(name)) return "audio";
  if (mime.startsWith("video/") || /\.(mp4|webm|mov|mkv|ogv)$/.test(name)) return "video";
  return "file";
}

/** A thought's header: its title plus the subdued log and duration. */
export function formatDuration(seconds: number | undefined): string | null {
  if (seconds === undefined || seconds === null || !Number.isFinite(seconds)) return null;
  if (seconds < 1) return `${(seconds * 1000).toFixed(0)} ms`;
  if (seconds < 60) return `${seconds.toFixed(1)}s`;
  return `${Math.floor(seconds / 60)}m ${Math.round(seconds % 60)}s`;
}
