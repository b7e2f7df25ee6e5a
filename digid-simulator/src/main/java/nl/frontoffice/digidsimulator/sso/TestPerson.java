package nl.frontoffice.digidsimulator.sso;

import java.util.List;
import java.util.Optional;

/**
 * A test person on the login page: RvIG's test BSNs (GBA-V test set) with the names they have in that set, so that
 * the portal's BRP data and the simulator tell the same story.
 *
 * @param bsn  the test BSN
 * @param name the name in the RvIG test set (fictitious)
 * @param note what makes this person useful in a test, or empty
 */
public record TestPerson(String bsn, String name, String note) {

    public static final List<TestPerson> ALL = List.of(
            new TestPerson("999993847", "Merel Kooyman", "met partner en kinderen; demo: intake met drie hulpvragen"),
            new TestPerson("999993653", "Suzanne Moulin", "met partner; demo: inkomensvraag per telefoon"),
            new TestPerson("999992077", "Jan Staart", "minderjarig"),
            new TestPerson("999993483", "Jacoba Magdalena te Schaars", ""),
            new TestPerson("999990482",
                    "Lisanty Teresita del niño Jesús Virgen De las do Livramento de La Salete Jansz.", "lange naam"),
            new TestPerson("999995017", "Wladyslaw Kwasniewski", "met partner"),
            new TestPerson("999990408", "Paolo de Jager", "minderjarig"),
            new TestPerson("999993926", "Petrus Paulus Leemstra", "met partner"),
            new TestPerson("999990421", "Adrianus Hendrikus Holthuizen", "met partner"),
            new TestPerson("999993112", "Wilma van Zon", "woont met drie anderen op één adres"),
            new TestPerson("999993793", "Rodney Plieger", ""));

    public static Optional<TestPerson> byBsn(String bsn) {
        return ALL.stream().filter(person -> person.bsn.equals(bsn)).findFirst();
    }
}
