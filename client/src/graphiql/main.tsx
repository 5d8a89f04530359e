// The GraphiQL page, bundled from the graphiql package (no CDN), talking to this server's /graphql.
import { GraphiQL } from 'graphiql';
import type { GraphiQLProps } from 'graphiql';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import 'graphiql/style.css';
import { EXAMPLES } from './examples';

const fetcher: GraphiQLProps['fetcher'] = async (params) => {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify(params),
  });
  return (await response.json()) as Record<string, unknown>;
};

const root = document.getElementById('graphiql');
if (!root) throw new Error('graphiql.html has no #graphiql');
createRoot(root).render(
  <StrictMode>
    <GraphiQL
      fetcher={fetcher}
      defaultTabs={[...EXAMPLES]}
      // GraphiQL 4 fills the first tab's query from defaultTabs but not its variables.
      variables={EXAMPLES[0]?.variables}
      defaultEditorToolsVisibility="variables"
      shouldPersistHeaders={false}
    />
  </StrictMode>,
);
