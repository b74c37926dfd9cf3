import { CONFIDENCES, SEVERITIES, type Finding } from '../types.js';

// A secret copied into several files is exposed in each. A copy lowered for where it sits (a connection string
// to localhost in App.config, a test file, a development block) while the same value is a more confident finding
// elsewhere in the same scan is raised to that confidence, and says where the other one is: the copies are the
// same credential, and each is a place to clean. A copy of a value that another occurrence shows is made to be public
// (the Maps key a README also sets as REACT_APP_GOOGLE_MAPS_API_KEY) is that public key: lowered, never raised.

/** Shorter values (`admin`, `1234`) repeat by chance, not because one credential was copied; so do single words (`postgres`). */
const MIN_COPY_LENGTH = 8;
const SINGLE_WORD = /^[A-Za-z]+$/;

const rank = (confidence: Finding['confidence']): number => CONFIDENCES.length - CONFIDENCES.indexOf(confidence);

function isCopyable(finding: Finding): boolean {
  return finding.kind === 'secret' && finding.redact && finding.secret.length >= MIN_COPY_LENGTH && !SINGLE_WORD.test(finding.secret);
}

/** `findings`, each lowered copy of a secret raised to its value's most confident finding, and copies of a public key lowered. */
export function raiseSecretCopies(findings: readonly Finding[]): Finding[] {
  const publicAt = new Map(findings.filter((f) => f.publicByDesign === true && isCopyable(f)).map((f) => [f.secret, f]));
  const strongest = new Map<string, Finding>();
  // One finding per occurrence is raised: another rule's weaker reading of the same line is not a copy.
  const atPlace = new Map<string, Finding>();
  const place = (finding: Finding): string => `${finding.secret}\u0000${finding.path}\u0000${finding.line}\u0000${finding.commit?.sha ?? ''}`;
  for (const finding of findings) {
    if (!isCopyable(finding)) continue;
    const best = strongest.get(finding.secret);
    if (best === undefined || rank(finding.confidence) > rank(best.confidence)) strongest.set(finding.secret, finding);
    const here = atPlace.get(place(finding));
    if (here === undefined || rank(finding.confidence) > rank(here.confidence)) atPlace.set(place(finding), finding);
  }
  return findings.map((finding) => {
    const shown = isCopyable(finding) ? publicAt.get(finding.secret) : undefined;
    if (shown !== undefined) return finding.confidence === 'low' ? finding : lowerPublicCopy(finding, shown);
    const best = isCopyable(finding) ? strongest.get(finding.secret) : undefined;
    if (best === undefined || atPlace.get(place(finding)) !== finding || rank(best.confidence) <= rank(finding.confidence)) return finding;
    const severity = SEVERITIES.indexOf(best.severity) < SEVERITIES.indexOf(finding.severity) ? best.severity : finding.severity;
    return { ...finding, severity, confidence: best.confidence, message: `${finding.message} Raised to confidence ${best.confidence}: the same value is reported at ${placeOf(best)}.` };
  });
}

function lowerPublicCopy(finding: Finding, shown: Finding): Finding {
  return { ...finding, confidence: 'low', message: `${finding.message} Lowered to confidence low: the same value is a key made to be public at ${placeOf(shown)}.` };
}

function placeOf(finding: Finding): string {
  return finding.commit === undefined ? `${finding.path}:${finding.line}` : `${finding.path}:${finding.line} in ${finding.commit.sha.slice(0, 7)}`;
}
