/**
 * Clients of the registries a municipality already runs, one sub-package per registry, each an
 * anti-corruption layer: a MicroProfile Rest Client interface with its configuration key, headers
 * factory, exception mapper, timeout and fault tolerance, and a service that translates the
 * registry's model into the domain model's own types (for example {@code brp} for Haal Centraal
 * BRP Personen, {@code zgw} for the ZGW APIs such as Open Zaak). The specifications an adapter
 * implements live beside it. No adapter logs a BSN or a response body.
 */
package nl.frontoffice.adapters;
