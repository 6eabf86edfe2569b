// Makes the read-aloud clips for the child's screens: one MP3 per (language, text) found in the
// form definitions and their translations, spoken by Debian's espeak-ng and encoded by Debian's
// lame. A language gets clips only if espeak-ng has a voice for it (VOICES below, which must
// match `Lang::has_clips` in app/src/model/words.rs): Pashto, Tigrinya and Sorani have none. The clips are generated, not committed (public/audio/ is in .gitignore); .ci/setup runs this.
//
//   node .ci/tools/make-audio.mjs [FORMS_DIR] [AUDIO_DIR]     (defaults: app/forms public/audio)
//
// Input: every *.json in FORMS_DIR. Any object anywhere in them with string fields "en" and "cy"
// is a text; both of its languages are spoken. Then FORMS_DIR/translations/<lang>.json for each
// other voiced language ({"child.v1": {"<where>": "<text>", …}, …}): every text in it is spoken.
//
// CONTRACT (the Rust server computes the same name to find a clip; change both or neither):
//   AUDIO_DIR/<lang>/<name>.mp3, lang = a key of VOICES,
//   name = the first 16 lowercase hex digits of SHA-256 over the UTF-8 bytes of `${lang}\n${text}`,
//   text exactly as it is in the JSON (no trimming or other normalising).
//   e.g. lang "en", text "Yes" -> sha256("en\nYes") -> public/audio/en/<16 hex>.mp3
//
// Clips already present are kept (re-runs are quick); .mp3 files no current text needs are deleted.
// Texts that are empty or only spaces get no clip. Output is byte-for-byte reproducible for a given
// espeak-ng and lame version (neither writes timestamps).
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(new URL('../..', import.meta.url).pathname);
const formsDir = resolve(process.argv[2] ?? join(root, 'app/forms'));
const audioDir = resolve(process.argv[3] ?? join(root, 'public/audio'));
const VOICES = { en: 'en-gb', cy: 'cy', ar: 'ar', fa: 'fa', pl: 'pl', ro: 'ro' };
const SPEED = '140'; // words per minute: unhurried, for children
const LAME = ['--quiet', '-m', 'm', '--resample', '22.05', '-b', '32']; // mono 22 kHz 32 kbit/s = 4 KB/s
const CONCURRENCY = 2;

function fail(message) {
  console.error(`make-audio: ${message}`);
  process.exit(1);
}

function clipName(lang, text) {
  return createHash('sha256').update(`${lang}\n${text}`, 'utf8').digest('hex').slice(0, 16);
}

for (const [tool, args] of [['espeak-ng', ['--version']], ['lame', ['--version']]]) {
  const r = spawnSync(tool, args, { stdio: 'ignore' });
  if (r.error || r.status !== 0) fail(`${tool} is not installed (Debian: apt-get install ${tool}); bash .ci/setup installs it`);
}

if (!existsSync(formsDir)) {
  console.log(`make-audio: no ${formsDir}; nothing to do`);
  process.exit(0);
}
const files = readdirSync(formsDir).filter((f) => f.endsWith('.json')).sort();
if (files.length === 0) {
  console.log(`make-audio: no *.json in ${formsDir}; nothing to do`);
  process.exit(0);
}

// Every clip wanted, keyed "lang/name".
const wanted = new Map();
function walk(node) {
  if (Array.isArray(node)) return node.forEach(walk);
  if (node === null || typeof node !== 'object') return;
  if (typeof node.en === 'string' && typeof node.cy === 'string') {
    for (const lang of ['en', 'cy']) {
      const text = node[lang];
      if (text.trim() !== '') wanted.set(`${lang}/${clipName(lang, text)}`, { lang, text });
    }
    return;
  }
  Object.values(node).forEach(walk);
}
for (const f of files) {
  let json;
  try {
    json = JSON.parse(readFileSync(join(formsDir, f), 'utf8'));
  } catch (e) {
    fail(`cannot read ${join(formsDir, f)}: ${e.message}`);
  }
  walk(json);
}
for (const lang of Object.keys(VOICES).filter((l) => l !== 'en' && l !== 'cy')) {
  const file = join(formsDir, 'translations', `${lang}.json`);
  let forms;
  try {
    forms = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    fail(`cannot read ${file}: ${e.message}`);
  }
  for (const texts of Object.values(forms)) {
    for (const text of Object.values(texts)) {
      if (typeof text === 'string' && text.trim() !== '') wanted.set(`${lang}/${clipName(lang, text)}`, { lang, text });
    }
  }
}

for (const lang of Object.keys(VOICES)) mkdirSync(join(audioDir, lang), { recursive: true });

// Remove clips nothing needs any more, and leftovers of an interrupted run.
let removed = 0, kept = 0, made = 0;
for (const lang of Object.keys(VOICES)) {
  for (const f of readdirSync(join(audioDir, lang))) {
    if (f.endsWith('.tmp')) rmSync(join(audioDir, lang, f));
    else if (f.endsWith('.mp3') && !wanted.has(`${lang}/${f.slice(0, -4)}`)) {
      rmSync(join(audioDir, lang, f));
      removed++;
    }
  }
}

function run(cmd, args, input) {
  return new Promise((ok, ko) => {
    const p = spawn(cmd, args, { stdio: [input === undefined ? 'ignore' : 'pipe', 'ignore', 'pipe'] });
    let err = '';
    p.stderr.on('data', (d) => (err += d));
    p.on('error', ko);
    p.on('close', (code, signal) =>
      code === 0 ? ok() : ko(new Error(`${cmd} exited ${code ?? signal}: ${err.trim()}`)));
    if (input !== undefined) {
      // A program that dies early closes its end of the pipe: the exit code above tells why,
      // so a broken pipe here must not crash the whole run first.
      p.stdin.on('error', (e) => (err += ` (stdin: ${e.code})`));
      p.stdin.end(input);
    }
  });
}

const work = [...wanted].filter(([key]) => {
  const there = existsSync(join(audioDir, `${key}.mp3`));
  if (there) kept++;
  return !there;
});
const scratch = mkdtempSync(join(tmpdir(), 'heard-audio-'));
try {
  let next = 0;
  async function worker(n) {
    const wav = join(scratch, `${n}.wav`);
    while (next < work.length) {
      const [key, { lang, text }] = work[next++];
      const mp3 = join(audioDir, `${key}.mp3`);
      const part = `${mp3}.tmp`;
      try {
        // Text goes in on stdin (never as an argument), so nothing in it is read as an option.
        await run('espeak-ng', ['-v', VOICES[lang], '-s', SPEED, '-w', wav, '--stdin'], text);
        await run('lame', [...LAME, wav, part]);
        renameSync(part, mp3);
      } catch (e) {
        throw new Error(`${lang} clip for ${JSON.stringify(text)}: ${e.message}`);
      }
      made++;
    }
  }
  await Promise.all(Array.from({ length: CONCURRENCY }, (_, n) => worker(n)));
} catch (e) {
  rmSync(scratch, { recursive: true, force: true });
  fail(e.message);
}
rmSync(scratch, { recursive: true, force: true });

let bytes = 0, count = 0;
for (const lang of Object.keys(VOICES)) {
  for (const f of readdirSync(join(audioDir, lang))) {
    if (f.endsWith('.mp3')) {
      bytes += statSync(join(audioDir, lang, f)).size;
      count++;
    }
  }
}
console.log(
  `make-audio: made ${made}, kept ${kept}, removed ${removed}; ${count} clips, ${(bytes / 1024).toFixed(0)} KB in ${audioDir}`,
);
