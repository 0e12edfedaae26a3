/**
 * A fresh clone tests, evaluates and benchmarks itself: no test, script or configuration of the
 * project names a path outside the repository, and the corpora they read are committed with
 * their licences.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "fs";
import path from "path";

const root = path.join(__dirname, "..");
const shared = ["sha", "red"].join("");
const parent = `../${shared}`;
const outside = [
  new RegExp(`${parent.replace(/\./g, "\\.")}\\b`),
  new RegExp(`${shared}/corpora`),
  new RegExp(`["']\\.\\.["']\\s*,\\s*["']${shared}["']`),
];

function files(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: "utf8" })
    .map((file) => path.join(folder, file))
    .filter((file) => statSync(file).isFile() && /\.(ts|js|json|sh)$|run$/.test(file));
}

describe("self-contained", () => {
  const code = [
    ...["src", "scripts", "__tests__", "bin", ".ci"].flatMap((folder) => files(path.join(root, folder))),
    ...["package.json", "jest.config.js", "tsconfig.json"].map((file) => path.join(root, file)),
  ];
  test.each(code.map((file) => [path.relative(root, file), file]))("%s reads nothing outside the repository", (_name, file) => {
    const text = readFileSync(file, "utf8");
    for (const pattern of outside) expect(text).not.toMatch(pattern);
  });
  test("the corpora are committed with their licences", () => {
    for (const licence of ["ntrex/LICENSE", "apps/excalidraw/LICENSE", "apps/grist/LICENSE.txt", "apps/memos/LICENSE", "README.md"]) {
      expect(existsSync(path.join(root, "corpora", licence))).toBe(true);
    }
    expect(readdirSync(path.join(root, "corpora", "ntrex", "locales", "uk"))).toHaveLength(123);
  });
  test("the package leaves the corpora and tests out", () => {
    const manifest = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as { files: string[] };
    expect(manifest.files).not.toContain("corpora");
    expect(manifest.files).not.toContain("__tests__");
  });
});
