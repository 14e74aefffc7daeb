package io.onedoor.cases.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.http.converter.FormHttpMessageConverter;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.AuthorizedClientServiceOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.InMemoryOAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.endpoint.RestClientClientCredentialsTokenResponseClient;
import org.springframework.security.oauth2.client.http.OAuth2ErrorResponseErrorHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.client.OAuth2ClientHttpRequestInterceptor;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.http.converter.OAuth2AccessTokenResponseHttpMessageConverter;
import org.springframework.web.client.RestClient;

/**
 * Puts case-service's service token on its calls to the internal API. Spring Security's OAuth2
 * client obtains the token with the client-credentials grant, keeps it, and asks for a new one
 * shortly before it expires or when tenant-service answers 401 to it; one token serves every call,
 * whoever's request caused the call.
 */
public final class ServiceTokens {

    private static final String REGISTRATION = "onedoor-internal";

    /** The token is case-service's own, never the person's on whose request a call is made. */
    private static final Authentication SERVICE =
            UsernamePasswordAuthenticationToken.authenticated("case-service", null, List.of());

    private final OAuth2ClientHttpRequestInterceptor interceptor;

    public ServiceTokens(ServiceCredentialsProperties credentials, URI tenantServiceUrl, Duration connectTimeout) {
        URI tokenUri = credentials.tokenUri() != null
                ? credentials.tokenUri()
                : URI.create(tenantServiceUrl.toString().replaceAll("/+$", "") + "/oauth2/token");
        var registrations = new InMemoryClientRegistrationRepository(ClientRegistration.withRegistrationId(REGISTRATION)
                .clientId(credentials.clientId())
                .clientSecret(credentials.secret())
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .scope("internal")
                .tokenUri(tokenUri.toString())
                .build());
        var authorizedClients = new InMemoryOAuth2AuthorizedClientService(registrations);

        var tokenRequests = new RestClientClientCredentialsTokenResponseClient();
        tokenRequests.setRestClient(tokenEndpointClient(connectTimeout));
        var manager = new AuthorizedClientServiceOAuth2AuthorizedClientManager(registrations, authorizedClients);
        manager.setAuthorizedClientProvider(OAuth2AuthorizedClientProviderBuilder.builder()
                .clientCredentials(grant -> grant.accessTokenResponseClient(tokenRequests)
                        // Renewed a little before it expires, so no call leaves with a token
                        // that dies on the way.
                        .clockSkew(Duration.ofSeconds(30)))
                .build());

        this.interceptor = new OAuth2ClientHttpRequestInterceptor(manager);
        interceptor.setClientRegistrationIdResolver(request -> REGISTRATION);
        interceptor.setPrincipalResolver(request -> SERVICE);
        // A token tenant-service refuses (a rotated secret, a withdrawn key) is dropped, so the
        // next call obtains a new one.
        interceptor.setAuthorizationFailureHandler(
                OAuth2ClientHttpRequestInterceptor.authorizationFailureHandler(authorizedClients));
    }

    /** Adds the bearer token to each request of a client it is added to. */
    public ClientHttpRequestInterceptor interceptor() {
        return interceptor;
    }

    private static RestClient tokenEndpointClient(Duration connectTimeout) {
        var http = HttpClient.newBuilder()
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        var requests = new JdkClientHttpRequestFactory(http);
        // Verifying the client secret is deliberately slow (bcrypt), but never this slow.
        requests.setReadTimeout(Duration.ofSeconds(5));
        return RestClient.builder()
                .requestFactory(requests)
                .configureMessageConverters(converters -> converters
                        .addCustomConverter(new FormHttpMessageConverter())
                        .addCustomConverter(new OAuth2AccessTokenResponseHttpMessageConverter()))
                .defaultStatusHandler(new OAuth2ErrorResponseErrorHandler())
                .build();
    }
}
