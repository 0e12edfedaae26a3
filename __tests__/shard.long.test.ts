/** --jobs, --shard and concord merge on the whole NTREX corpus (123 namespaces): npm test (not npm run test:quick); shard.test.ts checks a dozen articles. */
import { expectJobsAndShardsEqualPlain, expectShardsJoinedEqualPlain, ntrex } from "./shard-cases";

test("the shards' results joined equal a plain run (library)", async () => {
  await expectShardsJoinedEqualPlain(ntrex);
}, 120_000);

test("--jobs 2, and --shard 1/2 + 2/2 joined by merge, print the plain run's JSON", async () => {
  await expectJobsAndShardsEqualPlain(ntrex);
}, 180_000);
