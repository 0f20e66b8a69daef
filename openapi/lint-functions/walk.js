// Visits every schema inside a resolved JSON Schema (properties, items, compositions), once per object.
export function* schemasIn(schema, path = [], seen = new Set()) {
  if (!schema || typeof schema !== 'object' || seen.has(schema)) return;
  seen.add(schema);
  yield [schema, path];
  for (const [name, property] of Object.entries(schema.properties ?? {})) {
    yield* schemasIn(property, [...path, 'properties', name], seen);
  }
  if (schema.items) yield* schemasIn(schema.items, [...path, 'items'], seen);
  if (typeof schema.additionalProperties === 'object') {
    yield* schemasIn(schema.additionalProperties, [...path, 'additionalProperties'], seen);
  }
  for (const group of ['allOf', 'anyOf', 'oneOf']) {
    for (const [i, member] of (schema[group] ?? []).entries()) yield* schemasIn(member, [...path, group, i], seen);
  }
}

export const isOfType = (schema, type) =>
  schema.type === type || (Array.isArray(schema.type) && schema.type.includes(type));

// A rule function reporting every schema of `type` inside the target for which `bounded` is false.
export const check = (type, bounded) => (target, _options, context) =>
  [...schemasIn(target)]
    .filter(([schema]) => isOfType(schema, type) && !bounded(schema))
    .map(([, path]) => ({ message: `${[...context.path, ...path].join('.')}: unbounded ${type}`, path: [...context.path, ...path] }));
