import type { TestProject } from 'vitest/node';
import { startServer } from '../../scripts/serve-dist.mjs';

/** Serves dist/ on loopback for the browser tests and tells them where. */
export default async function setup(project: TestProject) {
  // Port 0: the system picks a free port, so several test runs can share a machine.
  const server = await startServer(0);
  project.provide('baseUrl', `http://127.0.0.1:${server.address().port}`);
  return () => new Promise<void>((resolve) => server.close(() => resolve()));
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
