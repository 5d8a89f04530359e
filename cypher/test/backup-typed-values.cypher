// For the backup round trip: a node and a link whose properties hold one value of each Neo4j
// type, built here by Neo4j itself (not by the driver), so the test sees what Cypher stores;
// zonedFirst and zonedSecond are both 02:30 in Berlin, before and after the clocks went back.
// Parameters: $bytes (byte array)
// Columns: none
CREATE (n:BackupTypes:Probe {
  text: 'Nio 蔚来', flag: true, count: 42, huge: 9223372036854775807, ratio: 1.5, whole: 2.0,
  day: date('2024-02-29'), clock: localtime('12:34:56.123456789'), clockAt: time('12:34:56+02:00'),
  local: localdatetime('2024-01-01T00:00:00'), offsetAt: datetime('2024-01-01T00:00:00-05:00'),
  zonedFirst: datetime({datetime: datetime('2024-10-27T00:30:00Z'), timezone: 'Europe/Berlin'}),
  zonedSecond: datetime({datetime: datetime('2024-10-27T01:30:00Z'), timezone: 'Europe/Berlin'}),
  span: duration('P1Y2M3DT4H5M6.7S'), place: point({x: 1.5, y: -2}), site: point({longitude: 13.4, latitude: 52.5, height: 34}),
  ints: [1, 2, 3], floats: [1.0, 2.5], words: ['a', 'b'], flags: [true, false], days: [date('2024-01-01')], none: [],
  blob: $bytes
})
CREATE (m:BackupTypes)
CREATE (n)-[:BACKUP_PROBE {weight: 0.25, since: date('2020-01-01'), order: -7}]->(m)
CREATE (m)-[:BACKUP_PROBE]->(m)
