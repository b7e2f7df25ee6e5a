package nl.frontoffice.portal.staff.lead;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class ChartBarTest {

    @Test
    void bars_are_scaled_to_the_largest_value_and_a_small_value_still_shows() {
        List<ChartBar> bars = ChartBar.layout(List.of(new ChartBar.Value("a: 8", 8, "open"),
                new ChartBar.Value("b: 2", 2, "overdue"), new ChartBar.Value("c: 0", 0, "open"),
                new ChartBar.Value("d: 0,01", 0.01, "time")));

        assertThat(bars).extracting(ChartBar::getWidth).containsExactly("100.0%", "25.0%", "0.0%", "0.5%");
        assertThat(bars).extracting(ChartBar::getLabel).containsExactly("a: 8", "b: 2", "c: 0", "d: 0,01");
        assertThat(bars).extracting(ChartBar::getKind).containsExactly("open", "overdue", "open", "time");
    }

    @Test
    void nothing_to_chart_gives_empty_bars() {
        assertThat(ChartBar.layout(List.of())).isEmpty();
        assertThat(ChartBar.layout(List.of(new ChartBar.Value("a: 0", 0, "open"))))
                .extracting(ChartBar::getWidth).containsExactly("0.0%");
    }
}
