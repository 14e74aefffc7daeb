package io.onedoor.gateway;

import io.onedoor.testsupport.TestIssuer;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;

/**
 * What every gateway integration test works with: the gateway on its port, the two stand-in
 * services (reset before each test), real Redis holding the tenant directory, and test tokens.
 */
@GatewayTest
abstract class GatewayIntegrationTest {

    static final String AUTHORIZATION = "Authorization";

    @LocalServerPort
    int port;

    @Autowired
    StandInService caseService;

    @Autowired
    StandInService tenantService;

    @Autowired
    ReactiveStringRedisTemplate redis;

    @Autowired
    Tokens tokens;

    @Autowired
    TestIssuer issuer;

    GatewayClient gateway;
    TenantDirectoryFixture directory;

    @BeforeEach
    void freshStandIns() {
        gateway = new GatewayClient(port);
        directory = new TenantDirectoryFixture(redis);
        caseService.reset();
        tenantService.reset();
    }
}
