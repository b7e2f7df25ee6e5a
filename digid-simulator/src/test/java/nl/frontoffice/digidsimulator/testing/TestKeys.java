package nl.frontoffice.digidsimulator.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Key pairs for the tests, made once per test JVM with the JDK's {@code keytool} (RSA 2048, self-signed,
 * SHA256withRSA) in a fresh directory under {@code target/}, the way a service provider's developer would make them.
 */
public final class TestKeys {

    /** A private key with its certificate. */
    public record KeyPair(PrivateKey privateKey, X509Certificate certificate, Path keystore, Path pem) {
    }

    public static final String PASSWORD = "test-password";

    private static final Map<String, KeyPair> KEYS = new ConcurrentHashMap<>();
    private static Path directory;

    private TestKeys() {
    }

    /** The service provider's signing key. */
    public static KeyPair sp() {
        return get("sp", "CN=Frontoffice SP (test)");
    }

    /** A second service provider key (rollover, or a key that changed). */
    public static KeyPair spNext() {
        return get("sp-next", "CN=Frontoffice SP next (test)");
    }

    /** A key nobody trusts: an attacker's. */
    public static KeyPair attacker() {
        return get("attacker", "CN=Attacker (test)");
    }

    /** The simulator's own signing key in the tests. */
    public static KeyPair idp() {
        return get("idp", "CN=DigiD simulator (test)");
    }

    /** The service provider's TLS client key. */
    public static KeyPair spTls() {
        return get("sp-tls", "CN=localhost, O=Frontoffice SP TLS (test)");
    }

    public static synchronized Path directory() {
        if (directory == null) {
            try {
                // under target/, so that the build's clean removes them
                Path target = Path.of("target");
                Files.createDirectories(target);
                directory = Files.createTempDirectory(target.toAbsolutePath(), "test-keys-");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return directory;
    }

    private static KeyPair get(String alias, String dname) {
        return KEYS.computeIfAbsent(alias, name -> generate(name, dname));
    }

    private static KeyPair generate(String alias, String dname) {
        Path keystore = directory().resolve(alias + ".p12");
        Path pem = directory().resolve(alias + ".pem");
        String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
        run(List.of(keytool, "-genkeypair", "-alias", alias, "-keyalg", "RSA", "-keysize", "2048",
                "-sigalg", "SHA256withRSA", "-validity", "30", "-dname", dname, "-storetype", "PKCS12",
                "-keystore", keystore.toString(), "-storepass", PASSWORD, "-keypass", PASSWORD, "-noprompt"));
        run(List.of(keytool, "-exportcert", "-rfc", "-alias", alias, "-keystore", keystore.toString(),
                "-storetype", "PKCS12", "-storepass", PASSWORD, "-file", pem.toString()));
        try (var in = Files.newInputStream(keystore)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, PASSWORD.toCharArray());
            return new KeyPair((PrivateKey) store.getKey(alias, PASSWORD.toCharArray()),
                    (X509Certificate) store.getCertificate(alias), keystore, pem);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot read the generated test key " + alias, e);
        }
    }

    private static void run(List<String> command) {
        try {
            Process process = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true).start();
            process.getOutputStream().close();
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(1, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new IllegalStateException("keytool failed: " + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
