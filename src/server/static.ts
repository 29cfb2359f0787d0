import EleventyDevServer from "@11ty/eleventy-dev-server";

import { pathPrefix as normalisePrefix } from "../eleventy/path-prefix.ts";

export interface StaticServer {
  url: string;
  reload(): void;
  close(): Promise<void>;
}

/**
 * Serves a built site under its path prefix, as GitHub Pages will, with
 * Eleventy's dev server (404.html included). Live reload is for `npm start`;
 * tests turn it off so pages are served exactly as built.
 */
export async function serveStatic(dir: string, options: { port?: number; pathPrefix?: string; liveReload?: boolean } = {}): Promise<StaticServer> {
  const prefix = normalisePrefix(options.pathPrefix);
  const server = EleventyDevServer.getServer("site", dir, {
    port: options.port ?? 8080,
    pathPrefix: prefix,
    liveReload: options.liveReload ?? false,
    domDiff: false,
    showVersion: false,
    logger: { info() {}, log() {}, error: console.error, warn: console.warn },
    messageOnStart: () => "",
  });
  server.serve(options.port ?? 8080);
  await server.ready();
  const address = server.server.address() as { port: number };
  return {
    url: `http://localhost:${address.port}${prefix}`,
    reload: () => server.reload({ files: [] }),
    close: () => server.close(),
  };
}
