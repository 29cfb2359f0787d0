import assert from "node:assert/strict";
import { test } from "node:test";

import { absoluteUrl, localSiteUrlWarning, siteUrl, siteUrlProblems } from "../../src/eleventy/site-url.ts";
import { ROOT } from "../helpers/project.ts";

test("SITE_URL wins over site.json and always ends with a slash", () => {
  assert.equal(siteUrl(ROOT, "https://example.github.io/fta"), "https://example.github.io/fta/");
  assert.equal(absoluteUrl("/papers/x/", siteUrl(ROOT, "https://example.github.io/fta")), "https://example.github.io/fta/papers/x/");
});

test("a build whose URLs point at this machine is told so; a published address is not", () => {
  for (const url of ["http://localhost:8080/", "http://127.0.0.1:8097/fta/"]) assert.match(localSiteUrlWarning(url)!, /SITE_URL/, url);
  assert.equal(localSiteUrlWarning("https://example.github.io/fta/"), null);
  assert.equal(localSiteUrlWarning("https://localhost.example.org/"), null);
});

test("a SITE_URL that is not an absolute http(s) URL is an input problem naming the variable; unset is fine", () => {
  for (const bad of ["example.com", "javascript:alert(1)//", "ftp://example.org/"]) {
    const [p] = siteUrlProblems(bad);
    assert.equal(p?.file, "SITE_URL (environment variable)", bad);
    assert.match(p.message, /not an absolute http:\/\/ or https:\/\/ URL/);
  }
  assert.deepEqual(siteUrlProblems(undefined), []);
  assert.deepEqual(siteUrlProblems("https://owner.github.io/repo/"), []);
});
