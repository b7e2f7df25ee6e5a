/**
 * What the servlets share: HTML escaping and the page frame (Dutch, accessible), the error page (HTTP 400 with the
 * reason) and the security headers filter.
 */
package nl.frontoffice.digidsimulator.web;
