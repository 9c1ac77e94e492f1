/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** Set by the chapter page before its MDX renders, so citations can number themselves. */
    chapter?: { id: string; title: string; sourceOrder: string[] };
  }
}
