package io.onedoor.cases;

import io.onedoor.testsupport.RealServices;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The whole service on a random port, against real PostgreSQL and Redis, with fixed test keys,
 * trusting the tokens of the JVM's {@link TestTokens#ISSUER} (and no one else's), asking the JVM's
 * {@link StandInTenantService} for configuration snapshots Redis does not hold, with the deadline
 * engine's poller off.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        classes = CaseServiceApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.config.name=case-service",
            "onedoor.pii.key=" + CaseServiceTest.PII_KEY,
            "onedoor.cursor.key=" + CaseServiceTest.CURSOR_KEY,
            // The deadline engine's poller stays off: a test that moves the service's clock would
            // otherwise have alarms ring behind its back (items opened, timelines appended). A test
            // of the engine calls TimerPoller.drain() itself, or starts a Replica, which polls.
            "onedoor.case.timers.enabled=false"
        })
@Import({
    RealServices.class,
    TestTokens.Configuration.class,
    StandInTenantService.Configuration.class,
    CaseApi.Configuration.class
})
public @interface CaseServiceTest {

    String PII_KEY = "ERERERERERERERERERERERERERERERERERERERERERE=";
    String CURSOR_KEY = "IiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiI=";
}
