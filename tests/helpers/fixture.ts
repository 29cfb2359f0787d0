import assert from "node:assert/strict";
import { readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";

import { buildSite } from "../../src/build.ts";
import { InputError } from "../../src/data/errors.ts";
import { copyProject } from "./project.ts";
import { treeHash } from "./tree-hash.ts";

/**
 * A copy of the project with a good build in place, for breaking one file at
 * a time: each break builds, restores the file, and returns the build's error.
 */
export async function brokenInputFixture() {
  const root = await copyProject();
  await buildSite({ root });
  const goodHash = await treeHash(path.join(root, "_site"));

  /** Builds, expecting the input to be refused, and undoes the case's change whatever happens. */
  async function expectRefusal(undo: () => Promise<unknown>, what: string): Promise<InputError> {
    try {
      await buildSite({ root });
    } catch (e) {
      assert.ok(e instanceof InputError, `expected an input error, got ${(e as Error).stack}`);
      return e;
    } finally {
      await undo();
    }
    assert.fail(`the build accepted ${what}`);
  }

  async function breakAndBuild(file: string, edit: (text: string) => string): Promise<InputError> {
    const full = path.join(root, file);
    const original = await readFile(full, "utf8");
    await writeFile(full, edit(original));
    return expectRefusal(() => writeFile(full, original), `a broken ${file}`);
  }

  /** Edits a JSON data file as data rather than as text. */
  function breakJson<T>(file: string, edit: (data: T) => void): Promise<InputError> {
    return breakAndBuild(file, (text) => {
      const data = JSON.parse(text) as T;
      edit(data);
      return JSON.stringify(data, null, 2);
    });
  }

  /** Builds, expecting the input to be refused; removes `added` (files or links made for the case) whatever happens. */
  function refusedBuild(added: string[] = []): Promise<InputError> {
    return expectRefusal(async () => {
      for (const file of added) await rm(file, { recursive: true, force: true });
    }, "the broken input");
  }

  async function assertUntouched(): Promise<void> {
    assert.equal(await treeHash(path.join(root, "_site")), goodHash, "the previous _site/ is byte for byte as it was");
  }

  return { root, breakAndBuild, breakJson, refusedBuild, assertUntouched, cleanup: () => rm(root, { recursive: true, force: true }) };
}
