/**
 * System tests: the production EAR deployed on a real Payara Server against PostgreSQL, driven over
 * HTTP and through headless Chromium, as a citizen or a sysadmin would use it.
 */
package nl.frontoffice.systemtest;
