/**
 * Single logout by the HTTP-Redirect binding: a signed LogoutRequest ends the simulated session and is answered with a
 * signed LogoutResponse redirected to the service provider's SingleLogoutService.
 */
package nl.frontoffice.digidsimulator.logout;
