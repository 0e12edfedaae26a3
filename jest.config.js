/**
 * Jest runs the TypeScript sources through ts-jest (transpile only; `npm run lint` type-checks).
 * `npm test` runs every suite; `npm run test:quick` leaves out the long ones (*.long.test.ts), to
 * run on every save of a rule.
 */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/__tests__"],
  testMatch: ["**/*.test.ts"],
  transform: { "^.+\\.ts$": ["ts-jest", { tsconfig: { isolatedModules: true } }] },
  testTimeout: 30000,
};
