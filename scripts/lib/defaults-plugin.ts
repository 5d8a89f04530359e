// A small code-generator plugin of our own: the argument defaults schema.graphql declares, as a
// constant the page can show ("paths of up to 4 links") without restating a number. No published
// plugin emits default values; requests still leave such arguments out and let graphql-js apply them.
import type { PluginFunction } from '@graphql-codegen/plugin-helpers';
import { isInterfaceType, isObjectType } from 'graphql';

export const defaultsPlugin: PluginFunction = (schema) => {
  const types = Object.values(schema.getTypeMap())
    .flatMap((type) => {
      if (type.name.startsWith('__') || (!isObjectType(type) && !isInterfaceType(type))) return [];
      const fields = Object.values(type.getFields()).flatMap((field) => {
        const args = field.args.filter((a) => a.defaultValue !== undefined).map((a) => `      ${a.name}: ${JSON.stringify(a.defaultValue)},`);
        return args.length > 0 ? [`    ${field.name}: {\n${args.join('\n')}\n    },`] : [];
      });
      return fields.length > 0 ? [`  ${type.name}: {\n${fields.join('\n')}\n  },`] : [];
    });
  return [
    '/** The argument defaults schema.graphql declares, by type and field: to show, never to send. */',
    `export const SCHEMA_DEFAULTS = {\n${types.join('\n')}\n} as const;`,
    '',
  ].join('\n');
};
