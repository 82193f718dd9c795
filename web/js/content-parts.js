// The content parts of the site (issue 15) and how the loaded ones become one bundle for
// the core. scripts/build-site.mjs writes each part as parts/<name>.js and the guide ids
// into this file. A page asks for the parts it needs; the core answers
// content_part_missing (with the part names) when a method needs one it does not have.

export const GUIDE_IDS = '__SAMENWIJS_GUIDE_IDS__'.split(',').filter((id) => id && !id.startsWith('__'));

export const partFile = (name) => `parts/${name.replace('/', '-')}.js`;

/**
 * The part names a request stands for: every page needs the base; a guide comes with the
 * guidance index (the core learns from it which guides exist); "guides" is every guide.
 * A guide id the site does not have loads nothing: the core then says it does not exist.
 */
export function expandParts(names, guideIds = GUIDE_IDS) {
  const out = new Set(['base']);
  for (const name of names) {
    if (name === 'guides') {
      out.add('guides-index');
      for (const id of guideIds) out.add(`guide/${id}`);
    } else if (name.startsWith('guide/')) {
      out.add('guides-index');
      if (guideIds.includes(name.slice('guide/'.length))) out.add(name);
    } else {
      out.add(name);
    }
  }
  return [...out];
}

/** One bundle (JSON text) from loaded parts ({ entries: [[key, jsonText], ...] }). */
export function joinParts(parts) {
  const fields = [];
  const guides = [];
  for (const part of parts) {
    for (const [key, json] of part.entries) {
      if (key === 'guides') guides.push(json);
      else fields.push(`${JSON.stringify(key)}:${json}`);
    }
  }
  if (guides.length) fields.push(`"guides":[${guides.join(',')}]`);
  fields.push('"partial":true');
  return `{${fields.join(',')}}`;
}
