// Astro's ambient types (import.meta.env, astro:content) for type-checking the site with tsc. The
// generated .astro/types.d.ts comes from `astro sync`, which `npm test` runs first.
/// <reference path="../.astro/types.d.ts" />
/// <reference types="astro/client" />
