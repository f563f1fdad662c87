import { fileURLToPath } from 'node:url';
import type { StorybookConfig } from '@storybook/web-components-vite';

const root = fileURLToPath(new URL('..', import.meta.url));

// The analyzer's CLI module ships no types; as a non-literal specifier it is not resolved by tsc.
const ANALYZER_CLI = '@custom-elements-manifest/analyzer/cli.js';
type AnalyzerCli = { cli(options: { argv: string[]; cwd: string; noWrite: boolean }): Promise<unknown> };

/**
 * The custom-elements manifest from the class JSDoc, with custom-elements-manifest.config.mjs (the same one
 * `npm run build` writes to dist/custom-elements.json). Made at each `storybook dev|build` start, in memory and offline,
 * so Storybook needs no prior library build; in dev, restart Storybook to see JSDoc edits in the docs.
 */
async function customElementsManifest(): Promise<unknown> {
  const { cli } = (await import(ANALYZER_CLI)) as AnalyzerCli;
  return cli({ argv: ['analyze', '--quiet'], cwd: root, noWrite: true });
}

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  // Offline-safe: no telemetry, no update checks.
  core: { disableTelemetry: true, disableWhatsNewNotifications: true, enableCrashReports: false },
  async viteFinal(viteConfig) {
    // preview.ts reads it as __CUSTOM_ELEMENTS_MANIFEST__.
    const define = { ...viteConfig.define, __CUSTOM_ELEMENTS_MANIFEST__: JSON.stringify(await customElementsManifest()) };
    return { ...viteConfig, define };
  },
};

export default config;
