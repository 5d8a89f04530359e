// Which entities are read as hubs: above HUB_DEGREE links, a neighbourhood level and a page of an
// entity's links come from the statements named *-hub (query/neighbourhood/expand-hub,
// query/entity/relationships-hub), which walk a big relation type's id index in order instead of
// reading and sorting every link (at L the busiest agency's 206,401 links: 650-800 ms → 12-30 ms a
// level, 0.8-2.7 s → 26-46 ms a page), but whose plans take Neo4j a second or more to make. The
// small-entity statements say which of their entities are over the bound, at no cost (the degree
// is kept on the node), so a graph without such hubs never plans the big statements.
export const HUB_DEGREE = 5_000;
