package nl.frontoffice.bench.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class BackofficeDataTest {

    @Test
    void scriptSplitsIntoStatementsWithTheirSteps() {
        List<BackofficeData.ScriptStatement> statements = BackofficeData.statements("""
                -- a comment
                SET work_mem = '1MB';
                -- step: first
                CREATE TABLE a AS
                -- inside a statement
                SELECT 1 AS x;
                -- step: second
                INSERT INTO a SELECT 2;
                """);
        assertEquals(3, statements.size());
        assertEquals("settings", statements.get(0).step());
        assertEquals("SET work_mem = '1MB'", statements.get(0).text());
        assertEquals("first", statements.get(1).step());
        assertEquals("CREATE TABLE a AS\nSELECT 1 AS x", statements.get(1).text());
        assertEquals("second", statements.get(2).step());
    }

    @Test
    void aStatementWithoutItsSemicolonIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> BackofficeData.statements("SELECT 1\n"));
    }

    @Test
    void theRealScriptHasEveryPlaceholderFilledAndEveryStep() throws Exception {
        String script = BackofficeData.script(new BackofficeData.Size(100_000, 1_000_000), LocalDate.of(2026, 11, 29));
        assertFalse(script.contains("${"), "a placeholder is left");
        List<BackofficeData.ScriptStatement> statements = BackofficeData.statements(script);
        assertTrue(statements.size() > 20);
        assertTrue(statements.stream().anyMatch(s -> s.text().startsWith("INSERT INTO case_file")));
        assertTrue(statements.stream().anyMatch(s -> s.text().startsWith("INSERT INTO case_status_change")));
        // every sequence the application uses for generated rows is moved past them
        for (String sequence : BackofficeData.SEQUENCES.keySet()) {
            assertTrue(statements.stream().anyMatch(s -> s.text().contains("setval('" + sequence + "'")), sequence);
        }
        assertTrue(script.contains("DATE '2026-11-29'"));
    }

    @Test
    void sizeMustBeSensible() {
        assertThrows(IllegalArgumentException.class, () -> new BackofficeData.Size(10, 1000));
        assertEquals("frontoffice bench data: citizens=100000, cases=1000000, ",
                new BackofficeData.Size(100_000, 1_000_000).prefix());
    }
}
