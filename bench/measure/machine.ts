import { cpus, freemem, loadavg, totalmem, type as osType, release } from 'node:os';

export interface Machine {
  readonly cpu: string;
  readonly cores: number;
  readonly memoryGb: number;
  readonly freeMemoryGb: number;
  readonly os: string;
  readonly node: string;
  readonly date: string;
  /** 1-minute load average when the bench started: shows how busy the machine was. */
  readonly loadAtStart: number;
}

export function describeMachine(): Machine {
  const list = cpus();
  return {
    cpu: list[0]?.model.trim() ?? 'unknown',
    cores: list.length,
    memoryGb: round1(totalmem() / 2 ** 30),
    freeMemoryGb: round1(freemem() / 2 ** 30),
    os: `${osType()} ${release()}`,
    node: process.version,
    date: new Date().toISOString(),
    loadAtStart: round1(loadavg()[0]),
  };
}

const round1 = (x: number) => Math.round(x * 10) / 10;
