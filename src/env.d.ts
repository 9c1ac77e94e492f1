/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** Set by the chapter page before its MDX renders, so citations can number themselves. */
    chapter?: { id: string; title: string; sourceOrder: string[] };
  }
}

/** The deals narrowed at build time to some fields of each entry (jsonFields in astro.config.mjs). */
declare module '@content/deals.json?fields=*' {
  const value: unknown;
  export default value;
}
