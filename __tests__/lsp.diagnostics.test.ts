/** Findings and input problems as LSP diagnostics: severities, positions, and one syntax error per file. */
import { findingDiagnostic, problemDiagnostic, shownProblems } from "../src/lsp/diagnostics";
import type { Finding, InputProblem } from "../src/types";

const finding = (severity: Finding["severity"]): Finding => ({ ruleId: "length-ratio", messageId: "m", message: "Too long", severity, locale: "ru", namespace: "a", key: "p1", file: "locales/ru/a.json", line: 3, column: 10, endLine: 3, endColumn: 20, data: {} });

test.each([
  ["error", 1],
  ["warning", 2],
  ["info", 3],
] as const)("a finding of severity %s is LSP severity %d, at its 0-based range, coded by its rule", (severity, lsp) => {
  expect(findingDiagnostic(finding(severity), false)).toEqual({
    range: { start: { line: 2, character: 9 }, end: { line: 2, character: 19 } },
    severity: lsp,
    code: "length-ratio",
    codeDescription: { href: expect.stringMatching(/docs\/rules\/length-ratio\.md$/) },
    source: "concord",
    message: "Too long",
  });
});

test("a finding shown in the source catalog names its translation", () => {
  expect(findingDiagnostic(finding("error"), true).message).toBe("[ru] Too long");
});

test("a problem without a position stands at the start of the file; its hint follows the message", () => {
  expect(problemDiagnostic({ code: "empty-file", message: "The catalog file is empty", hint: "write {}" })).toEqual({
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } },
    severity: 1,
    code: "empty-file",
    source: "concord",
    message: "The catalog file is empty — write {}",
  });
});

test("only the first syntax error of a file is shown; other problems all are", () => {
  const problem = (code: string, line: number): InputProblem => ({ code, message: code, hint: "", line, column: 1 });
  const problems = [problem("duplicate-key", 2), problem("syntax-error", 4), problem("syntax-error", 4), problem("duplicate-key", 6)];
  expect(shownProblems(problems)).toEqual([problems[0], problems[1], problems[3]]);
});
