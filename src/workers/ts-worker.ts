import { Worker } from "node:worker_threads";

/**
 * A worker thread running one of our TypeScript modules. Loader hooks are per
 * thread, so the worker registers tsx itself before importing the module.
 */
export function tsWorker(module: URL): Worker {
  const boot = `import(${JSON.stringify(import.meta.resolve("tsx/esm/api"))})
    .then(({ register }) => { register(); return import(${JSON.stringify(module.href)}); })`;
  return new Worker(boot, { eval: true });
}
