import type { Span } from './dev-blocks.js';

// A deploy guide's code block that the text just before it says to paste into a platform's variables ("Add
// Environment Variables (Settings → Environment Variables):", "Set these config vars on Heroku:") holds the deployed
// values: a document does not make them sample data. A block for a local `.env` names no platform or dashboard.

const FENCE = /^[ \t]{0,8}(?:```|~~~)/;
const VARIABLES = /\b(?:environment|env|config)[ _-]?var(?:iable)?s\b|\bsecrets\b/i;
const PLATFORM = /\b(?:vercel|render|railway|heroku|netlify|fly(?:\.io)?|koyeb|cloudflare|digitalocean|dashboard|settings)\b/i;
/** Non-blank lines before a block's opening fence that may introduce it. */
const INTRO_LINES = 3;

/** The code blocks of a text introduced as a platform's environment variables (from the opening fence to the closing one). */
export function findDeployBlocks(text: string): Span[] {
  if (!text.includes('```') && !text.includes('~~~')) return [];
  const spans: Span[] = [];
  const intro: string[] = [];
  // The open block's start offset, -1 for a block that is not a deploy block, undefined outside blocks.
  let open: number | undefined;
  let offset = 0;
  for (const line of text.split('\n')) {
    if (FENCE.test(line)) {
      if (open === undefined) open = intro.some((l) => VARIABLES.test(l)) && intro.some((l) => PLATFORM.test(l)) ? offset : -1;
      else {
        if (open >= 0) spans.push([open, offset + line.length]);
        open = undefined;
        intro.length = 0;
      }
    } else if (open === undefined && line.trim() !== '') {
      intro.push(line);
      if (intro.length > INTRO_LINES) intro.shift();
    }
    offset += line.length + 1;
  }
  return spans;
}
