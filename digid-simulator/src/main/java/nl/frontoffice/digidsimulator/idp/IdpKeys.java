package nl.frontoffice.digidsimulator.idp;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * The IdP's signing key: read from a PKCS12 keystore, or generated into one at first start.
 *
 * <p>The JDK has no public API to build a certificate, so a self-signed one is made by running the JDK's own
 * {@code keytool -genkeypair} (passwords go through the environment, not the command line). The keystore is written to
 * a temporary file and moved into place, so a half-written file is never read.
 */
public final class IdpKeys {

    private static final Logger LOG = Logger.getLogger(IdpKeys.class.getName());

    /** The password of a keystore the simulator generates itself (development only: the key signs test logins). */
    public static final String GENERATED_KEYSTORE_PASSWORD = "digid-simulator";
    public static final String DEFAULT_ALIAS = "digid-simulator";
    public static final String GENERATED_DNAME = "CN=DigiD simulator, OU=Development only, O=Frontoffice, C=NL";

    private static final String PASSWORD_VARIABLE = "DIGID_SIMULATOR_KEYTOOL_PASSWORD";

    private IdpKeys() {
    }

    /** Reads the key entry {@code alias} from a PKCS12 keystore. */
    public static IdpCredential load(Path keystore, char[] password, String alias) throws IOException {
        try (InputStream in = Files.newInputStream(keystore)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            if (!store.isKeyEntry(alias)) {
                throw new IOException("The keystore " + keystore + " has no key entry '" + alias + "'");
            }
            PrivateKey key = (PrivateKey) store.getKey(alias, password);
            X509Certificate certificate = (X509Certificate) store.getCertificate(alias);
            return new IdpCredential(key, certificate);
        } catch (GeneralSecurityException e) {
            throw new IOException("Cannot read the key '" + alias + "' from " + keystore + ": " + e.getMessage(), e);
        }
    }

    /** Reads the keystore, generating it (RSA 3072, self-signed, ten years) first when the file does not exist. */
    public static synchronized IdpCredential loadOrGenerate(Path keystore, char[] password, String alias)
            throws IOException {
        if (!Files.exists(keystore)) {
            generate(keystore, password, alias, GENERATED_DNAME, 3072);
            LOG.info(() -> "Generated a self-signed signing key for the DigiD simulator in " + keystore);
        }
        return load(keystore, password, alias);
    }

    /**
     * Runs {@code keytool -genkeypair} to create a PKCS12 keystore with one RSA key and a self-signed certificate
     * (SHA256withRSA). Does nothing when the file appears meanwhile (another instance generated it first).
     */
    public static void generate(Path keystore, char[] password, String alias, String distinguishedName, int keySize)
            throws IOException {
        Path directory = keystore.toAbsolutePath().getParent();
        Files.createDirectories(directory);
        Path temporary = directory.resolve(keystore.getFileName() + "." + UUID.randomUUID() + ".tmp");
        List<String> command = new ArrayList<>(List.of(keytool().toString(), "-genkeypair",
                "-alias", alias, "-keyalg", "RSA", "-keysize", Integer.toString(keySize),
                "-sigalg", "SHA256withRSA", "-validity", "3650", "-dname", distinguishedName,
                "-storetype", "PKCS12", "-keystore", temporary.toString(),
                "-storepass:env", PASSWORD_VARIABLE, "-keypass:env", PASSWORD_VARIABLE, "-noprompt"));
        run(command, password);
        try {
            if (Files.exists(keystore)) {
                throw new FileAlreadyExistsException(keystore.toString());
            }
            try {
                Files.move(temporary, keystore, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, keystore);
            }
        } catch (FileAlreadyExistsException e) {
            LOG.info(() -> "Another process created " + keystore + " first; using that one");
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** Runs keytool with the password in its environment and waits for it; an error when it fails. */
    public static void run(List<String> command, char[] password) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put(PASSWORD_VARIABLE, new String(password));
        Process process = builder.start();
        process.getOutputStream().close();
        try {
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IOException("keytool did not finish within two minutes");
            }
            if (process.exitValue() != 0) {
                throw new IOException("keytool failed (exit " + process.exitValue() + "): " + output.trim());
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while waiting for keytool", e);
        }
    }

    /** The keytool of the running JDK. */
    public static Path keytool() {
        boolean windows = System.getProperty("os.name", "").toLowerCase().startsWith("windows");
        return Path.of(System.getProperty("java.home"), "bin", windows ? "keytool.exe" : "keytool");
    }
}
