// Writes the validation oracle corpus (one JSON list per group, items `{ schema, document }`) from the hand-written
// documents and the combinations below. Run `node generate.mjs` here after editing; the JSON files are committed.
// Verdicts are not stored: the oracle asks graphql-js for them each run.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const groups = {};
const add = (group, documents, schema = 'spec') => {
  (groups[group] ??= []).push(...documents.map((document) => ({ schema, document })));
};

// ---- Documents (5.1) and operations (5.2)
add('documents-operations', [
  '{ dog { name } }',
  'query Q { dog { name } }',
  'query Q { dog { name } } type Cow { name: String }',
  'query Q { dog { name } } extend type Dog { color: String }',
  'schema { query: Query } query Q { dog { name } }',
  '{ dog { name } } directive @x on FIELD',
  'scalar S',
  'query A { dog { name } } query B { dog { nickname } }',
  'query A { dog { name } } query A { dog { nickname } }',
  'query A { dog { name } } mutation A { renameDog(name: "a", newName: "b") { name } }',
  'query A { dog { name } } subscription A { newDog { name } }',
  'query A { dog { name } } query A { cat { name } } query A { pet { name } }',
  'query A { ...F } fragment A on Query { dog { name } } fragment F on Query { cat { name } }',
  '{ dog { name } } { cat { name } }',
  '{ dog { name } } query Q { cat { name } }',
  '{ dog { name } } fragment F on Query { cat { name } }',
  '{ dog { name } } mutation { renameDog(name: "a", newName: "b") { name } }',
  'mutation M { renameDog(name: "a", newName: "b") { name } }',
  'mutation M { dog { name } }',
  'subscription S { newMessage { body } }',
  'subscription { newMessage { body sender } }',
  'subscription S { newMessage { body } newDog { name } }',
  'subscription { newMessage { body } newDog { name } dogBarked { name } }',
  'subscription S { newMessage { body } newMessage { sender } }',
  'subscription S { alias: newMessage { body } newMessage { sender } }',
  'subscription S { __typename }',
  'subscription { __typename }',
  'subscription S { newMessage { body } __typename }',
  'subscription S { ...F } fragment F on Subscription { newMessage { body } }',
  'subscription S { ...F } fragment F on Subscription { newMessage { body } newDog { name } }',
  'subscription S { ... on Subscription { newMessage { body } newDog { name } } }',
  'subscription S { newMessage { body } ...F } fragment F on Subscription { newMessage { sender } }',
  'subscription S($v: Boolean!) { newMessage @include(if: $v) { body } }',
  'subscription S($v: Boolean!) { newMessage @skip(if: $v) { body } newDog @include(if: $v) { name } }',
  'subscription { newMessage @skip(if: false) { body } }',
  'subscription S { ...F } fragment F on Subscription { newMessage @include(if: true) { body } }',
  'subscription S { ... @include(if: true) { newMessage { body } } }',
  'subscription S { newMessage { body @skip(if: true) sender } }',
  'subscription S { dogBarked(volume: 3) { name } }',
  'subscription A { newMessage { body } } subscription B { newDog { name } }',
  'subscription S { newMessage { body } } subscription S { newDog { name } }',
  'query { __typename }',
  'query { __schema { queryType { name } } }',
  'mutation { __typename }',
]);
add('documents-operations', [
  '{ graphStats { artists } }',
  'mutation M { graphStats { artists } }',
  'subscription S { graphStats { artists } }',
  'query Q { artist(id: 1) { name } } query Q { graphStats { labels } }',
  '{ artist(id: 1) { name } } type X { y: Int }',
  '{ artist(id: 1) { name } } { graphStats { labels } }',
], 'discogsography');

// ---- Fields (5.3)
add('fields', [
  '{ dog { name nickname barkVolume } }',
  '{ dog { meowVolume } }',
  '{ dog { kawVolume } }',
  '{ dog { namee } }',
  '{ dog { nam } }',
  '{ dog { Name } }',
  '{ pet { name } }',
  '{ pet { nickname } }',
  '{ pet { barkVolume } }',
  '{ pet { mother { name } } }',
  '{ catOrDog { name } }',
  '{ catOrDog { __typename } }',
  '{ catOrDog { ... on Dog { name } ... on Cat { name } } }',
  '{ catOrDog { furColor } }',
  '{ dogOrHuman { name } }',
  '{ humanOrAlien { name iq } }',
  '{ being { name } }',
  '{ being { iq } }',
  '{ mammal { mother { father { __typename } } } }',
  '{ mammal { name } }',
  '{ canine { name mother { name } } }',
  '{ canine { barkVolume } }',
  '{ unknownRoot { x } }',
  '{ dog { owner { pets { name } } } }',
  '{ dog { owner { pets { nickname } } } }',
  '{ dog { name { first } } }',
  '{ dog { owner } }',
  '{ dog }',
  '{ human { pets } }',
  '{ dog { barkVolume { sinceWhen } } }',
  '{ dog { doesKnowCommand(dogCommand: SIT) { x } } }',
  '{ dog { furColor { name } } }',
  '{ dog { furColor } }',
  '{ catOrDog }',
  '{ __typename { x } }',
  '{ __schema }',
  '{ __schema { types { name } } }',
  '{ __type(name: "Dog") { name fields { name } } }',
  '{ __type(name: "Dog") }',
  '{ dog { __typename __schema { queryType { name } } } }',
  '{ dog { __type(name: "Dog") { name } } }',
  '{ scalars { int float string boolean id intList nestedList nonNullInt } }',
  '{ scalars { dog } }',
  'fragment F on Dog { name unknown } { dog { ...F } }',
  'fragment F on Pet { name meowVolume } { pet { ...F } }',
  '{ dog { ... on Dog { name unknown } } }',
  '{ dog { ... { name alsoUnknown } } }',
  '{ pets { name } }',
  '{ pets }',
  '{ complicatedArgs { intArgField } }',
  '{ arguments { multipleRequirements(x: 1, y: 2) } }',
]);
add('fields', [
  '{ graphStats { artists labels masters releases genres styles lastDumpMonth computedAt } }',
  '{ graphStats }',
  '{ graphStats { artists { count } } }',
  '{ graphStats { artistCount } }',
  '{ node(id: "1") { id } }',
  '{ node(id: "1") { id name } }',
  '{ node(id: "1") { ... on Artist { name realName } } }',
  '{ node(id: "1") { ... on Artist { name } ... on Node { id } } }',
  '{ nodes(ids: ["1", "2"]) { id __typename } }',
  '{ artist(id: 1) { name nameVariations profile discogsId } }',
  '{ artist(id: 1) { nameVariations { x } } }',
  '{ artist(id: 1) }',
  '{ artists { name } }',
  '{ __type(name: "Artist") { fields { name type { name } } } }',
], 'discogsography');

// ---- Field selection merging (5.3.2): pairs of selections on a dog
const dogSelections = [
  'name', 'nickname', 'name: nickname', 'nickname: name', 'name(surname: true)', 'name(surname: false)',
  'barkVolume', 'name: barkVolume', 'doesKnowCommand(dogCommand: SIT)', 'doesKnowCommand(dogCommand: HEEL)',
  'doesKnowCommand(dogCommand: $c)', 'isAtLocation(x: 0, y: 0)', 'isAtLocation(y: 0, x: 0)', 'owner { name }',
  'owner: mother { name }', 'friends { name }', 'friends: owner { name }', 'mother { name: nickname }', 'mother { name }',
];
const merging = [];
for (let i = 0; i < dogSelections.length; i++) {
  for (let j = i + 1; j < dogSelections.length; j++) {
    const usesVariable = dogSelections[i].includes('$c') || dogSelections[j].includes('$c');
    const header = usesVariable ? 'query Q($c: DogCommand!)' : 'query Q';
    merging.push(`${header} { dog { ${dogSelections[i]} ${dogSelections[j]} } }`);
  }
}
add('field-merging-pairs', merging);
add('field-merging', [
  '{ dog { ...A ...B } } fragment A on Dog { x: name } fragment B on Dog { x: barkVolume }',
  '{ dog { x: name ...A } } fragment A on Dog { x: nickname }',
  '{ dog { ...A } } fragment A on Dog { x: name ...B } fragment B on Dog { x: nickname }',
  '{ dog { ...A ...A } } fragment A on Dog { x: name }',
  '{ catOrDog { ... on Dog { x: name } ... on Cat { x: nickname } } }',
  '{ catOrDog { ... on Dog { x: barkVolume } ... on Cat { x: nickname } } }',
  '{ catOrDog { ... on Dog { x: doesKnowCommand(dogCommand: SIT) } ... on Cat { x: doesKnowCommand(catCommand: JUMP) } } }',
  '{ pet { ... on Dog { x: name } ... on Pet { x: name(surname: true) } } }',
  '{ pet { ... on Dog { name } ... on Cat { name(surname: true) } } }',
  '{ pet { ... on Dog { mother { x: name } } ... on Cat { mother: nickname } } }',
  '{ scalars { a: int a: float } }',
  '{ scalars { a: intList a: nestedList } }',
  '{ scalars { a: nonNullInt a: int } }',
  '{ scalars { a: int a: int } }',
  '{ dog { owner { a: name } owner { a: iq } } }',
  '{ dog { owner { a: name } owner { b: iq } } }',
  '{ dog { owner { name ...H } owner { name: iq } } } fragment H on Human { name }',
  '{ dog { mother { mother { x: name } } mother { mother { x: barkVolume } } } }',
  '{ humanOrAlien { ... on Human { x: iq } ... on Alien { x: numEyes } } }',
  '{ humanOrAlien { ... on Human { x: name } ... on Alien { x: iq } } }',
  '{ humanOrAlien { ... on Human { relatives { x: name } } ... on Alien { relatives: homePlanet } } }',
  '{ being { ... on Human { x: pets { name } } ... on Alien { x: name } } }',
  '{ dog { ...A } cat { ...A } } fragment A on Pet { x: name }',
  '{ ...A ...B } fragment A on Query { dog { name } } fragment B on Query { dog: cat { name } }',
  '{ ...A ...B } fragment A on Query { dog { a: name } } fragment B on Query { dog { a: nickname } }',
  '{ dog { a: name } dog { ...F } } fragment F on Dog { a: nickname }',
  '{ field: dog { name } field: cat { name } }',
  '{ dog { name } dog { nickname } }',
  '{ a: dog { ...F } b: dog { ...F } } fragment F on Dog { x: name }',
  'query Q($v: Boolean!) { dog { name @include(if: $v) name @skip(if: $v) } }',
  '{ dog { x: name @include(if: true) x: nickname } }',
  '{ dog { ...F } } fragment F on Dog { name ...G } fragment G on Dog { name: nickname ...F }',
  '{ scalars { ... on Scalars { a: int } a: string } }',
  '{ pet { ...P } } fragment P on Pet { ... on Dog { x: name } ... on Cat { x: meows } }',
  '{ complicatedArgs { a: complexArgField(complexArg: {requiredField: true, intField: 1}) a: complexArgField(complexArg: {intField: 1, requiredField: true}) } }',
  '{ complicatedArgs { a: complexArgField(complexArg: {requiredField: true}) a: complexArgField(complexArg: {requiredField: false}) } }',
  '{ complicatedArgs { a: stringListArgField(stringListArg: ["a"]) a: stringListArgField(stringListArg: "a") } }',
]);

// ---- Arguments (5.4)
add('arguments', [
  '{ dog { doesKnowCommand(dogCommand: SIT) } }',
  '{ dog { doesKnowCommand(command: SIT) } }',
  '{ dog { doesKnowCommand(dogcommand: SIT) } }',
  '{ dog { doesKnowCommand } }',
  '{ dog { doesKnowCommand(dogCommand: SIT, dogCommand: DOWN) } }',
  '{ dog { isHouseTrained } }',
  '{ dog { isHouseTrained(atOtherHomes: true) } }',
  '{ dog { isHouseTrained(atOtherHomes: true, atOtherHomes: false, atOtherHomes: true) } }',
  '{ dog { name(unknown: 1) } }',
  '{ dog { name(surname: true, extra: 1, more: 2) } }',
  '{ arguments { multipleRequirements(x: 1) } }',
  '{ arguments { multipleRequirements } }',
  '{ arguments { multipleRequirements(y: 1, x: 2) } }',
  '{ arguments { nonNullBooleanArgField } }',
  '{ arguments { nonNullBooleanArgField(nonNullBooleanArg: null) } }',
  '{ arguments { optionalNonNullBooleanArgField } }',
  '{ arguments { booleanListArgField(booleanListArg: [true, false]) } }',
  '{ arguments { booleanListArgField } }',
  '{ complicatedArgs { multipleReqs(req1: 1, req2: 2) } }',
  '{ complicatedArgs { multipleReqs(req2: 2) } }',
  '{ complicatedArgs { multipleReqs } }',
  '{ complicatedArgs { multipleOptAndReq(req1: 1) } }',
  '{ complicatedArgs { multipleOptAndReq(req1: 1, req2: 2, opt1: 1) } }',
  '{ complicatedArgs { nonNullFieldWithDefault } }',
  '{ complicatedArgs { multipleOpts } }',
  '{ dog @include { name } }',
  '{ dog @include(if: true, unless: false) { name } }',
  '{ dog @skip(iff: true) { name } }',
  '{ dog @include(if: true, if: false) { name } }',
  '{ dog @withArgs(required: 1) { name } }',
  '{ dog @withArgs(optional: "a") { name } }',
  '{ dog @withArgs(required: 1, unknown: 2) { name } }',
  '{ dog @unknown(arg: 1) { name } }',
  '{ dog @unknown(name: 1) { name } }',
  '{ __type { name } }',
  '{ __type(name: "Dog", extra: 1) { name } }',
  '{ unknownField(arg: 1) }',
  '{ dog { unknownField(arg: 1) } }',
  'query @withArgs(required: 1) { dog { name } }',
  'query @withArgs { dog { name } }',
]);
add('arguments', [
  '{ artist { name } }',
  '{ artist(id: 1, id: 2) { name } }',
  '{ artist(artistId: 1) { name } }',
  '{ artist(id: 1, extra: true) { name } }',
  '{ node { id } }',
  '{ nodes { id } }',
  '{ graphStats(at: 1) { artists } }',
], 'discogsography');

// ---- Fragments (5.5)
add('fragments', [
  '{ dog { ...F } } fragment F on Dog { name }',
  '{ dog { ...F } } fragment F on Dog { name } fragment F on Dog { nickname }',
  '{ dog { ...F } } fragment F on Dog { name } fragment F on Dog { nickname } fragment F on Dog { barkVolume }',
  '{ dog { ...F } } fragment F on Dog { name } fragment G on Dog { name }',
  '{ dog { ...F } } fragment F on Dog { name } fragment G on Dog { ...H } fragment H on Dog { name }',
  '{ dog { ...Unknown } }',
  '{ dog { ...F ...G } } fragment F on Dog { ...H }',
  '{ dog { ...F } } fragment F on NotInSchema { name }',
  '{ dog { ... on NotInSchema { name } } }',
  '{ dog { ... on Dgo { name } } }',
  '{ dog { ...F } } fragment F on FurColor { name }',
  '{ dog { ... on Boolean { x } } }',
  '{ dog { ...F } } fragment F on FindDogInput { name }',
  '{ dog { ... on FurColor { __typename } } }',
  '{ dog { ...F } } fragment F on Dog { ...F }',
  '{ dog { ...F } } fragment F on Dog { ...G } fragment G on Dog { ...F }',
  '{ dog { ...A } } fragment A on Dog { ...B } fragment B on Dog { ...C } fragment C on Dog { ...A ...B }',
  '{ dog { ...A } } fragment A on Dog { ... on Dog { ...A } }',
  '{ dog { ...A } } fragment A on Dog { owner { ...H } } fragment H on Human { pets { ...on Dog { ...A } } }',
  '{ dog { ...A } } fragment A on Dog { ...B ...C } fragment B on Dog { name } fragment C on Dog { ...B ...C }',
  'fragment A on Dog { ...B } fragment B on Dog { ...A } { dog { name } }',
  '{ dog { ...A } } fragment A on Dog { ...B } fragment B on Dog { ...A } fragment C on Dog { ...A }',
  '{ dog { ...F } } fragment F on Dog { name ...G } fragment G on Dog { ...Missing }',
  '{ dog { ... on Dog { ... on Pet { ... on Being { name } } } } }',
  '{ dog { ... { name } } }',
  '{ dog { ...F } } fragment F on Pet @onFragmentDefinition { name }',
  'query A { dog { ...F } } query B { cat { ...G } } fragment F on Dog { name } fragment G on Cat { name } fragment H on Dog { name }',
  '{ ...Q } fragment Q on Query { dog { name } }',
  '{ ...Q } fragment Q on Mutation { renameDog(name: "a", newName: "b") { name } }',
  'mutation { ...Q } fragment Q on Query { dog { name } }',
]);
const scopes = { Dog: 'dog', Cat: 'cat', Pet: 'pet', CatOrDog: 'catOrDog', DogOrHuman: 'dogOrHuman', HumanOrAlien: 'humanOrAlien', Being: 'being', Mammal: 'mammal', Canine: 'canine', Human: 'human', Alien: 'alien' };
const spreads = [];
for (const [parent, field] of Object.entries(scopes)) {
  for (const fragmentType of Object.keys(scopes)) {
    spreads.push(parent.length % 2 === 0
      ? `{ ${field} { ...F } } fragment F on ${fragmentType} { __typename }`
      : `{ ${field} { ... on ${fragmentType} { __typename } } }`);
  }
}
add('fragment-spread-possible', spreads);

// ---- Values (5.6): literals in every kind of argument position
const positions = [
  'intArgField(intArg: %)', 'nonNullIntArgField(nonNullIntArg: %)', 'stringArgField(stringArg: %)', 'booleanArgField(booleanArg: %)',
  'enumArgField(enumArg: %)', 'floatArgField(floatArg: %)', 'idArgField(idArg: %)', 'stringListArgField(stringListArg: %)',
  'stringListNonNullArgField(stringListNonNullArg: %)', 'complexArgField(complexArg: %)', 'oneOfArgField(oneOfArg: %)',
];
const literals = [
  '1', '-1', '2147483648', '1.5', '1e3', '"str"', '"""block"""', 'true', 'null', 'BROWN', 'brown', '[1]', '["a", null]',
  '["a"]', '[]', '{requiredField: true}', '{requiredField: true, unknownField: 1}', '{}', '{dogName: "Rex"}',
  '{dogName: "Rex", catName: "Tom"}', '{dogName: null}', '[[1]]',
];
const values = [];
for (const position of positions) {
  for (const literal of literals) values.push(`{ complicatedArgs { ${position.replace('%', literal)} } }`);
}
add('values-literals', values);
add('values', [
  '{ complicatedArgs { complexArgField(complexArg: {requiredField: true, nested: {requiredField: false, intField: 3}}) } }',
  '{ complicatedArgs { complexArgField(complexArg: {requiredField: true, nested: {intField: 3}}) } }',
  '{ complicatedArgs { complexArgField(complexArg: {requiredField: true, nested: {requiredField: true, nested: {stringField: 1}}}) } }',
  '{ complicatedArgs { complexArgField(complexArg: {requiredField: true, requiredField: false}) } }',
  '{ complicatedArgs { complexArgField(complexArg: {requiredField: true, intField: 1, intField: 2, intField: 3}) } }',
  '{ complicatedArgs { complexArgField(complexArg: {requiredField: true, nested: {requiredField: true, x: 1, x: 2}}) } }',
  '{ complicatedArgs { complexArgField(complexArg: {requiredField: true, stringListField: ["a", 1, null]}) } }',
  '{ complicatedArgs { complexArgField(complexArg: {requiredField: true, stringListField: "single"}) } }',
  '{ complicatedArgs { complexArgField(complexArg: {requiredField: true, nonNullField: null}) } }',
  '{ complicatedArgs { complexArgField(complexArg: [{requiredField: true}]) } }',
  '{ complicatedArgs { complexArgField(complexArg: [{unknown: 1}]) } }',
  '{ complicatedArgs { intArgField(intArg: [{a: 1}]) } }',
  '{ complicatedArgs { intArgField(intArg: {a: [1, "x"]}) } }',
  '{ complicatedArgs { stringListArgField(stringListArg: [["a"]]) } }',
  '{ complicatedArgs { oneOfArgField(oneOfArg: {nested: {name: "a"}}) } }',
  '{ complicatedArgs { oneOfArgField(oneOfArg: {nested: {name: 1}}) } }',
  '{ complicatedArgs { oneOfArgField(oneOfArg: {dogName: "a", dogName: "b"}) } }',
  '{ complicatedArgs { oneOfArgField(oneOfArg: {unknown: "a"}) } }',
  '{ petByRef(ref: {ownerId: 3}) { name } }',
  '{ petByRef(ref: {ownerId: 3.5}) { name } }',
  '{ petByRef(ref: {}) { name } }',
  '{ petByRef(ref: null) { name } }',
  '{ oneOfList(refs: [{dogName: "a"}, {catName: "b"}]) { name } }',
  '{ oneOfList(refs: [{dogName: "a", catName: "b"}, null]) { name } }',
  '{ findDog(searchBy: {name: "Rex"}) { name } }',
  '{ findDog(searchBy: {name: "Rex", color: "brown"}) { name } }',
  '{ findDogs(searchBy: [{name: "a"}, {owner: "b"}]) { name } }',
  '{ findDogs(searchBy: {name: "a"}) { name } }',
  '{ findDogs(searchBy: [null]) { name } }',
  '{ dog { isAtLocation(x: 1, y: "2") } }',
  '{ dog { doesKnowCommand(dogCommand: JUMP) } }',
  '{ dog { doesKnowCommand(dogCommand: sit) } }',
  '{ dog { doesKnowCommand(dogCommand: "SIT") } }',
  '{ dog { doesKnowCommand(dogCommand: true) } }',
  '{ dog { doesKnowCommand(dogCommand: null) } }',
  '{ cat { doesKnowCommand(catCommand: SIT) } }',
  '{ dog @include(if: "yes") { name } }',
  '{ dog @include(if: null) { name } }',
  '{ dog @withArgs(required: 1, list: [1, null]) { name } }',
  '{ dog @withArgs(required: 1, optional: 1) { name } }',
  '{ dog @withArgs(required: 1.0) { name } }',
  '{ pets(first: 1, after: "x") { name } }',
  '{ pets(first: -2147483649) { name } }',
  '{ pets(first: 2147483647) { name } }',
  '{ human(id: 1) { name } }',
  '{ human(id: "1") { name } }',
  '{ human(id: 1.0) { name } }',
  '{ human(id: [1]) { name } }',
  '{ dog @unknown(x: BAD) { name(surname: "no") } }',
  '{ dog { name(unknownArg: {a: 1}) } }',
]);
add('values', [
  '{ artist(id: "1") { name } }',
  '{ artist(id: 1.5) { name } }',
  '{ artist(id: null) { name } }',
  '{ artist(id: 99999999999) { name } }',
  '{ node(id: 1) { id } }',
  '{ node(id: true) { id } }',
  '{ nodes(ids: "1") { id } }',
  '{ nodes(ids: ["1", null]) { id } }',
  '{ nodes(ids: [1, 2]) { id } }',
  '{ nodes(ids: null) { id } }',
], 'discogsography');

// ---- Directives (5.7): every directive at every executable location
const directives = [
  '@include(if: true)', '@skip(if: false)', '@onQuery', '@onMutation', '@onField', '@onFragmentSpread', '@onInlineFragment',
  '@onFragmentDefinition', '@onVariableDefinition', '@deprecated', '@oneOf', '@specifiedBy(url: "x")', '@unknown', '@repeatable',
];
const directiveDocuments = [];
for (const d of directives) {
  directiveDocuments.push(
    `query Q ${d} { dog { name } }`,
    `query Q { dog ${d} { name } }`,
    `query Q { dog { ...F ${d} } } fragment F on Dog { name }`,
    `query Q { dog { ... on Dog ${d} { name } } }`,
    `query Q { dog { ...F } } fragment F on Dog ${d} { name }`,
    `query Q($v: Int ${d}) { complicatedArgs { intArgField(intArg: $v) } }`,
  );
}
add('directives-locations', directiveDocuments);
add('directives', [
  'mutation M @onMutation { renameDog(name: "a", newName: "b") { name } }',
  'subscription S @onSubscription { newMessage { body } }',
  'subscription S @onQuery { newMessage { body } }',
  '{ dog @include(if: true) @include(if: false) { name } }',
  '{ dog @include(if: true) @skip(if: false) { name } }',
  '{ dog @skip(if: true) @skip(if: true) @skip(if: true) { name } }',
  '{ dog @repeatable @repeatable(label: "a") { name } }',
  '{ dog @onField @onField { name } }',
  '{ dog @onField { name @onField } }',
  '{ dog { ...F @onFragmentSpread @onFragmentSpread } } fragment F on Dog { name }',
  '{ dog { ... @onInlineFragment @onInlineFragment { name } } }',
  'query Q @onQuery @onQuery { dog { name } }',
  'query Q($v: Int @onVariableDefinition @onVariableDefinition) { complicatedArgs { intArgField(intArg: $v) } }',
  '{ dog @unknown @unknown { name } }',
  '{ dog { ...F } } fragment F on Dog @onFragmentDefinition @onFragmentDefinition { name }',
  '{ dog @onField @unknown @onQuery { name } }',
]);
add('directives', [
  '{ artist(id: 1) @include(if: true) { name @skip(if: false) } }',
  '{ artist(id: 1) @deprecated { name } }',
  '{ artist(id: 1) @include(if: true) @include(if: true) { name } }',
  '{ artist(id: 1) @cached { name } }',
], 'discogsography');

// ---- Variables (5.8)
add('variables', [
  'query Q($a: Int, $b: String) { complicatedArgs { intArgField(intArg: $a) stringArgField(stringArg: $b) } }',
  'query Q($a: Int, $a: Int) { complicatedArgs { intArgField(intArg: $a) } }',
  'query Q($a: Int, $a: String, $a: Boolean) { complicatedArgs { intArgField(intArg: $a) } }',
  'query A($a: Int) { complicatedArgs { intArgField(intArg: $a) } } query B($a: Int) { complicatedArgs { intArgField(intArg: $a) } }',
  'query Q($a: Dog) { dog { name } }',
  'query Q($a: [Dog!]!) { dog { name } }',
  'query Q($a: CatOrDog, $b: Pet) { dog { name } }',
  'query Q($a: FurColor, $b: FindDogInput, $c: [String!]) { dog { name } }',
  'query Q($a: Unknown) { dog { name } }',
  'query Q($a: [Unknwn!]) { dog { name } }',
  'query Q($a: Strin) { dog { name } }',
  'query Q { complicatedArgs { intArgField(intArg: $a) } }',
  '{ complicatedArgs { intArgField(intArg: $a) } }',
  'query Q($a: Int) { complicatedArgs { intArgField(intArg: $b) } }',
  'query Q($a: Int) { complicatedArgs { intArgField(intArg: $a) ...F } } fragment F on ComplicatedArgs { stringArgField(stringArg: $s) }',
  'query A($a: Int) { complicatedArgs { ...F } } query B { complicatedArgs { ...F } } fragment F on ComplicatedArgs { intArgField(intArg: $a) }',
  'query Q($a: Int) { dog { name } }',
  'query Q($a: Int, $b: Int) { complicatedArgs { intArgField(intArg: $b) } }',
  'query Q($a: Int) { complicatedArgs { ...F } } fragment F on ComplicatedArgs { intArgField(intArg: $a) }',
  'query Q($a: Int) { complicatedArgs { ...F } } fragment F on ComplicatedArgs { ...G } fragment G on ComplicatedArgs { intArgField(intArg: $a) }',
  'query Q($a: Int, $b: Int) { complicatedArgs { ...F } } fragment F on ComplicatedArgs { intArgField(intArg: $a) } fragment G on ComplicatedArgs { intArgField(intArg: $b) }',
  '{ dog { name } } fragment F on Dog { doesKnowCommand(dogCommand: $c) }',
  'query Q($c: DogCommand!) { dog { ...F } } fragment F on Dog { doesKnowCommand(dogCommand: $c) ...F }',
  'query Q($a: Boolean!) { dog @include(if: $a) { name } }',
  'query Q($a: Boolean) { dog @include(if: $a) { name } }',
  'query Q($a: Boolean = true) { dog @include(if: $a) { name } }',
  'query Q($a: Boolean = null) { dog @include(if: $a) { name } }',
  'query Q($a: Int = "x") { complicatedArgs { intArgField(intArg: $a) } }',
  'query Q($a: Int! = null) { complicatedArgs { intArgField(intArg: $a) } }',
  'query Q($a: ComplexInput = {intField: 1}) { complicatedArgs { complexArgField(complexArg: $a) } }',
  'query Q($a: ComplexInput = {requiredField: true, unknown: 1}) { complicatedArgs { complexArgField(complexArg: $a) } }',
  'query Q($a: [Int] = [1, "2"]) { scalars { int } complicatedArgs { intArgField(intArg: 1) } }',
  'query Q($a: PetRef = {dogName: "a", catName: "b"}) { petByOptionalRef(ref: $a) { name } }',
  'query Q($a: String) { complicatedArgs { complexArgField(complexArg: {requiredField: true, stringField: $a}) } }',
  'query Q($a: Boolean) { complicatedArgs { complexArgField(complexArg: {requiredField: $a}) } }',
  'query Q($a: Boolean!) { complicatedArgs { complexArgField(complexArg: {requiredField: $a}) } }',
  'query Q($a: Boolean) { complicatedArgs { complexArgField(complexArg: {requiredField: true, nonNullField: $a}) } }',
  'query Q($a: String) { complicatedArgs { stringListArgField(stringListArg: [$a]) } }',
  'query Q($a: String) { complicatedArgs { stringListNonNullArgField(stringListNonNullArg: [$a]) } }',
  'query Q($a: String!) { complicatedArgs { stringListNonNullArgField(stringListNonNullArg: [$a]) } }',
  'query Q($a: String) { complicatedArgs { stringListArgField(stringListArg: $a) } }',
  'query Q($a: [String]) { complicatedArgs { stringArgField(stringArg: $a) } }',
  'query Q($a: String) { petByRef(ref: {dogName: $a}) { name } }',
  'query Q($a: String!) { petByRef(ref: {dogName: $a}) { name } }',
  'query Q($a: String) { petByOptionalRef(ref: {dogName: $a}) { name } }',
  'query Q($a: String = "x") { petByOptionalRef(ref: {dogName: $a}) { name } }',
  'query Q($a: String) { complicatedArgs { oneOfArgField(oneOfArg: {catName: $a}) } }',
  'query Q($a: String!) { complicatedArgs { oneOfArgField(oneOfArg: {catName: $a}) } }',
  'query Q($a: PetRef) { petByRef(ref: $a) { name } }',
  'query Q($a: PetRef!) { petByRef(ref: $a) { name } }',
  'query Q($a: String) { oneOfList(refs: [{dogName: $a}]) { name } }',
  'query Q($a: FindDogInput) { petByRef(ref: {nested: $a}) { name } }',
  'query Q($a: Int) { dog @withArgs(required: $a) { name } }',
  'query Q($a: Int = 1) { dog @withArgs(required: $a) { name } }',
  'query Q($a: [Int]) { dog @withArgs(required: 1, list: $a) { name } }',
  'query Q($a: Int) { complicatedArgs { nonNullFieldWithDefault(arg: $a) } }',
  'query Q($a: Int) { arguments { optionalNonNullBooleanArgField(optionalBooleanArg: $a) } }',
  'query Q($a: Boolean) { arguments { optionalNonNullBooleanArgField(optionalBooleanArg: $a) } }',
  'query Q($a: Boolean) { dog { isHouseTrained(atOtherHomes: $a) } }',
  'query Q($a: Int) { dog { friends(first: $a) { name } } }',
  'query Q($a: Int!) { complicatedArgs { ...F } } fragment F on ComplicatedArgs { nonNullIntArgField(nonNullIntArg: $a) intArgField(intArg: $a) }',
  'query Q($a: Int) { complicatedArgs { ...F } } fragment F on ComplicatedArgs { nonNullIntArgField(nonNullIntArg: $a) }',
  'query Q($a: String) { dog { name(surname: $a) } }',
  'query Q($a: FurColor) { complicatedArgs { enumArgField(enumArg: $a) } }',
  'query Q($a: DogCommand) { complicatedArgs { enumArgField(enumArg: $a) } }',
  'query Q($a: ID) { complicatedArgs { idArgField(idArg: $a) stringArgField(stringArg: $a) } }',
  'query Q($a: Int) { complicatedArgs { floatArgField(floatArg: $a) } }',
  'query Q($a: Unknown) { complicatedArgs { intArgField(intArg: $a) } }',
  'query Q($a: Dog) { complicatedArgs { intArgField(intArg: $a) } }',
  'query Q($a: Int) { unknown(arg: $a) }',
  'query Q($a: Int) { dog @unknown(arg: $a) { name } }',
  'query Q($a: Int) { dog { name(nope: $a) } }',
]);
const variableTypes = ['Int', 'Int!', '[Int]', '[Int!]', '[Int]!', '[Int!]!', 'String', 'Float', 'Boolean!'];
const variablePositions = [
  'complicatedArgs { intArgField(intArg: $v) }', 'complicatedArgs { nonNullIntArgField(nonNullIntArg: $v) }',
  'complicatedArgs { stringListArgField(stringListArg: $v) }', 'arguments { booleanListArgField(booleanListArg: $v) }',
  'complicatedArgs { complexArgField(complexArg: {requiredField: true, intField: $v}) }', 'scalars { int } dog @withArgs(required: $v) { name }',
  'complicatedArgs { floatArgField(floatArg: $v) }', 'complicatedArgs { nonNullFieldWithDefault(arg: $v) }',
];
const variableDocuments = [];
for (const type of variableTypes) {
  for (const position of variablePositions) {
    variableDocuments.push(`query Q($v: ${type}) { ${position} }`);
  }
}
for (const [type, value] of [['Int', '1'], ['Int', 'null'], ['[Int]', '[1]'], ['Boolean', 'true']]) {
  for (const position of variablePositions.slice(0, 4)) variableDocuments.push(`query Q($v: ${type} = ${value}) { ${position} }`);
}
add('variables-positions', variableDocuments);
add('variables', [
  'query Q($id: Int!) { artist(id: $id) { name } }',
  'query Q($id: Int) { artist(id: $id) { name } }',
  'query Q($id: Int = 1) { artist(id: $id) { name } }',
  'query Q($id: ID!) { artist(id: $id) { name } }',
  'query Q($id: Long) { artist(id: 1) { name } }',
  'query Q($ids: [ID!]!) { nodes(ids: $ids) { id } }',
  'query Q($ids: [ID]!) { nodes(ids: $ids) { id } }',
  'query Q($ids: [ID!]) { nodes(ids: $ids) { id } }',
  'query Q($id: ID!) { nodes(ids: [$id]) { id } }',
  'query Q($id: ID) { nodes(ids: [$id]) { id } }',
  'query Q($ref: EntityRef) { graphStats { artists } }',
  'query Q($t: EntityType = ARTIST) { graphStats { artists } }',
  'query Q($t: EntityType = BAND) { graphStats { artists } }',
  'query Q($a: Artist) { graphStats { artists } }',
  'query Q($ref: EntityRef = {artistId: 1, labelId: 2}) { graphStats { artists } }',
  'query Q($ref: EntityRef = {genre: "Jazz"}) { graphStats { artists } }',
  'query Q { artist(id: $id) { name } }',
  'query Q($id: Int!, $id: Int!) { artist(id: $id) { name } }',
], 'discogsography');

// ---- Introspection depth (graphql-js MaxIntrospectionDepth)
add('introspection', [
  '{ __schema { types { fields { type { fields { name } } } } } }',
  '{ __schema { types { fields { type { fields { type { fields { name } } } } } } } }',
  '{ __schema { types { interfaces { fields { name } } } } }',
  '{ __schema { types { interfaces { interfaces { interfaces { name } } } } } }',
  '{ __schema { types { possibleTypes { possibleTypes { name } } } } }',
  '{ __schema { types { inputFields { type { inputFields { type { inputFields { name } } } } } } } }',
  '{ __type(name: "Dog") { fields { type { fields { type { fields { name } } } } } } }',
  '{ __type(name: "Dog") { fields { type { name } } interfaces { name } } }',
  '{ __schema { ...T } } fragment T on __Schema { types { fields { type { ...U } } } } fragment U on __Type { fields { type { fields { name } } } }',
  '{ __schema { types { ...F } } } fragment F on __Type { fields { type { ...F } } }',
  '{ __schema { types { ...F } } } fragment F on __Type { name }',
  '{ a: __schema { types { name } } b: __type(name: "Cat") { fields { type { fields { type { fields { name } } } } } } }',
  '{ __schema { queryType { fields { type { ofType { fields { name } } } } } } }',
  'query IntrospectionQuery { __schema { queryType { name } mutationType { name } subscriptionType { name } types { ...FullType } directives { name locations args { ...InputValue } } } } fragment FullType on __Type { kind name fields(includeDeprecated: true) { name args { ...InputValue } type { ...TypeRef } isDeprecated deprecationReason } inputFields { ...InputValue } interfaces { ...TypeRef } enumValues(includeDeprecated: true) { name isDeprecated deprecationReason } possibleTypes { ...TypeRef } } fragment InputValue on __InputValue { name type { ...TypeRef } defaultValue } fragment TypeRef on __Type { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } }',
]);
add('introspection', [
  '{ __schema { types { name fields { name } } } }',
  '{ __type(name: "Artist") { fields { type { fields { type { fields { name } } } } } } }',
  '{ __type(name: "EntityRef") { isOneOf inputFields { name } } }',
], 'discogsography');

for (const [group, items] of Object.entries(groups)) {
  writeFileSync(join(here, `${group}.json`), JSON.stringify(items, null, 1) + '\n');
}
console.log(Object.entries(groups).map(([g, items]) => `${g}: ${items.length}`).join('\n'));
console.log(`total: ${Object.values(groups).reduce((n, items) => n + items.length, 0)}`);
