// Writes the Noto Emoji symbols Heard uses (Apache-2.0, Google) as standalone SVGs under
// public/symbols/. Run from the repository root after `npm install @iconify-json/noto@1.2.9`
// in a scratch folder: node .ci/tools/extract-symbols.mjs <path-to>/node_modules/@iconify-json/noto/icons.json
// Only the symbols listed here are shipped; a deployment may replace them with its own licensed set.
import { readFileSync, writeFileSync } from 'node:fs';

const CONCEPTS = {
  heard: 'ear',
  child: 'child',
  calendar: 'spiral-calendar',
  speech: 'speech-balloon',
  family: 'family-adult-adult-child',
  reader: 'open-book',
  help: 'sos-button',
  phone: 'telephone-receiver',
  clock: 'mantelpiece-clock',
  place: 'house',
  video: 'video-camera',
  key: 'key',
  wave: 'waving-hand',
  people: 'busts-in-silhouette',
  letter: 'envelope',
};

const set = JSON.parse(readFileSync(process.argv[2], 'utf8'));
for (const [concept, name] of Object.entries(CONCEPTS)) {
  const icon = set.icons[name];
  if (!icon) throw new Error(`no Noto icon ${name}`);
  const w = icon.width ?? set.width, h = icon.height ?? set.height;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${w} ${h}">${icon.body}</svg>\n`;
  writeFileSync(`public/symbols/${concept}.svg`, svg);
}
console.log(`wrote ${Object.keys(CONCEPTS).length} symbols`);
