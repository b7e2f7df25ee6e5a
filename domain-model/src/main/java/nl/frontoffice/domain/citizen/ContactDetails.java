package nl.frontoffice.domain.citizen;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;

/**
 * How the citizen told us he wants to be reached: a phone number and an e-mail address, both
 * optional. This is what the citizen gave us, not data from the BRP.
 *
 * <p>Blank values are stored as {@code null}.
 */
@Embeddable
public class ContactDetails implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Digits, spaces, brackets and dashes, optionally starting with +; 6 to 20 characters. */
    public static final String PHONE_PATTERN = "\\+?[0-9 ()\\-]{6,20}";

    @Size(max = 20, message = "{nl.frontoffice.phone.invalid}")
    @Pattern(regexp = PHONE_PATTERN, message = "{nl.frontoffice.phone.invalid}")
    @Column(name = "phone", length = 20)
    private String phone;

    @Size(max = 254, message = "{nl.frontoffice.email.invalid}")
    @Email(message = "{nl.frontoffice.email.invalid}")
    @Column(name = "email", length = 254)
    private String email;

    /** For JPA only. */
    protected ContactDetails() {
    }

    private ContactDetails(String phone, String email) {
        this.phone = blankToNull(phone);
        this.email = blankToNull(email);
    }

    /**
     * @param phone phone number, may be {@code null} or blank
     * @param email e-mail address, may be {@code null} or blank
     * @return the contact details (validated by Bean Validation when the citizen is saved)
     */
    public static ContactDetails of(String phone, String email) {
        return new ContactDetails(phone, email);
    }

    /** @return contact details without phone or e-mail */
    public static ContactDetails none() {
        return new ContactDetails(null, null);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public Optional<String> getPhone() {
        return Optional.ofNullable(phone);
    }

    public Optional<String> getEmail() {
        return Optional.ofNullable(email);
    }

    /** @return whether neither a phone number nor an e-mail address is known */
    public boolean isEmpty() {
        return phone == null && email == null;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof ContactDetails that
                && Objects.equals(phone, that.phone) && Objects.equals(email, that.email);
    }

    @Override
    public int hashCode() {
        return Objects.hash(phone, email);
    }

    @Override
    public String toString() {
        return "ContactDetails[phone=" + (phone == null ? "-" : "***") + ", email=" + (email == null ? "-" : "***") + "]";
    }
}
