// Visits every element of a parsed XML tree in document order (an element before its children, children in
// order) with a stack of our own rather than recursion, so a file nested thousands deep cannot overflow the
// call stack. Used by the REFI-QDA readers that look through a whole project or source.
import type { XmlElement } from './read-xml-safely';

export function eachElement(root: XmlElement, visit: (element: XmlElement) => void): void {
  const stack: XmlElement[] = [root];
  while (stack.length > 0) {
    const element = stack.pop()!;
    visit(element);
    for (let i = element.children.length - 1; i >= 0; i--) stack.push(element.children[i]!);
  }
}
