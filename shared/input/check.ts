import {
  type GraphQLError,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  Kind,
  OperationTypeNode,
  TypeInfo,
  valueFromASTUntyped,
  visit,
  visitWithTypeInfo,
  type ASTVisitor,
  type DocumentNode,
  type GraphQLArgument,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type ValidationContext,
  type ValueNode,
} from 'graphql';
import { badInput } from '../errors.js';
import { MoneyFormatError, parseYuan } from '../money.js';
import { amountProblem, DEFAULT_AMOUNT_KIND } from './amounts.js';
import { chinaToday, DateFormatError, dateBoundsProblem, parseCalendarDate } from './dates.js';
import { inputRuleOf, type InputRule } from './rules.js';
import { isUuid, textProblem } from './text.js';

type Variables = Readonly<Record<string, unknown>>;

interface Place {
  /** `amount`, `stationIds.1`, `id`: as class-validator names fields, without the `input` argument. */
  field: string;
  /** The argument or input field's own name, e.g. `code` for `region(code:)`. */
  name: string;
  rule: InputRule;
}

interface Checking {
  mutation: boolean;
  today: string;
}

/** An id that is a division code rather than a UUID: `region(code:)` and `*Code` fields. */
function isCodeName(name: string): boolean {
  return name === 'code' || name.endsWith('Code');
}

function leafProblem(scalar: string, value: unknown, place: Place, checking: Checking) {
  switch (scalar) {
    case 'ID': {
      const text = typeof value === 'number' ? String(value) : value;
      if (typeof text !== 'string') return null;
      if (isCodeName(place.name)) return textProblem(text, { maxLength: 12 });
      if (isUuid(text)) return null;
      return `"${text.slice(0, 40)}" is not an id (a UUID)`;
    }
    case 'String':
      return typeof value === 'string' ? textProblem(value, place.rule) : null;
    case 'Date': {
      try {
        const date = parseCalendarDate(value);
        const kind = place.rule.date ?? (checking.mutation ? 'event' : 'any');
        return dateBoundsProblem(date, kind, checking.today);
      } catch (error) {
        if (error instanceof DateFormatError) return error.message;
        throw error;
      }
    }
    case 'Money': {
      if (typeof value !== 'string' && typeof value !== 'number') return null;
      try {
        const fen = parseYuan(value);
        return amountProblem(fen, place.rule.amount ?? DEFAULT_AMOUNT_KIND, place.name);
      } catch (error) {
        if (error instanceof MoneyFormatError) return error.message;
        throw error;
      }
    }
    default:
      return null;
  }
}

function problemIn(
  value: unknown,
  type: GraphQLInputType,
  place: Place,
  checking: Checking,
): GraphQLError | null {
  if (value === null || value === undefined) return null;
  if (isNonNullType(type)) return problemIn(value, type.ofType, place, checking);
  if (isListType(type)) {
    if (!Array.isArray(value)) return problemIn(value, type.ofType, place, checking);
    for (const [index, item] of value.entries()) {
      const at = { ...place, field: place.field ? `${place.field}.${index}` : String(index) };
      const problem = problemIn(item, type.ofType, at, checking);
      if (problem) return problem;
    }
    return null;
  }
  if (isInputObjectType(type)) {
    if (typeof value !== 'object' || Array.isArray(value)) return null;
    for (const field of Object.values(type.getFields())) {
      const child = (value as Record<string, unknown>)[field.name];
      const at: Place = {
        field: place.field ? `${place.field}.${field.name}` : field.name,
        name: field.name,
        rule: inputRuleOf(field.extensions),
      };
      const problem = problemIn(child, field.type, at, checking);
      if (problem) return problem;
    }
    return null;
  }
  if (!isScalarType(type)) return null;
  const message = leafProblem(type.name, value, place, checking);
  if (!message) return null;
  const error = badInput(place.field, `${place.field}: ${message}`);
  // The subgraph answers 400, which the gateway passes on with the error's code and field.
  (error.extensions as Record<string, unknown>).http = { status: 400 };
  return error;
}

/** The first problem in the value of an argument, named as class-validator names fields. */
function argumentProblem(
  argument: GraphQLArgument,
  value: unknown,
  checking: Checking,
): GraphQLError | null {
  // An input object argument names its fields on their own (`amount`); any other argument is
  // named itself (`id`, `closedOn`).
  const bareType = isNonNullType(argument.type) ? argument.type.ofType : argument.type;
  const place: Place = {
    field: isInputObjectType(bareType) ? '' : argument.name,
    name: argument.name,
    rule: inputRuleOf(argument.extensions),
  };
  return problemIn(value, argument.type, place, checking);
}

/** The value an argument has before graphql-js coerces it: the client's own JSON. */
function rawValue(node: ValueNode, variables: Variables, defaults: Variables): unknown {
  if (node.kind === Kind.VARIABLE) {
    const name = node.name.value;
    return name in variables ? variables[name] : defaults[name];
  }
  return valueFromASTUntyped(node, { ...defaults, ...variables });
}

/** An argument as the document writes it, with what the schema says of it. */
interface WrittenArgument {
  argument: GraphQLArgument;
  value: ValueNode;
}

/**
 * The arguments of an operation and of its fragments, at every depth, in document order; found
 * once per operation and schema (the server hands the same parsed document to every request
 * that sends the same text), since only the variables change between requests.
 */
const writtenArguments = new WeakMap<
  GraphQLSchema,
  WeakMap<OperationDefinitionNode, WrittenArgument[]>
>();

function argumentsOf(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
): WrittenArgument[] {
  let bySchema = writtenArguments.get(schema);
  if (!bySchema) {
    bySchema = new WeakMap();
    writtenArguments.set(schema, bySchema);
  }
  const known = bySchema.get(operation);
  if (known) return known;
  const fragments = document.definitions.filter(
    (definition) => definition.kind === Kind.FRAGMENT_DEFINITION,
  );
  const typeInfo = new TypeInfo(schema);
  const found: WrittenArgument[] = [];
  visit(
    { kind: Kind.DOCUMENT, definitions: [operation, ...fragments] },
    visitWithTypeInfo(typeInfo, {
      Argument(node) {
        const argument = typeInfo.getArgument();
        if (argument) found.push({ argument, value: node.value });
        return false;
      },
    }),
  );
  bySchema.set(operation, found);
  return found;
}

/**
 * Checks every argument of an operation, at every depth, before it runs: ids, text, dates and
 * amounts, by their type and the field's rule (see `InputRule`). One check for every query and
 * mutation of every subgraph, so that a client's mistake is answered as `BAD_USER_INPUT` naming
 * the field instead of reaching the database. Returns the first problem, or null.
 */
export function checkOperationInput(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Variables = {},
  today: string = chinaToday(),
): GraphQLError | null {
  const defaults: Record<string, unknown> = {};
  for (const definition of operation.variableDefinitions ?? []) {
    if (definition.defaultValue) {
      defaults[definition.variable.name.value] = valueFromASTUntyped(definition.defaultValue);
    }
  }
  const checking: Checking = {
    mutation: operation.operation === OperationTypeNode.MUTATION,
    today,
  };
  for (const { argument, value } of argumentsOf(schema, document, operation)) {
    const problem = argumentProblem(argument, rawValue(value, variables, defaults), checking);
    if (problem) return problem;
  }
  return null;
}

/**
 * The same check on the values written into the document, as a validation rule: it runs before
 * the scalars' own refusal of a literal (which cannot know the field) and is reported first, so
 * that `{ person(id: "x") }` and `closedOn: "0000-01-01"` name their field too. Variables are
 * left to {@link checkOperationInput}, which runs once they are known.
 */
export function InputLiteralsRule(context: ValidationContext): ASTVisitor {
  let mutation = false;
  return {
    OperationDefinition(node) {
      mutation = node.operation === OperationTypeNode.MUTATION;
    },
    FragmentDefinition() {
      mutation = false;
    },
    Argument(node) {
      const argument = context.getArgument();
      if (!argument) return false;
      // Variables read as undefined here, and undefined values are not checked.
      const value = valueFromASTUntyped(node.value, {});
      const problem = argumentProblem(argument, value, { mutation, today: chinaToday() });
      if (problem) context.reportError(problem);
      return false;
    },
  };
}
