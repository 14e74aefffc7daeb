package io.onedoor.launcher;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Ports for a throw-away platform (tests, benchmarks). Taken below Linux's ephemeral range
 * (32768 and up), where outgoing connections pick their local ports, so a port found free here is
 * not grabbed by some client's connection before the service binds it.
 */
public final class FreePorts {

    private FreePorts() {}

    public static int next() {
        for (int attempt = 0; attempt < 200; attempt++) {
            int port = ThreadLocalRandom.current().nextInt(20_000, 32_000);
            try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
                socket.setReuseAddress(true);
                return port;
            } catch (IOException taken) {
                // try another
            }
        }
        throw new IllegalStateException("no free port between 20000 and 32000");
    }
}
