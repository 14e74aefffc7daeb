package io.onedoor.tenants;

import io.onedoor.testsupport.ApiContract;
import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpResponse;

/** Holds every answer the tests' API clients receive to the API contract: a drift fails the test that got it. */
final class Contract {

    private Contract() {}

    static void check(HttpRequest request, ClientHttpResponse response, byte[] body) throws IOException {
        URI uri = request.getURI();
        Map<String, List<String>> headers = new LinkedHashMap<>();
        response.getHeaders().forEach(headers::put);
        ApiContract.platform()
                .check(
                        request.getMethod().name(),
                        uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()),
                        response.getStatusCode().value(),
                        headers,
                        body);
    }
}
