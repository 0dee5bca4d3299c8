import type { Page } from '@playwright/test';
import { basePath, contexts, elementsBase, type ContextName } from '@tractor/contracts';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..', '..');

/**
 * On AWS a context's element assets (its fragments' scripts and stylesheets) come from S3 through
 * CloudFront and outlive its server; locally a paused server also holds them, and a page that
 * references them never finishes loading. Serves them from the build output, as CloudFront would.
 */
export async function elementsFromBuild(page: Page, context: ContextName): Promise<void> {
  const folder = join(root, contexts[context].directory, 'public', elementsBase(context).slice(basePath(context).length));
  await page.route(`**${elementsBase(context)}/**`, (route) => route.fulfill({ path: join(folder, new URL(route.request().url()).pathname.split('/').pop() ?? '') }));
}
