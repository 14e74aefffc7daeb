package io.onedoor.support.web;

import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.StrictHttpFirewall;

/**
 * Every answer a servlet service gives about a request it will not serve is a problem, whoever
 * refuses it: the body limit, Spring Security's firewall, the {@code /error} page, Tomcat itself.
 */
// Before Boot's error handling, so that its error controller stands back for ours.
@AutoConfiguration(
        beforeName = {
            "org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration",
            "org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration"
        })
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(BodyLimitProperties.class)
public class WebProblemsAutoConfiguration {

    @Bean
    FilterRegistrationBean<BodyLimitFilter> bodyLimitFilter(BodyLimitProperties limits, Problems problems) {
        var registration = new FilterRegistrationBean<>(new BodyLimitFilter(limits, problems));
        // Right after the request id, before tokens are verified or anything reads the body.
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 50);
        return registration;
    }

    @Bean
    ProblemErrorController problemErrorController() {
        return new ProblemErrorController();
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springframework.security.web.firewall.RequestRejectedHandler")
    static class FirewallRejections {

        /** Picked up by Spring Security's WebSecurity for its filter chain proxy. */
        @Bean
        ProblemRequestRejectedHandler problemRequestRejectedHandler(Problems problems) {
            return new ProblemRequestRejectedHandler(problems);
        }

        /**
         * Spring Security's strict firewall as it comes, its header checks done by {@link
         * HeaderCharacters} instead of a regular expression per header read. Picked up by
         * WebSecurity like the handler above.
         */
        @Bean
        @ConditionalOnMissingBean(HttpFirewall.class)
        HttpFirewall httpFirewall() {
            StrictHttpFirewall firewall = new StrictHttpFirewall();
            firewall.setAllowedHeaderNames(HeaderCharacters::allowedName);
            firewall.setAllowedHeaderValues(HeaderCharacters::allowedValue);
            return firewall;
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.apache.catalina.valves.ErrorReportValve")
    static class TomcatReports {

        /**
         * Replaces the host's error report valve (Boot adds Tomcat's, which writes HTML) with one
         * that writes problems; it runs after Boot's customizer (unordered: last), which adds its
         * own. And a body refused with 413 is not read to its end before the answer is complete:
         * the connection is closed instead, so an endless upload holds no thread.
         */
        @Bean
        WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> problemErrorReports() {
            return new WebServerFactoryCustomizer<>() {
                @Override
                public void customize(ConfigurableTomcatWebServerFactory factory) {
                    factory.addContextCustomizers(context -> {
                        context.setSwallowAbortedUploads(false);
                        if (context.getParent() instanceof StandardHost host) {
                            for (Valve valve : host.getPipeline().getValves()) {
                                if (valve instanceof ErrorReportValve) {
                                    host.getPipeline().removeValve(valve);
                                }
                            }
                            host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
                            host.getPipeline().addValve(new ProblemErrorReportValve());
                        }
                    });
                }
            };
        }
    }
}
