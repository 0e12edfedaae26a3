/** The output formats, by name: the set of names is a type. */
import type { RunResult } from "../types";
import type { FormatContext } from "./format";
import { github } from "./github";
import { gitlab } from "./gitlab";
import { html } from "./html";
import { json } from "./json";
import { junit } from "./junit";
import { markdown } from "./markdown";
import { rdjsonl } from "./rdjsonl";
import { sarif } from "./sarif";
import { stylish } from "./stylish";

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
export type { FormatContext } from "./format";
export { formatContext } from "./context";
