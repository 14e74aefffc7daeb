package io.onedoor.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The highest request rate a path sustains: stepped up until a step fails, then narrowed down
 * between the last rate that held and the first that did not. A step holds when every request
 * succeeded, the p99 latency (counted from each request's scheduled time, so queueing shows) stays
 * under the limit, and the path served at least 95 % of the offered rate.
 */
final class SustainedRate {

    static final double P99_LIMIT_MS = 100;

    private SustainedRate() {}

    /** One step of the search. */
    record Step(int rate, RegistrationLoad.Result result) {

        boolean held() {
            return result.failed() == 0 && result.p99() < P99_LIMIT_MS && result.throughput() >= 0.95 * rate;
        }

        String row() {
            return result.row("%5d/s %s".formatted(rate, held() ? "ok " : "no "));
        }
    }

    /** What the search found: the highest rate that held (0 if none) and every step it took. */
    record Found(int rate, List<Step> steps) {}

    static Found of(RegistrationLoad load, List<Integer> rates, int refinements, Duration perStep)
            throws InterruptedException {
        List<Step> steps = new ArrayList<>();
        int held = 0;
        int failed = 0;
        for (int rate : rates) {
            Step step = step(load, rate, perStep);
            steps.add(step);
            if (!step.held()) {
                failed = rate;
                break;
            }
            held = rate;
        }
        for (int i = 0; i < refinements && failed > 0 && failed - held > 25; i++) {
            int middle = (held + failed) / 2;
            Step step = step(load, middle, perStep);
            steps.add(step);
            if (step.held()) {
                held = middle;
            } else {
                failed = middle;
            }
        }
        return new Found(held, steps);
    }

    private static Step step(RegistrationLoad load, int rate, Duration perStep) throws InterruptedException {
        Step step = new Step(rate, load.run(rate, perStep));
        System.out.println("    " + step.row());
        // Lets whatever queued behind a failed step drain before the next one starts.
        Thread.sleep(2000);
        return step;
    }
}
