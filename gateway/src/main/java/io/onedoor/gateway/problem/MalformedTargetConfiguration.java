package io.onedoor.gateway.problem;

import org.springframework.boot.reactor.netty.NettyServerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import reactor.netty.NettyPipeline;

/** Puts a {@link MalformedTargetGuard} after the HTTP codec of every connection the gateway accepts. */
@Configuration(proxyBeanMethods = false)
class MalformedTargetConfiguration {

    @Bean
    NettyServerCustomizer malformedTargetGuard() {
        return server -> server.doOnChannelInit((observer, channel, remote) -> {
            if (channel.pipeline().get(NettyPipeline.HttpCodec) != null) {
                channel.pipeline()
                        .addAfter(NettyPipeline.HttpCodec, MalformedTargetGuard.NAME, new MalformedTargetGuard());
            }
        });
    }
}
