/**
 * Polite, guarded HTTP. {@link io.newswatch.ingest.http.HttpFetcher} fetches feeds and article pages with
 * conditional GET, compression, a size cap, timeouts and manually followed redirects, and reports a sealed
 * {@link io.newswatch.ingest.http.FetchOutcome}; {@link io.newswatch.ingest.http.AddressGuard} refuses
 * non-public addresses in every spelling before any connection.
 */
package io.newswatch.ingest.http;
