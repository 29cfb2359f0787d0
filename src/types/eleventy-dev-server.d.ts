declare module "@11ty/eleventy-dev-server" {
  import type { Server } from "node:http";
  interface DevServer {
    serve(port: number): void;
    ready(): Promise<void>;
    readonly server: Server;
    reload(event?: { files?: string[] }): void;
    close(): Promise<void>;
  }
  const EleventyDevServer: { getServer(name: string, dir: string, options: Record<string, unknown>): DevServer };
  export default EleventyDevServer;
}
