package org.socialpsych.chassis.web;

/**
 * System properties of the Reactor Netty HTTP server that every service (and the gateway) runs with,
 * set before the first server starts unless the operator set them on the command line.
 * <p>
 * {@code reactor.netty.http.server.lastFlushWhenNoRead=true}: a request that arrives on a kept-alive
 * connection before the previous request's operations have ended is queued by Reactor Netty 1.3, and
 * the connection can then stop reading, so that request is never answered (reactor/reactor-netty#4361,
 * #4347, fixed after the 1.3.x releases available here). It happens after answers given before the
 * request body was read (401, 400, 413, 414), exactly what the gateway's pooled connections to a
 * service meet under hostile or broken clients. With this flag the previous operations end before
 * the next request is dispatched (the workaround reported on #4347 for this keep-alive route).
 */
public final class NettyServerDefaults {

    public static final String LAST_FLUSH_WHEN_NO_READ = "reactor.netty.http.server.lastFlushWhenNoRead";

    private NettyServerDefaults() {
    }

    /** Sets the defaults that are not set yet; call before the first HTTP server is created. */
    public static void apply() {
        if (System.getProperty(LAST_FLUSH_WHEN_NO_READ) == null) {
            System.setProperty(LAST_FLUSH_WHEN_NO_READ, "true");
        }
    }
}
