import io.vertx.core.AbstractVerticle;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.PoolOptions;
import io.vertx.httpproxy.HttpProxy;

/**
 * The floor of the gateway benchmark: a bare vertx-http-proxy hop (no authentication, no rate limit, no
 * log, no metrics) in front of the same service, on as many event loops as Quarkus gives the gateway
 * (2 per core), so that the run shows what one HTTP hop costs on this machine at the same moment.
 * usage: java -cp <vertx-core, vertx-http-proxy, netty...> BareProxy.java <listen port> <service port>
 */
public class BareProxy {

    public static void main(String[] args) {
        int listen = Integer.parseInt(args[0]);
        int service = Integer.parseInt(args[1]);
        int loops = 2 * Runtime.getRuntime().availableProcessors();
        Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(loops));
        vertx.deployVerticle(() -> new AbstractVerticle() {
            @Override
            public void start(Promise<Void> started) {
                HttpClient client = vertx.createHttpClient(new HttpClientOptions().setKeepAlive(true),
                        new PoolOptions().setHttp1MaxSize(64));
                HttpProxy proxy = HttpProxy.reverseProxy(client).origin(service, "127.0.0.1");
                vertx.createHttpServer(new HttpServerOptions()).requestHandler(proxy)
                        .listen(listen, "127.0.0.1").<Void>mapEmpty().onComplete(started);
            }
        }, new DeploymentOptions().setInstances(loops)).onComplete(deployed -> {
            if (deployed.failed()) {
                deployed.cause().printStackTrace();
                System.exit(1);
            }
            System.out.println("bare proxy on " + listen + " -> " + service);
        });
    }
}
