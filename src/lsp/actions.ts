/**
 * Quick fixes: a finding's own `fix` (the edit `concord fix` makes), and "ignore this finding",
 * which adds an `ignores` entry with a reason to fill in to the configuration file.
 */
import { findNodeAtLocation, modify, parseTree } from "jsonc-parser";
import { TextDocument } from "vscode-languageserver-textdocument";
import { CodeActionKind, type CodeAction, type Diagnostic, type Range, type TextEdit, type WorkspaceEdit } from "vscode-languageserver";
import type { Finding } from "../types";
import { rangeOf } from "./diagnostics";

/** What the entry says until the translator writes why. */
export const REASON_PLACEHOLDER = "say why this finding is not a problem";

export function overlaps(a: Range, b: Range): boolean {
  const before = (p: Range["start"], q: Range["start"]) => p.line < q.line || (p.line === q.line && p.character < q.character);
  return !before(a.end, b.start) && !before(b.end, a.start);
}

export function fixAction(uri: string, finding: Finding, diagnostic: Diagnostic): CodeAction | undefined {
  if (!finding.fix) return undefined;
  const edit: TextEdit = { range: rangeOf(finding.fix), newText: finding.fix.text };
  return { title: `Fix: ${finding.message}`, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], isPreferred: true, edit: { changes: { [uri]: [edit] } } };
}

export interface ConfigTarget {
  /** The configuration file's URI and its text now (the editor's, if it is open); no text: it does not exist yet. */
  uri: string;
  text?: string;
  /** Where the settings sit in the file: [] for concord.config.json, ["concord"] for package.json. */
  base: string[];
}

function ignoreEntry(finding: Finding): Record<string, string> {
  return { rule: finding.ruleId, locale: finding.locale, namespace: finding.namespace, ...(finding.key ? { key: finding.key } : {}), reason: REASON_PLACEHOLDER };
}

/** The edit that adds the ignore: appended to `ignores`, or the list made; a new file when there is none. */
function ignoreEdit(config: ConfigTarget, entry: Record<string, string>): WorkspaceEdit {
  if (config.text === undefined) {
    const text = `${JSON.stringify({ ignores: [entry] }, null, 2)}\n`;
    return {
      documentChanges: [
        { kind: "create", uri: config.uri, options: { ignoreIfExists: true } },
        { textDocument: { uri: config.uri, version: null }, edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: text }] },
      ],
    };
  }
  const root = parseTree(config.text);
  const list = root && findNodeAtLocation(root, [...config.base, "ignores"])?.type === "array";
  const formattingOptions = { insertSpaces: true, tabSize: 2, eol: config.text.includes("\r\n") ? "\r\n" : "\n" };
  const edits = list ? modify(config.text, [...config.base, "ignores", -1], entry, { formattingOptions, isArrayInsertion: true }) : modify(config.text, [...config.base, "ignores"], [entry], { formattingOptions });
  const document = TextDocument.create(config.uri, "json", 0, config.text);
  return { changes: { [config.uri]: edits.map((e) => ({ range: { start: document.positionAt(e.offset), end: document.positionAt(e.offset + e.length) }, newText: e.content })) } };
}

export function ignoreAction(finding: Finding, diagnostic: Diagnostic, config: ConfigTarget): CodeAction {
  const where = finding.key ? ` in ${finding.key}` : "";
  return { title: `Ignore ${finding.ruleId}${where} (${finding.locale}) in the configuration`, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit: ignoreEdit(config, ignoreEntry(finding)) };
}
