import { z } from 'zod';
import type { CommandContext } from './context.js';
import type { Reply } from './reply.js';

export interface Choice {
  name: string;
  value: string;
}

/**
 * A command is data plus a handler: its name, a description, its options as a zod object (option
 * names are the keys; `.describe()` gives each option's description, `z.enum` its choices and
 * `.meta({ autocomplete: 'article' })` asks platforms for autocomplete), and a handler that turns
 * validated options into a platform-neutral Reply.
 */
export interface CommandModule<S extends z.ZodObject = z.ZodObject> {
  name: string;
  description: string;
  options: S;
  /** Changes the channel's setup: platforms require admin rights and check again at run time. */
  admin?: boolean;
  /** May take long (network): platforms acknowledge first, then send the answer. */
  slow?: boolean;
  handler(args: z.output<S>, ctx: CommandContext): Reply | Promise<Reply>;
  autocomplete?(option: string, partial: string, ctx: CommandContext): Choice[] | Promise<Choice[]>;
}

export function defineCommand<S extends z.ZodObject>(def: CommandModule<S>): CommandModule<S> {
  return def;
}

/** The shape every module in commands/ must have; checked by the loader at start-up. */
export const CommandModuleShape = z.object({
  name: z.string().regex(/^[a-z][a-z0-9_-]{0,31}$/, 'lower-case, 1-32 characters, letters, digits, - or _'),
  description: z.string().min(1).max(100),
  options: z.instanceof(z.ZodObject),
  admin: z.boolean().optional(),
  slow: z.boolean().optional(),
  handler: z.function(),
  autocomplete: z.function().optional(),
});

export type OptionType = 'string' | 'integer' | 'number' | 'boolean';

/** What a platform needs to register an option. */
export interface OptionSpec {
  name: string;
  description: string;
  type: OptionType;
  required: boolean;
  choices?: string[];
  autocomplete?: boolean;
  min?: number;
  max?: number;
  maxLength?: number;
}

const JsonSchemaProperty = z.object({
  type: z.enum(['string', 'integer', 'number', 'boolean']),
  description: z.string().optional(),
  enum: z.array(z.string()).optional(),
  autocomplete: z.string().optional(),
  minimum: z.number().optional(),
  maximum: z.number().optional(),
  maxLength: z.number().optional(),
});

/** Option specs in declaration order, read from the zod schema through its JSON Schema form. */
export function optionSpecs(command: CommandModule): OptionSpec[] {
  const json = z.toJSONSchema(command.options, { io: 'input' }) as {
    properties?: Record<string, unknown>;
    required?: string[];
  };
  const required = new Set(json.required ?? []);
  return Object.entries(json.properties ?? {}).map(([name, raw]) => {
    const prop = JsonSchemaProperty.parse(raw);
    const spec: OptionSpec = {
      name,
      description: prop.description ?? name,
      type: prop.type,
      required: required.has(name),
    };
    if (prop.enum) spec.choices = prop.enum;
    if (prop.autocomplete) spec.autocomplete = true;
    if (prop.minimum !== undefined) spec.min = prop.minimum;
    if (prop.maximum !== undefined) spec.max = prop.maximum;
    if (prop.maxLength !== undefined) spec.maxLength = prop.maxLength;
    return spec;
  });
}
