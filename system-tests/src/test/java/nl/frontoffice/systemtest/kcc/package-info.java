/**
 * System tests of the contact centre's pages on the production EAR: the klantbeeld search, the citizen page with its
 * timeline, contact moments and callback requests, and the callback list of a team.
 */
package nl.frontoffice.systemtest.kcc;
