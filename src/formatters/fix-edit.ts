/** A finding's fix (FixEdit), read defensively: reports read back by merge may carry anything. */
import type { Finding, FixEdit } from "../types";

const whole = (value: unknown, least: number) => typeof value === "number" && Number.isInteger(value) && value >= least;

/** The finding's fix when it has a well-formed one. */
export function fixOf(finding: Finding): FixEdit | undefined {
  const fix = (finding as { fix?: Partial<FixEdit> }).fix;
  if (!fix || typeof fix !== "object" || typeof fix.text !== "string" || !Array.isArray(fix.range)) return undefined;
  const [start, end] = fix.range;
  if (!whole(start, 0) || !whole(end, 0) || (end as number) < (start as number)) return undefined;
  if (!whole(fix.line, 1) || !whole(fix.column, 1) || !whole(fix.endLine, 1) || !whole(fix.endColumn, 1)) return undefined;
  return fix as FixEdit;
}
