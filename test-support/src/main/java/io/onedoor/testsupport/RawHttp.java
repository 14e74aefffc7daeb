package io.onedoor.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * HTTP/1.1 written byte for byte to a port, for requests an HTTP client would not send as written:
 * paths it normalizes ({@code //}, {@code ..;}, {@code %2e%2e}, a backslash), a Content-Length
 * without the body, a chunked body that never ends. Every request closes its connection.
 */
public final class RawHttp {

    private static final int READ_TIMEOUT_MILLIS = 30_000;

    private final String host;
    private final int port;

    public RawHttp(String host, int port) {
        this.host = host;
        this.port = port;
    }

    /** An answer as read off the socket; header names in lower case. */
    public record Response(int status, Map<String, List<String>> headers, String body) {

        public String header(String name) {
            List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
            return values == null ? "" : values.getFirst();
        }

        /**
         * Asserts that the answer is a problem of that status, as every refusal must be: problem+json
         * with a type, a title and the answer's own request id, and no stack trace or HTML page in it.
         */
        public JsonNode problem(int expectedStatus) {
            assertThat(status).as(toString()).isEqualTo(expectedStatus);
            assertThat(header("Content-Type")).as(toString()).startsWith("application/problem+json");
            JsonNode problem = JSON.readTree(body);
            assertThat(problem.path("type").asString()).startsWith("https://onedoor.io/problems/");
            assertThat(problem.path("title").asString()).isNotBlank();
            assertThat(problem.path("status").asInt()).isEqualTo(expectedStatus);
            assertThat(problem.path("requestId").asString()).isNotBlank().isEqualTo(header("X-Request-Id"));
            assertThat(body).doesNotContain("Exception").doesNotContain("<html");
            return problem;
        }

        @Override
        public String toString() {
            return status + " " + headers + " " + body;
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** A request line and headers (without the blank line that ends them) and an optional body. */
    public Response send(String head, byte[] body) throws IOException {
        try (Socket socket = open()) {
            OutputStream out = socket.getOutputStream();
            out.write((head + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            try {
                out.write(body);
                out.flush();
            } catch (IOException refusedMidway) {
                // The server answered without reading the whole body; its answer is still there.
            }
            return read(socket.getInputStream());
        }
    }

    public Response send(String head) throws IOException {
        return send(head, new byte[0]);
    }

    /**
     * A chunked body of {@code total} bytes in {@code chunk}-byte chunks, then no end: only a
     * server that refuses the body while it streams answers at all.
     */
    public Response sendUnendingChunks(String head, int chunk, long total) throws IOException {
        return sendUnendingChunks(head, chunk, total, (byte) ' ');
    }

    /** As above, every byte of the body {@code fill} (a space is JSON's whitespace). */
    public Response sendUnendingChunks(String head, int chunk, long total, byte fill) throws IOException {
        try (Socket socket = open()) {
            OutputStream out = socket.getOutputStream();
            out.write((head + "\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            byte[] data = new byte[chunk];
            java.util.Arrays.fill(data, fill);
            try {
                for (long sent = 0; sent < total; sent += chunk) {
                    out.write((Integer.toHexString(chunk) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                    out.write(data);
                    out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                }
                out.flush();
            } catch (IOException refusedMidway) {
                // The server stopped reading; its answer is still there.
            }
            return read(socket.getInputStream());
        }
    }

    private Socket open() throws IOException {
        Socket socket = new Socket(host, port);
        socket.setSoTimeout(READ_TIMEOUT_MILLIS);
        return socket;
    }

    /**
     * Reads one answer by its framing (Content-Length or chunks), not to the end of the stream: a
     * server that refused a body may go on reading and discarding it before it closes.
     */
    private static Response read(InputStream in) throws IOException {
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        int end;
        while ((end = indexOf(received.toByteArray(), "\r\n\r\n")) < 0) {
            if (!more(in, received)) {
                throw new IOException("no complete answer: " + received.toString(StandardCharsets.ISO_8859_1));
            }
        }
        String[] lines =
                received.toString(StandardCharsets.ISO_8859_1).substring(0, end).split("\r\n");
        int status = Integer.parseInt(lines[0].substring(9, 12));
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.computeIfAbsent(
                            lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                    .add(lines[i].substring(colon + 1).strip());
        }
        int bodyStart = end + 4;
        List<String> encoding = headers.get("transfer-encoding");
        List<String> length = headers.get("content-length");
        boolean chunked = encoding != null && encoding.getFirst().equalsIgnoreCase("chunked");
        if (chunked) {
            while (!endsChunks(received.toByteArray(), bodyStart) && more(in, received)) {
                // until the last chunk
            }
        } else if (length != null) {
            long expected = bodyStart + Long.parseLong(length.getFirst());
            while (received.size() < expected && more(in, received)) {
                // until the declared length
            }
        } else {
            while (more(in, received)) {
                // until the server closes
            }
        }
        byte[] raw = received.toByteArray();
        byte[] body = java.util.Arrays.copyOfRange(raw, Math.min(bodyStart, raw.length), raw.length);
        if (chunked) {
            body = unchunk(body);
        }
        return new Response(status, headers, new String(body, StandardCharsets.UTF_8));
    }

    private static boolean more(InputStream in, ByteArrayOutputStream received) throws IOException {
        byte[] buffer = new byte[8192];
        int read;
        try {
            read = in.read(buffer);
        } catch (java.net.SocketTimeoutException timeout) {
            throw new IOException(
                    "no complete answer in time; received: " + received.toString(StandardCharsets.ISO_8859_1), timeout);
        }
        if (read < 0) {
            return false;
        }
        received.write(buffer, 0, read);
        return true;
    }

    private static boolean endsChunks(byte[] raw, int bodyStart) {
        String body = new String(
                raw, Math.min(bodyStart, raw.length), Math.max(0, raw.length - bodyStart), StandardCharsets.ISO_8859_1);
        return body.startsWith("0\r\n\r\n") || body.endsWith("\r\n0\r\n\r\n");
    }

    private static int indexOf(byte[] bytes, String text) {
        return new String(bytes, StandardCharsets.ISO_8859_1).indexOf(text);
    }

    private static byte[] unchunk(byte[] chunked) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        int at = 0;
        while (at < chunked.length) {
            int lineEnd = indexOfCrLf(chunked, at);
            if (lineEnd < 0) {
                break;
            }
            String sizeLine = new String(chunked, at, lineEnd - at, StandardCharsets.US_ASCII);
            int semicolon = sizeLine.indexOf(';');
            int size = Integer.parseInt((semicolon < 0 ? sizeLine : sizeLine.substring(0, semicolon)).strip(), 16);
            if (size == 0) {
                break;
            }
            body.write(chunked, lineEnd + 2, Math.min(size, chunked.length - lineEnd - 2));
            at = lineEnd + 2 + size + 2;
        }
        return body.toByteArray();
    }

    private static int indexOfCrLf(byte[] bytes, int from) {
        for (int i = from; i + 1 < bytes.length; i++) {
            if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
                return i;
            }
        }
        return -1;
    }
}
