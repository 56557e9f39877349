/**
 * A reader with only a keyboard: Tab and Enter, nothing else. Every focused
 * element must show where the focus is (an outline or a box-shadow; inside an
 * SVG, a stroke in the focus colour), the skip
 * link must come first and lead into the main content, and the walk from the
 * timeline to a round, to a participant and back must work.
 */
import { expect, test, type Page } from '@playwright/test';

interface Focus {
  tag: string;
  text: string;
  href: string | null;
  visible: boolean;
  inViewport: boolean;
}

/** What has the focus, and whether a reader can see that it has. */
function focused(page: Page): Promise<Focus> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { tag: 'body', text: '', href: null, visible: false, inViewport: false };
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    const shadow = style.boxShadow !== 'none' && style.boxShadow !== '';
    // Links inside an SVG (the time axis, the map) show focus as a thick stroke in the focus colour.
    const probe = document.createElement('span');
    probe.style.color = 'var(--focus)';
    document.body.append(probe);
    const focusColour = getComputedStyle(probe).color;
    probe.remove();
    const stroke = [el, ...el.querySelectorAll('*')].some((n) => {
      const s = getComputedStyle(n);
      return s.stroke === focusColour && parseFloat(s.strokeWidth) >= 2;
    });
    const box = el.getBoundingClientRect();
    return {
      tag: el.tagName.toLowerCase(),
      text: (el.textContent ?? '').trim().slice(0, 60),
      href: el.getAttribute('href'),
      visible: outline || shadow || (!!el.closest('svg') && stroke),
      inViewport: box.width > 0 && box.height > 0 && box.bottom > 0 && box.right > 0 && box.top < innerHeight && box.left < innerWidth,
    };
  });
}

/**
 * Presses Tab until a link whose address matches `target` has the focus,
 * checking at every step that the focus can be seen; then presses Enter.
 */
async function tabTo(page: Page, target: RegExp, steps: string[]): Promise<string> {
  for (let i = 0; i < 200; i++) {
    await page.keyboard.press('Tab');
    const now = await focused(page);
    steps.push(`${now.tag} ${now.href ?? ''} "${now.text}"`);
    expect(now.visible, `focus is not visible on ${steps.at(-1)}`).toBe(true);
    expect(now.inViewport, `the focused element is off screen: ${steps.at(-1)}`).toBe(true);
    if (now.href && target.test(now.href)) {
      await Promise.all([page.waitForURL((url) => target.test(url.pathname)), page.keyboard.press('Enter')]);
      return now.href;
    }
  }
  throw new Error(`no link matching ${target} within 200 presses of Tab:\n${steps.slice(-10).join('\n')}`);
}

test('the skip link is the first stop, can be seen, and leads past the navigation into the content', async ({ page }) => {
  await page.goto('/rounds/');
  await page.keyboard.press('Tab');
  const first = await focused(page);
  expect(first).toMatchObject({ tag: 'a', href: '#main', visible: true, inViewport: true });
  expect(first.text).toMatch(/skip/i);
  await page.keyboard.press('Enter');
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
  await page.keyboard.press('Tab');
  const next = await page.evaluate(() => ({ inMain: !!document.activeElement?.closest('main'), inNav: !!document.activeElement?.closest('header, nav[aria-label="Breadcrumb"]') }));
  expect(next).toEqual({ inMain: true, inNav: false });
});

test('a keyboard reader walks from the timeline to a round, to a participant and back, seeing the focus at every step', async ({ page }) => {
  const steps: string[] = [];
  await page.goto('/');
  // Into the content past the navigation, as a keyboard reader would.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');

  const round = await tabTo(page, /^\/rounds\/\d{4}-\d{2}-\d{2}-[a-z0-9-]+\/$/, steps);
  await expect(page.locator('h1')).toBeVisible();

  const person = await tabTo(page, /^\/participants\/[a-z0-9-]+\/$/, steps);
  await expect(page.locator('h1')).toBeVisible();

  // Back to the round from the participant's list of rounds attended.
  await tabTo(page, new RegExp(`^${round.replace(/[/.-]/g, '\\$&')}$`), steps);
  expect(new URL(page.url()).pathname).toBe(round);

  // And home through the site's own links.
  await tabTo(page, /^\/$/, steps);
  expect(new URL(page.url()).pathname).toBe('/');
  expect(person).toMatch(/^\/participants\//);
});
