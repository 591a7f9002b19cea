/** robots.txt: everything may be indexed; points at the sitemap under the configured base. */
import type { APIRoute } from 'astro';
import { withBase } from '../lib/astro/urls.ts';

export const GET: APIRoute = ({ site }) => {
  const sitemap = new URL(withBase('sitemap-index.xml'), site).href;
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
