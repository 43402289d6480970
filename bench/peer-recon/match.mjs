// The facility-recon matching pattern, written here as a baseline for timing `passerelle match`
// side by side (see ../../docs/matching-quality.md): inside each parent (district), every left
// record is compared with every right record by Levenshtein distance on the lower-cased name; an
// identical name is accepted, otherwise the closest name is proposed for review. Records without a
// district, or whose district is spelled differently, find nothing (the pattern blocks on parent).
// Usage: node match.mjs LEFT.csv RIGHT.csv OUT.csv   (same CSV formats as `passerelle match`)
import { readFileSync, writeFileSync } from 'node:fs';
import levenshtein from 'fast-levenshtein';

function parseCsv(text) {
  const rows = [];
  let row = [], field = '', quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\n') { row.push(field); rows.push(row); row = []; field = ''; }
    else if (c !== '\r') field += c;
  }
  if (field.length > 0 || row.length > 0) { row.push(field); rows.push(row); }
  const header = rows.shift().map(h => h.trim().toLowerCase());
  return rows.filter(r => r.length > 1).map(r => Object.fromEntries(header.map((h, k) => [h, r[k] ?? ''])));
}

const [leftPath, rightPath, outPath] = process.argv.slice(2);
if (!outPath) {
  console.error('usage: node match.mjs LEFT.csv RIGHT.csv OUT.csv');
  process.exit(64);
}

const left = parseCsv(readFileSync(leftPath, 'utf8'));
const right = parseCsv(readFileSync(rightPath, 'utf8'));
const byParent = new Map();
for (const r of right) {
  const parent = r.district.trim().toLowerCase();
  if (!byParent.has(parent)) byParent.set(parent, []);
  byParent.get(parent).push({ id: r.id, name: r.name.trim().toLowerCase() });
}

const mapped = new Set();
const out = ['left_id,right_id,score,status'];
for (const l of left) {
  const parent = l.district.trim().toLowerCase();
  const name = l.name.trim().toLowerCase();
  const candidates = parent.length > 0 ? byParent.get(parent) ?? [] : [];
  let best = null, bestDistance = Infinity;
  for (const r of candidates) {
    if (mapped.has(r.id)) continue;
    const distance = levenshtein.get(name, r.name);
    if (distance < bestDistance) { bestDistance = distance; best = r; }
  }
  if (best === null) { out.push(`${l.id},,0,unmatched`); continue; }
  const score = 1 - bestDistance / Math.max(name.length, best.name.length, 1);
  if (bestDistance === 0) { mapped.add(best.id); out.push(`${l.id},${best.id},1,matched`); }
  else out.push(`${l.id},${best.id},${score.toFixed(3)},review`);
}
writeFileSync(outPath, out.join('\n') + '\n');
