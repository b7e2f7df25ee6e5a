/**
 * Cases (zaken): listing a citizen's cases and moving a case through the statuses of its case type,
 * with the full history of who changed what, when and why.
 */
package nl.frontoffice.cases;
