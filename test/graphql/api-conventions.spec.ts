import fs from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import {
  buildSchema, getNamedType, type GraphQLField, type GraphQLInputField, type GraphQLType, isEnumType, isInputObjectType, isNonNullType,
  isObjectType, isScalarType,
} from 'graphql';

/**
 * The API's one convention, checked on schema.graphql (which graphql-api.e2e.spec.ts holds equal to the code): one
 * input object per mutation, ID for ids, Relay connections for pages, enums for code lists, DateTime for instants
 * and LocalDate for days, type names without Type/Object/View/Page suffixes.
 */
const schema = buildSchema(fs.readFileSync('schema.graphql', 'utf8'));
const types = Object.values(schema.getTypeMap()).filter((type) => !type.name.startsWith('__'));
const objects = types.filter(isObjectType);
const inputs = types.filter(isInputObjectType);
type AnyField = GraphQLField<unknown, unknown> | GraphQLInputField;
const fieldsOf = (owners: readonly { name: string; getFields(): Record<string, AnyField> }[]) =>
  owners.flatMap((owner) => Object.values(owner.getFields()).map((field) => ({ where: `${owner.name}.${field.name}`, field })));
const argumentsOf = objects.flatMap((owner) => Object.values(owner.getFields()).flatMap((field) =>
  field.args.map((arg) => ({ where: `${owner.name}.${field.name}(${arg.name})`, field: arg }))));
const typeName = (field: { type: GraphQLType }) => getNamedType(field.type).name;

describe('the API convention', () => {
  it('gives every mutation one input object at most, named after it, with the command id inside', () => {
    const mutations = Object.values(schema.getMutationType()!.getFields());
    const offenders = mutations.filter((m) => m.args.length > 1 || m.args.some((a) =>
      a.name !== 'input' || !isNonNullType(a.type) || typeName(a) !== `${m.name[0].toUpperCase()}${m.name.slice(1)}Input`));
    expect(offenders.map((m) => m.name)).toEqual([]);
    const commandIds = fieldsOf(inputs).filter(({ field }) => field.name === 'commandId');
    expect(commandIds.length).toBeGreaterThan(20);
    expect(commandIds.filter(({ field }) => String(field.type) !== 'String').map(({ where }) => where)).toEqual([]);
  });

  it('types every id as ID; the client\'s commandId and the citizen\'s and company\'s numbers are not ids of the service', () => {
    const notIds = /^(commandId|citizenId|companyId|debtorCitizenId|transactionId|failedEventId)$/;
    const offenders = [...fieldsOf([...objects, ...inputs]), ...argumentsOf]
      .filter(({ field }) => /^(id|.+Id|.+Ids|duplicateOf)$/.test(field.name) && !notIds.test(field.name) && typeName(field) !== 'ID');
    expect(offenders.map(({ where }) => where)).toEqual([]);
  });

  it('pages every list in Relay connections that continue `after` a cursor and count all rows', () => {
    const lists = Object.values(schema.getQueryType()!.getFields()).filter((f) => f.args.some((a) => a.name === 'first'));
    expect(lists.length).toBeGreaterThanOrEqual(7);
    for (const list of lists) {
      const connection = getNamedType(list.type);
      expect([list.name, list.args.map((a) => a.name).filter((a) => a === 'after' || a === 'before')]).toEqual([list.name, ['after']]);
      expect([list.name, connection.name.endsWith('Connection')]).toEqual([list.name, true]);
      const fields = isObjectType(connection) ? connection.getFields() : {};
      expect([list.name, Object.keys(fields).sort()]).toEqual([list.name, ['edges', 'pageInfo', 'totalCount']]);
      const edge = getNamedType(fields.edges.type);
      expect([list.name, isObjectType(edge) && Object.keys(edge.getFields()).sort()]).toEqual([list.name, ['cursor', 'node']]);
    }
    expect(Object.keys((schema.getType('PageInfo') as { getFields(): object }).getFields()).sort())
      .toEqual(['endCursor', 'hasNextPage', 'hasPreviousPage', 'startCursor']);
  });

  it('answers code lists as enums, in filters and inputs too', () => {
    const codes = /^(status|statusBefore|channel|kind|kinds|level|officeLevel|method|outcome|wishesMediation|referralAgency|caseType|recordType|source|closedReason|closeReason|groupBy)$/;
    // Free text a person wrote, named like a code (why a case was reopened, transferred or corrected; an agency's
    // name), and a session's outcome as an object whose kind is its enum field.
    const writtenText = ['ComplaintAccused.agency', 'DebtCaseMediationSession.outcome', 'ComplaintReopening.reason', 'DebtCaseAmendment.reason', 'DebtCaseReopening.reason', 'DebtCaseTransfer.reason'];
    const offenders = [...fieldsOf([...objects, ...inputs]), ...argumentsOf]
      .filter(({ where }) => !writtenText.includes(where))
      .filter(({ field, where }) => (codes.test(field.name) || (field.name === 'reason' && !where.includes('Input.'))
        || (field.name === 'agency' && !where.startsWith('PartyInput.')))
        && !isEnumType(getNamedType(field.type)))
      .map(({ where }) => where);
    expect(offenders).toEqual([]);
  });

  it('answers instants as DateTime and calendar days as LocalDate', () => {
    const answered = fieldsOf(objects);
    const instants = answered.filter(({ field }) => /At$/.test(field.name) && typeName(field) !== 'DateTime');
    expect(instants.map(({ where }) => where)).toEqual([]);
    const days = answered.filter(({ field }) => /^(date|since|startDate|iso|.+On|.+(?<!To)Date)$/.test(field.name)
      && !['LocalDate', 'PublicDate'].includes(typeName(field)));
    expect(days.map(({ where }) => where)).toEqual([]);
    expect(isScalarType(schema.getType('LocalDate'))).toBe(true);
  });

  it('names object and input types without Type, Object, View or Page suffixes (an enum of types may say so)', () => {
    const named = [...objects, ...inputs].map((type) => type.name);
    expect(named.filter((name) => /(Type|Object|View|Page)$/.test(name))).toEqual([]);
  });
});
