/**
 * Technical foundations every feature relies on: the datasource chosen at deploy time, the schema
 * migration at start-up, and the demo data of the quick start. No business rules live here.
 */
package nl.frontoffice.platform;
