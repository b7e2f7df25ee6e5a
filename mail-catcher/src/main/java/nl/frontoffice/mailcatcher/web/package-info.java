/**
 * The catcher's web side: the list of mails ({@code /}), one mail ({@code /bericht?id=}), an attachment
 * ({@code /bijlage?bericht=&nr=}), clearing ({@code POST /leegmaken}) and the JSON API for system tests
 * ({@code /api/berichten}). Plain HTML in Dutch without scripts, with a strict Content-Security-Policy.
 */
package nl.frontoffice.mailcatcher.web;
