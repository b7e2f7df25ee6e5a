package nl.frontoffice.bench.harness;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ContextService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * A closed-loop load driver inside the server: {@code concurrency} threads from the container's
 * {@link ManagedThreadFactory} (so they see the application's naming context and class loader, and
 * an EJB called from them starts its own transaction) take the next operation index until
 * {@code count} operations are done. Each operation is timed alone with {@link System#nanoTime()};
 * all threads start together behind a latch. The threads run with the context of the caller of
 * {@link #run} (captured by the container's {@link ContextService}): a request logged in as a staff
 * member makes every operation run as him, so the services' role and team checks see that caller.
 */
@ApplicationScoped
public class LoadDriver {

    @Resource
    private ManagedThreadFactory threads;

    @Resource
    private ContextService contexts;

    /**
     * Runs {@code count} operations at {@code concurrency}.
     *
     * @return throughput and latencies; failures are counted, not thrown
     */
    public LevelResult run(int concurrency, int count, Operation operation) {
        if (concurrency < 1 || count < 1) {
            throw new IllegalArgumentException("concurrency and count must be at least 1");
        }
        long[] latencies = new long[count];
        boolean[] failed = new boolean[count];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        AtomicReference<String> firstError = new AtomicReference<>();
        CountDownLatch ready = new CountDownLatch(concurrency);
        CountDownLatch start = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(concurrency);
        Runnable worker = () -> {
            try {
                ready.countDown();
                start.await();
                int index;
                while ((index = next.getAndIncrement()) < count) {
                    long begin = System.nanoTime();
                    try {
                        operation.run(index);
                        latencies[index] = System.nanoTime() - begin;
                    } catch (Exception | AssertionError e) {
                        failed[index] = true;
                        errors.incrementAndGet();
                        firstError.compareAndSet(null, describe(e));
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                done.countDown();
            }
        };
        // the caller's identity (security context) goes along to the driver threads
        Runnable asCaller = contexts.contextualRunnable(worker);
        List<Thread> started = new ArrayList<>();
        for (int i = 0; i < concurrency; i++) {
            Thread thread = threads.newThread(asCaller);
            thread.setName("bench-driver-" + i);
            thread.start();
            started.add(thread);
        }
        try {
            ready.await();
            long begin = System.nanoTime();
            start.countDown();
            done.await();
            long wall = System.nanoTime() - begin;
            long[] successful = new long[count - errors.get()];
            int j = 0;
            for (int i = 0; i < count; i++) {
                if (!failed[i]) {
                    successful[j++] = latencies[i];
                }
            }
            return new LevelResult(concurrency, count, errors.get(), firstError.get(), wall, successful);
        } catch (InterruptedException e) {
            started.forEach(Thread::interrupt);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while the load ran", e);
        }
    }

    private static String describe(Throwable e) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = e; t != null && text.length() < 1000; t = t.getCause()) {
            if (text.length() > 0) {
                text.append(" <- ");
            }
            text.append(t.getClass().getName());
            if (t.getMessage() != null) {
                text.append(": ").append(t.getMessage());
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return text.toString();
    }
}
