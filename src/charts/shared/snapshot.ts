import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { standaloneSvg } from './standalone';

/** The chart SVG as a reviewer opens it: with the site's chart styles embedded. Tests only. */
export const forSnapshot = (svg: string) => standaloneSvg(svg, readFileSync(join(import.meta.dirname, 'charts.css'), 'utf8'));
