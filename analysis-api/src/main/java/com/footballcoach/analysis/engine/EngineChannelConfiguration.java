package com.footballcoach.analysis.engine;

import io.grpc.Grpc;
import io.grpc.InsecureChannelCredentials;
import io.grpc.ManagedChannel;
import java.util.concurrent.TimeUnit;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one gRPC channel to the tracking engine (grpc-netty-shaded), with keep-alive; shut down with the context. */
@Configuration(proxyBeanMethods = false)
class EngineChannelConfiguration {

    private static final int MAX_MESSAGE_BYTES = 16 * 1024 * 1024;

    @Bean(destroyMethod = "shutdownNow")
    ManagedChannel trackingEngineChannel(TrackingEngineSettings settings) {
        return Grpc.newChannelBuilderForAddress(settings.host(), settings.port(), InsecureChannelCredentials.create())
                .keepAliveTime(settings.keepAlive().toMillis(), TimeUnit.MILLISECONDS)
                .keepAliveTimeout(10, TimeUnit.SECONDS)
                .maxInboundMessageSize(MAX_MESSAGE_BYTES)
                .userAgent("football-coach-analysis-api")
                .build();
    }
}
