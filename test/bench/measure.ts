import { performance } from 'node:perf_hooks';

export interface Timing {
  name: string;
  runs: number;
  p50: number;
  p95: number;
  mean: number;
}

/** Times `work` `runs` times after a warm-up, in milliseconds per run. */
export async function measure(
  name: string,
  work: () => unknown,
  { runs = 5000, warmup = 500 }: { runs?: number; warmup?: number } = {},
): Promise<Timing> {
  for (let i = 0; i < warmup; i += 1) await work();
  const samples = new Float64Array(runs);
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    await work();
    samples[i] = performance.now() - start;
  }
  samples.sort();
  const at = (q: number) => samples[Math.min(runs - 1, Math.floor(q * runs))] ?? Number.NaN;
  return { name, runs, p50: at(0.5), p95: at(0.95), mean: samples.reduce((a, b) => a + b, 0) / runs };
}

const ms = (value: number) => (value < 1 ? `${(value * 1000).toFixed(1)} µs` : `${value.toFixed(2)} ms`);

/** One line per measurement, with its ratio to the floor (the bare library call doing the same work). */
export function report(title: string, floor: Timing, measured: Timing[]): void {
  console.log(`\n${title}`);
  for (const t of [floor, ...measured]) {
    const ratio =
      t === floor
        ? 'floor'
        : `×${(t.p50 / floor.p50).toFixed(1)} p50, ×${(t.p95 / floor.p95).toFixed(1)} p95`;
    console.log(
      `  ${t.name.padEnd(44)} p50 ${ms(t.p50).padStart(10)}  p95 ${ms(t.p95).padStart(10)}  ${ratio}`,
    );
  }
}
