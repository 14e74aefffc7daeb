package io.onedoor.gateway.tenant;

import io.netty.channel.ChannelOption;
import io.onedoor.gateway.upstream.UpstreamInstances;
import java.time.Duration;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.security.oauth2.client.AuthorizedClientServiceReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.InMemoryReactiveOAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.RemoveAuthorizedClientReactiveOAuth2AuthorizationFailureHandler;
import org.springframework.security.oauth2.client.endpoint.WebClientReactiveClientCredentialsTokenResponseClient;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.reactive.function.client.ServerOAuth2AuthorizedClientExchangeFilterFunction;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.netty.http.client.HttpClient;

/**
 * Puts the gateway's service token on its calls to tenant-service's internal API. Spring
 * Security's reactive OAuth2 client obtains it with the client-credentials grant, keeps it, asks
 * for a new one shortly before it expires, and drops it when tenant-service answers 401 to it.
 * One token serves every lookup: the gateway asks as itself, never as the caller of the request.
 */
final class ServiceTokens {

    private static final String REGISTRATION = "onedoor-internal";

    private final ExchangeFilterFunction filter;

    /**
     * @param loadBalancer used when the token endpoint names tenant-service by its service id
     *     ({@code http://tenant-service/oauth2/token}, the default), so any replica issues the token
     */
    ServiceTokens(
            ServiceCredentialsProperties credentials, Duration connectTimeout, ExchangeFilterFunction loadBalancer) {
        var registrations =
                new InMemoryReactiveClientRegistrationRepository(ClientRegistration.withRegistrationId(REGISTRATION)
                        .clientId(credentials.clientId())
                        .clientSecret(credentials.secret())
                        .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                        .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                        .scope("internal")
                        .tokenUri(credentials.tokenUri().toString())
                        .build());
        var authorizedClients = new InMemoryReactiveOAuth2AuthorizedClientService(registrations);

        var tokenRequests = new WebClientReactiveClientCredentialsTokenResponseClient();
        HttpClient http = HttpClient.create()
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) connectTimeout.toMillis())
                // Verifying the client secret is deliberately slow (bcrypt), but never this slow.
                .responseTimeout(Duration.ofSeconds(5));
        WebClient.Builder tokenClient = WebClient.builder().clientConnector(new ReactorClientHttpConnector(http));
        if (UpstreamInstances.TENANT_SERVICE.equals(credentials.tokenUri().getHost())) {
            tokenClient.filter(loadBalancer);
        }
        tokenRequests.setWebClient(tokenClient.build());
        var manager =
                new AuthorizedClientServiceReactiveOAuth2AuthorizedClientManager(registrations, authorizedClients);
        manager.setAuthorizedClientProvider(ReactiveOAuth2AuthorizedClientProviderBuilder.builder()
                .clientCredentials(grant -> grant.accessTokenResponseClient(tokenRequests)
                        // Renewed a little before it expires, so no lookup leaves with a token that
                        // dies on the way.
                        .clockSkew(Duration.ofSeconds(30)))
                .build());

        var oauth = new ServerOAuth2AuthorizedClientExchangeFilterFunction(manager);
        oauth.setDefaultClientRegistrationId(REGISTRATION);
        oauth.setAuthorizationFailureHandler(new RemoveAuthorizedClientReactiveOAuth2AuthorizationFailureHandler(
                (registrationId, principal, attributes) ->
                        authorizedClients.removeAuthorizedClient(registrationId, principal.getName())));
        this.filter = oauth;
    }

    /** Adds the bearer token to each request of a WebClient it is applied to. */
    ExchangeFilterFunction filter() {
        return filter;
    }
}
