/**
 * Demo data for the quick start and for trying the portal out: demo staff and demo citizens (RvIG
 * test BSNs) with intakes and cases. Off unless {@code frontoffice.demo-data.enabled=true}; never
 * enable it in production.
 */
package nl.frontoffice.platform.demo;
