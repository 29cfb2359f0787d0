export interface Phase {
  name: string;
  ms: number;
}

/** Runs one phase of the build, logging its start and its time. */
export async function timed<T>(phases: Phase[], name: string, log: (l: string) => void, work: () => Promise<T>): Promise<T> {
  log(`▸ ${name}…`);
  const start = performance.now();
  const result = await work();
  const ms = Math.round(performance.now() - start);
  phases.push({ name, ms });
  log(`  ${name} done in ${ms} ms`);
  return result;
}
