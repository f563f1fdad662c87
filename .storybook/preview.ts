import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';

/** The custom-elements manifest, put in by main.ts (`viteFinal` → Vite `define`). */
declare const __CUSTOM_ELEMENTS_MANIFEST__: CustomElementsManifest;

interface Member {
  kind: string;
  name: string;
  privacy?: string;
  static?: boolean;
}
interface CustomElementsManifest {
  modules: { declarations?: { members?: Member[] }[] }[];
}

/**
 * Docs and controls list what a host uses: the manifest keeps protected and static members (for subclasses, and Lit's
 * `styles`, `shadowRootOptions`), which would only clutter the props table.
 */
function publicMembersOnly(manifest: CustomElementsManifest): CustomElementsManifest {
  return {
    ...manifest,
    modules: manifest.modules.map((module) => ({
      ...module,
      declarations: module.declarations?.map((declaration) => ({
        ...declaration,
        members: declaration.members?.filter((member) => !member.static && (member.privacy ?? 'public') === 'public'),
      })),
    })),
  };
}

setCustomElementsManifest(publicMembersOnly(__CUSTOM_ELEMENTS_MANIFEST__));

const preview: Preview = {
  tags: ['autodocs'],
  parameters: {
    controls: { expanded: true },
    a11y: { test: 'error' },
  },
};

export default preview;
