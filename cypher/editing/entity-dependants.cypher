// What keeps an entity from being retired: its live links, and quotes on live links that name it
// as their speaker (a retired speaker would leave that attribution pointing at nothing). Runs only
// when an entity is retired, so the scan of evidence by speaker is rare.
// Parameters: $id (string)
// Columns: links, speakerOf
MATCH (n:Entity {id: $id})
RETURN COUNT { MATCH (n)-[r]-(:Entity) WHERE NOT coalesce(r.retired, false) } AS links,
       COUNT {
         MATCH (e:Evidence) WHERE e.attributionEntityId = $id
           AND EXISTS { MATCH (:Entity {id: e.fromId})-[r]->(:Entity) WHERE r.id = e.relId AND NOT coalesce(r.retired, false) }
       } AS speakerOf
