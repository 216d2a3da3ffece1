// Whether this process may lower a thread's nice value back to a given one (Linux): else a flood's nice 19 would stay.
import { readFileSync } from 'node:fs';

/** CAP_SYS_NICE's bit in /proc's capability masks (linux/capability.h). */
const CAP_SYS_NICE = 23n;

/**
 * True when setpriority(2) may lower a thread of this process to `nice` from a higher value: with CAP_SYS_NICE, or when
 * RLIMIT_NICE's soft limit is at least 20 − nice (systemd: `LimitNICE=+10` for nice 10). An unprivileged process with
 * the default limit (0) may only raise nice values. False off Linux or when /proc cannot be read.
 */
export function canRestoreNice(nice: number): boolean {
  if (process.platform !== 'linux') return false;
  try {
    const capEff = /^CapEff:\s*([0-9a-f]+)/m.exec(readFileSync('/proc/self/status', 'utf8'))?.[1];
    if (capEff && (BigInt(`0x${capEff}`) >> CAP_SYS_NICE) & 1n) return true;
    // "Max nice priority         0                    0"
    const soft = /^Max nice priority\s+(\S+)/m.exec(readFileSync('/proc/self/limits', 'utf8'))?.[1];
    if (soft === 'unlimited') return true;
    return soft !== undefined && Number(soft) >= 20 - nice;
  } catch {
    return false;
  }
}
