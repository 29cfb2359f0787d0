import assert from "node:assert/strict";
import { spawn, type ChildProcess } from "node:child_process";
import { readdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { after, before, test } from "node:test";

import { copyProject, ROOT } from "./helpers/project.ts";

// `npm start` as the README promises it: build, serve, rebuild on a change, and on a broken edit
// say what is wrong while the last good site stays up.
let dir: string;
let child: ChildProcess;
let output = "";
let url = "";

/** Resolves when the server's output (from `from` on) matches, or fails after `ms`. */
function waitFor(pattern: RegExp, from: number, ms = 60_000): Promise<void> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const poll = setInterval(() => {
      if (pattern.test(output.slice(from))) {
        clearInterval(poll);
        resolve();
      } else if (Date.now() - started > ms || child.exitCode !== null) {
        clearInterval(poll);
        reject(new Error(`no ${pattern} in npm start's output:\n${output.slice(from)}`));
      }
    }, 100);
  });
}

before(async () => {
  dir = await copyProject();
  child = spawn(process.execPath, ["--import", "tsx", path.join(dir, "src", "serve.ts")], { cwd: dir, env: { ...process.env, PORT: "0" }, stdio: ["ignore", "pipe", "pipe"] });
  child.stdout!.on("data", (d: Buffer) => (output += d.toString()));
  child.stderr!.on("data", (d: Buffer) => (output += d.toString()));
  await waitFor(/Serving the site at (\S+)/, 0, 120_000);
  url = /Serving the site at (\S+)/.exec(output)![1]!;
});
after(async () => {
  if (child && child.exitCode === null) {
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill();
    await exited;
  }
  await rm(dir, { recursive: true, force: true });
});

const get = async (page: string) => {
  const res = await fetch(new URL(page, url));
  return { status: res.status, text: await res.text() };
};

test("npm start serves the built site: the paper, search included", async () => {
  const paper = await get("papers/local-fta-strategy/");
  assert.equal(paper.status, 200);
  assert.match(paper.text, /<html lang="zh-CN">/);
  assert.equal((await get("pagefind/pagefind.js")).status, 200);
});

test("a broken data file is reported by file and the last good site stays up; fixing it rebuilds", async () => {
  const file = path.join(dir, "_data", "cities.json");
  const good = await readFile(file, "utf8");
  let from = output.length;
  await writeFile(file, good.replace('"id": "qingdao"', '"id": "Qingdao City"'));
  await waitFor(/still serving the last good build/, from);
  assert.match(output.slice(from), /_data\/cities\.json/);
  assert.equal((await get("cities/qingdao/")).status, 200, "the last good site is still served");

  from = output.length;
  const renamed = JSON.parse(good);
  renamed[0].name.en = "Tsingtao (test edit)";
  await writeFile(file, `${JSON.stringify(renamed, null, 2)}\n`);
  await waitFor(/✓ \d+ pages/, from);
  assert.match((await get(`cities/${renamed[0].id}/`)).text, /Tsingtao \(test edit\)/, "the rebuilt site has the edit");
});

test("after a rebuild, npm start rests: publishing the site (hard links to the OCR sources) is no edit", async () => {
  const file = path.join(dir, "content", "about.md");
  const from = output.length;
  await writeFile(file, `${await readFile(file, "utf8")}\n`);
  await waitFor(/✓ \d+ pages/, from);
  const builds = () => output.slice(from).match(/✓ \d+ pages/g)?.length ?? 0;
  const settled = builds();
  // A build of this site takes a few seconds: a loop would have started another within this wait.
  await new Promise((r) => setTimeout(r, 8_000));
  assert.equal(builds(), settled, `no rebuild without an edit:\n${output.slice(from)}`);
  assert.doesNotMatch(output.slice(from), /▸ validate[\s\S]*▸ validate[\s\S]*▸ validate/, "one edit, one build");
});

/** Processes whose command line names the throwaway copy: the server and any render it started. */
async function processesIn(root: string): Promise<number[]> {
  const pids: number[] = [];
  for (const pid of await readdir("/proc")) {
    if (!/^\d+$/.test(pid)) continue;
    const cmdline = await readFile(`/proc/${pid}/cmdline`, "utf8").catch(() => "");
    if (cmdline.includes(root)) pids.push(Number(pid));
  }
  return pids;
}

test("stopping npm start in the middle of a rebuild leaves no render running on", async () => {
  const from = output.length;
  const file = path.join(dir, "content", "about.md");
  await writeFile(file, `${await readFile(file, "utf8")}\n`);
  await waitFor(/▸ render/, from);
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill();
  await exited;
  let left = await processesIn(dir);
  // A second: a render left to finish on its own takes longer than that even for this one paper.
  for (let i = 0; i < 10 && left.length; i++) {
    await new Promise((r) => setTimeout(r, 100));
    left = await processesIn(dir);
  }
  assert.deepEqual(left, [], "no orphaned render process");
});

test("the copy is the project as it is (the test edits a copy, never the repository)", async () => {
  assert.notEqual(dir, ROOT);
  assert.equal(JSON.parse(await readFile(path.join(ROOT, "_data", "cities.json"), "utf8"))[0].name.en === "Tsingtao (test edit)", false);
});
