/**
 * Jest runs the TypeScript sources through ts-jest (transpile only; `npm run lint` type-checks).
 * `npm test` runs the quick suites; the long ones (*.long.test.ts) run in `npm run test:long`,
 * which CI runs after them.
 */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/__tests__"],
  testMatch: ["**/*.test.ts"],
  testPathIgnorePatterns: ["/node_modules/", "\\.long\\.test\\.ts$"],
  transform: { "^.+\\.ts$": ["ts-jest", { tsconfig: { isolatedModules: true } }] },
  testTimeout: 30000,
};
