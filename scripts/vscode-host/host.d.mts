// Types of the parts of host.mjs that the TypeScript workbench checks (test/ui) use.
import type { BrowserContext, Page } from 'playwright-core';

export declare const repoRoot: string;
export declare function launchBrowser(viewport?: { width: number; height: number }): Promise<{ context: BrowserContext; page: Page; close: () => Promise<void> }>;
export declare function workbenchUrl(origin: string, folder: string, options?: { extensionPath?: string; testsPath?: string | null }): string;
