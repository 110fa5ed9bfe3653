import { describe, expect, it } from "vitest";
import { downloadName, loadLanguage } from "./languages";

// The names gr.Code accepts (Code.languages in Python, without None).
const GRADIO_LANGUAGES = [
  "python", "c", "cpp", "markdown", "latex", "json", "html", "css", "javascript", "jinja2",
  "typescript", "yaml", "dockerfile", "shell", "r", "sql", "sql-msSQL", "sql-mySQL",
  "sql-mariaDB", "sql-sqlite", "sql-cassandra", "sql-plSQL", "sql-hive", "sql-pgSQL",
  "sql-gql", "sql-gpSQL", "sql-sparkSQL", "sql-esper",
];

describe("code languages", () => {
  it("loads a grammar for every language Python offers", async () => {
    for (const language of GRADIO_LANGUAGES) {
      const extension = await loadLanguage(language);
      expect(Array.isArray(extension) && extension.length === 0, language).toBe(false);
    }
  });

  it("falls back to plain text for no language", async () => {
    expect(await loadLanguage(null)).toEqual([]);
  });

  it("names downloads after the language", () => {
    expect(downloadName("python")).toBe("code.py");
    expect(downloadName("sql-pgSQL")).toBe("code.sql");
    expect(downloadName("dockerfile")).toBe("Dockerfile");
    expect(downloadName(null)).toBe("code.txt");
  });
});
