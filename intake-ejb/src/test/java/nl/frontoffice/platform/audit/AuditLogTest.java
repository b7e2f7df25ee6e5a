package nl.frontoffice.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.junit.jupiter.api.Test;

/** An audit line says what happened in a fixed form, and nobody can forge one through a username. */
class AuditLogTest {

    @Test
    void anEventIsOneLineOnTheAuditLoggerWithItsReasonCode() {
        List<LogRecord> records = new ArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                records.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger logger = Logger.getLogger(AuditLog.LOGGER_NAME);
        logger.addHandler(capture);
        try {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("reason", "WRONG_PASSWORD");
            new AuditLog().record(AuditEvent.STAFF_LOGIN_FAILED, "j.devries", details);
            new AuditLog().record(AuditEvent.STAFF_LOGOUT, "j.devries");
        } finally {
            logger.removeHandler(capture);
        }

        assertThat(records).extracting(LogRecord::getLevel, LogRecord::getMessage).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Level.WARNING, "STAFF_LOGIN_FAILED subject=\"j.devries\" reason=WRONG_PASSWORD"),
                org.assertj.core.groups.Tuple.tuple(Level.INFO, "STAFF_LOGOUT subject=\"j.devries\""));
    }

    @Test
    void aUsernameCannotBreakTheLineOrCloseTheQuotes() {
        String forged = "x\"\nSTAFF_LOGIN_SUCCEEDED subject=\"beheer\u2028\\";

        String line = AuditLog.format(AuditEvent.STAFF_LOGIN_FAILED, forged, Map.of());

        assertThat(line).isEqualTo("STAFF_LOGIN_FAILED subject=\"x??STAFF_LOGIN_SUCCEEDED subject=?beheer??\"");
        assertThat(line.lines()).hasSize(1);
    }

    @Test
    void aVeryLongOrMissingSubjectStaysShort() {
        assertThat(AuditLog.clean("a".repeat(500))).hasSize(AuditLog.MAX_SUBJECT_LENGTH);
        assertThat(AuditLog.clean(null)).isEmpty();
    }

    @Test
    void citizenEventsAreFailuresAsWarningsOthersAsInfo() {
        assertThat(AuditEvent.CITIZEN_LOGIN.level()).isEqualTo(Level.INFO);
        assertThat(AuditEvent.CITIZEN_LOGIN_FAILED.level()).isEqualTo(Level.WARNING);
        assertThat(AuditEvent.CITIZEN_LOGOUT.level()).isEqualTo(Level.INFO);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("reason", "LEVEL_TOO_LOW");
        details.put("received", "BASIS");
        assertThat(AuditLog.format(AuditEvent.CITIZEN_LOGIN_FAILED, "", details))
                .isEqualTo("CITIZEN_LOGIN_FAILED subject=\"\" reason=LEVEL_TOO_LOW received=BASIS");
    }
}
