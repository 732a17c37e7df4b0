import { Directive, ObjectType } from 'type-graphql';
import { connectionType } from '../../../shared/pagination.js';
import type { PersonCategory, Sex } from './enums.js';
import type { Person } from '../entities/index.js';
import { recordFields, RecordView } from './record.js';

/**
 * Every field of a person but the identity is personal data: the resolver decides what each
 * caller sees of it (masked, de-identified or revealed and logged), so the view carries the
 * record's values without exposing any of them itself.
 */
@ObjectType('Person', {
  description: 'Person served (服务对象), one per real person across departments',
})
@Directive('@key(fields: "id")')
export class PersonView extends RecordView {
  name!: string;
  identityNumber!: string;
  sex!: Sex;
  birthDate!: string;
  regionCode!: string;
  categories!: PersonCategory[];
  /** The entry this one was merged into, for `mergedInto`. */
  mergedInto!: string | null;
}

export const PersonConnection = connectionType(PersonView, 'Person', 'people served (服务对象)');

export function toPersonView(person: Person): PersonView {
  return {
    ...recordFields(person),
    name: person.name,
    identityNumber: person.identityNumber,
    sex: person.sex,
    birthDate: person.birthDate,
    regionCode: person.regionCode,
    categories: person.categories,
    mergedInto: person.mergedInto,
  };
}
