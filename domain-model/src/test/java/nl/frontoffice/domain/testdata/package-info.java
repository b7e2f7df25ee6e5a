/**
 * Test fixtures: the reference data of the migrations as plain objects, so domain rules can be
 * tested without a database ({@code MigrationAndMappingTest} checks that both agree).
 */
package nl.frontoffice.domain.testdata;
