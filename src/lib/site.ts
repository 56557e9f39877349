/** The site's name, as pages, feeds and link-preview images show it. */
export const SITE_NAME = 'Russia–Ukraine Talks';
