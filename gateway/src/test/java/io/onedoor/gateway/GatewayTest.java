package io.onedoor.gateway;

import io.onedoor.testsupport.RealServices;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The gateway on a random port with real Redis, stand-in services and a stand-in issuer ({@link
 * Tokens}). One shared context: the tenant {@value #TIGHT_TENANT} and the client {@value
 * #TIGHT_CLIENT} each have a limit of one request per three seconds.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.config.name=gateway",
            "onedoor.gateway.rate-limit.tenants." + GatewayTest.TIGHT_TENANT + ".replenish-rate=1",
            "onedoor.gateway.rate-limit.tenants." + GatewayTest.TIGHT_TENANT + ".burst-capacity=3",
            "onedoor.gateway.rate-limit.tenants." + GatewayTest.TIGHT_TENANT + ".requested-tokens=3",
            "onedoor.gateway.rate-limit.clients." + GatewayTest.TIGHT_CLIENT + ".replenish-rate=1",
            "onedoor.gateway.rate-limit.clients." + GatewayTest.TIGHT_CLIENT + ".burst-capacity=3",
            "onedoor.gateway.rate-limit.clients." + GatewayTest.TIGHT_CLIENT + ".requested-tokens=3",
            "onedoor.security.clock-skew=0s"
        })
@Import({RealServices.class, StandIns.class})
public @interface GatewayTest {

    String TIGHT_TENANT = "tight-county";

    String TIGHT_CLIENT = "tight-client";
}
