import { loadContent } from '../../src/content/load';
import { buildSiteModel, type SiteModel } from '../../src/domain/site-model';
import { CONTENT_DIR } from './content-copy';

let cached: SiteModel | undefined;

/** The site model built from the real content/, as the pages get it, without a build. */
export function realSite(): SiteModel {
  cached ??= buildSiteModel(loadContent(CONTENT_DIR));
  return cached;
}
