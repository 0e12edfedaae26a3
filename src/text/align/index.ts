/** The aligner's public API: what the engine (src/engine/alignment.ts) uses to align a namespace. */
export { alignParagraphs, type AlignmentReport } from "./align";
export { featuresOf, type Features } from "./features";
export { JointScorer } from "./joint-scorer";
export { kinGrams } from "./kinship";
export { totalCost, type Link, type TargetIndex } from "./links";
export { PairScorer } from "./score";
export { TermWeights } from "./term-weights";
export { kinCost } from "./witness";
export { staysInStep, type WitnessedPairs } from "./in-step";
