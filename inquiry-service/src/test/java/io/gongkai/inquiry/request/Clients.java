package io.gongkai.inquiry.request;

import java.util.concurrent.ThreadLocalRandom;

/** Client addresses of their own for tests of per-client limits: the limits' counts outlive a test run. */
final class Clients {

    private Clients() {
    }

    /** A random address of the documentation range 2001:db8::/32. */
    static String address() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return String.format("2001:db8:%x:%x::%x", r.nextInt(0x10000), r.nextInt(0x10000), r.nextInt(1, 0x10000));
    }
}
