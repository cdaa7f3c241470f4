/**
 * Neo4j connection
 * ================
 * One driver per process. A server that cannot be reached is reported with its URI and the driver's
 * reason, never with the password.
 */
import neo4j, { type Driver } from 'neo4j-driver';

export interface Neo4jSettings {
  uri: string;
  user: string;
  password: string;
  database: string;
}

export class Neo4jUnavailableError extends Error {
  constructor(uri: string, reason: string) {
    super(`cannot reach Neo4j at ${uri}: ${reason}`);
    this.name = 'Neo4jUnavailableError';
  }
}

/** A driver whose server has answered; throws Neo4jUnavailableError otherwise. */
export async function connectNeo4j(settings: Neo4jSettings): Promise<Driver> {
  let driver: Driver;
  try {
    driver = neo4j.driver(settings.uri, neo4j.auth.basic(settings.user, settings.password), {
      disableLosslessIntegers: true,
      connectionAcquisitionTimeout: 20_000,
      connectionTimeout: 10_000,
      // A managed transaction (loader batches, researchers' Cypher) retries at most this long when the
      // server went away; the API then answers 503. The store's reads retry once (neo4j-store.ts).
      maxTransactionRetryTime: 5_000,
    });
  } catch (error) {
    throw new Neo4jUnavailableError(settings.uri, (error as Error).message);
  }
  try {
    await driver.getServerInfo({ database: settings.database });
  } catch (error) {
    await driver.close();
    const message = (error as Error).message || String(error);
    throw new Neo4jUnavailableError(settings.uri, settings.password ? message.replaceAll(settings.password, '***') : message);
  }
  return driver;
}
