/**
 * RvIG's GBA-V test set as the stub's data: the CSV of persoonslijsten with LO GBA element numbers as columns
 * ({@link nl.frontoffice.brpstub.testset.GbaTestset}, {@link nl.frontoffice.brpstub.testset.Persoonslijst}), the
 * code tables ({@link nl.frontoffice.brpstub.testset.CodeTables}) and the conversion to the API's Persoon
 * ({@link nl.frontoffice.brpstub.testset.PersoonJson}, {@link nl.frontoffice.brpstub.testset.GbaDates}).
 */
package nl.frontoffice.brpstub.testset;
