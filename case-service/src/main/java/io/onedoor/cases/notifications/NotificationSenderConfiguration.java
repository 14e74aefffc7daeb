package io.onedoor.cases.notifications;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The logging sender, unless a real one (a component of its own) is present. */
@Configuration(proxyBeanMethods = false)
class NotificationSenderConfiguration {

    @Bean
    @ConditionalOnMissingBean(NotificationSender.class)
    LoggingNotificationSender loggingNotificationSender() {
        return new LoggingNotificationSender();
    }
}
