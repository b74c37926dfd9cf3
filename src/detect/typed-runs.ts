import { SEQUENCES } from './entropy.js';

// Values a person typed rather than generated: counting digits, keyboard mash, runs in alphabet or keyboard order.

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz';
const REVERSED_ALPHABET = [...ALPHABET].reverse().join('');

/**
 * Whether a value holds a pattern a person typed: digits that count up or down under the letters (`1a2345bc6d78e9…`,
 * `9a8b7c6d5e4f…`), six letters in alphabet order between the others (`7f8a9b6c5d4e3f2g1h`), or keyboard mash, ten
 * or more lower-case letters in a row in which a three-letter group comes back (`asdkjhaskjdh`). Random base62 makes
 * such a digit run (either way) in about one value in 3,000, with a repeated group in about one in 600 more, and the
 * letter run in one in 200,000. Hex is left out of the letter run: with six letters to draw on, one random 64-digit
 * key in 1,200 spells `abcdef`.
 */
export function isTypedPattern(value: string): boolean {
  if (/0123456|1234567|2345678|3456789|9876543|8765432|7654321|6543210/.test(value.replace(/[^0-9]/g, ''))) return true;
  const letters = value.toLowerCase().replace(/[^a-z]/g, '');
  if (/[g-z]/.test(letters) && [ALPHABET, REVERSED_ALPHABET].some((seq) => hasRunOf(letters, seq, 6))) return true;
  return (value.match(/[a-z]{10,}/g) ?? []).some((run) => /([a-z]{3}).*\1/.test(run));
}

// Lower case, upper case and digits in turn the whole way, for 48 characters or more (`xB9mK7nQ2…`, eighteen times
// over): made to look random, as generated examples are. Random base62 almost never does (under one value in 10^20).
export function hasPeriodicClasses(value: string): boolean {
  if (value.length < 48 || !/^[A-Za-z0-9]+$/.test(value)) return false;
  const classes = value.replace(/[a-z]/g, 'l').replace(/[A-Z]/g, 'u').replace(/[0-9]/g, 'd');
  return new Set(classes.slice(0, 3)).size === 3 && [...classes].every((c, i) => c === classes[i % 3]);
}

// Typed runs read either way: `9876543210fedcba` is as made up as `0123456789abcdef`; so is the keyboard's zigzag
// down its first two rows (`1q2w3e4r`).
const WALKS = [...SEQUENCES, '9876543210', REVERSED_ALPHABET, '1q2w3e4r5t6y7u8i9o0p', 'p0o9i8u7y6t5r4e3w2q1'];

/** Whether a value is a run of sequential or repeated characters (`abcdef123456`, `aaaaaaaa`). */
export function isSequential(value: string): boolean {
  // A provider's prefix before a token-long run (`dapi9876543210fedcba`) does not make it random; `toor1234` is a password.
  const lower = value.toLowerCase().replace(/^[a-z]{2,6}[_-]?(?=[0-9][0-9a-z]{11,}$)/, '');
  if (/^(.)\1+$/.test(lower) || /^(.{2,4})\1{2,}$/.test(lower)) return true;
  // Each character of a run repeated (`0000111122223333…ffff`, `aabbccdd`): the run typed with a held key.
  const collapsed = lower.replace(/(.)\1+/g, '$1');
  if (collapsed.length >= 4 && lower.length >= 2 * collapsed.length && collapsed !== lower && isSequential(collapsed)) return true;
  // Walk the value in runs that follow one of the sequences (`abcd`, `6789`, `qwerty`); filler leaves at most two
  // characters outside runs of three or more. One pass, stopping at the third stray character.
  let stray = 0;
  for (let i = 0; i < lower.length; ) {
    let run = 1;
    for (const seq of WALKS) {
      let at = seq.indexOf(lower.charAt(i));
      let j = i;
      while (at >= 0 && j + 1 < lower.length && seq.charAt(at + 1) === lower.charAt(j + 1)) {
        j++;
        at++;
      }
      run = Math.max(run, j - i + 1);
    }
    if (run < 3) stray += run;
    if (stray > 2) return false;
    i += run;
  }
  return true;
}

/**
 * Whether a sequence was typed as a password, as `abc12345` and `123@Qwertyqwerty@123` (capitals and symbols mixed
 * in by a person) were; `abcdefgh12345678` is filler.
 */
export function isHumanSequence(value: string): boolean {
  if (!/[0-9]/.test(value) || !/[A-Za-z]/.test(value)) return false;
  return value.length <= 12 || (value.length <= 32 && /[A-Z]/.test(value) && /[^A-Za-z0-9]/.test(value));
}

// Whether `text` holds `size` characters in a row that also stand in a row in `seq`.
function hasRunOf(text: string, seq: string, size: number): boolean {
  for (let i = 0; i + size <= text.length; i++) if (seq.includes(text.slice(i, i + size))) return true;
  return false;
}
