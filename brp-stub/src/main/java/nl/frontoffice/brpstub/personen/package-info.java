/**
 * The stub's API: {@code POST /haalcentraal/api/brp/personen} for {@code RaadpleegMetBurgerservicenummer} and the
 * searches {@code ZoekMetGeslachtsnaamEnGeboortedatum} and {@code ZoekMetPostcodeEnHuisnummer}
 * ({@link nl.frontoffice.brpstub.personen.Searches})
 * ({@link nl.frontoffice.brpstub.personen.PersonenResource}), the {@code fields} filter with the field paths of the
 * specification ({@link nl.frontoffice.brpstub.personen.FieldsFilter}, {@code persoon-fields.txt}) and the
 * problem+json answers ({@link nl.frontoffice.brpstub.personen.Problems}).
 */
package nl.frontoffice.brpstub.personen;
