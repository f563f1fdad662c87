// The guarded registration every registering module uses: a tag that is already defined (the library loaded twice, or
// a host's own definition) is left alone instead of throwing.

/** Defines `tag` unless the registry has it; returns whether this call defined it. */
export function defineElement(tag: string, element: CustomElementConstructor, registry: CustomElementRegistry = customElements): boolean {
  if (registry.get(tag)) return false;
  registry.define(tag, element);
  return true;
}
