// Astro's ambient types (import.meta.env, astro:content) for type-checking the site with tsc,
// without the generated .astro/ folder.
/// <reference types="astro/client" />
