/**
 * `check --watch`: checks once, then re-checks a namespace whenever one of its files is saved and
 * prints only what changed — findings that are new (+) and findings that are gone (-).
 */
import { watch } from "fs";
import path from "path";
import type { CheckOptions } from "../engine/check";
import type { Finding } from "../types";
import type { Io } from "./main";

const identity = (f: Finding) => [f.locale, f.namespace, f.key, f.ruleId, f.messageId, f.message].join("\u0000");

function line(sign: "+" | "-", f: Finding): string {
  return `${sign} ${f.file}:${f.line}:${f.column} ${f.severity} [${f.locale}] ${f.key} ${f.message} (${f.ruleId})\n`;
}

/** Runs until the returned `stop` is called (or the process is interrupted). */
export async function watchCatalogs(options: CheckOptions, io: Io): Promise<{ stop(): void; settled: Promise<void> }> {
  const { check } = await import("../engine/check");
  const { discoverLayout } = await import("../catalog/loader");
  const root = path.resolve(options.cwd ?? process.cwd(), options.locales);
  const byNamespace = new Map<string, Map<string, Finding>>();
  const remember = (namespace: string, findings: Finding[]) => byNamespace.set(namespace, new Map(findings.filter((f) => f.namespace === namespace).map((f) => [identity(f), f])));

  const first = await check(options);
  const layout = await discoverLayout({ ...options, locales: root });
  for (const namespace of layout.namespaces) remember(namespace, first.findings);
  io.stdout.write(`Watching ${path.relative(options.cwd ?? process.cwd(), root) || "."}: ${first.findings.length} findings now. Save a catalog to re-check it.\n`);
  for (const f of first.findings) io.stdout.write(line("+", f));

  let pending: NodeJS.Timeout | undefined;
  const changed = new Set<string>();
  let running = Promise.resolve();
  const recheck = () => {
    const namespaces = [...changed].filter((ns) => layout.namespaces.includes(ns));
    changed.clear();
    if (namespaces.length === 0) return;
    running = running.then(async () => {
      try {
        const result = await check({ ...options, namespaces });
        for (const namespace of namespaces) {
          const before = byNamespace.get(namespace) ?? new Map();
          const now = new Map(result.findings.filter((f) => f.namespace === namespace).map((f) => [identity(f), f]));
          for (const [id, f] of before) if (!now.has(id)) io.stdout.write(line("-", f));
          for (const [id, f] of now) if (!before.has(id)) io.stdout.write(line("+", f));
          byNamespace.set(namespace, now);
        }
        for (const problem of result.problems) io.stderr.write(`concord: ${problem.file ?? ""}: ${problem.message}\n`);
      } catch (error) {
        io.stderr.write(`concord: ${(error as Error).message}\n`);
      }
    });
  };
  const watcher = watch(root, { recursive: true }, (_event, file) => {
    if (!file || !file.toString().endsWith(".json")) return;
    // <lng>/<ns>.json or <ns>/<lng>.json: the namespace is whichever part the layout says.
    const relative = file.toString().split(path.sep).join("/");
    for (const namespace of layout.namespaces) {
      for (const locale of [layout.source, ...layout.targets]) {
        if (path.relative(root, layout.file(locale, namespace)).split(path.sep).join("/") === relative) changed.add(namespace);
      }
    }
    clearTimeout(pending);
    pending = setTimeout(recheck, 80);
  });
  let resolveSettled: () => void = () => undefined;
  const settled = new Promise<void>((resolve) => (resolveSettled = resolve));
  return {
    stop() {
      clearTimeout(pending);
      watcher.close();
      void running.then(resolveSettled);
    },
    settled,
  };
}
