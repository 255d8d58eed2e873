package org.socialpsych.gateway;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The one door for external calls: authenticates, routes through Eureka, breaks circuits. */
@SpringBootApplication
@EnableScheduling
@EnableConfigurationProperties(GatewayLimitsProperties.class)
public class GatewayServiceApplication {

    public static void main(String[] args) {
        // Reactor Netty 1.3 with native (epoll) transports leaves gateway requests pending under bursts
        // (reactor/reactor-netty#4253, spring-cloud-gateway#4209); NIO is the documented workaround.
        // -Dreactor.netty.native=true turns native transports back on once a fixed release is in use.
        if (System.getProperty("reactor.netty.native") == null) {
            System.setProperty("reactor.netty.native", "false");
        }
        // a request queued behind a kept-alive request that is still ending can go unanswered in
        // Reactor Netty 1.3 (reactor/reactor-netty#4361); the services set the same (chassis NettyServerDefaults)
        if (System.getProperty("reactor.netty.http.server.lastFlushWhenNoRead") == null) {
            System.setProperty("reactor.netty.http.server.lastFlushWhenNoRead", "true");
        }
        SpringApplication.run(GatewayServiceApplication.class, args);
    }
}
