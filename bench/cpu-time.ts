/**
 * CPU time spent by this Node process and by the Neo4j JVM. On a shared machine wall-clock
 * latency depends on what else runs; the CPU each side spends per request or per statement does
 * not, and says what a dedicated machine could reach.
 */
import fs from 'node:fs';

export interface CpuSnapshot {
  nodeMs: number;
  /** Null when the JVM is not a local child process or /proc is missing. */
  jvmMs: number | null;
}

/** Kernel clock ticks per second (USER_HZ), 100 on every mainstream Linux. */
const TICKS_PER_SECOND = 100;

function jvmCpuMs(pid: number | undefined): number | null {
  if (pid === undefined) return null;
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the parenthesised command name; utime and stime are fields 14 and 15.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
  } catch {
    return null;
  }
}

export function cpuSnapshot(jvmPid: number | undefined): CpuSnapshot {
  const { user, system } = process.cpuUsage();
  return { nodeMs: (user + system) / 1000, jvmMs: jvmCpuMs(jvmPid) };
}

/** CPU milliseconds spent since `before`, divided by `per` (requests, statements, ...). */
export function cpuSince(before: CpuSnapshot, jvmPid: number | undefined, per = 1): CpuSnapshot {
  const now = cpuSnapshot(jvmPid);
  return {
    nodeMs: (now.nodeMs - before.nodeMs) / per,
    jvmMs: now.jvmMs === null || before.jvmMs === null ? null : (now.jvmMs - before.jvmMs) / per,
  };
}
