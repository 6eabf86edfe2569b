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
  language: 'globe-with-meridians',
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
  // Feelings (the five faces are the "faces" answer set)
  'face-very-happy': 'grinning-face-with-big-eyes',
  'face-happy': 'slightly-smiling-face',
  'face-okay': 'neutral-face',
  'face-sad': 'slightly-frowning-face',
  'face-very-sad': 'crying-face',
  'face-worried': 'worried-face',
  'face-angry': 'angry-face',
  'dont-say': 'zipper-mouth-face',
  'not-sure': 'thinking-face',
  yes: 'thumbs-up',
  no: 'thumbs-down',
  'not-safe': 'warning',
  // Where I live, people in my life
  home: 'house-with-garden',
  bed: 'bed',
  food: 'pot-of-food',
  room: 'door',
  mum: 'woman',
  dad: 'man',
  carer: 'person',
  'brother-sister': 'girl', // Noto has no two-children emoji; its family-* emoji are grey silhouettes
  grandparent: 'old-woman',
  pet: 'dog-face',
  // School, things I do
  school: 'school',
  work: 'briefcase',
  teacher: 'teacher',
  friends: 'people-holding-hands',
  play: 'kite',
  games: 'video-game',
  music: 'musical-note',
  art: 'artist-palette',
  sport: 'soccer-ball',
  books: 'books',
  health: 'stethoscope',
  doctor: 'health-worker',
  dentist: 'tooth',
  sleep: 'sleeping-face',
  feelings: 'red-heart',
  'social-worker': 'office-worker',
  meeting: 'handshake',
  chair: 'chair',
  computer: 'laptop',
  writing: 'writing-hand',
  'house-good': 'sun-with-face',
  'house-worry': 'cloud-with-rain',
  'house-dream': 'rainbow',
  change: 'magic-wand',
  private: 'locked',
  share: 'speaking-head',
  advocate: 'megaphone',
  star: 'star',
  celebrate: 'party-popper',
  money: 'coin',
  'id-card': 'identification-card',
  cooking: 'cooking',
  travel: 'bus',
  // Controls and prompts
  tick: 'check-mark-button',
  pencil: 'pencil',
  question: 'red-question-mark',
  plus: 'plus', // heavy plus sign ("heavy-plus-sign" is only an alias of it)
  back: 'left-arrow',
  next: 'right-arrow',
  listen: 'speaker-high-volume',
  // Say it or draw it: a recording, a drawing, and taking one away
  microphone: 'studio-microphone',
  remove: 'wastebasket',
  message: 'love-letter',
  'good-news': 'glowing-star',
  worry: 'worried-face',
  other: 'speech-balloon',
  hug: 'people-hugging',
  religion: 'place-of-worship',
  culture: 'globe-showing-europe-africa',
  'phone-mobile': 'mobile-phone',
  'keep-safe': 'shield',
  // Parents' and carers' forms
  plan: 'clipboard',
  optician: 'glasses',
  break: 'hot-beverage',
  less: 'minus',
  progress: 'seedling',
  // Picture-code pictures (the child's secret): twelve, each easy to name
  'pic-cat': 'cat-face',
  'pic-dog': 'dog-face',
  'pic-fish': 'tropical-fish',
  'pic-bird': 'bird',
  'pic-apple': 'red-apple',
  'pic-banana': 'banana',
  'pic-car': 'automobile',
  'pic-ball': 'soccer-ball',
  'pic-flower': 'sunflower',
  'pic-sun': 'sun',
  'pic-moon': 'crescent-moon',
  'pic-tree': 'deciduous-tree',
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
