// Shared by the hostile-input tests: the payloads, and a look into every shadow root for nodes our templates never make.
import { aTimeout, expect } from '@open-wc/testing';

declare global {
  interface Window {
    /** Set only if an injected handler or script ran. */
    __pwned?: unknown;
  }
}

/** Markup and script as a catalog, a host or a backend might hand them over; each must arrive on screen as text. */
export const PAYLOADS = [
  '<img src=x onerror=window.__pwned=1>',
  '"><svg onload=window.__pwned=1>',
  '<script>window.__pwned=1</script>',
  'javascript:window.__pwned=1',
  '</pre><iframe srcdoc="<script>parent.__pwned=1</script>"></iframe>',
  '<!--?lit$1234$--><a href="javascript:window.__pwned=1">x</a>',
] as const;

/** A distinct hostile text for one field: its tag (to find it again) and one of the payloads. */
export const hostile = (tag: string, index = 0): string => `${tag} ${PAYLOADS[index % PAYLOADS.length]}`;

/** The document and every open shadow root below it, nested ones included. */
export function allRoots(start: Document | ShadowRoot = document): (Document | ShadowRoot)[] {
  const roots: (Document | ShadowRoot)[] = [start];
  for (const element of start.querySelectorAll('*')) {
    if (element.shadowRoot) roots.push(...allRoots(element.shadowRoot));
  }
  return roots;
}

const shadowRoots = () => allRoots().filter((root): root is ShadowRoot => root instanceof ShadowRoot);

/** Every text a user can read or edit in the shadow roots: text nodes, and the values of inputs. */
export function shownText(): string {
  const parts: string[] = [];
  for (const root of shadowRoots()) {
    for (const node of root.childNodes) parts.push(node.textContent ?? '');
    for (const input of root.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea')) parts.push(input.value);
  }
  return parts.join('\n');
}

// Elements none of our templates make: each one found in a shadow root was injected.
const FOREIGN = 'img, script, iframe, frame, object, embed, base, meta, link, style, form, foreignObject, image, use, animate, set';

/**
 * What was injected into the shadow roots (and into `container`, the fixture's light DOM): foreign elements, any
 * `on…` attribute, `srcdoc`, links that are not `https:` or in-page, `svg` other than our icons. Described as text, so a
 * failure names what it found.
 */
export function injectedNodes(container?: Element): string[] {
  const found: string[] = [];
  const scopes: ParentNode[] = [...shadowRoots(), ...(container ? [container] : [])];
  for (const scope of scopes) {
    for (const element of scope.querySelectorAll('*')) {
      const name = element.localName;
      const describe = () => element.outerHTML.slice(0, 120);
      if (element.matches(FOREIGN)) found.push(`<${name}> ${describe()}`);
      for (const attribute of element.attributes) {
        if (/^on/i.test(attribute.name) || attribute.name === 'srcdoc' || attribute.name === 'formaction') {
          found.push(`${attribute.name} on <${name}>: ${describe()}`);
        }
      }
      if (element instanceof HTMLAnchorElement && element.hasAttribute('href')) {
        const href = element.getAttribute('href') ?? '';
        if (!href.startsWith('#') && new URL(href, document.baseURI).protocol !== 'https:') found.push(`link to ${href}`);
      }
      if (name === 'svg' && !element.matches('svg.check, svg.icon')) found.push(`foreign <svg>: ${describe()}`);
    }
  }
  return found;
}

/**
 * Lets any injected handler fire (an image's `error`, an svg's `load` come a task later), then states that none did and
 * that no injected node exists. Returns nothing; throws with what it found.
 */
export async function expectNothingInjected(container?: Element): Promise<void> {
  await aTimeout(30);
  const found = injectedNodes(container);
  if (found.length) throw new Error(`Injected nodes:\n${found.join('\n')}`);
  if (window.__pwned !== undefined) throw new Error(`An injected script ran: window.__pwned = ${String(window.__pwned)}`);
}

/** Throws unless every text is shown verbatim somewhere in the shadow roots. */
export function expectShownAsText(texts: readonly string[], where: string): void {
  const shown = shownText();
  const missing = texts.filter((text) => !shown.includes(text));
  if (missing.length) throw new Error(`Not shown as text ${where}:\n${missing.join('\n')}`);
}

/** Uncaught errors and rejections while a test runs. */
export function collectPageErrors(): { errors: string[]; stop(): void } {
  const errors: string[] = [];
  const onError = (event: ErrorEvent) => errors.push(String(event.error?.stack ?? event.message));
  const onRejection = (event: PromiseRejectionEvent) => errors.push(String(event.reason?.stack ?? event.reason));
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    errors,
    stop() {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

/**
 * For a test file: each test starts with empty session storage and must end with no uncaught error or rejection.
 * Extra per-file checks go in the file's own hooks.
 */
export function guardEachTest(): void {
  let pageErrors: ReturnType<typeof collectPageErrors>;
  beforeEach(() => {
    sessionStorage.clear();
    pageErrors = collectPageErrors();
  });
  afterEach(() => {
    pageErrors.stop();
    sessionStorage.clear();
    expect(pageErrors.errors, 'no uncaught errors').to.deep.equal([]);
  });
}
