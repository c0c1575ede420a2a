/** Resident memory of this Node process and of the Neo4j JVM, from /proc where there is one. */
import fs from 'node:fs';

export interface MemoryFigure {
  when: string;
  nodeRssMiB: number;
  nodePeakRssMiB: number;
  /** Null when Neo4j is not a local child process (NEO4J_URI, testcontainers) or /proc is missing. */
  jvmRssMiB: number | null;
  jvmPeakRssMiB: number | null;
}

const MiB = 1024 * 1024;

/** VmRSS and VmHWM (peak) of process `pid` in MiB, or nulls when they cannot be read. */
function procMemory(pid: number | undefined): { rss: number | null; peak: number | null } {
  if (pid === undefined) return { rss: null, peak: null };
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kib = (key: string) => {
      const match = new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status);
      return match ? Number(match[1]) / 1024 : null;
    };
    return { rss: kib('VmRSS'), peak: kib('VmHWM') };
  } catch {
    return { rss: null, peak: null };
  }
}

/** Samples memory now; `when` names the moment (e.g. "after ingest"). */
export function sampleMemory(when: string, jvmPid: number | undefined): MemoryFigure {
  const jvm = procMemory(jvmPid);
  return {
    when,
    nodeRssMiB: process.memoryUsage().rss / MiB,
    // maxRSS is in KiB.
    nodePeakRssMiB: (process.resourceUsage().maxRSS * 1024) / MiB,
    jvmRssMiB: jvm.rss,
    jvmPeakRssMiB: jvm.peak,
  };
}
