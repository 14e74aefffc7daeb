package io.onedoor.gateway.problem;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.util.ReferenceCountUtil;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Answers a request whose target is no URI at all (a raw backslash, a space, a brace) with a 400
 * problem and closes the connection. Without it Spring's Reactor Netty adapter, which cannot
 * build the request's URI, answers a bare 400 with no body before any gateway code runs. Sits in
 * the connection's pipeline right after the HTTP codec; one instance per connection.
 */
final class MalformedTargetGuard extends ChannelInboundHandlerAdapter {

    static final String NAME = "onedoor.malformedTargetGuard";

    private boolean discarding;

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object message) {
        if (message instanceof HttpRequest request && !isUri(request.uri())) {
            discarding = !(message instanceof LastHttpContent);
            ReferenceCountUtil.release(message);
            ctx.writeAndFlush(problem()).addListener(ChannelFutureListener.CLOSE);
            return;
        }
        if (discarding && message instanceof HttpContent) {
            discarding = !(message instanceof LastHttpContent);
            ReferenceCountUtil.release(message);
            return;
        }
        ctx.fireChannelRead(message);
    }

    static boolean isUri(String target) {
        try {
            new URI(target);
            return true;
        } catch (URISyntaxException notAUri) {
            return false;
        }
    }

    private static FullHttpResponse problem() {
        String requestId = UUID.randomUUID().toString();
        String body = "{\"type\":\"" + Problem.TYPE_BASE + "bad-request\",\"title\":\"Bad Request\",\"status\":400,"
                + "\"detail\":\"The request's target is not a URI.\",\"requestId\":\"" + requestId + "\"}";
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        FullHttpResponse response = new DefaultFullHttpResponse(
                io.netty.handler.codec.http.HttpVersion.HTTP_1_1,
                HttpResponseStatus.BAD_REQUEST,
                Unpooled.wrappedBuffer(bytes));
        response.headers()
                .set(HttpHeaderNames.CONTENT_TYPE, "application/problem+json")
                .set(HttpHeaderNames.CONTENT_LENGTH, bytes.length)
                .set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE)
                .set("X-Request-Id", requestId);
        return response;
    }
}
