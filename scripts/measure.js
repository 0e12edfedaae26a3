/**
 * What the benchmark scripts share: the median, and one command's wall time, CPU time and peak
 * memory. CPU and peak come from /usr/bin/time when it is installed (Debian's `time` package);
 * without it, CPU is read from this process's reaped-children counters in /proc/self/stat and the
 * peak is null.
 */
"use strict";
const { spawnSync } = require("child_process");
const fs = require("fs");

const HAS_TIME = fs.existsSync("/usr/bin/time");
/** Clock ticks per second of /proc's counters: USER_HZ, 100 on every Linux build Node supports. */
const USER_HZ = 100;

/** The middle value (the upper one of an even count). */
const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1];

/** CPU seconds of this process's waited-for children (cutime + cstime), or null off Linux. */
function childrenCpu() {
  try {
    const stat = fs.readFileSync("/proc/self/stat", "utf8");
    // Fields after the command name, which is in parentheses and may hold spaces.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[13]) + Number(fields[14])) / USER_HZ;
  } catch {
    return null;
  }
}

/**
 * Runs one command to its end with its output discarded: wall seconds, CPU seconds (user +
 * system, null when neither source is there), peak RSS in MB (null without /usr/bin/time), status.
 */
function timed(command, commandArgs, options = {}) {
  const cpuBefore = HAS_TIME ? null : childrenCpu();
  const started = process.hrtime.bigint();
  const result = HAS_TIME
    ? spawnSync("/usr/bin/time", ["-f", "%U %S %M", command, ...commandArgs], { encoding: "utf8", stdio: ["ignore", "ignore", "pipe"], maxBuffer: 64 << 20, ...options })
    : spawnSync(command, commandArgs, { stdio: "ignore", ...options });
  const wall = Number(process.hrtime.bigint() - started) / 1e9;
  if (!HAS_TIME) {
    const cpuAfter = childrenCpu();
    return { cpu: cpuBefore === null || cpuAfter === null ? null : cpuAfter - cpuBefore, wall, peakMB: null, status: result.status };
  }
  const [user, system, kb] = result.stderr.trim().split("\n").pop().split(" ").map(Number);
  return { cpu: user + system, wall, peakMB: kb / 1024, status: result.status };
}

module.exports = { median, timed, HAS_TIME };
