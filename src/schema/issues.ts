/**
 * Problems in our words: the `Issue` every check reports (catalog, order, preset, saved draft), order paths written
 * the same way everywhere (`formatPath`), and zod's issues turned into our codes (`issuesFromZod`).
 * Pure: no lit, no DOM, runs in Node.
 */
import type * as z from 'zod/mini';

/** The parameters of a code as the checks make them (a trusted source's address count is a bigint). */
export type CodeParams = Readonly<Record<string, string | number | bigint>>;

/** Message parameters as an issue carries them: plain JSON, so a bigint (an address count) becomes its digits. */
export type IssueParams = Record<string, string | number>;

/**
 * One problem: where (`services[2].sizes[0].nodeType`, "" for the whole input), a stable code and its parameters.
 * No words: `describeIssue(issue, locale)` (`order-widgets/schema`) says it in the customer's language.
 */
export interface Issue {
  path: string;
  code: string;
  params?: IssueParams;
}

/** `params` as an issue carries them (`IssueParams`). */
export function issueParams(params: CodeParams): IssueParams {
  return Object.fromEntries(Object.entries(params).map(([key, value]) => [key, typeof value === 'bigint' ? String(value) : value]));
}

/** An issue as the checks collect it: the same shape as `Issue`. */
export type IssueDraft = Issue;

/** `["services", 2, "sizes"]` → `services[2].sizes`. */
export function formatPath(segments: readonly PropertyKey[]): string {
  let path = '';
  for (const segment of segments) {
    const key = String(segment);
    if (typeof segment === 'number') path += `[${key}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(key)) path += (path ? '.' : '') + key;
    else path += `[${JSON.stringify(key)}]`;
  }
  return path;
}

const EXPECTED: Record<string, string> = {
  string: 'expected-text',
  number: 'expected-number',
  int: 'expected-whole-number',
  boolean: 'expected-boolean',
  array: 'expected-list',
  object: 'expected-object',
};

/**
 * Turns zod issues into drafts with our codes, one per path. A schema names its own code through zod's error
 * parameter (e.g. `z.regex(SLUG_PATTERN, 'invalid-slug')`); `codes` lists the codes that may appear that way. A missing value
 * becomes `required` unless its code is in `keepWhenMissing` (e.g. `company-missing` fits both).
 */
export function issuesFromZod(
  issues: readonly z.core.$ZodIssue[],
  codes: ReadonlySet<string>,
  keepWhenMissing: ReadonlySet<string> = new Set(),
): IssueDraft[] {
  const drafts: IssueDraft[] = [];
  const seen = new Set<string>();
  const push = (draft: IssueDraft) => {
    if (seen.has(draft.path)) return;
    seen.add(draft.path);
    drafts.push(draft);
  };
  for (const issue of issues) {
    const path = formatPath(issue.path);
    const own = codes.has(issue.message) ? issue.message : undefined;
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) push({ path: formatPath([...issue.path, key]), code: 'unknown-key', params: { key } });
    } else if (issue.code === 'invalid_type' && issue.input === undefined && !(own && keepWhenMissing.has(own))) {
      push({ path, code: 'required' });
    } else if (own) {
      push(issue.code === 'custom' && issue.params ? { path, code: own, params: issue.params } : { path, code: own });
    } else if (issue.code === 'invalid_type') {
      push({ path, code: EXPECTED[issue.expected] ?? 'invalid-value' });
    } else if (issue.code === 'too_small' || issue.code === 'too_big') {
      const small = issue.code === 'too_small';
      const limit = Number(small ? issue.minimum : issue.maximum);
      if (issue.origin === 'number') {
        push(small ? { path, code: 'number-too-small', params: { minimum: limit } } : { path, code: 'number-too-big', params: { maximum: limit } });
      } else if (issue.origin === 'array') {
        push({ path, code: small ? 'too-few-items' : 'too-many-items', params: { count: limit } });
      } else if (issue.origin === 'string') {
        push(small ? { path, code: 'empty-text' } : { path, code: 'text-too-long', params: { count: limit } });
      } else push({ path, code: 'invalid-value' });
    } else if (issue.code === 'invalid_value') {
      push({ path, code: 'invalid-choice', params: { choices: issue.values.map(String).join(', ') } });
    } else push({ path, code: 'invalid-value' });
  }
  return drafts;
}
