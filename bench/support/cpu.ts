import { readFileSync } from 'node:fs';

/** Where the CPU went over a stretch of the bench: a wall-clock figure needs this on a shared box. */
export interface CpuSample {
  wallMs: number;
  process: NodeJS.CpuUsage;
  /** Jiffies from /proc/stat's `cpu` line; absent off Linux. */
  box?: { busy: number; steal: number; total: number };
}

function boxJiffies(): CpuSample['box'] {
  try {
    const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1, 9).map(Number);
    // user nice system idle iowait irq softirq steal
    const [user, nice, system, , , irq, softirq, steal] = fields;
    return { busy: user + nice + system + irq + softirq, steal, total: fields.reduce((sum, n) => sum + n, 0) };
  } catch {
    return undefined;
  }
}

export function sampleCpu(): CpuSample {
  return { wallMs: performance.now(), process: process.cpuUsage(), box: boxJiffies() };
}

/** e.g. "node 93% of a core; box 88% busy, 9% stolen by the hypervisor". */
export function describeCpuSince(start: CpuSample): string {
  const end = sampleCpu();
  const wallMs = end.wallMs - start.wallMs;
  const used = end.process.user - start.process.user + (end.process.system - start.process.system);
  const parts = [`node ${Math.round(used / 10 / wallMs)}% of a core`];
  if (start.box && end.box) {
    const total = end.box.total - start.box.total;
    const share = (jiffies: number) => Math.round((jiffies / Math.max(1, total)) * 100);
    parts.push(`box ${share(end.box.busy - start.box.busy)}% busy, ${share(end.box.steal - start.box.steal)}% stolen by the hypervisor`);
  }
  return parts.join('; ');
}
