// Hidden markers: an HTML comment at the top of a body we write, so a later run finds its own
// comment or issue among everyone else's and never touches theirs.

/** `<!-- cxone-contract:<id> -->`; `id` is cleaned so it cannot close the comment early. */
export function hiddenMarker(id: string): string {
  return `<!-- cxone-contract:${id.replace(/--+|>/g, '-')} -->`;
}

/** True when `body` starts with (or contains, for hand-edited bodies) exactly this marker. */
export function hasMarker(body: string | null | undefined, marker: string): boolean {
  return typeof body === 'string' && body.includes(marker);
}

/** The first item carrying `marker` (and passing `accept`), reading page after page only until it is found. */
export async function findMarked<T extends { body?: string | null }>(pages: AsyncIterable<{ data: unknown }>, marker: string, accept: (item: T) => boolean = () => true): Promise<T | undefined> {
  for await (const page of pages) {
    const hit = (page.data as T[]).find((item) => accept(item) && hasMarker(item.body, marker));
    if (hit) return hit;
  }
  return undefined;
}
