package nl.frontoffice.auth.saml;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Key pairs with self-signed X.509 certificates for the SAML tests, made at test time by the JDK's
 * own {@code keytool} (RSA 2048, SHA256withRSA, PKCS12; one EC P-256 pair), once per test JVM: the
 * IdP's signing key and its rollover successor, ours and our next one, an attacker's (whose
 * certificate has the same subject as the IdP's), and TLS keys for the back channel. They are kept
 * in {@code target/saml-test-keys} and reused by later builds while their certificates are valid
 * for another day ({@code mvn clean} makes new ones).
 */
public final class SamlTestKeys {

    static final char[] PASSWORD = "changeit".toCharArray();
    static final String ALIAS = "key";

    /** A private key, its certificate and the PKCS12 key store holding both. */
    public record KeyMaterial(PrivateKey privateKey, X509Certificate certificate, KeyStore keyStore) {

        /** @return a key store with only this certificate, as a trust store */
        KeyStore asTrustStore() {
            try {
                KeyStore trust = KeyStore.getInstance("PKCS12");
                trust.load(null, null);
                trust.setCertificateEntry("trusted", certificate);
                return trust;
            } catch (GeneralSecurityException | IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static SamlTestKeys instance;

    final KeyMaterial idp;
    final KeyMaterial idpNext;
    final KeyMaterial idpEc;
    final KeyMaterial sp;
    final KeyMaterial spNext;
    final KeyMaterial attacker;
    final KeyMaterial tlsServer;
    final KeyMaterial tlsClient;
    final KeyMaterial tlsRogueServer;

    private SamlTestKeys(Map<String, KeyMaterial> keys) {
        idp = keys.get("idp");
        idpNext = keys.get("idp-next");
        idpEc = keys.get("idp-ec");
        sp = keys.get("sp");
        spNext = keys.get("sp-next");
        attacker = keys.get("attacker");
        tlsServer = keys.get("tls-server");
        tlsClient = keys.get("tls-client");
        tlsRogueServer = keys.get("tls-rogue-server");
    }

    public static synchronized SamlTestKeys get() {
        if (instance == null) {
            try {
                Path target = Path.of("target");
                Path dir = Files.isDirectory(target)
                        ? Files.createDirectories(target.resolve("saml-test-keys"))
                        : Files.createTempDirectory("saml-test-keys");
                Map<String, List<String>> specs = specs();
                try {
                    instance = load(dir, specs.keySet());
                } catch (IOException | GeneralSecurityException | IllegalStateException missingOrStale) {
                    generate(dir, specs);
                    instance = load(dir, specs.keySet());
                }
            } catch (IOException | GeneralSecurityException e) {
                throw new IllegalStateException("test keys could not be made", e);
            }
        }
        return instance;
    }

    private static Map<String, List<String>> specs() {
        Map<String, List<String>> specs = new LinkedHashMap<>();
        specs.put("idp", rsa("CN=DigiD test IdP signing"));
        specs.put("idp-next", rsa("CN=DigiD test IdP signing next"));
        specs.put("idp-ec", List.of("-keyalg", "EC", "-groupname", "secp256r1", "-sigalg", "SHA256withECDSA",
                "-dname", "CN=DigiD test IdP EC signing"));
        specs.put("sp", rsa("CN=Frontoffice SP signing"));
        specs.put("sp-next", rsa("CN=Frontoffice SP signing next"));
        specs.put("attacker", rsa("CN=DigiD test IdP signing"));
        specs.put("tls-server", withSan(rsa("CN=localhost")));
        specs.put("tls-client", rsa("CN=Frontoffice SP TLS client"));
        specs.put("tls-rogue-server", withSan(rsa("CN=localhost")));
        return specs;
    }

    private static void generate(Path dir, Map<String, List<String>> specs) throws IOException {
        List<Process> processes = new ArrayList<>();
        for (Map.Entry<String, List<String>> spec : specs.entrySet()) {
            Path store = dir.resolve(spec.getKey() + ".p12");
            Files.deleteIfExists(store);
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                    "-genkeypair", "-alias", ALIAS, "-validity", "30",
                    "-storetype", "PKCS12", "-keystore", store.toString(),
                    "-storepass", new String(PASSWORD), "-keypass", new String(PASSWORD), "-noprompt"));
            command.addAll(spec.getValue());
            processes.add(new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(dir.resolve(spec.getKey() + ".log").toFile()).start());
        }
        try {
            for (Process process : processes) {
                if (!process.waitFor(180, TimeUnit.SECONDS) || process.exitValue() != 0) {
                    throw new IllegalStateException("keytool failed: " + process.info().commandLine().orElse(""));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static SamlTestKeys load(Path dir, Iterable<String> names) throws IOException, GeneralSecurityException {
        Map<String, KeyMaterial> keys = new LinkedHashMap<>();
        Date tomorrow = Date.from(Instant.now().plus(Duration.ofDays(1)));
        for (String name : names) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(dir.resolve(name + ".p12"))) {
                store.load(in, PASSWORD);
            }
            X509Certificate certificate = (X509Certificate) store.getCertificate(ALIAS);
            PrivateKey key = (PrivateKey) store.getKey(ALIAS, PASSWORD);
            if (certificate == null || key == null) {
                throw new IllegalStateException("incomplete key store " + name);
            }
            certificate.checkValidity(tomorrow);
            keys.put(name, new KeyMaterial(key, certificate, store));
        }
        return new SamlTestKeys(keys);
    }

    private static List<String> rsa(String dname) {
        return List.of("-keyalg", "RSA", "-keysize", "2048", "-sigalg", "SHA256withRSA", "-dname", dname);
    }

    private static List<String> withSan(List<String> base) {
        List<String> result = new ArrayList<>(base);
        result.addAll(List.of("-ext", "san=ip:127.0.0.1,dns:localhost"));
        return result;
    }
}
