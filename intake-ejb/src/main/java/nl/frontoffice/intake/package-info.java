/**
 * Registering an intake: one submission by or for a citizen with several questions, each domain's
 * questions opening one case with its statutory deadline, in one transaction.
 */
package nl.frontoffice.intake;
