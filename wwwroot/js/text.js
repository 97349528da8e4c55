// Localized strings handed over by the server (settings.text), formatted the way .NET formats them: {0}, {1}.

export function format(template, ...values) {
  return template.replace(/\{(\d+)\}/g, (match, index) => String(values[Number(index)] ?? match));
}

/** "{key}One" or "{key}Other", as the server's Plurals does: French counts 0 as singular. */
export function plural(text, culture, key, count, ...more) {
  const singular = count === 1 || (count === 0 && culture === 'fr');
  return format(text[`${key}${singular ? 'One' : 'Other'}`], count, ...more);
}

/** Builds an element: el('a', { href, className: 'x' }, 'text', child). */
export function el(tag, properties = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(properties)) {
    if (value === undefined || value === null || value === false) continue;
    if (name in element && !name.includes('-')) element[name] = value;
    else element.setAttribute(name, value === true ? '' : value);
  }
  element.append(...children.filter(c => c !== null && c !== undefined && c !== false));
  return element;
}
