import { InputError } from "./data/errors.ts";
import { validateInput } from "./data/validate.ts";

// `npm run validate`: the build's first phase alone, for checking data and transcriptions quickly.
try {
  const { papers } = await validateInput(process.cwd());
  console.log(`✓ data valid; ${papers.length} paper(s) match their sources with their corrections applied`);
} catch (e) {
  console.error(e instanceof InputError ? `✗ ${e.message}` : e);
  process.exitCode = 1;
}
