import assert from "node:assert/strict";
import { test } from "node:test";

import { absoluteUrl, localSiteUrlWarning, siteUrl } from "../../src/eleventy/site-url.ts";
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
