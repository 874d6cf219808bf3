// Which of the reader's blocks are in or near view, watched with an IntersectionObserver on the reader's
// scroll area (a screen above and below counts as near, so highlights are drawn before they scroll in).
import { useEffect, useState, type RefObject } from 'react';

const NEAR = '100% 0px';

export function useVisibleBlocks(
  rootRef: RefObject<HTMLElement | null>,
  blocks: readonly unknown[],
): ReadonlySet<number> {
  const [visible, setVisible] = useState<ReadonlySet<number>>(() => new Set());
  useEffect(() => {
    const holder = rootRef.current;
    if (!holder) return;
    const shown = new Set<number>();
    const observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          const index = Number((entry.target as HTMLElement).dataset['block']);
          if (entry.isIntersecting) shown.add(index);
          else shown.delete(index);
        }
        setVisible(new Set(shown));
      },
      { root: holder.closest('.reader-scroll'), rootMargin: NEAR },
    );
    holder.querySelectorAll(':scope > .reader-block').forEach((block) => observer.observe(block));
    return () => observer.disconnect();
  }, [rootRef, blocks]);
  return visible;
}
