import type UserConfig from "@11ty/eleventy/UserConfig";

/**
 * Files the build writes itself, beside Eleventy's pages: started when Eleventy
 * starts (into its output directory) and finished before it reports done, so
 * the disk works while the pages render. A failure is held for eleventy.after
 * to throw, not left unhandled meanwhile.
 */
export function writeInBackground(eleventyConfig: UserConfig, write: (outputDir: string) => Promise<void>): void {
  let writing: Promise<{ error?: unknown }> | undefined;
  eleventyConfig.on("eleventy.before", ({ directories }: { directories: { output: string } }) => {
    writing = write(directories.output).then(
      () => ({}),
      (error: unknown) => ({ error }),
    );
  });
  eleventyConfig.on("eleventy.after", async () => {
    const { error } = (await writing) ?? {};
    if (error) throw error;
  });
}
