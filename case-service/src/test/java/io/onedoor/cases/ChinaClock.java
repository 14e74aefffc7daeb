package io.onedoor.cases;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The service's clock in a test, standing at a moment in China the test chooses (a test class
 * makes it the primary {@link Clock} bean of its own context).
 */
public final class ChinaClock extends Clock {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private volatile Instant now = Instant.now();

    /** Stops the clock at this local time in China. */
    public void set(LocalDateTime inChina) {
        now = inChina.atZone(CHINA).toInstant();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the service reads instants only");
    }

    @Override
    public Instant instant() {
        return now;
    }
}
