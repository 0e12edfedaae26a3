/** placeholder-mismatch: interpolations, nesting, tags, URLs and e-mails must survive; renames are named. */
import { ruleTable } from "../helpers";

ruleTable("placeholder-mismatch", [
  { name: "interpolation kept", locale: "uk", source: "Hello, {{name}}!", target: "Привіт, {{name}}!", expect: null },
  { name: "spaces and formats inside braces", locale: "ru", source: "{{count}} items cost {{value, number}}", target: "{{ count }} товаров стоят {{value, number(minimumFractionDigits: 2)}}", expect: null },
  { name: "tags moved", locale: "uk", source: "Read <0>the terms</0> and <strong>agree</strong>.", target: "Прочитайте <0>умови</0> та <strong>погодьтеся</strong>.", expect: null },
  { name: "nesting and a URL", locale: "ru", source: "See $t(common.help) at https://example.org/help.", target: "См. $t(common.help) на https://example.org/help.", expect: null },
  { name: "renamed variable", locale: "uk", source: "Welcome back, {{userName}}", target: "З поверненням, {{username}}", expect: "renamed", data: { expected: "{{userName}}", found: "{{username}}" } },
  { name: "renamed variable", locale: "ru", source: "Welcome back, {{userName}}", target: "С возвращением, {{user_name}}", expect: "renamed" },
  { name: "tag dropped", locale: "uk", source: "Read <0>the terms</0>.", target: "Прочитайте умови.", expect: "missing", data: { kind: "tag" } },
  { name: "e-mail changed", locale: "ru", source: "Write to help@example.org", target: "Пишите на support@example.org", expect: "missing", data: { kind: "email" } },
  { name: "variable added", locale: "ru", source: "Saved", target: "Сохранено {{count}}", expect: "extra" },
]);
