/** The machine a run measured: cores, memory, versions, and how busy the machine was. */
import fs from 'node:fs';
import os from 'node:os';

/** Linux PSI `some avg300` for the CPU (percent of time some task waited), or null. */
export function cpuPressure(): number | null {
  try {
    const match = /^some .*avg300=([\d.]+)/m.exec(fs.readFileSync('/proc/pressure/cpu', 'utf8'));
    return match ? Number(match[1]) : null;
  } catch {
    return null;
  }
}

export const loadAverage = (): number => os.loadavg()[0] ?? 0;

export function describeMachine(): { cores: number; memoryGiB: number; cpuModel: string; node: string } {
  return {
    cores: os.cpus().length,
    memoryGiB: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    cpuModel: os.cpus()[0]?.model ?? 'unknown',
    node: process.version,
  };
}
