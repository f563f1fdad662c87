import { expect } from '@open-wc/testing';
import { defineOrderWidgets, TAGS } from '../src/define.js';

describe('order-widgets/define', () => {
  it('registers the four tags on import', () => {
    for (const tag of ['order-wizard', 'trusted-sources-editor', 'node-size-picker', 'order-status-badge']) {
      expect(customElements.get(tag), tag).to.equal(TAGS[tag as keyof typeof TAGS]);
    }
  });

  it('defines nothing twice and throws nothing when called again (library loaded twice)', () => {
    expect(() => defineOrderWidgets()).not.to.throw();
    expect(defineOrderWidgets()).to.deep.equal([]);
  });

  it('leaves a tag a host already defined alone and defines the others', () => {
    const registry = {
      defined: new Map<string, CustomElementConstructor>([['order-wizard', class extends HTMLElement {}]]),
      get(tag: string) {
        return this.defined.get(tag);
      },
      define(tag: string, ctor: CustomElementConstructor) {
        if (this.defined.has(tag)) throw new Error(`${tag} already defined`);
        this.defined.set(tag, ctor);
      },
    };
    const defined = defineOrderWidgets(registry as unknown as CustomElementRegistry);
    expect(defined).to.deep.equal(['trusted-sources-editor', 'node-size-picker', 'order-status-badge']);
  });
});
