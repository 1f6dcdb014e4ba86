package io.gongkai.commons.testing;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts every test JVM that has the commons test-jar as the services are started (./run.sh, the
 * Dockerfiles): with Quarkus' own check of the request target off, so that commons' RequestTargets
 * reads raw UTF-8 as UTF-8. Set before any Quarkus application boots: Quarkus reads it once.
 */
public class RawTargetsAccepted implements LauncherSessionListener {

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        System.setProperty("vertx.disableURIValidation", "true");
    }
}
