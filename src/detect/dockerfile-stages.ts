import type { Span } from './dev-blocks.js';

// A Dockerfile's development or test stage (`FROM base AS development`), up to the next FROM: the image a deploy
// builds is another stage (`--target production`, or the last one).

/** The spans of a Dockerfile's development, test, CI and debug stages. */
export function findDevStageSpans(text: string): Span[] {
  if (!text.includes('FROM')) return [];
  const spans: Span[] = [];
  let open: number | undefined;
  for (const stage of text.matchAll(/^FROM[ \t]+(?:--\S+[ \t]+)*\S+(?:[ \t]+AS[ \t]+([\w.-]+))?[ \t]*$/gim)) {
    if (open !== undefined) spans.push([open, stage.index]);
    open = /^(?:dev|development|test|testing|tests|ci|local|debug)$/i.test(stage[1] ?? '') ? stage.index : undefined;
  }
  if (open !== undefined) spans.push([open, text.length]);
  return spans;
}
