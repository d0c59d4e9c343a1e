// Hidden markers: an HTML comment at the top of a body we write, so a later run finds its own
// comment or issue among everyone else's and never touches theirs. A body is ours only when it
// starts with the marker: a marker further down is quoted or forged text, never adopted.

/** `<!-- cxone-contract:<id> -->`; `id` is cleaned so it cannot close the comment early. */
export function hiddenMarker(id: string): string {
  return `<!-- cxone-contract:${id.replace(/--+|>/g, '-')} -->`;
}

/** True when `body` starts with exactly this marker. */
export function hasMarker(body: string | null | undefined, marker: string): boolean {
  return typeof body === 'string' && body.startsWith(marker);
}

/**
 * The first item whose body starts with `marker` and that passes `accept` (e.g. "written by us"),
 * reading page after page only until it is found.
 */
export async function findMarked<T extends { body?: string | null }>(
  pages: AsyncIterable<{ data: unknown }>,
  marker: string,
  accept: (item: T) => boolean,
): Promise<T | undefined> {
  for await (const page of pages) {
    const hit = (page.data as T[]).find((item) => hasMarker(item.body, marker) && accept(item));
    if (hit) return hit;
  }
  return undefined;
}
