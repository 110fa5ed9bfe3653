/**
 * A CodeMirror 6 editor whose options (language, read-only, wrapping, line numbers,
 * size, autocomplete) can change after creation, each through its own compartment.
 */
import { Annotation, Compartment, EditorState, type Extension } from "@codemirror/state";
import {
  EditorView, drawSelection, highlightActiveLine, highlightActiveLineGutter, keymap, lineNumbers,
} from "@codemirror/view";
import { defaultKeymap, history, historyKeymap, indentWithTab } from "@codemirror/commands";
import { bracketMatching, indentOnInput } from "@codemirror/language";
import { codeTheme, sizing } from "./theme";
import { loadLanguage } from "./languages";

const fromPython = Annotation.define<boolean>();

export interface EditorOptions {
  language: string | null;
  editable: boolean;
  wrapLines: boolean;
  showLineNumbers: boolean;
  lines: number;
  maxLines: number | null;
  autocomplete: boolean;
}

export interface EditorCallbacks {
  /** The user changed the text (never called for `setText`). */
  onInput(text: string): void;
  onFocus(): void;
  onBlur(): void;
}

export class CodeEditor {
  readonly view: EditorView;
  private readonly language = new Compartment();
  private readonly editable = new Compartment();
  private readonly wrapping = new Compartment();
  private readonly gutter = new Compartment();
  private readonly size = new Compartment();
  private readonly completion = new Compartment();
  private languageRequest = 0;

  constructor(parent: HTMLElement, text: string, options: EditorOptions, callbacks: EditorCallbacks, label: string) {
    const reportEdits = EditorView.updateListener.of((update) => {
      // Text set from Python is tagged; every other document change is the user's edit.
      if (update.docChanged && update.transactions.some((tr) => tr.docChanged && !tr.annotation(fromPython))) {
        callbacks.onInput(update.state.doc.toString());
      }
    });
    this.view = new EditorView({
      parent,
      state: EditorState.create({
        doc: text,
        extensions: [
          history(),
          drawSelection(),
          indentOnInput(),
          bracketMatching(),
          highlightActiveLine(),
          keymap.of([...defaultKeymap, ...historyKeymap, indentWithTab]),
          codeTheme,
          reportEdits,
          EditorView.domEventHandlers({ focus: () => callbacks.onFocus(), blur: () => callbacks.onBlur() }),
          EditorView.contentAttributes.of({ "aria-label": label }),
          this.language.of([]),
          this.editable.of(editableExtension(options.editable)),
          this.wrapping.of(options.wrapLines ? EditorView.lineWrapping : []),
          this.gutter.of(gutterExtension(options.showLineNumbers)),
          this.size.of(sizing(options.lines, options.maxLines)),
          this.completion.of([]),
        ],
      }),
    });
    this.update(options);
  }

  /** Replace the whole text (a new value from Python); not reported as user input. */
  setText(text: string): void {
    if (text === this.view.state.doc.toString()) return;
    this.view.dispatch({
      changes: { from: 0, to: this.view.state.doc.length, insert: text },
      annotations: fromPython.of(true),
    });
  }

  text(): string {
    return this.view.state.doc.toString();
  }

  update(options: EditorOptions): void {
    this.view.dispatch({
      effects: [
        this.editable.reconfigure(editableExtension(options.editable)),
        this.wrapping.reconfigure(options.wrapLines ? EditorView.lineWrapping : []),
        this.gutter.reconfigure(gutterExtension(options.showLineNumbers)),
        this.size.reconfigure(sizing(options.lines, options.maxLines)),
      ],
    });
    void this.loadLanguage(options.language);
    void this.loadCompletion(options.autocomplete && options.editable);
  }

  destroy(): void {
    this.view.destroy();
  }

  private async loadLanguage(language: string | null): Promise<void> {
    // Loads may finish out of order when the language changes quickly: keep the latest.
    const request = ++this.languageRequest;
    const extension = await loadLanguage(language);
    if (request !== this.languageRequest) return;
    this.view.dispatch({ effects: this.language.reconfigure(extension) });
  }

  private async loadCompletion(enabled: boolean): Promise<void> {
    const extension: Extension = enabled ? (await import("@codemirror/autocomplete")).autocompletion() : [];
    this.view.dispatch({ effects: this.completion.reconfigure(extension) });
  }
}

function editableExtension(editable: boolean): Extension {
  return [EditorView.editable.of(editable), EditorState.readOnly.of(!editable)];
}

function gutterExtension(show: boolean): Extension {
  return show ? [lineNumbers(), highlightActiveLineGutter()] : [];
}
