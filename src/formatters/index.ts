/** The output formats, by name: the set of names is a type. */
import type { Finding, RunResult } from "../types";
import type { FormatContext } from "./format";
import { github } from "./github";
import { gitlab } from "./gitlab";
import { html } from "./html";
import { json, jsonChunks } from "./json";
import { junit } from "./junit";
import { markdown } from "./markdown";
import { rdjsonl } from "./rdjsonl";
import { sarif, sarifChunks } from "./sarif";
import { stylish, stylishChunks } from "./stylish";

export const formatters = {
  github,
  gitlab,
  html,
  json,
  junit,
  markdown,
  rdjsonl,
  sarif,
  stylish,
} as const satisfies Record<string, (result: RunResult, context: FormatContext) => string>;

export type FormatterName = keyof typeof formatters;

/**
 * The formats that can be written a finding at a time, never holding the whole report: given the
 * run without its findings (summary, problems) and the findings in report order, they yield the
 * same bytes as their formatter above, in pieces (a piece given as bytes is UTF-8).
 */
export const streamingFormatters = {
  json: jsonChunks,
  sarif: sarifChunks,
  stylish: stylishChunks,
} as const satisfies Partial<Record<FormatterName, (result: RunResult, findings: Iterable<Finding>, context: FormatContext) => Iterable<string | Uint8Array>>>;
export type { FormatContext } from "./format";
export { formatContext } from "./context";
