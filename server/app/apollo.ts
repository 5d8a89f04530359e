// The one Apollo Server configuration.
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type http from 'node:http';
import type { Config } from '../config';
import type { Logger } from '../logging';
import { validationRules } from '../limits';
import { resolvers } from '../resolvers';
import type { Context } from '../resolvers';
import { loadTypeDefs } from '../schema';
import { createFormatError } from './format-error';
import { bookmarkPlugin } from './bookmarks';
import { costLimitPlugin } from './plugins';
import type { RateLimits } from './rate-limit';
import { requestRecordPlugin } from './request-log';

export function createApollo(config: Config, httpServer: http.Server, logger: Logger, rateLimits: RateLimits): ApolloServer<Context> {
  return new ApolloServer<Context>({
    typeDefs: loadTypeDefs(),
    resolvers,
    introspection: config.introspection,
    // Field-name suggestions would reveal the schema that turning introspection off hides.
    hideSchemaDetailsFromClientErrors: !config.introspection,
    csrfPrevention: true,
    includeStacktraceInErrorResponses: false,
    // The host (scripts/start.ts) owns SIGINT/SIGTERM and calls stop() itself, then stops Neo4j.
    stopOnTerminationSignals: false,
    // graphql-js counts tokens while it parses, so an over-long document is refused before it is built.
    parseOptions: { maxTokens: config.limits.maxTokens },
    validationRules: validationRules(config.limits),
    formatError: createFormatError((message, error) => logger.error({ err: error }, message)),
    // Apollo's own warnings (e.g. a plugin's) go to the same log as everything else.
    logger,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: config.shutdownGraceMs }),
      // We serve our own, locally bundled GraphiQL; Apollo's landing page would load from a CDN.
      ApolloServerPluginLandingPageDisabled(),
      costLimitPlugin(config.limits),
      rateLimits.writePlugin(),
      bookmarkPlugin(),
      requestRecordPlugin(),
    ],
  });
}
