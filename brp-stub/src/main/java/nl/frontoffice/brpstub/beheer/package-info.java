/**
 * The stub's operating mode ({@link nl.frontoffice.brpstub.beheer.StubMode}: normal, down, slow), its initial value
 * from MicroProfile Config and the loopback-only endpoints to read and switch it at runtime.
 */
package nl.frontoffice.brpstub.beheer;
