package nl.frontoffice.digidsimulator.artifact;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

/**
 * A SAML 2.0 artifact of type 0x0004 (SAML bindings §3.6.4): 44 bytes, base64-encoded —
 * {@code TypeCode (2) | EndpointIndex (2) | SourceID (20) | MessageHandle (20)}, where SourceID is the SHA-1 of the
 * issuer's entity id and MessageHandle 20 random bytes.
 */
public final class Artifact {

    public static final int TYPE_CODE = 0x0004;
    public static final int LENGTH = 44;

    private static final SecureRandom RANDOM = new SecureRandom();

    private final byte[] bytes;

    private Artifact(byte[] bytes) {
        this.bytes = bytes;
    }

    /** A fresh artifact for a message issued by {@code entityId}, resolved at its endpoint {@code endpointIndex}. */
    public static Artifact issue(String entityId, int endpointIndex) {
        if (endpointIndex < 0 || endpointIndex > 0xFFFF) {
            throw new IllegalArgumentException("Endpoint index out of range: " + endpointIndex);
        }
        byte[] handle = new byte[20];
        RANDOM.nextBytes(handle);
        ByteBuffer buffer = ByteBuffer.allocate(LENGTH);
        buffer.putShort((short) TYPE_CODE).putShort((short) endpointIndex).put(sourceIdOf(entityId)).put(handle);
        return new Artifact(buffer.array());
    }

    /**
     * Reads an encoded artifact.
     *
     * @throws IllegalArgumentException when it is not base64 of 44 bytes with type code 0x0004
     */
    public static Artifact parse(String encoded) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(encoded.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("The artifact is not base64");
        }
        if (bytes.length != LENGTH) {
            throw new IllegalArgumentException("The artifact has " + bytes.length + " bytes, not " + LENGTH);
        }
        Artifact artifact = new Artifact(bytes);
        if (artifact.typeCode() != TYPE_CODE) {
            throw new IllegalArgumentException("The artifact has type code " + artifact.typeCode() + ", not 4");
        }
        return artifact;
    }

    /** SHA-1 of the entity id (UTF-8): the SourceID of every artifact that entity issues. */
    public static byte[] sourceIdOf(String entityId) {
        try {
            return MessageDigest.getInstance("SHA-1").digest(entityId.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public int typeCode() {
        return ((bytes[0] & 0xFF) << 8) | (bytes[1] & 0xFF);
    }

    public int endpointIndex() {
        return ((bytes[2] & 0xFF) << 8) | (bytes[3] & 0xFF);
    }

    public byte[] sourceId() {
        return Arrays.copyOfRange(bytes, 4, 24);
    }

    public byte[] messageHandle() {
        return Arrays.copyOfRange(bytes, 24, 44);
    }

    public boolean isIssuedBy(String entityId) {
        return MessageDigest.isEqual(sourceId(), sourceIdOf(entityId));
    }

    /** The base64 form, as sent in {@code SAMLart}. */
    public String encoded() {
        return Base64.getEncoder().encodeToString(bytes);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Artifact artifact && Arrays.equals(bytes, artifact.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    /** Not the artifact itself: it is a bearer credential until resolved. */
    @Override
    public String toString() {
        return "Artifact[type=" + typeCode() + ", index=" + endpointIndex() + "]";
    }
}
