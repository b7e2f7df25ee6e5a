package nl.frontoffice.systemtest.support;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The development mail catcher deployed beside the EAR ({@code /mail-catcher/api/berichten}, JSON of
 * every mail it received): the mails the application sent, as the recipient would get them.
 */
public final class MailCatcher {

    private static final Duration WAIT = Duration.ofSeconds(60);

    private MailCatcher() {
    }

    /** @return the JSON of every mail caught so far */
    public static String all(String portal) {
        HttpResponse<String> mails = Http.get(URI.create(portal + "/mail-catcher/api/berichten"));
        return mails.statusCode() == 200 ? mails.body() : "";
    }

    /**
     * Polls until a mail to that address is there.
     *
     * @return the JSON of every mail caught, which holds it
     * @throws AssertionError when none came within a minute
     */
    public static String waitForMailTo(String portal, String address) {
        long until = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < until) {
            String mails = all(portal);
            if (mails.contains(address)) {
                return mails;
            }
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("No mail to " + address + " within " + WAIT.toSeconds() + " s");
    }

    /**
     * Polls until a mail to that address with that subject is there.
     *
     * @return that mail as the catcher's JSON
     * @throws AssertionError when none came within a minute and a half
     */
    public static String waitForMail(String portal, String address, String subject) {
        long until = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        Pattern ids = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
        while (System.nanoTime() < until) {
            String list = all(portal);
            if (list.contains(address)) {
                Matcher id = ids.matcher(list);
                while (id.find()) {
                    HttpResponse<String> mail = Http.get(URI.create(portal + "/mail-catcher/api/berichten/" + id.group(1)));
                    if (mail.statusCode() == 200 && mail.body().contains(address) && mail.body().contains(subject)) {
                        return mail.body();
                    }
                }
            }
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("No mail \"" + subject + "\" to " + address + " within 90 s");
    }
}
