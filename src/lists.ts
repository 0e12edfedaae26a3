/**
 * Appends every item of a list to another, in order, and returns it. `into.push(...items)` passes
 * the items as arguments, on the stack: a list of some 120,000 or more (a long namespace's links or
 * findings) throws "Maximum call stack size exceeded".
 */
export function append<T>(into: T[], items: readonly T[]): T[] {
  for (let k = 0; k < items.length; k++) into.push(items[k]);
  return into;
}
