/**
 * The one error an annotation file can fail with. An annotator fixes files by hand, so every message
 * names the file, the field path as it reads in the file (`statements[3].quote`) and the reason.
 */

/** One problem found in an annotation file. */
export interface AnnotationIssue {
  /** The field path, e.g. `statements[3].quote`; `(root)` for the whole file, `(yaml)` for syntax. */
  path: string;
  reason: string;
}

/**
 * A rejected annotation file. `file`, `path` and `reason` describe the first issue; `issues` lists
 * all of them, and the message has one `FILE: PATH: REASON` line per issue.
 */
export class AnnotationError extends Error {
  readonly file: string;
  readonly path: string;
  readonly reason: string;
  readonly issues: readonly AnnotationIssue[];

  constructor(file: string, issues: AnnotationIssue | readonly AnnotationIssue[]) {
    const list = Array.isArray(issues) ? [...(issues as AnnotationIssue[])] : [issues as AnnotationIssue];
    const [first = { path: '(root)', reason: 'invalid annotation' }] = list;
    super(list.map((issue) => `${file}: ${issue.path}: ${issue.reason}`).join('\n'));
    this.name = 'AnnotationError';
    this.file = file;
    this.path = first.path;
    this.reason = first.reason;
    this.issues = list.length > 0 ? list : [first];
  }
}

/** Renders a path such as `['statements', 3, 'quote']` as `statements[3].quote`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out || '(root)';
}

/**
 * Collects issues while a check walks a whole file, so that one run reports every problem rather
 * than the first only; `throwIfAny` ends the check.
 */
export class IssueList {
  private readonly issues: AnnotationIssue[] = [];

  constructor(readonly file: string) {}

  /** Records an issue at `path` (a rendered path or path segments). */
  add(path: string | readonly PropertyKey[], reason: string): void {
    this.issues.push({ path: typeof path === 'string' ? path : formatPath(path), reason });
  }

  get count(): number {
    return this.issues.length;
  }

  /** Throws an {@link AnnotationError} carrying every recorded issue, if there is any. */
  throwIfAny(): void {
    if (this.issues.length > 0) throw new AnnotationError(this.file, this.issues);
  }
}
