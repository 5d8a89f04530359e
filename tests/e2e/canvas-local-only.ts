// Page tests must not reach the internet: every request to another host than the test server is
// aborted and recorded, so a test can assert that none was attempted.
import type { Page } from 'playwright-core';

export async function keepLocal(page: Page, origin: string): Promise<string[]> {
  const leaks: string[] = [];
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    leaks.push(url);
    return route.abort();
  });
  return leaks;
}
