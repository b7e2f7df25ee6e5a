package nl.frontoffice.bench.harness;

/**
 * One measured operation of a benchmark, e.g. one intake submitted. It is called on a driver thread
 * without a transaction; whatever it does (an EJB call, a JDBC transaction) is what is timed.
 */
@FunctionalInterface
public interface Operation {

    /**
     * @param index 0 .. count-1, unique within one run: selects the operation's input
     * @throws Exception any failure; it is counted as an error and not in the latencies
     */
    void run(int index) throws Exception;
}
