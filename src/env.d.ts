declare namespace App {
  interface Locals {
    /** The plan's title and the site's line, from content (src/middleware.ts). */
    frame: import('./domain/plan/title').SiteFrame;
  }
}
