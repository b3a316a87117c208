import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { loadContent } from './load';
import { ContentError } from './problems';

/** Checks every content file and the links between them before Astro builds anything. */
export function contentCheck(contentDir: URL): AstroIntegration {
  return {
    name: 'content-check',
    hooks: {
      'astro:config:setup': ({ logger }) => {
        try {
          const content = loadContent(fileURLToPath(contentDir));
          logger.info(`content OK: ${content.plan.length} clauses, ${content.targets.length} targets, ${content.responsibilities.length} annex rows, ${content.departments.length} units`);
        } catch (error) {
          if (error instanceof ContentError) logger.error(error.message);
          throw error;
        }
      },
    },
  };
}
