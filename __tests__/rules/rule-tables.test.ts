/** Every rule's table of exact findings (__tests__/rules/cases/<rule-id>.json), run through `check`. */
import { rules } from "../../src/rules";
import { runRuleTable } from "../rule-tester";

for (const rule of rules) runRuleTable(rule.meta.id);
