package io.onedoor.gateway;

import org.springframework.boot.data.redis.autoconfigure.LettuceClientOptionsBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How the gateway talks to Redis. Every request waits on Redis (its directory entry and its
 * rate-limit buckets), and what a request does next (authorization, forwarding) runs on the thread
 * that delivered Redis's answer. On Lettuce's I/O thread that work held up the answers of every
 * other request on the shared connection (under load they waited hundreds of milliseconds and
 * timed out); published on Lettuce's computation threads, the I/O thread only reads answers.
 */
@Configuration(proxyBeanMethods = false)
class RedisClientConfiguration {

    @Bean
    LettuceClientOptionsBuilderCustomizer answersOffTheIoThread() {
        return options -> options.publishOnScheduler(true);
    }
}
