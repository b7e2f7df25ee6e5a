/**
 * The citizens' personal area ({@code /mijn/*}, role {@code CITIZEN}, DigiD level per
 * {@code frontoffice.digid.area-levels}): its start page, and the citizen logged in
 * ({@link nl.frontoffice.portal.citizen.LoggedInCitizen}), which every page here gets the BSN from.
 */
package nl.frontoffice.portal.citizen;
