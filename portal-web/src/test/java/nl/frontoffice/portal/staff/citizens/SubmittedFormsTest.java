package nl.frontoffice.portal.staff.citizens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class SubmittedFormsTest {

    private final SubmittedForms forms = new SubmittedForms();

    @Test
    void a_second_post_with_the_same_key_gets_the_first_result_without_running_again() {
        AtomicInteger runs = new AtomicInteger();

        String first = forms.once("key-1", () -> "registered " + runs.incrementAndGet());
        String second = forms.once("key-1", () -> "registered " + runs.incrementAndGet());
        String other = forms.once("key-2", () -> "registered " + runs.incrementAndGet());

        assertThat(first).isEqualTo("registered 1");
        assertThat(second).isEqualTo("registered 1");
        assertThat(other).isEqualTo("registered 2");
        assertThat(forms.handled("key-1")).isTrue();
        assertThat(forms.handled("key-3")).isFalse();
    }

    @Test
    void a_failed_action_is_not_remembered_so_the_corrected_form_can_be_sent() {
        assertThatThrownBy(() -> forms.once("key", () -> {
            throw new IllegalStateException("refused");
        })).hasMessage("refused");

        assertThat(forms.handled("key")).isFalse();
        assertThat(forms.<String>once("key", () -> "done")).isEqualTo("done");
    }

    @Test
    void without_a_key_the_action_always_runs() {
        AtomicInteger runs = new AtomicInteger();

        forms.once(null, runs::incrementAndGet);
        forms.once(" ", runs::incrementAndGet);

        assertThat(runs).hasValue(2);
    }

    @Test
    void two_posts_at_the_same_time_run_the_action_once() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return forms.once("double-click", () -> {
                        int run = runs.incrementAndGet();
                        sleep();
                        return run;
                    });
                }));
            }
            start.countDown();
            assertThat(results.get(0).get(10, TimeUnit.SECONDS)).isEqualTo(1);
            assertThat(results.get(1).get(10, TimeUnit.SECONDS)).isEqualTo(1);
            assertThat(runs).hasValue(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void the_oldest_keys_are_forgotten_beyond_the_capacity() {
        for (int i = 0; i <= SubmittedForms.CAPACITY; i++) {
            int n = i;
            forms.once("key-" + i, () -> n);
        }

        assertThat(forms.handled("key-0")).isFalse();
        assertThat(forms.handled("key-" + SubmittedForms.CAPACITY)).isTrue();
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
