// Astro configuration of the documentation site. The site's sources live in site/; the catalog it
// renders comes from the content loader in src/content-loader/ (see site/content.config.ts).
// EDX_SITE_OUT_DIR and EDX_SITE_CACHE_DIR let tests build into a temporary folder.
import starlight from "@astrojs/starlight";
import { defineConfig } from "astro/config";

export default defineConfig({
  srcDir: "./site",
  publicDir: "./site/public",
  outDir: process.env.EDX_SITE_OUT_DIR ?? "./dist",
  cacheDir: process.env.EDX_SITE_CACHE_DIR ?? "./node_modules/.astro",
  trailingSlash: "ignore",
  integrations: [
    starlight({
      title: "edX tracking-log events",
      description:
        "Reference of the edX / Open edX tracking-log events across every release of their documentation, 2012 to today.",
      disable404Route: true,
      expressiveCode: false,
      pagefind: true,
      lastUpdated: false,
      customCss: ["./site/styles/catalog.css"],
      components: {
        Search: "./site/components/overrides/SearchOnOpen.astro",
        PageTitle: "./site/components/overrides/PageTitle.astro",
      },
      sidebar: [
        { label: "Home", link: "/" },
        { label: "Events", link: "/events/" },
        { label: "Common fields", link: "/common-fields/" },
        { label: "Releases", link: "/releases/" },
        { label: "Compare releases", link: "/compare/" },
        { label: "Changelog", link: "/changelog/" },
        { label: "Coverage matrix", link: "/coverage/" },
        { label: "Check a log", link: "/check/" },
        { label: "Schemas for the warehouse", link: "/schemas/" },
        {
          label: "Documentation",
          items: [
            { label: "About the catalog", link: "/about/" },
            { label: "The default content", link: "/default-content/" },
            { label: "Content and the manifest", link: "/manifest/" },
            { label: "Reading the sources", link: "/reading-sources/" },
            { label: "How description text is read", link: "/description-text/" },
            { label: "Diagnostics", link: "/diagnostics/" },
            { label: "Identity across releases", link: "/identity/" },
            { label: "Comparing releases", link: "/comparing-releases/" },
            { label: "The catalog format", link: "/catalog-format/" },
            { label: "Command line", link: "/command-line/" },
            { label: "Checking a tracking log", link: "/checking-logs/" },
            { label: "Exporting schemas", link: "/export-schemas/" },
            { label: "The site and its files", link: "/site-and-files/" },
            { label: "Speed and size", link: "/benchmarks/" },
            { label: "The architecture", link: "/architecture/" },
          ],
        },
      ],
    }),
  ],
});
