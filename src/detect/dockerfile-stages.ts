import type { Span } from './dev-blocks.js';

// A Dockerfile's development or test stage (`FROM base AS development`), up to the next FROM: the image a deploy
// builds is another stage (`--target production`, or the last one). And its build stages (`FROM node AS builder`):
// their ENV settings stay behind in the stage; the image that runs gets only what it copies out of them.

const FROM_LINE = /^FROM[ \t]+(?:--\S+[ \t]+)*\S+(?:[ \t]+AS[ \t]+([\w.-]+))?[ \t]*$/gim;

/** The spans of a Dockerfile's development, test, CI and debug stages. */
export function findDevStageSpans(text: string): Span[] {
  return findNamedStageSpans(text, /^(?:dev|development|test|testing|tests|ci|local|debug)$/i);
}

/** The spans of a Dockerfile's build stages (`builder`, `build-frontend`, `deps`), none of them the last stage. */
export function findBuildStageSpans(text: string): Span[] {
  return findNamedStageSpans(text, /^(?:build|builder|build-[\w.-]+|[\w.-]+-build(?:er)?|deps|dependencies|compile|compiler)$/i, false);
}

// The spans from each FROM whose stage name `named` accepts to the next FROM (to the end of the text when `last`).
function findNamedStageSpans(text: string, named: RegExp, last = true): Span[] {
  if (!text.includes('FROM')) return [];
  const spans: Span[] = [];
  let open: number | undefined;
  for (const stage of text.matchAll(FROM_LINE)) {
    if (open !== undefined) spans.push([open, stage.index]);
    open = named.test(stage[1] ?? '') ? stage.index : undefined;
  }
  if (open !== undefined && last) spans.push([open, text.length]);
  return spans;
}
