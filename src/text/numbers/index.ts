/** The number layer: read numbers as values in each locale's notation, and compare them. */
export { compareNumbers, type Conversion, type NumberComparison } from "./compare";
export { extractNumbers } from "./extract";
export { keysOf, valueKey, type NumberToken, type Unit } from "./token";
