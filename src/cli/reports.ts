/** Writes the reports of a run (check, merge) where each goes, and decides the exit code. */
import { once } from "events";
import { pieceText } from "../formatters/json-stream";
import type { Finding, RunResult } from "../types";
import { type Format, type Io } from "./args";
import { colorEnabled, type Output } from "./options";
import { writeOutput } from "./write";

/** A run to report: its result and its findings in report order, read again for each report (they may be held compactly). */
export interface Reportable {
  result: RunResult;
  findings: () => Iterable<Finding>;
}

/** Pieces of a report joined into writes of about 64 KB; bytes among them (findings copied from the cache) make the write bytes. */
function* batched(chunks: Iterable<string | Uint8Array>): Generator<string | Uint8Array> {
  let pending = "";
  // Once bytes came: the pieces before `pending`, as bytes, and their size.
  let bytes: Uint8Array[] = [];
  let size = 0;
  const push = (piece: Uint8Array) => {
    bytes.push(piece);
    size += piece.length;
  };
  const settle = () => {
    if (pending) push(Buffer.from(pending));
    pending = "";
  };
  const flush = (): string | Uint8Array => {
    if (bytes.length === 0) {
      const text = pending;
      pending = "";
      return text;
    }
    settle();
    const all = Buffer.concat(bytes);
    bytes = [];
    size = 0;
    return all;
  };
  for (const chunk of chunks) {
    if (typeof chunk === "string") pending += chunk;
    else {
      settle();
      push(chunk);
    }
    if (pending.length + size >= 1 << 16) yield flush();
  }
  const rest = flush();
  if (rest.length) yield rest;
}

/**
 * Writes each report where it goes and returns the exit code the result deserves. JSON, SARIF and
 * stylish are written a finding at a time; the other formats get the whole result, its findings listed once.
 */
export async function writeReports(run: Reportable, targets: Output[], io: Io, settings: { maxWarnings: number | undefined; color: boolean | undefined }): Promise<number> {
  const [{ formatters, formatContext, streamingFormatters }, { rules }] = await Promise.all([import("../formatters"), import("../rules")]);
  const { result } = run;
  const color = colorEnabled(settings.color, io.env, io.stdout.isTTY);
  const { maxWarnings } = settings;
  const warningsFail = maxWarnings !== undefined && result.summary.warnings > maxWarnings;
  let whole: RunResult | undefined;
  // One context for the terminal and one for files (no colour): the rules' pages are read once.
  const contexts = new Map<boolean, ReturnType<typeof formatContext>>();
  const contextFor = (colored: boolean) => contexts.get(colored) ?? contexts.set(colored, formatContext({ color: colored, cwd: io.cwd, rules: rules.map((rule) => rule.meta), warningsFail })).get(colored)!;
  for (const output of targets) {
    const context = contextFor(color && !output.file);
    const streaming = Object.hasOwn(streamingFormatters, output.format) ? streamingFormatters[output.format as keyof typeof streamingFormatters] : undefined;
    const report = streaming ? batched(streaming(result, run.findings(), context)) : [formatters[output.format as Format]((whole ??= { ...result, findings: [...run.findings()] }), context)];
    if (output.file) await writeOutput(io.cwd, output.file, report);
    else {
      // A pipe that is full asks to wait: the rest of the report is not held meanwhile.
      for (const chunk of report) {
        if (io.stdout.write(pieceText(chunk)) !== false || !("once" in io.stdout)) continue;
        try {
          await once(io.stdout as unknown as NodeJS.EventEmitter, "drain");
        } catch {
          break; // The reader closed the pipe (| head): it wants no more.
        }
      }
    }
  }
  if (result.problems.length) return 2;
  if (result.summary.errors > 0) return 1;
  if (warningsFail) {
    io.stderr.write(`concord: found ${result.summary.warnings} warning${result.summary.warnings === 1 ? "" : "s"} (maximum: ${maxWarnings})\n`);
    return 1;
  }
  return 0;
}
