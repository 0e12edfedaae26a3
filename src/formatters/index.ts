/** The output formats, by name: the set of names is a type. */
import type { RunResult } from "../types";
import type { FormatContext } from "./format";
import { json } from "./json";
import { stylish } from "./stylish";

export const formatters = {
  json,
  stylish,
} as const satisfies Record<string, (result: RunResult, context: FormatContext) => string>;

export type FormatterName = keyof typeof formatters;
export type { FormatContext } from "./format";
