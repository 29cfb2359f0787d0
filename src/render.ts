import { fork } from "node:child_process";
import { pathToFileURL } from "node:url";

import Eleventy from "@11ty/eleventy";

import { bundleClientScripts } from "./assets/bundle.ts";
import { InputError, type InputProblem } from "./data/errors.ts";
import { validateInput } from "./data/validate.ts";
import { formatCitationsAhead } from "./entities/citations-ahead.ts";
import { reportRenderProgress } from "./eleventy/render-progress.ts";
import { forgetRenderedBodies } from "./markdown/rendered-bodies.ts";
import { primeSiteModel } from "./entities/load.ts";
import { timed, type Phase } from "./timed.ts";

export interface RenderJob {
  root: string;
  staging: string;
  pathPrefix: string;
}

export interface Rendered {
  pages: number;
  papers: number;
  paragraphs: number;
  /** Works in literature.json that no paper cites (any more): still published, worth a look. */
  uncitedWorks: string[];
}

/** validate → Eleventy into the staging dir → client scripts, in this process. */
export async function renderSite(job: RenderJob, phases: Phase[], log: (l: string) => void): Promise<Rendered> {
  formatCitationsAhead(job.root);
  const input = await timed(phases, "validate", log, () => validateInput(job.root));
  const pages = await timed(phases, "render", log, async () => {
    // The entity pages' model (backlinks, mentions) is the first part of rendering.
    primeSiteModel(job.root, input);
    // Eleventy resolves its dirs against the working directory; this process is ours alone.
    process.chdir(job.root);
    reportRenderProgress(log);
    const eleventy = new Eleventy("content", job.staging, { configPath: ".eleventy.ts", quietMode: true, pathPrefix: job.pathPrefix });
    const written = (await eleventy.write()) as unknown as [unknown[], unknown[]];
    forgetRenderedBodies();
    return written[1].length;
  });
  await timed(phases, "scripts", log, () => bundleClientScripts(job.root, job.staging));
  const cited = new Set(input.papers.flatMap((p) => p.references.flatMap((r) => r.cites)));
  const uncitedWorks = input.data.literature.map((w) => w.id).filter((id) => !cited.has(id));
  return { pages, papers: input.papers.length, paragraphs: input.papers.reduce((n, p) => n + p.references.length, 0), uncitedWorks };
}

type Message =
  | { kind: "log"; line: string }
  | { kind: "phase"; phase: Phase }
  | { kind: "done"; rendered: Rendered }
  | { kind: "input-error"; problems: InputProblem[] }
  | { kind: "error"; stack: string };

/**
 * Runs renderSite in a child process. Rendering a thousand papers leaves
 * gigabytes in the heap that a Node process does not hand back; when the
 * child exits they are gone before Pagefind starts indexing.
 */
export function renderInChild(job: RenderJob, phases: Phase[], log: (l: string) => void): Promise<Rendered> {
  return new Promise((resolve, reject) => {
    const child = fork(new URL(import.meta.url), [JSON.stringify(job)], {
      // A larger young generation: rendering makes many short-lived strings, and with V8's default
      // (16 MB) they survive into the old generation and are collected there at greater cost
      // (garbage collection: 2.0 s → 1.4 s of a thousand papers' render). V8 grows it only as needed.
      execArgv: ["--max-semi-space-size=64", "--import", import.meta.resolve("tsx")],
      stdio: ["ignore", "inherit", "inherit", "ipc"],
    });
    let outcome: (() => void) | null = null;
    child.on("message", (m: Message) => {
      if (m.kind === "log") log(m.line);
      else if (m.kind === "phase") phases.push(m.phase);
      else if (m.kind === "done") outcome = () => resolve(m.rendered);
      else if (m.kind === "input-error") outcome = () => reject(new InputError(m.problems));
      else outcome = () => reject(Object.assign(new Error(m.stack.split("\n")[0]), { stack: m.stack }));
    });
    child.on("exit", (code) => (outcome ? outcome() : reject(new Error(`the render process exited with code ${code}`))));
  });
}

/**
 * The error's stack and the message of each error it wraps: Eleventy wraps the one that says what
 * is wrong ("Having trouble reading front matter from template …" ← "JavaScript front matter would
 * run as code").
 */
function withCauses(e: unknown): string {
  // Eleventy's errors keep what they wrap as originalError; others use the standard cause.
  const inner = (x: unknown) => (x as { originalError?: unknown })?.originalError ?? (x as Error)?.cause;
  let text = (e as Error)?.stack ?? String(e);
  for (let cause = inner(e), depth = 0; cause && depth < 10; cause = inner(cause), depth++) {
    text += `\nCaused by: ${(cause as Error).message ?? String(cause)}`;
  }
  return text;
}

// The child's side: run the job, report back, exit.
if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href && process.send) {
  // A parent that is gone (a build or `npm start` stopped mid-render) leaves no orphan rendering on.
  process.once("disconnect", () => process.exit(1));
  const send = (m: Message) => process.send!(m);
  const phases: Phase[] = [];
  try {
    const rendered = await renderSite(JSON.parse(process.argv[2]) as RenderJob, phases, (line) => send({ kind: "log", line }));
    for (const phase of phases) send({ kind: "phase", phase });
    send({ kind: "done", rendered });
  } catch (e) {
    send(e instanceof InputError ? { kind: "input-error", problems: e.problems } : { kind: "error", stack: withCauses(e) });
  }
  process.removeAllListeners("disconnect");
  process.disconnect();
}
