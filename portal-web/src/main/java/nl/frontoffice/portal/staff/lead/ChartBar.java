package nl.frontoffice.portal.staff.lead;

import java.util.ArrayList;
import java.util.List;

/**
 * One bar of a server-rendered bar chart: its label (with the number in words, so the chart reads
 * without colour and without the table) and its length as a percentage of the chart's width, scaled
 * to the largest value of the chart.
 *
 * @param label   the text above the bar, e.g. "Wmo, Ontvangen: 12"
 * @param percent the bar's length, 0 to 100 (at least 0.5 for a value above 0, so that it shows)
 * @param kind    the bar's colour modifier ({@code chart__bar--<kind>} in portal.css)
 */
public record ChartBar(String label, double percent, String kind) {

    /** A value to chart, before the bars are scaled. */
    public record Value(String label, double value, String kind) {
    }

    /**
     * Scales the values to the largest one.
     *
     * @param values the values, in the order to show them
     * @return one bar per value
     */
    public static List<ChartBar> layout(List<Value> values) {
        double max = values.stream().mapToDouble(Value::value).max().orElse(0);
        List<ChartBar> bars = new ArrayList<>();
        for (Value value : values) {
            double percent = max <= 0 || value.value() <= 0 ? 0 : Math.max(0.5, 100.0 * value.value() / max);
            bars.add(new ChartBar(value.label(), Math.round(percent * 10) / 10.0, value.kind()));
        }
        return bars;
    }

    // JavaBean getters: Faces views read properties through EL 5, which does not know record accessors

    public String getLabel() {
        return label;
    }

    /** @return the length as an SVG length, e.g. {@code 42.5%} (a dot as decimal separator, whatever the language) */
    public String getWidth() {
        return percent + "%";
    }

    public String getKind() {
        return kind;
    }
}
