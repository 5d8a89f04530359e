import neo4j, { isDate, isDateTime, isDuration, isInt, isLocalDateTime, isLocalTime, isPoint, isTime } from 'neo4j-driver';
import { BackupValueError, decodeProps, decodeValue, encodeProps, encodeValue } from '../../server/backup';

const { Date: Neo4jDate, DateTime, Duration, LocalDateTime, LocalTime, Point, Time } = neo4j.types;
const i = neo4j.int;

/** Through the file and back: encoded, written as JSON text, read, decoded. */
const roundTrip = (value: unknown): unknown => decodeValue(JSON.parse(JSON.stringify(encodeValue(value, 'p'))), 'p');

/** The driver's own type test for each kind, so that "equal" also means "the same Neo4j type". */
const kindOf = (v: unknown): string => {
  if (isInt(v)) return 'int';
  if (typeof v === 'number') return 'float';
  if (isDate(v)) return 'date';
  if (isLocalTime(v)) return 'localtime';
  if (isTime(v)) return 'time';
  if (isLocalDateTime(v)) return 'localdatetime';
  if (isDateTime(v)) return 'datetime';
  if (isDuration(v)) return 'duration';
  if (isPoint(v)) return 'point';
  if (v instanceof Int8Array) return 'bytes';
  if (Array.isArray(v)) return `list of ${v.map(kindOf).join(',')}`;
  return typeof v;
};

describe('backup values', () => {
  const cases: [string, unknown][] = [
    ['a string', 'Nio 蔚来 "quoted"\n'],
    ['an empty string', ''],
    ['true', true],
    ['false', false],
    ['an integer', i(42)],
    ['the largest 64-bit integer', i('9223372036854775807')],
    ['the smallest 64-bit integer', i('-9223372036854775808')],
    ['a float', 1.5],
    ['a whole-number float', 2],
    ['a tiny float', 5e-324],
    ['NaN', NaN],
    ['Infinity', Infinity],
    ['-Infinity', -Infinity],
    ['negative zero', -0],
    ['a date', new Neo4jDate(i(2024), i(2), i(29))],
    ['a date before year 0', new Neo4jDate(i(-44), i(3), i(15))],
    ['a local time', new LocalTime(i(12), i(34), i(56), i(123456789))],
    ['a time with an offset', new Time(i(23), i(59), i(59), i(1), i(-3600))],
    ['a local datetime', new LocalDateTime(i(2024), i(1), i(2), i(3), i(4), i(5), i(6))],
    ['a datetime with an offset', new DateTime(i(2024), i(1), i(1), i(0), i(0), i(0), i(0), i(-18000))],
    ['a datetime in a zone, in the hour a clock change makes twice', new DateTime(i(2024), i(10), i(27), i(2), i(30), i(0), i(0), i(3600), 'Europe/Berlin')],
    ['a duration', new Duration(i(14), i(3), i(14706), i(700000000))],
    ['a duration of 64-bit seconds', new Duration(i(0), i(0), i('9223372036854775807'), i(0))],
    ['a 2-D cartesian point', new Point(i(7203), 1.5, -2)],
    ['a 3-D geographic point', new Point(i(4979), 13.4, 52.5, 34)],
    ['a byte array', new Int8Array([0, 1, -1, 127, -128])],
    ['a list of strings', ['a', 'b']],
    ['a list of integers', [i(1), i(2), i(3)]],
    ['a list of floats', [1, 2.5]],
    ['a list of booleans', [true, false]],
    ['a list of dates', [new Neo4jDate(i(2024), i(1), i(1))]],
    ['an empty list', []],
  ];

  it.each(cases)('round-trips %s with its Neo4j type and value', (_name, value) => {
    const back = roundTrip(value);
    expect(kindOf(back)).toBe(kindOf(value));
    if (typeof value === 'number') expect(Object.is(back, value)).toBe(true);
    else expect(back).toEqual(value);
  });

  it('writes integers and floats under different tags, so 2 and 2.0 stay apart', () => {
    expect(encodeValue(i(2), 'p')).toEqual({ int: '2' });
    expect(encodeValue(2, 'p')).toEqual({ float: 2 });
    expect(kindOf(roundTrip(i(2)))).toBe('int');
    expect(kindOf(roundTrip(2))).toBe('float');
  });

  it('keeps a zoned datetime\'s offset, which tells the two 02:30s of a clock change apart', () => {
    const first = roundTrip(new DateTime(i(2024), i(10), i(27), i(2), i(30), i(0), i(0), i(7200), 'Europe/Berlin'));
    const second = roundTrip(new DateTime(i(2024), i(10), i(27), i(2), i(30), i(0), i(0), i(3600), 'Europe/Berlin'));
    expect(first).not.toEqual(second);
    expect((second as { timeZoneOffsetSeconds: unknown }).timeZoneOffsetSeconds).toEqual(i(3600));
  });

  it('refuses to write a value of a type it does not handle, naming the property', () => {
    expect(() => encodeProps({ when: new Date(0) }, 'node 4:x:1')).toThrow(new BackupValueError('node 4:x:1 property "when"', 'holds an object (Date), a type the backup does not handle'));
    expect(() => encodeValue({ a: 1 }, 'p')).toThrow(BackupValueError);
    expect(() => encodeValue(null, 'p')).toThrow(BackupValueError);
    expect(() => encodeValue(undefined, 'p')).toThrow(BackupValueError);
    expect(() => encodeValue(10n, 'p')).toThrow(/bigint, a type the backup does not handle/);
    expect(() => encodeValue([i(1), new Map()], 'p')).toThrow(/p\[1\]: holds an object \(Map\)/);
  });

  it('refuses to read an unknown type, a bare number, a malformed value or one too big for 64 bits', () => {
    expect(() => decodeValue({ uuid: 'x' }, 'p')).toThrow(/"uuid" is not a type the backup knows/);
    expect(() => decodeValue(42, 'p')).toThrow(/42 is not a backup value/);
    expect(() => decodeValue(null, 'p')).toThrow(BackupValueError);
    expect(() => decodeValue({ int: '1', float: 1 }, 'p')).toThrow(/exactly one key/);
    expect(() => decodeValue({ int: 1 }, 'p')).toThrow(/not an integer written as a string/);
    expect(() => decodeValue({ int: '1.5' }, 'p')).toThrow(BackupValueError);
    expect(() => decodeValue({ int: '9223372036854775808' }, 'p')).toThrow(/does not fit in 64 bits/);
    expect(() => decodeValue({ float: 'one' }, 'p')).toThrow(/is not a float/);
    expect(() => decodeValue({ date: [2024, 1] }, 'p')).toThrow(/a date needs 3 whole numbers/);
    expect(() => decodeValue({ datetime: [2024, 1, 1, 0, 0, 0, 0, null, null] }, 'p')).toThrow(/needs an offset or a zone/);
    expect(() => decodeValue({ point: [7203, 1] }, 'p')).toThrow(/a point needs/);
    expect(() => decodeValue({ bytes: '%%' }, 'p')).toThrow(/base64/);
    expect(() => decodeValue({ list: 'a' }, 'p')).toThrow(/JSON array/);
    expect(() => decodeProps({ name: 'x', size: 3 }, 'node 1')).toThrow(/node 1 property "size": 3 is not a backup value/);
    expect(() => decodeProps(['x'], 'node 1')).toThrow(/properties must be a JSON object/);
  });
});
