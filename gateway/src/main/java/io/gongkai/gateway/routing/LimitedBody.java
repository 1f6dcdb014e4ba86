package io.gongkai.gateway.routing;

import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.streams.ReadStream;

/**
 * A request body without Content-Length (chunked), passed on as it arrives but counted: past the
 * limit the data stops and {@code exceeded} runs (which resets the call to the service and answers 413).
 */
final class LimitedBody implements ReadStream<Buffer> {

    private final HttpServerRequest request;
    private final long limit;
    private final Runnable exceeded;
    private long seen;
    private boolean over;

    LimitedBody(HttpServerRequest request, long limit, Runnable exceeded) {
        this.request = request;
        this.limit = limit;
        this.exceeded = exceeded;
    }

    @Override
    public ReadStream<Buffer> handler(Handler<Buffer> handler) {
        if (handler == null) {
            request.handler(null);
            return this;
        }
        request.handler(chunk -> {
            if (over) {
                return;
            }
            seen += chunk.length();
            if (seen > limit) {
                over = true;
                exceeded.run();
                return;
            }
            handler.handle(chunk);
        });
        return this;
    }

    @Override
    public ReadStream<Buffer> exceptionHandler(Handler<Throwable> handler) {
        request.exceptionHandler(handler);
        return this;
    }

    @Override
    public ReadStream<Buffer> pause() {
        request.pause();
        return this;
    }

    @Override
    public ReadStream<Buffer> resume() {
        request.resume();
        return this;
    }

    @Override
    public ReadStream<Buffer> fetch(long amount) {
        request.fetch(amount);
        return this;
    }

    @Override
    public ReadStream<Buffer> endHandler(Handler<Void> endHandler) {
        request.endHandler(v -> {
            if (!over && endHandler != null) {
                endHandler.handle(v);
            }
        });
        return this;
    }
}
