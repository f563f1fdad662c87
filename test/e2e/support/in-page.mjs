// Bundled by test/e2e/support/engines.mjs and run in the page under test (Firefox, WebKit): finds elements as
// playwright's locators do (role and accessible name, text, CSS; through open shadow roots) with Testing Library's
// shadow-DOM queries, and, where the driver has no events for them (WebDriver Classic), records the page's uncaught
// errors and its fetch and EventSource requests for the test to read.
import { isInaccessible } from '@testing-library/dom';
import { deepQuerySelectorAll, queryAllByShadowRole, queryAllByShadowText } from 'shadow-dom-testing-library';

const normalize = (text) => (text ?? '').replace(/\s+/g, ' ').trim();

/** A name or text matcher as the locator sent it: `{ exact, value }` or `{ regex: [source, flags] }`. */
function matcher(spec) {
  if (spec.regex) {
    const regex = new RegExp(...spec.regex);
    return (text) => {
      regex.lastIndex = 0;
      return regex.test(normalize(text));
    };
  }
  const wanted = normalize(spec.value);
  return spec.exact ? (text) => normalize(text) === wanted : (text) => normalize(text).toLowerCase().includes(wanted.toLowerCase());
}

/** Text content including that of open shadow roots (what a user sees in a custom element). */
function deepText(node) {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent;
  if (node.nodeType !== Node.ELEMENT_NODE && node.nodeType !== Node.DOCUMENT_FRAGMENT_NODE) return '';
  if (node.localName === 'script' || node.localName === 'style') return '';
  const children = node.shadowRoot ? [...node.shadowRoot.childNodes] : [...node.childNodes];
  return children.map(deepText).join('');
}

function inDocumentOrder(elements) {
  const unique = [...new Set(elements)];
  return unique.sort((a, b) => {
    if (a === b) return 0;
    const position = a.compareDocumentPosition(b);
    return position & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : position & Node.DOCUMENT_POSITION_PRECEDING ? 1 : 0;
  });
}

function step(roots, query) {
  switch (query.kind) {
    case 'role': {
      // Hidden elements are left out as playwright does, checked on the matches only: checking every element of the
      // page (Testing Library's `hidden: false`) took most of each query's time.
      const options = { hidden: true };
      if (query.name) {
        const matches = matcher(query.name);
        options.name = (name) => matches(name);
      }
      if (query.checked !== undefined) options.checked = query.checked;
      if (query.level !== undefined) options.level = query.level;
      return roots.flatMap((root) => queryAllByShadowRole(root, query.role, options)).filter((element) => !isInaccessible(element));
    }
    case 'text': {
      const matches = matcher(query.text);
      const found = roots.flatMap((root) => queryAllByShadowText(root, (_, element) => !!element && matches(deepText(element))));
      // The innermost elements holding the text, as playwright's getByText finds them.
      return found.filter((element) => !found.some((other) => other !== element && element.contains(other)));
    }
    case 'css':
      return roots.flatMap((root) => deepQuerySelectorAll(root, query.selector));
    case 'hasText': {
      const matches = matcher(query.text);
      return roots.filter((element) => matches(deepText(element)));
    }
    case 'nth':
      return roots[query.index < 0 ? roots.length + query.index : query.index] ? [roots.at(query.index)] : [];
    case 'or':
      return inDocumentOrder([...resolve(query.left), ...resolve(query.right)]);
    default:
      throw new Error(`Unknown locator step ${query.kind}`);
  }
}

/** The elements a locator's steps find, in document order. */
function resolve(steps) {
  // A document being replaced (a link just followed) has no root element yet: nothing found, the caller waits.
  let found = document.documentElement ? [document.documentElement] : [];
  for (const query of steps) {
    const next = step(found, query);
    found = ['role', 'text', 'css'].includes(query.kind) ? inDocumentOrder(next) : next;
  }
  return found;
}

function visible(element) {
  const box = element.getBoundingClientRect();
  return box.width > 0 && box.height > 0 && getComputedStyle(element).visibility !== 'hidden';
}

const recorded = { errors: [], requests: [] };
addEventListener('error', (event) => recorded.errors.push(event.error?.stack ?? event.message));
addEventListener('unhandledrejection', (event) => recorded.errors.push(event.reason?.stack ?? String(event.reason)));
const pageFetch = globalThis.fetch;
globalThis.fetch = function fetch(input, init) {
  const request = new Request(input, init);
  const entry = { method: request.method, url: request.url };
  recorded.requests.push({ ...entry, event: 'request' });
  const answer = pageFetch.call(this, input, init);
  answer.then(
    () => recorded.requests.push({ ...entry, event: 'requestfinished' }),
    () => recorded.requests.push({ ...entry, event: 'requestfailed' }),
  );
  return answer;
};
// A status stream is a request too (GET, as EventSource makes it): recorded when it is opened.
const PageEventSource = globalThis.EventSource;
if (PageEventSource) {
  globalThis.EventSource = class EventSource extends PageEventSource {
    constructor(url, init) {
      super(url, init);
      recorded.requests.push({ method: 'GET', url: this.url, event: 'request' });
    }
  };
}

globalThis.__e2e = {
  resolve,
  visible,
  deepText,
  /** What was recorded since the last call (uncaught errors, fetch requests), and the page's address. */
  drain() {
    return { errors: recorded.errors.splice(0), requests: recorded.requests.splice(0), href: location.href };
  },
};
