import type { TestProject } from 'vitest/node';
import { startServer } from '../../scripts/serve-dist.mjs';

/** Serves dist/ on loopback for the browser tests and tells them where. */
export default async function setup(project: TestProject) {
  const port = 4322;
  const server = await startServer(port);
  project.provide('baseUrl', `http://127.0.0.1:${port}`);
  return () => new Promise<void>((resolve) => server.close(() => resolve()));
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
