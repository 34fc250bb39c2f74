/** Walking an HTML element tree without recursion, so that deep markup cannot overflow the stack. */
import type { HtmlElement } from './html-tree.js';

export interface HtmlVisitor<C> {
  /** The context for the element's children, or null to skip the element and everything in it. */
  enter(element: HtmlElement, context: C): C | null;
  text(text: string, context: C): void;
  exit?(element: HtmlElement, context: C): void;
}

interface Step<C> {
  readonly element: HtmlElement;
  /** The context the element was entered with (passed to exit). */
  readonly outer: C;
  /** The context for its children. */
  readonly inner: C;
  next: number;
}

/** Depth-first, document order; the root itself is entered too. */
export function walkHtml<C>(root: HtmlElement, context: C, visitor: HtmlVisitor<C>): void {
  const rootInner = visitor.enter(root, context);
  if (rootInner === null) return;
  const steps: Step<C>[] = [{ element: root, outer: context, inner: rootInner, next: 0 }];
  while (steps.length > 0) {
    const step = steps[steps.length - 1] as Step<C>;
    const child = step.element.children[step.next];
    if (child === undefined) {
      steps.pop();
      visitor.exit?.(step.element, step.outer);
      continue;
    }
    step.next += 1;
    if (typeof child === 'string') {
      visitor.text(child, step.inner);
      continue;
    }
    const inner = visitor.enter(child, step.inner);
    if (inner !== null) steps.push({ element: child, outer: step.inner, inner, next: 0 });
  }
}
