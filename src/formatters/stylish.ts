/** The report for people: findings grouped by file, each with its key, position and the text in context. */
import type { Finding, RunResult, Severity } from "../types";
import type { FormatContext } from "./format";

const ANSI = { red: 31, yellow: 33, cyan: 36, gray: 90, green: 32, bold: 1, underline: 4 } as const;
type Style = keyof typeof ANSI;

function painter(color: boolean) {
  return (style: Style, text: string) => (color ? `\u001b[${ANSI[style]}m${text}\u001b[0m` : text);
}

const SEVERITY_STYLE: Record<Severity, Style> = { error: "red", warning: "yellow", info: "cyan" };

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}

function snippetLine(finding: Finding, paint: ReturnType<typeof painter>, color: boolean): string | undefined {
  const snippet = finding.snippet;
  if (!snippet) return undefined;
  const flat = (text: string) => text.replace(/\s+/g, " ");
  const marked = color
    ? paint("bold", paint("underline", flat(snippet.text.slice(snippet.start, snippet.end))))
    : `⟦${flat(snippet.text.slice(snippet.start, snippet.end))}⟧`;
  return `      ${paint("gray", flat(snippet.text.slice(0, snippet.start)))}${marked}${paint("gray", flat(snippet.text.slice(snippet.end)))}`;
}

export function stylish(result: RunResult, context: FormatContext): string {
  const paint = painter(context.color);
  const lines: string[] = [];
  let currentFile: string | undefined;
  for (const finding of result.findings) {
    if (finding.file !== currentFile) {
      if (currentFile !== undefined) lines.push("");
      currentFile = finding.file;
      lines.push(paint("underline", finding.file));
    }
    const where = `${finding.line}:${finding.column}`.padEnd(7);
    const severity = paint(SEVERITY_STYLE[finding.severity], finding.severity.padEnd(7));
    const key = finding.sourceKey && finding.sourceKey !== finding.key ? `${finding.key} (${finding.sourceKey})` : finding.key;
    lines.push(`  ${where} ${severity} ${paint("bold", `[${finding.locale}] ${key}`)}  ${finding.message}  ${paint("gray", finding.ruleId)}`);
    const snippet = snippetLine(finding, paint, context.color);
    if (snippet) lines.push(snippet);
  }
  const { errors, warnings, infos, files, namespaces, paragraphs } = result.summary;
  const scope = `${plural(files, "file")}, ${plural(namespaces, "namespace")}, ${plural(paragraphs, "source paragraph")} checked against ${result.targets.join(", ") || "no targets"}`;
  if (lines.length) lines.push("");
  const total = errors + warnings + infos;
  if (total === 0) {
    lines.push(paint("green", `✔ No problems: ${scope}`));
  } else {
    const parts = [plural(errors, "error"), plural(warnings, "warning")];
    if (infos) parts.push(`${infos} info`);
    lines.push(paint(errors ? "red" : "yellow", `✖ ${plural(total, "problem")} (${parts.join(", ")}) — ${scope}`));
  }
  return `${lines.join("\n")}\n`;
}
