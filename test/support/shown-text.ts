/**
 * The text a node shows, white space collapsed, with a space wherever one text node and the next sit in different
 * elements. Our templates put blocks together without white space between them ("1" and "Version" in a step's label,
 * one option's description and the next option's name), so `textContent` would glue them ("…recovery.PostgreSQL");
 * `innerText` would not, but WebKit's leaves out the space before a visually hidden span ("ChangeRegion"). Text nodes
 * of one element (a template's words around a value) stay together as they show.
 */
export function shownText(node: Node | null | undefined): string {
  if (!node) return '';
  const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
  let out = '';
  let parent: Node | null = null;
  for (let current = walker.nextNode(); current; current = walker.nextNode()) {
    out += (parent && current.parentNode !== parent ? ' ' : '') + (current as Text).data;
    parent = current.parentNode;
  }
  return out.replace(/\s+/g, ' ').trim();
}
