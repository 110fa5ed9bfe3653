/**
 * Syntax support for every language `gr.Code` accepts. Each loader is a dynamic import,
 * so a page only fetches the grammar of the languages its editors actually show.
 */
import type { Extension } from "@codemirror/state";
import { StreamLanguage, indentUnit, type StreamParser } from "@codemirror/language";

type LanguageLoader = () => Promise<Extension>;

async function legacy(parser: Promise<StreamParser<unknown>>): Promise<Extension> {
  return StreamLanguage.define(await parser);
}

// Gradio's SQL dialect names, mapped to the legacy SQL mode's exports.
const sqlDialects = {
  sql: "standardSQL",
  "sql-msSQL": "msSQL",
  "sql-mySQL": "mySQL",
  "sql-mariaDB": "mariaDB",
  "sql-sqlite": "sqlite",
  "sql-cassandra": "cassandra",
  "sql-plSQL": "plSQL",
  "sql-hive": "hive",
  "sql-pgSQL": "pgSQL",
  "sql-gql": "gql",
  "sql-gpSQL": "gpSQL",
  "sql-sparkSQL": "sparkSQL",
  "sql-esper": "esper",
} as const;

const sqlLoaders = Object.fromEntries(
  Object.entries(sqlDialects).map(([name, exported]) => [
    name,
    () => legacy(import("@codemirror/legacy-modes/mode/sql").then((m) => m[exported] as StreamParser<unknown>)),
  ]),
) as Record<keyof typeof sqlDialects, LanguageLoader>;

const loaders: Record<string, LanguageLoader> = {
  // PEP 8 indents by four spaces; CodeMirror's default unit is two.
  python: () => import("@codemirror/lang-python").then((m) => [m.python(), indentUnit.of("    ")]),
  c: () => import("@codemirror/lang-cpp").then((m) => m.cpp()),
  cpp: () => import("@codemirror/lang-cpp").then((m) => m.cpp()),
  markdown: () => import("@codemirror/lang-markdown").then((m) => m.markdown()),
  latex: () => legacy(import("@codemirror/legacy-modes/mode/stex").then((m) => m.stex as StreamParser<unknown>)),
  json: () => import("@codemirror/lang-json").then((m) => m.json()),
  html: () => import("@codemirror/lang-html").then((m) => m.html()),
  css: () => import("@codemirror/lang-css").then((m) => m.css()),
  javascript: () => import("@codemirror/lang-javascript").then((m) => m.javascript()),
  typescript: () => import("@codemirror/lang-javascript").then((m) => m.javascript({ typescript: true })),
  jinja2: () => legacy(import("@codemirror/legacy-modes/mode/jinja2").then((m) => m.jinja2 as StreamParser<unknown>)),
  yaml: () => import("@codemirror/lang-yaml").then((m) => m.yaml()),
  dockerfile: () => legacy(import("@codemirror/legacy-modes/mode/dockerfile").then((m) => m.dockerFile as StreamParser<unknown>)),
  shell: () => legacy(import("@codemirror/legacy-modes/mode/shell").then((m) => m.shell as StreamParser<unknown>)),
  r: () => legacy(import("@codemirror/legacy-modes/mode/r").then((m) => m.r as StreamParser<unknown>)),
  ...sqlLoaders,
};

/** The editor extension for `language`, or an empty one for plain text / unknown names. */
export async function loadLanguage(language: string | null | undefined): Promise<Extension> {
  const loader = language ? loaders[language] : undefined;
  return loader ? loader() : [];
}

// File extensions for the download button, so a saved file opens in the right editor.
const extensions: Record<string, string> = {
  python: "py", c: "c", cpp: "cpp", markdown: "md", latex: "tex", json: "json", html: "html",
  css: "css", javascript: "js", typescript: "ts", jinja2: "jinja2", yaml: "yaml",
  dockerfile: "dockerfile", shell: "sh", r: "r",
};

/** The download file name for code in `language` (".sql" for every SQL dialect). */
export function downloadName(language: string | null | undefined): string {
  if (!language) return "code.txt";
  if (language === "dockerfile") return "Dockerfile";
  if (language.startsWith("sql")) return "code.sql";
  return `code.${extensions[language] ?? "txt"}`;
}
